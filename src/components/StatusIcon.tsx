import { useAuthFormContext } from './AuthFormContext.js';
import { InlineIcon } from './InlineIcon.js';

/** A small inline icon beside a panel's news (a check, or an exclamation mark); decorative. */
export function StatusIcon({ tone }: { tone: 'success' | 'error' }) {
  const { cls } = useAuthFormContext();
  return (
    <InlineIcon size={24} className={cls('icon')} data-tone={tone}>
      <circle cx="12" cy="12" r="10" />
      {tone === 'success' ? <path d="m8 12.5 2.5 2.5L16 9.5" /> : <path d="M12 7v6m0 4h.01" />}
    </InlineIcon>
  );
}
