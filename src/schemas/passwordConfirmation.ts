import * as z from 'zod/mini';
import { passwordField } from './fields.js';
import { registerAccountFields } from './registerAccount.js';

const confirmPasswordField = z.optional(z.string());

// Runs even while other fields are still invalid, so a mismatch shows together with them.
const confirmationMatches = z.refine<{ password: string; confirmPassword?: string | undefined }>(
  (values) => values.confirmPassword === undefined || values.confirmPassword === values.password,
  {
    path: ['confirmPassword'],
    error: 'validation.password.mismatch',
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  },
);

/** The register form: the request plus an optional "confirm password" that must match. */
export const registerFormSchema = z
  // A new object of the same fields, not z.extend: the same schema, without zod's extend helpers in the bundle.
  .object({ ...registerAccountFields, confirmPassword: confirmPasswordField })
  .check(confirmationMatches);

/** The set-new-password form: the token comes from the link, not from a field. */
export const setNewPasswordFormSchema = z
  .object({ password: passwordField, confirmPassword: confirmPasswordField })
  .check(confirmationMatches);
