import type { ReactNode } from 'react';

/** A decorative line icon drawn in the text colour (hidden from assistive technology). */
export function InlineIcon({ size, className, children, ...data }: { size: number; className?: string; children: ReactNode } & Record<`data-${string}`, string>) {
  return (
    <svg
      className={className}
      {...data}
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}
