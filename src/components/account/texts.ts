import { accountTexts } from '../../i18n/locales/en/account.js';
import { errorTexts } from '../../i18n/locales/en/errors.js';
import { resetPasswordErrorTexts } from '../../i18n/locales/en/resetPasswordErrors.js';
import { sessionTexts } from '../../i18n/locales/en/session.js';
import type { MessageTexts } from '../../i18n/messages.js';

/** The English `<UserButton>` and `<AccountSummary>` can show: their texts, sign-out's, reset's failure, and failures by kind. */
export const accountComponentTexts: MessageTexts = { ...errorTexts, ...resetPasswordErrorTexts, ...sessionTexts, ...accountTexts };
