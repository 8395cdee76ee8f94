import { useRegister } from '../../hooks/useRegister.js';
import { registerFormSchema } from '../../schemas/passwordConfirmation.js';
import type { AuthFormProps } from '../AuthFormProps.js';
import { CheckboxField } from '../fields/CheckboxField.js';
import { EmailField } from '../fields/EmailField.js';
import { NewPasswordFields } from '../fields/NewPasswordFields.js';
import { TextField } from '../fields/TextField.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { ResultPanel } from '../ResultPanel.js';
import { useAuthForm } from '../useAuthForm.js';
import { registerTextFields, type RegisterField } from './registerFields.js';

export type RegisterFormValues = { email: string; password: string; confirmPassword: string; newsletter: boolean } & Record<
  Exclude<RegisterField, 'newsletter'>,
  string
>;

export interface RegisterFormProps extends AuthFormProps<RegisterFormValues> {
  /** Called once BizKitHub accepted the registration and sent the verification e-mail. */
  onSuccess?: ((result: { email: string }) => void) | undefined;
  /**
   * Optional profile fields to show, in this order (e-mail and password always come first).
   * @default []
   */
  fields?: readonly RegisterField[] | undefined;
  /**
   * Whether to ask for the password twice.
   * @default false
   */
  confirmPassword?: boolean | undefined;
  /** Customer groups to put the new account in. */
  groups?: readonly string[] | undefined;
  /** The referring customer's reference number (cuRefNo, 16 characters), sent along unseen. */
  referralId?: string | undefined;
  /** Where the verification e-mail leads back to: an absolute URL of your shop. */
  returnUrl?: string | undefined;
  /** The customer's language, e.g. `'cs'`; the default of the field when it is shown. */
  primaryLocale?: string | undefined;
  /** Shows "Sign in" (also offered when the e-mail is already registered). */
  onSignIn?: (() => void) | undefined;
  signInHref?: string | undefined;
  /** Shows "Reset your password" when the e-mail is already registered. */
  onForgotPassword?: (() => void) | undefined;
  forgotPasswordHref?: string | undefined;
}

/** Registration with e-mail and password and any profile fields you choose. */
export function RegisterForm({
  onSuccess,
  onError,
  defaultValues,
  customerRealIp,
  cooldownMs,
  fields = [],
  confirmPassword = false,
  groups,
  referralId,
  returnUrl,
  primaryLocale,
  onSignIn,
  signInHref,
  onForgotPassword,
  forgotPasswordHref,
  ...chromeProps
}: RegisterFormProps) {
  const chrome = useFormChrome(chromeProps);
  const initial: Partial<RegisterFormValues> = { email: '', password: '' };
  if (confirmPassword) initial.confirmPassword = '';
  for (const name of fields) {
    if (name === 'newsletter') initial.newsletter = false;
    else initial[name] = name === 'primaryLocale' ? (primaryLocale ?? '') : '';
  }
  const auth = useAuthForm({
    endpoint: 'register-account',
    schema: registerFormSchema,
    defaultValues: { ...initial, ...defaultValues },
    mutation: useRegister(),
    toVariables: ({ confirmPassword: _confirmation, ...values }) => ({
      ...values,
      primaryLocale: values.primaryLocale ?? primaryLocale,
      groups,
      referralId,
      returnUrl,
      customerRealIp,
    }),
    onSuccess: (_data, variables) => onSuccess?.({ email: variables.email }),
    onError,
    cooldownMs,
  });
  const signIn = { href: signInHref, onClick: onSignIn };
  const forgot = { href: forgotPasswordHref, onClick: onForgotPassword };

  if (auth.result) {
    return (
      <ResultPanel
        chrome={chrome}
        name="register-account"
        tone="success"
        title="register.success.title"
        body="register.success.body"
        params={{ email: auth.result.variables.email }}
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
        kind === 'api' && code === 'E002'
          ? [
              [signIn, 'action.signIn'],
              [forgot, 'action.resetPassword'],
            ]
          : undefined
      }
      footer={[[signIn, 'action.signIn']]}
    >
      <EmailField registration={auth.form.register('email')} error={auth.fieldError('email')} />
      <NewPasswordFields
        register={auth.form.register}
        fieldError={auth.fieldError}
        label="field.password.label"
        confirm={confirmPassword}
      />
      {fields.map((name) => {
        if (name === 'newsletter') {
          return <CheckboxField key={name} label="field.newsletter.label" registration={auth.form.register('newsletter')} />;
        }
        const { label, type, autoComplete, inputMode, hint, autoCapitalize } = registerTextFields[name];
        return (
          <TextField
            key={name}
            label={label}
            registration={auth.form.register(name)}
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
