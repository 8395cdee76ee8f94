import type { IdentityResult } from '../../client/types.js';
import { useMagicAuth } from '../../hooks/useMagicAuth.js';
import { magicAuthSchema } from '../../schemas/magicAuth.js';
import type { AuthFormProps } from '../AuthFormProps.js';
import { EmailField } from '../fields/EmailField.js';
import { TextField } from '../fields/TextField.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { ResultPanel } from '../ResultPanel.js';
import { useAuthForm } from '../useAuthForm.js';

export interface MagicAuthFormValues {
  email: string;
  firstName: string;
  lastName: string;
}

export interface MagicAuthFormProps extends AuthFormProps<MagicAuthFormValues> {
  /** Called with the new session once the customer is signed in. */
  onSuccess?: ((result: IdentityResult) => void) | undefined;
  /**
   * Which optional name fields to show, in this order.
   * @default []
   */
  fields?: ReadonlyArray<'firstName' | 'lastName'> | undefined;
  /** The referring customer's reference number (cuRefNo, 16 characters), sent along unseen. */
  referralId?: string | undefined;
  /** Shows a "Create an account" action when the e-mail has no account. */
  onRegister?: (() => void) | undefined;
  registerHref?: string | undefined;
}

const nameFields = {
  firstName: { label: 'field.firstName.label', autoComplete: 'given-name' },
  lastName: { label: 'field.lastName.label', autoComplete: 'family-name' },
} as const;

/** Sign-in by e-mail alone (no password), optionally asking for the customer's name. */
export function MagicAuthForm({
  onSuccess,
  onError,
  defaultValues,
  customerRealIp,
  cooldownMs,
  fields = [],
  referralId,
  onRegister,
  registerHref,
  ...chromeProps
}: MagicAuthFormProps) {
  const chrome = useFormChrome(chromeProps);
  const auth = useAuthForm({
    endpoint: 'magic-auth',
    schema: magicAuthSchema,
    defaultValues: { email: '', firstName: '', lastName: '', ...defaultValues },
    mutation: useMagicAuth(),
    toVariables: (values) => ({ ...values, referralId, customerRealIp }),
    onSuccess: (data) => onSuccess?.(data),
    onError,
    cooldownMs,
  });
  const register = { href: registerHref, onClick: onRegister };

  if (auth.result) {
    return <ResultPanel chrome={chrome} name="magic-auth" tone="success" title="magicAuth.title" body="magicAuth.success" />;
  }
  return (
    <FormShell
      chrome={chrome}
      auth={auth}
      name="magic-auth"
      title="magicAuth.title"
      submitLabel="magicAuth.submit"
      pendingLabel="magicAuth.submitting"
      errorActions={({ kind, code }) =>
        kind === 'api' && (code === 'E002' || code === 'E003') ? [[register, 'action.register']] : undefined
      }
    >
      <EmailField registration={auth.form.register('email')} error={auth.fieldError('email')} />
      {fields.map((name) => (
        <TextField
          key={name}
          label={nameFields[name].label}
          registration={auth.form.register(name)}
          error={auth.fieldError(name)}
          autoComplete={nameFields[name].autoComplete}
        />
      ))}
    </FormShell>
  );
}
