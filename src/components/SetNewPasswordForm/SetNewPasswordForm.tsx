import { useSetNewPassword } from '../../hooks/useSetNewPassword.js';
import { setNewPasswordFormSchema } from '../../schemas/passwordConfirmation.js';
import type { AuthFormProps } from '../AuthFormProps.js';
import { NewPasswordFields } from '../fields/NewPasswordFields.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { ResultPanel } from '../ResultPanel.js';
import { useAuthForm } from '../useAuthForm.js';
import { useResetToken } from './useResetToken.js';

export interface SetNewPasswordFormValues {
  password: string;
  confirmPassword: string;
}

export interface SetNewPasswordFormProps extends AuthFormProps<SetNewPasswordFormValues> {
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
   * Whether to ask for the new password twice.
   * @default true
   */
  confirmPassword?: boolean | undefined;
  /** Shows a "Sign in" action after success. */
  onSignIn?: (() => void) | undefined;
  signInHref?: string | undefined;
  /** Shows "Request a new link" when the link is unknown, expired or incomplete. */
  onRequestNewLink?: (() => void) | undefined;
  requestNewLinkHref?: string | undefined;
}

// The reset request is unknown (E003) or expired (E004): only a new link helps.
const newLinkCodes = new Set(['E003', 'E004']);

/** Sets a new password with the one-time token from the reset e-mail. */
export function SetNewPasswordForm({
  onSuccess,
  onError,
  defaultValues,
  customerRealIp,
  cooldownMs,
  token: tokenProp,
  tokenParam = 'token',
  confirmPassword = true,
  onSignIn,
  signInHref,
  onRequestNewLink,
  requestNewLinkHref,
  ...chromeProps
}: SetNewPasswordFormProps) {
  const chrome = useFormChrome(chromeProps);
  const token = useResetToken(tokenProp, tokenParam);
  const auth = useAuthForm({
    endpoint: 'set-new-password',
    schema: setNewPasswordFormSchema,
    defaultValues: { password: '', ...(confirmPassword ? { confirmPassword: '' } : {}), ...defaultValues },
    mutation: useSetNewPassword(),
    toVariables: (values) => ({ token: token ?? '', password: values.password, customerRealIp }),
    fieldOfError: (error) => (error.kind === 'api' && error.code === 'E002' ? 'password' : undefined),
    onSuccess: () => onSuccess?.(),
    onError,
    cooldownMs,
  });
  const signIn = { href: signInHref, onClick: onSignIn };
  const requestNewLink = { href: requestNewLinkHref, onClick: onRequestNewLink };

  if (auth.result) {
    return (
      <ResultPanel
        chrome={chrome}
        name="set-new-password"
        tone="success"
        title="setNewPassword.success.title"
        body="setNewPassword.success.body"
        actions={[[signIn, 'action.signIn']]}
      />
    );
  }
  if (token === null) {
    return (
      <ResultPanel
        chrome={chrome}
        name="set-new-password"
        tone="error"
        title="setNewPassword.title"
        body="setNewPassword.missingToken"
        actions={[[requestNewLink, 'action.requestNewLink']]}
      />
    );
  }
  return (
    <FormShell
      chrome={chrome}
      auth={auth}
      name="set-new-password"
      title="setNewPassword.title"
      submitLabel="setNewPassword.submit"
      pendingLabel="setNewPassword.submitting"
      errorActions={({ kind, code }) =>
        kind === 'api' && code !== undefined && newLinkCodes.has(code) ? [[requestNewLink, 'action.requestNewLink']] : undefined
      }
    >
      <NewPasswordFields
        register={auth.form.register}
        fieldError={auth.fieldError}
        label="field.newPassword.label"
        confirm={confirmPassword}
      />
    </FormShell>
  );
}
