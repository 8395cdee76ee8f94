import type { IdentityResult } from '../../client/types.js';
import { useBizKitHubClient } from '../../hooks/BizKitHubProvider.js';
import { useMagicAuth } from '../../hooks/useMagicAuth.js';
import { MagicLinkForm } from './MagicLinkForm.js';
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
  /**
   * Server mode: a path on your shop where the e-mailed link lands once it signed the customer in.
   * @default '/' (decided by your handler, which accepts only same-origin paths)
   */
  returnTo?: string | undefined;
  /** Server mode: called with the address once the sign-in link was sent. */
  onLinkSent?: ((email: string) => void) | undefined;
}

const nameFields = {
  firstName: { label: 'field.firstName.label', autoComplete: 'given-name' },
  lastName: { label: 'field.lastName.label', autoComplete: 'family-name' },
} as const;

/**
 * Passwordless sign-in, optionally asking for the customer's name. In server mode
 * (`<BizKitHubProvider serverUrl>`) your handler mails a one-time link and only following it signs
 * the customer in (`onSuccess` is not called: the sign-in completes on the link's page). In direct
 * mode it calls magic-auth at once, which is safe only when you proved the address yourself.
 */
export function MagicAuthForm(props: MagicAuthFormProps) {
  return useBizKitHubClient().mode === 'server' ? <MagicLinkForm {...props} /> : <DirectMagicAuthForm {...props} />;
}

function DirectMagicAuthForm({
  onSuccess,
  onError,
  defaultValues,
  customerRealIp,
  cooldownMs,
  fields = [],
  referralId,
  onRegister,
  registerHref,
  returnTo: _returnTo,
  onLinkSent: _onLinkSent,
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
