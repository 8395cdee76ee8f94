import * as z from 'zod/mini';
import { customerRealIpField, passwordField, tokenField } from './fields.js';

export const setNewPasswordSchema = z.object({
  token: tokenField,
  password: passwordField,
  customerRealIp: customerRealIpField,
});
