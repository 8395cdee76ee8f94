import { useEffect, useId, useRef, useState } from 'react';
import { BizKitHubError } from '../../client/errors.js';
import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import { useMagicLink } from '../../hooks/useMagicLink.js';
import { getErrorMessage } from '../../i18n/getErrorMessage.js';
import { formatCountdown } from '../../i18n/formatWait.js';
import type { MessageKey } from '../../i18n/messages.js';
import { magicLinkSchema } from '../../schemas/magicLink.js';
import { AuthFormContext, type AuthFormContextValue } from '../AuthFormContext.js';
import { EmailField } from '../fields/EmailField.js';
import { FormAlert } from '../fields/FormAlert.js';
import { TextField } from '../fields/TextField.js';
import { CooldownNotice } from '../fields/CooldownNotice.js';
import type { ActionTarget } from '../fields/Action.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { useAuthForm, type AuthForm } from '../useAuthForm.js';
import { useCooldown, type Cooldown } from '../useCooldown.js';
import type { MagicAuthFormProps } from './MagicAuthForm.js';
import { useMagicLinkError, type MagicLinkErrorReason } from './useMagicLinkError.js';

/** How long "send the link again" waits after a link was sent, so a double tap does not mail twice. */
export const magicLinkResendAfterMs = 30_000;

const nameFields = {
  firstName: { label: 'field.firstName.label', autoComplete: 'given-name' },
  lastName: { label: 'field.lastName.label', autoComplete: 'family-name' },
} as const;

const reasonMessages: Partial<Record<MagicLinkErrorReason, MessageKey>> = {
  used: 'magicLink.error.used',
  expired: 'magicLink.error.expired',
  invalid: 'magicLink.error.invalid',
};

/** The sentence for the reason the verify route redirected with: a link problem, or BizKitHub's code. */
function linkErrorMessage(reason: MagicLinkErrorReason, chrome: AuthFormContextValue): string {
  const key = reasonMessages[reason];
  if (key) return chrome.t(key);
  const error =
    reason === 'rate-limit'
      ? new BizKitHubError({ kind: 'rate-limit', endpoint: 'magic-auth' })
      : reason === 'unavailable'
        ? new BizKitHubError({ kind: 'http', endpoint: 'magic-auth', status: 503 })
        : new BizKitHubError({ kind: 'api', endpoint: 'magic-auth', code: reason });
  return getErrorMessage(error, chrome.messages);
}

/**
 * `<MagicAuthForm>` in server mode: the customer proves the address by following a one-time link
 * that your handler mails. E-mail (and the names asked for), then a neutral "check your inbox"
 * panel with a resend button that respects every wait. A failed link lands back here with
 * `?error=`, which is read once, removed from the address bar and shown in the customer's language.
 */
export function MagicLinkForm({
  onError,
  defaultValues,
  cooldownMs,
  fields = [],
  onRegister,
  registerHref,
  returnTo,
  onLinkSent,
  ...chromeProps
}: MagicAuthFormProps) {
  const chrome = useFormChrome(chromeProps);
  const { locale } = useBizKitHub();
  const [linkError, setLinkError] = useMagicLinkError();
  const resendWait = useCooldown();
  const [editing, setEditing] = useState(false);
  const auth = useAuthForm({
    endpoint: 'magic-auth',
    schema: magicLinkSchema,
    defaultValues: { email: '', firstName: '', lastName: '', ...defaultValues },
    mutation: useMagicLink(),
    toVariables: (values) => ({ ...values, returnTo, locale }),
    onSuccess: (_data, variables) => {
      setEditing(false);
      resendWait.start(magicLinkResendAfterMs);
      onLinkSent?.(variables.email);
    },
    onError,
    cooldownMs,
  });
  const register: ActionTarget = { href: registerHref, onClick: onRegister };
  const registerCodes: readonly string[] = ['E002', 'E003', 'E007'];

  if (auth.result && !editing) {
    return (
      <SentPanel
        chrome={chrome}
        auth={auth}
        resendWait={resendWait}
        email={auth.result.variables.email}
        onChangeEmail={() => setEditing(true)}
      />
    );
  }
  const linkAlert =
    linkError && !auth.formError ? (
      <FormAlert
        message={linkErrorMessage(linkError, chrome)}
        actions={registerCodes.includes(linkError) ? [[register, 'action.register']] : undefined}
      />
    ) : null;
  return (
    <FormShell
      chrome={chrome}
      auth={{
        ...auth,
        onSubmit: (event) => {
          setLinkError(undefined);
          auth.onSubmit(event);
        },
      }}
      name="magic-link"
      title="magicAuth.title"
      intro="magicLink.intro"
      submitLabel="magicLink.submit"
      pendingLabel="magicLink.submitting"
    >
      {linkAlert}
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

interface SentPanelProps {
  chrome: AuthFormContextValue;
  auth: Pick<AuthForm<never, unknown>, 'onSubmit' | 'pending' | 'cooldown' | 'formError'>;
  resendWait: Cooldown;
  email: string;
  onChangeEmail: () => void;
}

/** "Check your inbox": focused when it appears, with resend (after a short wait) and a way back. */
function SentPanel({ chrome, auth, resendWait, email, onChangeEmail }: SentPanelProps) {
  const { components: C, cls, t, className, showTitle, messages } = chrome;
  const titleId = useId();
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    status.current?.focus();
  }, []);
  const blocked = auth.pending || auth.cooldown.active || resendWait.active;
  return (
    <AuthFormContext.Provider value={chrome}>
      <section
        className={cls('root', className)}
        data-bkh-form="magic-link"
        data-state="success"
        aria-labelledby={showTitle ? titleId : undefined}
      >
        {showTitle ? (
          <C.Title id={titleId} className={cls('title')}>
            {t('magicLink.sent.title')}
          </C.Title>
        ) : null}
        <C.Status ref={status} role="status" tabIndex={-1} className={cls('status')}>
          <p>{t('magicLink.sent.body', { email })}</p>
        </C.Status>
        {auth.formError ? <FormAlert message={getErrorMessage(auth.formError, messages)} /> : null}
        <C.Button
          type="button"
          className={cls('button')}
          aria-disabled={blocked || undefined}
          aria-busy={auth.pending || undefined}
          data-pending={auth.pending || undefined}
          data-cooldown={auth.cooldown.active || resendWait.active || undefined}
          onClick={() => {
            if (!blocked) auth.onSubmit();
          }}
        >
          {t(auth.pending ? 'magicLink.resending' : 'magicLink.resend')}
        </C.Button>
        {resendWait.active && !auth.cooldown.active ? (
          <p className={cls('countdown')} aria-hidden="true" data-cooldown="">
            {t('magicLink.resendIn', { time: formatCountdown(resendWait.remainingMs) })}
          </p>
        ) : null}
        <CooldownNotice cooldown={auth.cooldown} />
        <div className={cls('actions')}>
          <C.Button type="button" className={cls('link')} onClick={onChangeEmail}>
            {t('magicLink.changeEmail')}
          </C.Button>
        </div>
      </section>
    </AuthFormContext.Provider>
  );
}
