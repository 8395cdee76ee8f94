import { errorTexts } from '../../i18n/locales/en/errors.js';
import { formTexts } from '../../i18n/locales/en/form.js';
import { emailTexts } from '../../i18n/locales/en/email.js';
import { actionTexts } from '../../i18n/locales/en/actions.js';
import { resetPasswordErrorTexts } from '../../i18n/locales/en/resetPasswordErrors.js';
import { resetPasswordTexts } from '../../i18n/locales/en/resetPassword.js';
import type { MessageTexts } from '../../i18n/messages.js';

/** Every English text the reset-password form and `useResetPasswordForm` can show: only their parts of the catalog. */
export const resetPasswordFormTexts: MessageTexts = {
  ...errorTexts,
  ...formTexts,
  ...emailTexts,
  ...actionTexts,
  ...resetPasswordErrorTexts,
  ...resetPasswordTexts,
};
