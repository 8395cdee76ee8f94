import * as z from 'zod/mini';
import { customerRealIpField, emailField, expirationTimeField } from './fields.js';

/** A reset-password request as zod checks it, by the rules of `resetPassword` and `<ResetPasswordForm>`. */
export const resetPasswordSchema = z.object({
  email: emailField,
  expirationTime: expirationTimeField,
  customerRealIp: customerRealIpField,
});
