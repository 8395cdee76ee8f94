import { useResetPassword } from '../../hooks/useResetPassword.js';
import { resetPasswordSchema } from '../../schemas/resetPassword.js';
import type { AuthFormOptions } from '../AuthFormProps.js';
import { useAuthForm, type AuthFormState } from '../useAuthForm.js';
import { resetPasswordFormTexts } from './texts.js';

/** The reset-password form's one field, as `defaultValues` and react-hook-form's `register` name it. */
export interface ResetPasswordFormValues {
  /** Where the link goes, if it has an account. */
  email: string;
}

/**
 * Options of `useResetPasswordForm` (and so of `<ResetPasswordForm>`): the callbacks, how long the
 * link stays valid, the cooldown.
 */
export interface UseResetPasswordFormOptions extends AuthFormOptions<ResetPasswordFormValues> {
  /** Called once BizKitHub accepted the request (it never says whether the account exists). */
  onSuccess?: ((result: { email: string }) => void) | undefined;
  /** How long the e-mailed link stays valid, e.g. `'3h 20m'` (BizKitHub's default when left out). */
  expirationTime?: string | undefined;
}

/** What `useResetPasswordForm` returns; `result` holds the e-mail the link went to (if it has an account). */
export type ResetPasswordFormState = AuthFormState<ResetPasswordFormValues, { email: string }>;

/** "Send me a link to set a new password" for markup of your own, as `<ResetPasswordForm>` has it. */
export function useResetPasswordForm({
  onSuccess,
  onError,
  defaultValues,
  customerRealIp,
  cooldownMs,
  expirationTime,
}: UseResetPasswordFormOptions = {}): ResetPasswordFormState {
  return useAuthForm({
    endpoint: 'reset-password',
    schema: resetPasswordSchema,
    defaultValues: { email: '', ...defaultValues },
    mutation: useResetPassword(),
    toVariables: (values) => ({ email: values.email, expirationTime, customerRealIp }),
    toResult: ({ email }) => ({ email }),
    onSuccess: (_data, variables) => onSuccess?.({ email: variables.email }),
    onError,
    cooldownMs,
    texts: resetPasswordFormTexts,
  });
}
