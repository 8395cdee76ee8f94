import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import { useRegister } from '../../hooks/useRegister.js';
import { getErrorMessage } from '../../i18n/getErrorMessage.js';
import { registerFormSchema } from '../../schemas/passwordConfirmation.js';
import type { AuthFormProps } from '../AuthFormProps.js';
import { CheckboxField } from '../fields/CheckboxField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { PasswordField } from '../fields/PasswordField.js';
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
  className,
  classNames,
  components,
  cooldownMs,
  showTitle = true,
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
}: RegisterFormProps) {
  const { messages } = useBizKitHub();
  const chrome = useFormChrome(components, classNames);
  const initial: Partial<RegisterFormValues> = { email: '', password: '' };
  if (confirmPassword) initial.confirmPassword = '';
  for (const name of fields) {
    if (name === 'newsletter') initial.newsletter = false;
    else initial[name] = name === 'primaryLocale' ? (primaryLocale ?? '') : '';
  }
  const { form, onSubmit, formError, pending, cooldown, fieldError, result } = useAuthForm({
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

  if (result) {
    return (
      <ResultPanel
        chrome={chrome}
        name="register-account"
        tone="success"
        title={chrome.t('register.success.title')}
        body={chrome.t('register.success.body', { email: result.variables.email })}
        className={className}
        showTitle={showTitle}
        actions={[[signIn, 'action.signIn']]}
      />
    );
  }

  return (
    <FormShell
      chrome={chrome}
      name="register-account"
      title="register.title"
      showTitle={showTitle}
      className={className}
      onSubmit={onSubmit}
      pending={pending}
      cooldown={cooldown}
      submitLabel="register.submit"
      pendingLabel="register.submitting"
      alert={
        formError ? (
          <FormAlert
            message={getErrorMessage(formError, messages)}
            actions={
              formError.kind === 'api' && formError.code === 'E002'
                ? [
                    [signIn, 'action.signIn'],
                    [forgot, 'action.resetPassword'],
                  ]
                : undefined
            }
          />
        ) : null
      }
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
      <PasswordField
        registration={form.register('password')}
        error={fieldError('password')}
        autoComplete="new-password"
        required
      />
      {confirmPassword ? (
        <PasswordField
          label="field.confirmPassword.label"
          registration={form.register('confirmPassword')}
          error={fieldError('confirmPassword')}
          autoComplete="new-password"
          required
        />
      ) : null}
      {fields.map((name) =>
        name === 'newsletter' ? (
          <CheckboxField key={name} label="field.newsletter.label" registration={form.register('newsletter')} />
        ) : (
          <TextField
            key={name}
            label={registerTextFields[name].label}
            registration={form.register(name)}
            error={fieldError(name)}
            type={registerTextFields[name].type}
            autoComplete={registerTextFields[name].autoComplete}
            inputMode={registerTextFields[name].inputMode}
            hint={registerTextFields[name].hint}
            autoCapitalize={registerTextFields[name].autoCapitalize}
          />
        ),
      )}
    </FormShell>
  );
}
