import * as z from 'zod/mini';
import { customerRealIpField, emailField, passwordField } from './fields.js';

export const loginSchema = z.object({
  email: emailField,
  password: passwordField,
  customerRealIp: customerRealIpField,
});
