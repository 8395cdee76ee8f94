import { errorTexts } from '../../i18n/locales/en/errors.js';
import { formTexts } from '../../i18n/locales/en/form.js';
import { emailTexts } from '../../i18n/locales/en/email.js';
import { profileTexts } from '../../i18n/locales/en/profile.js';
import { actionTexts } from '../../i18n/locales/en/actions.js';
import { magicAuthErrorTexts } from '../../i18n/locales/en/magicAuthErrors.js';
import { confirmationTexts } from '../../i18n/locales/en/confirmation.js';
import { magicAuthTexts } from '../../i18n/locales/en/magicAuth.js';
import type { MessageTexts } from '../../i18n/messages.js';

/** Every English text the magic-auth form can show, in both modes: only its parts of the catalog. */
export const magicAuthFormTexts: MessageTexts = {
  ...errorTexts,
  ...formTexts,
  ...emailTexts,
  ...profileTexts,
  ...actionTexts,
  ...magicAuthErrorTexts,
  ...confirmationTexts,
  ...magicAuthTexts,
};
