import * as z from 'zod/mini';
import { passwordField } from './fields.js';
import { registerAccountFields } from './registerAccount.js';

const confirmPasswordField = z.optional(z.string());

type Confirmable = { password: string; confirmPassword?: string | undefined };

// Runs even while other fields are still invalid, so a mismatch shows together with them. A plain
// check (not z.refine, which brings zod's custom schema type into the bundle).
const confirmationMatches = z.check<Confirmable>(
  (context) => {
    const { password, confirmPassword } = context.value;
    if (confirmPassword !== undefined && confirmPassword !== password) {
      context.issues.push({ code: 'custom', message: 'validation.password.mismatch', input: confirmPassword, path: ['confirmPassword'] });
    }
  },
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
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
