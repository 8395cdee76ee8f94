import type { IdentityResult } from '../../client/types.js';
import { useLogin } from '../../hooks/useLogin.js';
import { getErrorMessage } from '../../i18n/getErrorMessage.js';
import { loginSchema } from '../../schemas/login.js';
import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import type { AuthFormProps } from '../AuthFormProps.js';
import { FormAlert } from '../fields/FormAlert.js';
import { PasswordField } from '../fields/PasswordField.js';
import { TextField } from '../fields/TextField.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { ResultPanel } from '../ResultPanel.js';
import { useAuthForm } from '../useAuthForm.js';

export interface LoginFormValues {
  email: string;
  password: string;
}

export interface LoginFormProps extends AuthFormProps<LoginFormValues> {
  /** Called with the new session once the customer is signed in. Keep `identityId` in an httpOnly cookie. */
  onSuccess?: ((result: IdentityResult) => void) | undefined;
  /** Shows a "Forgot your password?" button that calls this. */
  onForgotPassword?: (() => void) | undefined;
  /** Shows a "Forgot your password?" link to this URL. */
  forgotPasswordHref?: string | undefined;
  /** Shows a "Create an account" action (also offered when the e-mail has no account). */
  onRegister?: (() => void) | undefined;
  registerHref?: string | undefined;
}

// Login codes after which registering is the way forward: no customer (E002), no password yet (E003).
const registerCodes = new Set(['E002', 'E003']);

/** E-mail and password sign-in, ready to drop inside `<BizKitHubProvider>`. */
export function LoginForm({
  onSuccess,
  onError,
  defaultValues,
  customerRealIp,
  className,
  classNames,
  components,
  cooldownMs,
  showTitle = true,
  onForgotPassword,
  forgotPasswordHref,
  onRegister,
  registerHref,
}: LoginFormProps) {
  const { messages } = useBizKitHub();
  const chrome = useFormChrome(components, classNames);
  const { form, onSubmit, formError, pending, cooldown, fieldError, result } = useAuthForm({
    endpoint: 'login',
    schema: loginSchema,
    defaultValues: { email: '', password: '', ...defaultValues },
    mutation: useLogin(),
    toVariables: (values) => ({ ...values, customerRealIp }),
    onSuccess: (data) => onSuccess?.(data),
    onError,
    cooldownMs,
  });
  const register = { href: registerHref, onClick: onRegister };
  const forgot = { href: forgotPasswordHref, onClick: onForgotPassword };

  if (result) {
    return (
      <ResultPanel
        chrome={chrome}
        name="login"
        tone="success"
        title={chrome.t('login.title')}
        body={chrome.t('login.success')}
        className={className}
        showTitle={showTitle}
      />
    );
  }

  return (
    <FormShell
      chrome={chrome}
      name="login"
      title="login.title"
      showTitle={showTitle}
      className={className}
      onSubmit={onSubmit}
      pending={pending}
      cooldown={cooldown}
      submitLabel="login.submit"
      pendingLabel="login.submitting"
      alert={
        formError ? (
          <FormAlert
            message={getErrorMessage(formError, messages)}
            actions={
              formError.kind !== 'api' || formError.code === undefined
                ? undefined
                : registerCodes.has(formError.code)
                  ? [[register, 'action.register']]
                  : formError.code === 'E004'
                    ? [[forgot, 'action.forgotPassword']]
                    : undefined
            }
          />
        ) : null
      }
      footer={[
        [forgot, 'action.forgotPassword'],
        [register, 'action.register'],
      ]}
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
        autoComplete="current-password"
        required
      />
    </FormShell>
  );
}
