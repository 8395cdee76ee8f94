import { formatCountdown, formatWait } from '../../i18n/formatWait.js';
import { useAuthFormContext } from '../AuthFormContext.js';
import type { Cooldown } from '../useCooldown.js';
import { visuallyHidden } from './visuallyHidden.js';

/**
 * The cooldown after a throttling answer: a polite live region that speaks twice (when the wait
 * starts and when it ends) and a visible countdown that ticks every second without being announced.
 */
export function CooldownNotice({ cooldown }: { cooldown: Cooldown }) {
  const { components: C, t, cls, messages } = useAuthFormContext();
  const announcement = cooldown.active
    ? t('cooldown.started', { wait: formatWait(cooldown.totalMs, messages.$locale) })
    : cooldown.ended
      ? t('cooldown.ended')
      : '';
  return (
    <>
      <C.Status role="status" aria-live="polite" className={cls('status')} style={visuallyHidden} data-cooldown-status="">
        {announcement}
      </C.Status>
      {cooldown.active ? (
        <p className={cls('countdown')} aria-hidden="true" data-cooldown="">
          {t('cooldown.countdown', { time: formatCountdown(cooldown.remainingMs) })}
        </p>
      ) : null}
    </>
  );
}
