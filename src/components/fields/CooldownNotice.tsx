import { useAuthFormContext } from '../AuthFormContext.js';
import type { FormCooldown } from '../useFormCooldown.js';
import { visuallyHidden } from './visuallyHidden.js';

/**
 * The cooldown after a throttling answer: a polite live region (the wait when no alert tells it,
 * and "you can try again now" when it ends) and a visible countdown, the one place that shows the
 * time, which ticks every second without being announced.
 */
export function CooldownNotice({ cooldown }: { cooldown: FormCooldown }) {
  const { components: C, cls } = useAuthFormContext();
  return (
    <>
      <C.Status role="status" aria-live="polite" className={cls('status')} style={visuallyHidden} data-cooldown-status="">
        {cooldown.announcement}
      </C.Status>
      {cooldown.active ? (
        <p className={cls('countdown')} aria-hidden="true" data-cooldown="">
          {cooldown.countdown}
        </p>
      ) : null}
    </>
  );
}
