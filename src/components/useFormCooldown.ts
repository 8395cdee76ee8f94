import { useMemo } from 'react';
import type { MessageParams } from '../i18n/formatMessage.js';
import { formatCountdown, formatWait } from '../i18n/formatWait.js';
import type { MessageKey } from '../i18n/messages.js';
import type { Cooldown } from './useCooldown.js';

/** The cooldown after a throttling answer, with its texts in the form's language. */
export interface FormCooldown extends Omit<Cooldown, 'start'> {
  /**
   * The wait as a sentence, "You can try again in 2 minutes." ("…in a moment." when the server
   * named no wait); `''` when no cooldown runs. The drop-in forms put it, visually hidden, in the
   * alert of the failure that started the wait, so it is announced once, with the failure.
   */
  message: string;
  /**
   * The ticking countdown, "You can try again in 1:27." (for a guessed wait, `message` instead);
   * `''` when no cooldown runs. Show it, but not in a live region.
   */
  countdown: string;
  /**
   * What a polite live region (`role="status"`) should say now: the wait when no alert tells it
   * (a cooldown still running after a remount), "You can try again now." once it ended, else `''`.
   */
  announcement: string;
}

/** A cooldown's texts in `locale`; `toldByAlert` when the failure's alert already carries the wait. */
export function useFormCooldown(
  cooldown: Cooldown,
  t: (key: MessageKey, params?: MessageParams) => string,
  locale: string,
  toldByAlert: boolean,
): FormCooldown {
  const { active, remainingMs, totalMs, ended, estimated } = cooldown;
  return useMemo(() => {
    const message = !active
      ? ''
      : estimated
        ? t('cooldown.startedSoon')
        : t('cooldown.started', { wait: formatWait(totalMs, locale) });
    // A guessed wait shows no exact time: "You can try again in a moment." stands for the countdown.
    const countdown = !active
      ? ''
      : estimated
        ? message
        : t('cooldown.countdown', { time: formatCountdown(remainingMs) });
    const announcement = active ? (toldByAlert ? '' : message) : ended ? t('cooldown.ended') : '';
    return { active, remainingMs, totalMs, ended, estimated, message, countdown, announcement };
  }, [active, remainingMs, totalMs, ended, estimated, t, locale, toldByAlert]);
}
