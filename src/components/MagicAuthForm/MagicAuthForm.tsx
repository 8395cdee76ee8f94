import { useState } from 'react';
import type { AuthFormChromeProps } from '../AuthFormProps.js';
import { EmailField } from '../fields/EmailField.js';
import { TextField } from '../fields/TextField.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { ConfirmationWait, isUnconfirmed } from '../ConfirmationWait.js';
import { ResultPanel } from '../ResultPanel.js';
import { loginErrorActions, type LoginLinks } from '../loginActions.js';
import { useCooldown } from '../useCooldown.js';
import { LinkErrorAlert, magicLinkResendAfterMs, SentPanel } from './MagicLinkForm.js';
import { useMagicAuthForm, type UseMagicAuthFormOptions } from './useMagicAuthForm.js';
import { useMagicLinkError } from './useMagicLinkError.js';
import { magicAuthFormTexts } from './texts.js';

export type { MagicAuthFormValues } from './useMagicAuthForm.js';

/**
 * The props of `<MagicAuthForm>`: the options of `useMagicAuthForm`, the markup's, the name fields
 * to ask for, and the actions it offers with a failure (register, support).
 */
export interface MagicAuthFormProps extends UseMagicAuthFormOptions, AuthFormChromeProps, LoginLinks {
  /**
   * Which optional name fields to show, in this order.
   * @default []
   */
  fields?: ReadonlyArray<'firstName' | 'lastName'> | undefined;
}

const nameFields = {
  firstName: { label: 'field.firstName.label', autoComplete: 'given-name' },
  lastName: { label: 'field.lastName.label', autoComplete: 'family-name' },
} as const;

/**
 * Passwordless sign-in, optionally asking for the customer's name: markup over `useMagicAuthForm`.
 * In server mode (`<BizKitHubProvider serverUrl>`) your handler mails a one-time link and only
 * following it signs the customer in (`onSuccess` is not called: the sign-in completes on the
 * link's page); a failed link lands back here with `?error=`, shown once in the customer's
 * language. In direct mode it calls magic-auth at once, which is safe only when you proved the
 * address yourself.
 */
export function MagicAuthForm(props: MagicAuthFormProps) {
  const { fields = [], onRegister, registerHref, onContactSupport, supportHref, onLinkSent } = props;
  const chrome = useFormChrome(props, magicAuthFormTexts);
  // "Send the link again" waits a little after each link, so a double tap does not mail twice.
  const resendWait = useCooldown();
  const [editing, setEditing] = useState(false);
  const auth = useMagicAuthForm({
    ...props,
    onLinkSent: (email) => {
      setEditing(false);
      resendWait.start(magicLinkResendAfterMs);
      onLinkSent?.(email);
    },
  });
  const server = auth.mode === 'server';
  const [linkError, setLinkError] = useMagicLinkError(server);
  const register = { href: registerHref, onClick: onRegister };
  const support = { href: supportHref, onClick: onContactSupport };

  if (auth.result && server && !editing) {
    return (
      <SentPanel chrome={chrome} auth={auth} resendWait={resendWait} email={auth.result.email} onChangeEmail={() => setEditing(true)} />
    );
  }
  if (auth.result && !server) {
    return <ResultPanel chrome={chrome} name="magic-auth" tone="success" title="magicAuth.success.title" body="magicAuth.success" />;
  }
  return (
    <FormShell
      chrome={chrome}
      auth={{
        ...auth,
        onSubmit: (event) => {
          // Only when one shows: setting the same state can still cost a commit before the submit's own.
          if (linkError) setLinkError(undefined);
          auth.onSubmit(event);
        },
      }}
      name={server ? 'magic-link' : 'magic-auth'}
      title="magicAuth.title"
      intro={server ? 'magicLink.intro' : undefined}
      submitLabel={server ? 'magicLink.submit' : 'magicAuth.submit'}
      pendingLabel={server ? 'magicLink.submitting' : 'magicAuth.submitting'}
      errorActions={(error) => loginErrorActions(error, register, support)}
      errorDetail={(error) =>
        isUnconfirmed(error) ? <ConfirmationWait key={auth.form.getValues('email')} email={auth.form.getValues('email')} register={register} /> : null
      }
      notice={linkError ? <LinkErrorAlert reason={linkError} register={register} support={support} /> : null}
    >
      <EmailField registration={auth.register('email')} error={auth.fieldError('email')} />
      {fields.map((name) => (
        <TextField
          key={name}
          label={nameFields[name].label}
          registration={auth.register(name)}
          error={auth.fieldError(name)}
          autoComplete={nameFields[name].autoComplete}
        />
      ))}
    </FormShell>
  );
}
