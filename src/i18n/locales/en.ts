import { accountTexts } from './en/account.js';
import { actionTexts } from './en/actions.js';
import { confirmationTexts } from './en/confirmation.js';
import { confirmPasswordTexts } from './en/confirmPassword.js';
import { emailTexts } from './en/email.js';
import { errorTexts } from './en/errors.js';
import { formTexts } from './en/form.js';
import { loginTexts } from './en/login.js';
import { loginErrorTexts } from './en/loginErrors.js';
import { magicAuthTexts } from './en/magicAuth.js';
import { magicAuthErrorTexts } from './en/magicAuthErrors.js';
import { passwordTexts } from './en/password.js';
import { profileTexts } from './en/profile.js';
import { registerTexts } from './en/register.js';
import { registerErrorTexts } from './en/registerErrors.js';
import { resetPasswordTexts } from './en/resetPassword.js';
import { resetPasswordErrorTexts } from './en/resetPasswordErrors.js';
import { sessionTexts } from './en/session.js';
import { setNewPasswordTexts } from './en/setNewPassword.js';
import { setNewPasswordErrorTexts } from './en/setNewPasswordErrors.js';

/**
 * The English catalog: the source of truth for every key. Placeholders are `{name}`;
 * `{wait}` is a relative time already localized ("in 5 minutes"), `{time}` a countdown ("0:27").
 *
 * It is put together from parts in `./en/`, one per form or per thing forms share: each form
 * imports only the parts it shows, so an app bundles only the English of the forms it renders.
 * A key belongs to exactly one part; a new key goes into the part of the form that shows it.
 */
export const en = {
  $locale: 'en',
  ...errorTexts,
  ...formTexts,
  ...emailTexts,
  ...passwordTexts,
  ...confirmPasswordTexts,
  ...actionTexts,
  ...profileTexts,
  ...loginErrorTexts,
  ...confirmationTexts,
  ...loginTexts,
  ...magicAuthErrorTexts,
  ...magicAuthTexts,
  ...registerErrorTexts,
  ...registerTexts,
  ...resetPasswordErrorTexts,
  ...resetPasswordTexts,
  ...setNewPasswordErrorTexts,
  ...setNewPasswordTexts,
  ...sessionTexts,
  ...accountTexts,
} as const;
