import type { AuthFormChromeProps } from '../AuthFormProps.js';
import { EmailField } from '../fields/EmailField.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { ResultPanel } from '../ResultPanel.js';
import { useResetPasswordForm, type UseResetPasswordFormOptions } from './useResetPasswordForm.js';
import { resetPasswordFormTexts } from './texts.js';

export type { ResetPasswordFormValues } from './useResetPasswordForm.js';

/**
 * The props of `<ResetPasswordForm>`: the options of `useResetPasswordForm`, the markup's, and a way
 * back to sign in.
 */
export interface ResetPasswordFormProps extends UseResetPasswordFormOptions, AuthFormChromeProps {
  /** Shows a "Sign in" action under the form and after success. */
  onLogin?: (() => void) | undefined;
  /** Shows the "Sign in" action as a link to this URL. */
  loginHref?: string | undefined;
}

/** Asks for a link to set a new password: markup over `useResetPasswordForm`. Success reads the same whether the account exists or not. */
export function ResetPasswordForm(props: ResetPasswordFormProps) {
  const chrome = useFormChrome(props, resetPasswordFormTexts);
  const auth = useResetPasswordForm(props);
  const login = [[{ href: props.loginHref, onClick: props.onLogin }, 'action.login']] as const;

  if (auth.result) {
    return (
      <ResultPanel
        chrome={chrome}
        name="reset-password"
        tone="success"
        title="resetPassword.success.title"
        body="resetPassword.success.body"
        params={{ email: auth.result.email }}
        actions={login}
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
      footer={login}
    >
      <EmailField registration={auth.register('email')} error={auth.fieldError('email')} />
    </FormShell>
  );
}
