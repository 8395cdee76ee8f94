import { useAuthFormContext } from './AuthFormContext.js';

/** A small inline icon beside a panel's news (a check, or an exclamation mark); decorative. */
export function StatusIcon({ tone }: { tone: 'success' | 'error' }) {
  const { cls } = useAuthFormContext();
  return (
    <svg
      className={cls('icon')}
      data-tone={tone}
      aria-hidden="true"
      focusable="false"
      width="24"
      height="24"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <circle cx="12" cy="12" r="10" />
      {tone === 'success' ? <path d="m8 12.5 2.5 2.5L16 9.5" /> : <path d="M12 7v6m0 4h.01" />}
    </svg>
  );
}
