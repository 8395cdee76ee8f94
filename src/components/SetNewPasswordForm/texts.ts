import { errorTexts } from '../../i18n/locales/en/errors.js';
import { formTexts } from '../../i18n/locales/en/form.js';
import { passwordTexts } from '../../i18n/locales/en/password.js';
import { confirmPasswordTexts } from '../../i18n/locales/en/confirmPassword.js';
import { actionTexts } from '../../i18n/locales/en/actions.js';
import { setNewPasswordErrorTexts } from '../../i18n/locales/en/setNewPasswordErrors.js';
import { setNewPasswordTexts } from '../../i18n/locales/en/setNewPassword.js';
import type { MessageTexts } from '../../i18n/messages.js';

/** Every English text the set-new-password form and `useSetNewPasswordForm` can show: only their parts of the catalog. */
export const setNewPasswordFormTexts: MessageTexts = {
  ...errorTexts,
  ...formTexts,
  ...passwordTexts,
  ...confirmPasswordTexts,
  ...actionTexts,
  ...setNewPasswordErrorTexts,
  ...setNewPasswordTexts,
};
