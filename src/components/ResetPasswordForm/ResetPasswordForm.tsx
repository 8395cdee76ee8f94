import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import { useResetPassword } from '../../hooks/useResetPassword.js';
import { getErrorMessage } from '../../i18n/getErrorMessage.js';
import { resetPasswordSchema } from '../../schemas/resetPassword.js';
import type { AuthFormProps } from '../AuthFormProps.js';
import { FormAlert } from '../fields/FormAlert.js';
import { TextField } from '../fields/TextField.js';
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
  className,
  classNames,
  components,
  cooldownMs,
  showTitle = true,
  expirationTime,
  onSignIn,
  signInHref,
}: ResetPasswordFormProps) {
  const { messages } = useBizKitHub();
  const chrome = useFormChrome(components, classNames);
  const { form, onSubmit, formError, pending, cooldown, fieldError, result } = useAuthForm({
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

  if (result) {
    return (
      <ResultPanel
        chrome={chrome}
        name="reset-password"
        tone="success"
        title={chrome.t('resetPassword.success.title')}
        body={chrome.t('resetPassword.success.body', { email: result.variables.email })}
        className={className}
        showTitle={showTitle}
        actions={[[signIn, 'action.signIn']]}
      />
    );
  }

  return (
    <FormShell
      chrome={chrome}
      name="reset-password"
      title="resetPassword.title"
      intro="resetPassword.intro"
      showTitle={showTitle}
      className={className}
      onSubmit={onSubmit}
      pending={pending}
      cooldown={cooldown}
      submitLabel="resetPassword.submit"
      pendingLabel="resetPassword.submitting"
      alert={formError ? <FormAlert message={getErrorMessage(formError, messages)} /> : null}
      footer={[[signIn, 'action.signIn']]}
    >
      <TextField
        label="field.email.label"
        registration={form.register('email')}
        error={fieldError('email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
      />
    </FormShell>
  );
}
