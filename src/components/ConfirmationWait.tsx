import { useEffect, useState } from 'react';
import { useBizKitHub, type BizKitHubContextValue } from '../hooks/BizKitHubProvider.js';
import { formatCountdown, formatWait } from '../i18n/formatWait.js';
import { useAuthFormContext } from './AuthFormContext.js';
import { Actions, type ActionTarget } from './fields/Action.js';
import { registerCooldownMs } from './useAuthForm.js';

/** BizKitHub's "not confirmed yet" (E007 of login and magic-auth). */
export function isUnconfirmed(error: { kind: string; code?: string | undefined }): boolean {
  return error.kind === 'api' && error.code === 'E007';
}

/** The provider's record of when registering again for `email` gets a new confirmation e-mail. */
function confirmationKey(email: string): string {
  return `register-again:${email.trim().toLowerCase()}`;
}

type Cooldowns = BizKitHubContextValue['cooldowns'];

/** A confirmation e-mail went out now (a registration): registering again is refused for ten minutes from here. */
export function startConfirmationWait(cooldowns: Cooldowns, email: string): number {
  const endsAt = Date.now() + registerCooldownMs;
  cooldowns.set(confirmationKey(email), { endsAt, totalMs: registerCooldownMs });
  return endsAt;
}

/**
 * When registering again for `email` gets a new confirmation e-mail: as this page session first
 * learned it (a registration here, or the first E007), never pushed later.
 */
function confirmationWaitEnds(cooldowns: Cooldowns, email: string): number {
  return cooldowns.get(confirmationKey(email))?.endsAt ?? startConfirmationWait(cooldowns, email);
}

/**
 * Under the "not confirmed yet" alert (E007): where the confirmation e-mail went, and when
 * registering again will send a new one. A countdown (not announced) until then; then the
 * "Register again" action. The wait runs from the first time this page session learned of it.
 */
export function ConfirmationWait({ email, register }: { email: string; register: ActionTarget }) {
  const { cooldowns, locale } = useBizKitHub();
  const { t, cls } = useAuthFormContext();
  const [endsAt] = useState(() => confirmationWaitEnds(cooldowns, email));
  const [now, setNow] = useState(() => Date.now());
  const [waitAtStart] = useState(() => Math.max(0, endsAt - Date.now()));
  const waiting = now < endsAt;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);
  if (waiting) {
    return (
      <>
        <p>{t('confirmation.pending', { email, wait: formatWait(waitAtStart, locale) })}</p>
        <p className={cls('countdown')} aria-hidden="true" data-confirmation-countdown="">
          {t('confirmation.countdown', { time: formatCountdown(endsAt - now) })}
        </p>
      </>
    );
  }
  return (
    <>
      <p>{t('confirmation.ready', { email })}</p>
      <div className={cls('actions')}>
        <Actions items={[[register, 'action.registerAgain']]} />
      </div>
    </>
  );
}
