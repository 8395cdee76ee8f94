import * as z from 'zod/mini';
import { customerRealIpField, emailField, referralIdField, textField } from './fields.js';

/** A magic-auth request as zod checks it, by the rules of `magicAuth` (see `loginSchema`). */
export const magicAuthSchema = z.object({
  email: emailField,
  firstName: textField,
  lastName: textField,
  customerRealIp: customerRealIpField,
  referralId: referralIdField,
});
