import type { AuthFormChromeProps } from '../AuthFormProps.js';
import { ConfirmationWait, isUnconfirmed } from '../ConfirmationWait.js';
import { EmailField } from '../fields/EmailField.js';
import { PasswordField } from '../fields/PasswordField.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { ResultPanel } from '../ResultPanel.js';
import { loginErrorActions, type LoginLinks } from '../loginActions.js';
import { useLoginForm, type UseLoginFormOptions } from './useLoginForm.js';
import { loginFormTexts } from './texts.js';

export type { LoginFormValues } from './useLoginForm.js';

/**
 * The props of `<LoginForm>`: the options of `useLoginForm`, the markup's (`components`, `classNames`…)
 * and the actions it offers (reset password, register, magic link, support).
 */
export interface LoginFormProps extends UseLoginFormOptions, AuthFormChromeProps, LoginLinks {
  /** Shows a "Forgot your password?" button that calls this (also offered after a wrong password). */
  onResetPassword?: (() => void) | undefined;
  /** Shows a "Forgot your password?" link to this URL. */
  resetPasswordHref?: string | undefined;
  /**
   * Shows "Sign in with an e-mail link instead", calling this. Offer it only where your handler
   * mails links (its `magicLink` option): `<AuthView>` does so by itself.
   */
  onMagicLink?: (() => void) | undefined;
  /** Shows "Sign in with an e-mail link instead", leading to this URL (your `<MagicAuthForm>` page). */
  magicLinkHref?: string | undefined;
}

/** E-mail and password login, ready to drop inside `<BizKitHubProvider>`: markup over `useLoginForm`. */
export function LoginForm(props: LoginFormProps) {
  const { onResetPassword, resetPasswordHref, onRegister, registerHref, onContactSupport, supportHref, onMagicLink, magicLinkHref } = props;
  const chrome = useFormChrome(props, loginFormTexts);
  const auth = useLoginForm(props);
  const register = { href: registerHref, onClick: onRegister };
  const resetPassword = { href: resetPasswordHref, onClick: onResetPassword };
  const support = { href: supportHref, onClick: onContactSupport };
  const magicLink = { href: magicLinkHref, onClick: onMagicLink };

  if (auth.result) {
    return <ResultPanel chrome={chrome} name="login" tone="success" title="login.success.title" body="login.success" />;
  }
  return (
    <FormShell
      chrome={chrome}
      auth={auth}
      name="login"
      title="login.title"
      submitLabel="login.submit"
      pendingLabel="login.submitting"
      // A wrong password (E004, which with hideAccountExistence also stands for an unknown address):
      // the way on is a password reset. The other codes' actions are the sign-in forms' shared ones.
      errorActions={(error) =>
        error.kind === 'api' && error.code === 'E004' ? [[resetPassword, 'action.forgotPassword']] : loginErrorActions(error, register, support)
      }
      // Not confirmed yet: where the e-mail went, and "Register again" only once BizKitHub would accept it.
      errorDetail={(error) =>
        isUnconfirmed(error) ? <ConfirmationWait key={auth.form.getValues('email')} email={auth.form.getValues('email')} register={register} /> : null
      }
      // While "not confirmed yet" shows, registering is the alert's to offer (and only once it would work).
      footer={auth.error && isUnconfirmed(auth.error) ? [[resetPassword, 'action.forgotPassword']] : [
        [resetPassword, 'action.forgotPassword'],
        [magicLink, 'action.magicLinkInstead'],
        [register, 'action.registerInstead'],
      ]}
    >
      <EmailField registration={auth.register('email')} error={auth.fieldError('email')} autoComplete="username" />
      <PasswordField
        registration={auth.register('password')}
        error={auth.fieldError('password')}
        autoComplete="current-password"
        required
      />
    </FormShell>
  );
}
