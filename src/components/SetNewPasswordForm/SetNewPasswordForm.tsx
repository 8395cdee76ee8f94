import type { AuthFormChromeProps } from '../AuthFormProps.js';
import { NewPasswordFields } from '../fields/NewPasswordFields.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { ResultPanel } from '../ResultPanel.js';
import { useSetNewPasswordForm, type UseSetNewPasswordFormOptions } from './useSetNewPasswordForm.js';
import { setNewPasswordFormTexts } from './texts.js';

export type { SetNewPasswordFormValues } from './useSetNewPasswordForm.js';

/**
 * The props of `<SetNewPasswordForm>`: the options of `useSetNewPasswordForm`, the markup's, the
 * account's e-mail for password managers, and the actions after success or a bad link.
 */
export interface SetNewPasswordFormProps extends UseSetNewPasswordFormOptions, AuthFormChromeProps {
  /**
   * The customer's e-mail, when you know it: sent nowhere, it fills the hidden username field that
   * password managers look for, so the new password is saved for the right account.
   */
  email?: string | undefined;
  /** Shows a "Sign in" action after success. */
  onLogin?: (() => void) | undefined;
  /** Shows the "Sign in" action as a link to this URL. */
  loginHref?: string | undefined;
  /** Shows "Request a new link" when the link is unknown, expired or incomplete. */
  onRequestNewLink?: (() => void) | undefined;
  /** Shows "Request a new link" as a link to this URL (your `<ResetPasswordForm>` page). */
  requestNewLinkHref?: string | undefined;
}

/** The reset request is unknown (E003) or expired (E004): only a new link helps. */
const newLinkCodes: readonly (string | undefined)[] = ['E003', 'E004'];

/** Sets a new password with the one-time token from the reset e-mail: markup over `useSetNewPasswordForm`. */
export function SetNewPasswordForm(props: SetNewPasswordFormProps) {
  const { email, onLogin, loginHref, onRequestNewLink, requestNewLinkHref, confirmPassword = true } = props;
  const chrome = useFormChrome(props, setNewPasswordFormTexts);
  const auth = useSetNewPasswordForm(props);
  const requestNewLink = [[{ href: requestNewLinkHref, onClick: onRequestNewLink }, 'action.requestNewLink']] as const;

  if (auth.result || auth.hasToken === false) {
    return (
      <ResultPanel
        chrome={chrome}
        name="set-new-password"
        {...(auth.result
          ? { tone: 'success', title: 'setNewPassword.success.title', body: 'setNewPassword.success.body' }
          : { tone: 'error', title: 'setNewPassword.title', body: 'setNewPassword.missingToken' })}
        actions={auth.result ? [[{ href: loginHref, onClick: onLogin }, 'action.login']] : requestNewLink}
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
      errorActions={({ kind, code }) => (kind === 'api' && newLinkCodes.includes(code) ? requestNewLink : undefined)}
    >
      {/* What password managers (and Chromium's form check) look for beside a new password: the
          account's username, unseen; empty when the page does not know the address. */}
      <input type="email" name="username" autoComplete="username" value={email ?? ''} readOnly hidden />
      <NewPasswordFields
        register={auth.register}
        fieldError={auth.fieldError}
        label="field.newPassword.label"
        confirm={confirmPassword}
      />
    </FormShell>
  );
}
