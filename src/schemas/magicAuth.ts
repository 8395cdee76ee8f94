import * as z from 'zod/mini';
import { customerRealIpField, emailField, referralIdField, textField } from './fields.js';

export const magicAuthSchema = z.object({
  email: emailField,
  firstName: textField,
  lastName: textField,
  customerRealIp: customerRealIpField,
  referralId: referralIdField,
});
