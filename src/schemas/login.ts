import * as z from 'zod/mini';
import { customerRealIpField, emailField, passwordField } from './fields.js';

/**
 * A login request as zod checks it: the very rules, normalization and i18n catalog keys (as issue
 * messages) of `login` and `<LoginForm>`. Validate a body on your own server with `loginSchema.safeParse`.
 */
export const loginSchema = z.object({
  email: emailField,
  password: passwordField,
  customerRealIp: customerRealIpField,
});
