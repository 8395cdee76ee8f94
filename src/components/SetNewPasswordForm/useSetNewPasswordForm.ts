import { useSetNewPassword } from '../../hooks/useSetNewPassword.js';
import { setNewPasswordFormSchema } from '../../schemas/passwordConfirmation.js';
import type { AuthFormOptions } from '../AuthFormProps.js';
import { useAuthForm, type AuthFormState } from '../useAuthForm.js';
import { setNewPasswordFormTexts } from './texts.js';
import { useResetToken } from './useResetToken.js';

/**
 * The set-new-password form's fields, as `defaultValues` and react-hook-form's `register` name them
 * (the token is no field: it comes from the option or the link).
 */
export interface SetNewPasswordFormValues {
  /** The new password, sent as typed. */
  password: string;
  /** Must match `password` when the form asks twice (`confirmPassword`); never sent. */
  confirmPassword: string;
}

/**
 * Options of `useSetNewPasswordForm` (and so of `<SetNewPasswordForm>`): where the token comes from,
 * whether to confirm the password, the callbacks.
 */
export interface UseSetNewPasswordFormOptions extends AuthFormOptions<SetNewPasswordFormValues> {
  /** Called once the new password is set. */
  onSuccess?: (() => void) | undefined;
  /**
   * The one-time token from the e-mail. Left out, it is read from the page URL (`?token=`, or the
   * fragment `#token=`, which no server or Referer sees) and removed from it.
   */
  token?: string | undefined;
  /**
   * The parameter that carries the token in the page URL's query or fragment.
   * @default 'token'
   */
  tokenParam?: string | undefined;
  /**
   * Whether the form asks for the new password twice (the two must match).
   * @default true
   */
  confirmPassword?: boolean | undefined;
}

/** What `useSetNewPasswordForm` returns. */
export type SetNewPasswordFormState = AuthFormState<SetNewPasswordFormValues, { changed: true }> & {
  /**
   * `false` when there is no token (neither given nor in the URL): show "request a new link"
   * instead of the form. `undefined` until the URL was read after mount.
   */
  hasToken: boolean | undefined;
};

// A reused password (E002) is the new password's fault: it is shown on that field.
const fieldOfError = (error: { kind: string; code?: string | undefined }) =>
  error.kind === 'api' && error.code === 'E002' ? ('password' as const) : undefined;

/** Sets a new password with the reset e-mail's token, for markup of your own, as `<SetNewPasswordForm>` does. */
export function useSetNewPasswordForm({
  onSuccess,
  onError,
  defaultValues,
  customerRealIp,
  cooldownMs,
  token: tokenProp,
  tokenParam = 'token',
  confirmPassword = true,
}: UseSetNewPasswordFormOptions = {}): SetNewPasswordFormState {
  const token = useResetToken(tokenProp, tokenParam);
  const form = useAuthForm({
    endpoint: 'set-new-password',
    schema: setNewPasswordFormSchema,
    defaultValues: { password: '', ...(confirmPassword ? { confirmPassword: '' } : {}), ...defaultValues },
    mutation: useSetNewPassword(),
    toVariables: (values) => ({ token: token ?? '', password: values.password, customerRealIp }),
    toResult: () => ({ changed: true }) as const,
    fieldOfError,
    onSuccess: () => onSuccess?.(),
    onError,
    cooldownMs,
    texts: setNewPasswordFormTexts,
  });
  return { ...(form as unknown as AuthFormState<SetNewPasswordFormValues, { changed: true }>), hasToken: token === undefined ? undefined : token !== null };
}
