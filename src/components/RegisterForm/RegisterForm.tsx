import type { AuthFormChromeProps } from '../AuthFormProps.js';
import { CheckboxField } from '../fields/CheckboxField.js';
import { EmailField } from '../fields/EmailField.js';
import { NewPasswordFields } from '../fields/NewPasswordFields.js';
import { SelectField } from '../fields/SelectField.js';
import { TextField } from '../fields/TextField.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { ResultPanel } from '../ResultPanel.js';
import { namedChoices } from './displayNames.js';
import { registerTextFields } from './registerFields.js';
import { useRegisterForm, type UseRegisterFormOptions } from './useRegisterForm.js';

export type { RegisterFormValues } from './useRegisterForm.js';

export interface RegisterFormProps extends UseRegisterFormOptions, AuthFormChromeProps {
  /** Shows "Already have an account? Sign in" (also offered when the e-mail is already registered). */
  onSignIn?: (() => void) | undefined;
  signInHref?: string | undefined;
  /** Shows "Reset your password" when the e-mail is already registered. */
  onForgotPassword?: (() => void) | undefined;
  forgotPasswordHref?: string | undefined;
  /** Shows a "Contact customer support" action when the account is blocked (E003). */
  onContactSupport?: (() => void) | undefined;
  /** Where "Contact customer support" leads, e.g. `'/contact'` or `'mailto:help@shop.example'`. */
  supportHref?: string | undefined;
}

/** Registration with e-mail and password and any profile fields you choose: markup over `useRegisterForm`. */
export function RegisterForm(props: RegisterFormProps) {
  const { fields = [], confirmPassword = false, onSignIn, signInHref, onForgotPassword, forgotPasswordHref } = props;
  const chrome = useFormChrome(props);
  const auth = useRegisterForm(props);
  const signIn = { href: signInHref, onClick: onSignIn };
  const forgot = { href: forgotPasswordHref, onClick: onForgotPassword };
  const support = { href: props.supportHref, onClick: props.onContactSupport };

  if (auth.result) {
    return (
      <ResultPanel
        chrome={chrome}
        name="register-account"
        tone="success"
        title="register.success.title"
        body="register.success.body"
        params={{ email: auth.result.email }}
        actions={[[signIn, 'action.signIn']]}
      />
    );
  }
  return (
    <FormShell
      chrome={chrome}
      auth={auth}
      name="register-account"
      title="register.title"
      submitLabel="register.submit"
      pendingLabel="register.submitting"
      errorActions={({ kind, code }) =>
        kind !== 'api'
          ? undefined
          : code === 'E002'
            ? [
                [signIn, 'action.signIn'],
                [forgot, 'action.resetPassword'],
              ]
            : code === 'E003'
              ? [[support, 'action.contactSupport']]
              : undefined
      }
      footer={[[signIn, 'action.signInInstead']]}
    >
      <EmailField registration={auth.register('email')} error={auth.fieldError('email')} />
      <NewPasswordFields
        register={auth.register}
        fieldError={auth.fieldError}
        label="field.password.label"
        confirm={confirmPassword}
      />
      {fields.map((name) => {
        if (name === 'newsletter') {
          return <CheckboxField key={name} label="field.newsletter.label" registration={auth.register('newsletter')} />;
        }
        const { label, type, autoComplete, inputMode, hint, autoCapitalize, choices } = registerTextFields[name];
        if (choices) {
          // Named in the form's language; the current value and the form's own language are always offered.
          const extra = [auth.form.getValues(name), ...(choices === 'language' ? [auth.locale.split('-')[0] ?? ''] : [])];
          return (
            <SelectField
              key={name}
              label={label}
              registration={auth.register(name)}
              error={auth.fieldError(name)}
              autoComplete={autoComplete}
              options={namedChoices(choices, auth.locale, extra)}
            />
          );
        }
        return (
          <TextField
            key={name}
            label={label}
            registration={auth.register(name)}
            error={auth.fieldError(name)}
            type={type}
            autoComplete={autoComplete}
            inputMode={inputMode}
            hint={hint}
            autoCapitalize={autoCapitalize}
          />
        );
      })}
    </FormShell>
  );
}
