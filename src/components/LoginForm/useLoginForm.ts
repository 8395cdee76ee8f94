import type { IdentityResult } from '../../client/types.js';
import { useLogin } from '../../hooks/useLogin.js';
import { loginSchema } from '../../schemas/login.js';
import type { AuthFormOptions } from '../AuthFormProps.js';
import { useAuthForm, type AuthFormState } from '../useAuthForm.js';
import { useGoAfterLogin, type LoginDestination } from '../useLoginDestination.js';
import { loginFormTexts } from './texts.js';

/** The login form's fields, as `defaultValues` and react-hook-form's `register` name them. */
export interface LoginFormValues {
  /** Trimmed, with its domain in ASCII, before it is sent. */
  email: string;
  /** Sent as typed, never trimmed. */
  password: string;
}

/**
 * Options of `useLoginForm` (and so of `<LoginForm>`): what to call on success or failure, where to
 * go after signing in, the cooldown.
 */
export interface UseLoginFormOptions extends AuthFormOptions<LoginFormValues>, LoginDestination {
  /**
   * Called with the new session once the customer is signed in, before the form moves on to
   * `returnTo` (see the provider's `navigate`). In direct mode keep `identityId` in an httpOnly cookie.
   */
  onSuccess?: ((result: IdentityResult) => void) | undefined;
}

/** What `useLoginForm` returns; `result` holds the e-mail that signed in. */
export type LoginFormState = AuthFormState<LoginFormValues, { email: string }>;

/**
 * E-mail and password sign-in for markup of your own: validation, server errors in the provider's
 * language, one request at a time and the cooldown after throttling, as `<LoginForm>` has them.
 *
 * @example
 * const { register, onSubmit, fieldError, errorMessage, pending, cooldown } = useLoginForm({ onSuccess });
 * <form onSubmit={onSubmit} noValidate><input type="email" autoComplete="username" {...register('email')} />…</form>
 */
export function useLoginForm({
  onSuccess,
  onError,
  defaultValues,
  customerRealIp,
  cooldownMs,
  returnTo,
  afterLoginPath,
}: UseLoginFormOptions = {}): LoginFormState {
  const goOn = useGoAfterLogin({ returnTo, afterLoginPath });
  return useAuthForm({
    endpoint: 'login',
    schema: loginSchema,
    defaultValues: { email: '', password: '', ...defaultValues },
    mutation: useLogin(),
    toVariables: (values) => ({ ...values, customerRealIp }),
    toResult: ({ email }) => ({ email }),
    onSuccess: (data) => {
      onSuccess?.(data);
      goOn();
    },
    onError,
    cooldownMs,
    signsIn: true,
    texts: loginFormTexts,
  });
}
