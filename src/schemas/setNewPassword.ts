import * as z from 'zod/mini';
import { customerRealIpField, passwordField, tokenField } from './fields.js';

/**
 * A set-new-password request as zod checks it, by the rules of `setNewPassword`
 * (`<SetNewPasswordForm>` checks its password by the same rule; its token comes from the link).
 */
export const setNewPasswordSchema = z.object({
  token: tokenField,
  password: passwordField,
  customerRealIp: customerRealIpField,
});
