import type { IdentityResult } from '../../client/types.js';
import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import { useMagicAuth } from '../../hooks/useMagicAuth.js';
import { getErrorMessage } from '../../i18n/getErrorMessage.js';
import { magicAuthSchema } from '../../schemas/magicAuth.js';
import type { AuthFormProps } from '../AuthFormProps.js';
import { FormAlert } from '../fields/FormAlert.js';
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
  className,
  classNames,
  components,
  cooldownMs,
  showTitle = true,
  fields = [],
  referralId,
  onRegister,
  registerHref,
}: MagicAuthFormProps) {
  const { messages } = useBizKitHub();
  const chrome = useFormChrome(components, classNames);
  const { form, onSubmit, formError, pending, cooldown, fieldError, result } = useAuthForm({
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

  if (result) {
    return (
      <ResultPanel
        chrome={chrome}
        name="magic-auth"
        tone="success"
        title={chrome.t('magicAuth.title')}
        body={chrome.t('magicAuth.success')}
        className={className}
        showTitle={showTitle}
      />
    );
  }

  return (
    <FormShell
      chrome={chrome}
      name="magic-auth"
      title="magicAuth.title"
      showTitle={showTitle}
      className={className}
      onSubmit={onSubmit}
      pending={pending}
      cooldown={cooldown}
      submitLabel="magicAuth.submit"
      pendingLabel="magicAuth.submitting"
      alert={
        formError ? (
          <FormAlert
            message={getErrorMessage(formError, messages)}
            actions={
              formError.kind === 'api' && (formError.code === 'E002' || formError.code === 'E003')
                ? [[register, 'action.register']]
                : undefined
            }
          />
        ) : null
      }
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
      {fields.map((name) => (
        <TextField
          key={name}
          label={nameFields[name].label}
          registration={form.register(name)}
          error={fieldError(name)}
          autoComplete={nameFields[name].autoComplete}
        />
      ))}
    </FormShell>
  );
}
