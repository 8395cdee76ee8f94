import * as z from 'zod/mini';
import { customerRealIpField, emailField, expirationTimeField } from './fields.js';

export const resetPasswordSchema = z.object({
  email: emailField,
  expirationTime: expirationTimeField,
  customerRealIp: customerRealIpField,
});
