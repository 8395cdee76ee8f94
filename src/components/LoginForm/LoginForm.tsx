import type { IdentityResult } from '../../client/types.js';
import { useLogin } from '../../hooks/useLogin.js';
import { loginSchema } from '../../schemas/login.js';
import type { AuthFormProps } from '../AuthFormProps.js';
import { EmailField } from '../fields/EmailField.js';
import { PasswordField } from '../fields/PasswordField.js';
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
  cooldownMs,
  onForgotPassword,
  forgotPasswordHref,
  onRegister,
  registerHref,
  ...chromeProps
}: LoginFormProps) {
  const chrome = useFormChrome(chromeProps);
  const auth = useAuthForm({
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

  if (auth.result) {
    return <ResultPanel chrome={chrome} name="login" tone="success" title="login.title" body="login.success" />;
  }
  return (
    <FormShell
      chrome={chrome}
      auth={auth}
      name="login"
      title="login.title"
      submitLabel="login.submit"
      pendingLabel="login.submitting"
      errorActions={({ kind, code }) =>
        kind !== 'api' || code === undefined
          ? undefined
          : registerCodes.has(code)
            ? [[register, 'action.register']]
            : code === 'E004'
              ? [[forgot, 'action.forgotPassword']]
              : undefined
      }
      footer={[
        [forgot, 'action.forgotPassword'],
        [register, 'action.register'],
      ]}
    >
      <EmailField registration={auth.form.register('email')} error={auth.fieldError('email')} />
      <PasswordField
        registration={auth.form.register('password')}
        error={auth.fieldError('password')}
        autoComplete="current-password"
        required
      />
    </FormShell>
  );
}
