import type { MessageKey } from '../../i18n/messages.js';
import { useAuthFormContext } from '../AuthFormContext.js';

export interface SubmitButtonProps {
  label: MessageKey;
  pendingLabel: MessageKey;
  pending: boolean;
  coolingDown: boolean;
}

/**
 * The submit button. While a request is pending or a cooldown runs it is `aria-disabled`
 * rather than `disabled`: a disabled button drops keyboard focus to the page, and the form
 * ignores submits in those states anyway (clicks, Enter, a second tap).
 */
export function SubmitButton({ label, pendingLabel, pending, coolingDown }: SubmitButtonProps) {
  const { components: C, t, cls } = useAuthFormContext();
  const blocked = pending || coolingDown;
  return (
    <C.Button
      type="submit"
      className={cls('button')}
      aria-disabled={blocked || undefined}
      aria-busy={pending || undefined}
      data-pending={pending || undefined}
      data-cooldown={coolingDown || undefined}
    >
      {t(pending ? pendingLabel : label)}
    </C.Button>
  );
}
