import * as z from 'zod/mini';
import { emailField, textField } from './fields.js';

/** A magic-link request to your server handler: the e-mail to prove, the optional names, where to land. */
export const magicLinkSchema = z.object({
  email: emailField,
  firstName: textField,
  lastName: textField,
  /** A path on the shop (`/account`); the handler falls back to `/` for anything else. */
  returnTo: textField,
  /** The language of the e-mail, as the provider's locale. */
  locale: textField,
});
