import { useResetPassword } from '../../hooks/useResetPassword.js';
import { resetPasswordSchema } from '../../schemas/resetPassword.js';
import type { AuthFormProps } from '../AuthFormProps.js';
import { EmailField } from '../fields/EmailField.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { ResultPanel } from '../ResultPanel.js';
import { useAuthForm } from '../useAuthForm.js';

export interface ResetPasswordFormValues {
  email: string;
}

export interface ResetPasswordFormProps extends AuthFormProps<ResetPasswordFormValues> {
  /** Called once BizKitHub accepted the request (it never says whether the account exists). */
  onSuccess?: ((result: { email: string }) => void) | undefined;
  /** How long the e-mailed link stays valid, e.g. `'3h 20m'` (BizKitHub's default when left out). */
  expirationTime?: string | undefined;
  /** Shows a "Sign in" action under the form and after success. */
  onSignIn?: (() => void) | undefined;
  signInHref?: string | undefined;
}

/** Asks for a link to set a new password. Success reads the same whether the account exists or not. */
export function ResetPasswordForm({
  onSuccess,
  onError,
  defaultValues,
  customerRealIp,
  cooldownMs,
  expirationTime,
  onSignIn,
  signInHref,
  ...chromeProps
}: ResetPasswordFormProps) {
  const chrome = useFormChrome(chromeProps);
  const auth = useAuthForm({
    endpoint: 'reset-password',
    schema: resetPasswordSchema,
    defaultValues: { email: '', ...defaultValues },
    mutation: useResetPassword(),
    toVariables: (values) => ({ email: values.email, expirationTime, customerRealIp }),
    onSuccess: (_data, variables) => onSuccess?.({ email: variables.email }),
    onError,
    cooldownMs,
  });
  const signIn = { href: signInHref, onClick: onSignIn };

  if (auth.result) {
    return (
      <ResultPanel
        chrome={chrome}
        name="reset-password"
        tone="success"
        title="resetPassword.success.title"
        body="resetPassword.success.body"
        params={{ email: auth.result.variables.email }}
        actions={[[signIn, 'action.signIn']]}
      />
    );
  }
  return (
    <FormShell
      chrome={chrome}
      auth={auth}
      name="reset-password"
      title="resetPassword.title"
      intro="resetPassword.intro"
      submitLabel="resetPassword.submit"
      pendingLabel="resetPassword.submitting"
      footer={[[signIn, 'action.signIn']]}
    >
      <EmailField registration={auth.form.register('email')} error={auth.fieldError('email')} />
    </FormShell>
  );
}
