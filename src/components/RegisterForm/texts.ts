import { errorTexts } from '../../i18n/locales/en/errors.js';
import { formTexts } from '../../i18n/locales/en/form.js';
import { emailTexts } from '../../i18n/locales/en/email.js';
import { passwordTexts } from '../../i18n/locales/en/password.js';
import { confirmPasswordTexts } from '../../i18n/locales/en/confirmPassword.js';
import { profileTexts } from '../../i18n/locales/en/profile.js';
import { actionTexts } from '../../i18n/locales/en/actions.js';
import { registerErrorTexts } from '../../i18n/locales/en/registerErrors.js';
import { registerTexts } from '../../i18n/locales/en/register.js';
import type { MessageTexts } from '../../i18n/messages.js';

/** Every English text the registration form and `useRegisterForm` can show: only their parts of the catalog. */
export const registerFormTexts: MessageTexts = {
  ...errorTexts,
  ...formTexts,
  ...emailTexts,
  ...passwordTexts,
  ...confirmPasswordTexts,
  ...profileTexts,
  ...actionTexts,
  ...registerErrorTexts,
  ...registerTexts,
};
