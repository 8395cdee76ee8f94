import { errorTexts } from '../../i18n/locales/en/errors.js';
import { formTexts } from '../../i18n/locales/en/form.js';
import { emailTexts } from '../../i18n/locales/en/email.js';
import { passwordTexts } from '../../i18n/locales/en/password.js';
import { actionTexts } from '../../i18n/locales/en/actions.js';
import { loginErrorTexts } from '../../i18n/locales/en/loginErrors.js';
import { confirmationTexts } from '../../i18n/locales/en/confirmation.js';
import { loginTexts } from '../../i18n/locales/en/login.js';
import type { MessageTexts } from '../../i18n/messages.js';

/** Every English text the login form and `useLoginForm` can show: only their parts of the catalog. */
export const loginFormTexts: MessageTexts = {
  ...errorTexts,
  ...formTexts,
  ...emailTexts,
  ...passwordTexts,
  ...actionTexts,
  ...loginErrorTexts,
  ...confirmationTexts,
  ...loginTexts,
};
