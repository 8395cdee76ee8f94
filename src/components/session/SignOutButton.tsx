import type { ComponentPropsWithoutRef } from 'react';
import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import { useSignOut } from '../../hooks/useSignOut.js';
import { errorTexts } from '../../i18n/locales/en/errors.js';
import { sessionTexts } from '../../i18n/locales/en/session.js';
import type { MessageTexts } from '../../i18n/messages.js';
import { errorTextOf, textOf } from '../../i18n/texts.js';
import { goAfterSignOut } from './goAfterSignOut.js';

/** The English the button can show: its labels and the failures by kind (sign-out has no documented codes). */
const english: MessageTexts = { ...errorTexts, ...sessionTexts };

/**
 * The props of `<SignOutButton>`: a `<button>`'s own except `onClick` and `type` (it sets those), where
 * to go once signed out, and how it looks.
 */
export interface SignOutButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'onClick' | 'type'> {
  /** Called once the session is gone (for example to navigate home). */
  onSignedOut?: (() => void) | undefined;
  /**
   * Where to go once the customer is signed out, e.g. `'/'`: through the provider's `navigate`
   * (else a page load), after `onSignedOut`. By default the page stays, and shows what a
   * signed-out visitor sees.
   * @example
   * <SignOutButton afterSignOutUrl="/" />
   */
  afterSignOutUrl?: string | undefined;
  /**
   * `'button'`: a secondary button, as the forms' (with `styles.css`); `'link'`: looks like a link,
   * for a header or a menu.
   * @default 'button'
   */
  variant?: 'button' | 'link' | undefined;
}

/**
 * A "Sign out" button in the provider's language, class `bkh-sign-out`: with `styles.css` a
 * secondary button, or a link with `variant="link"`. While signing out it is `aria-busy`; a
 * failure (the cookie may still be set) is announced next to it, never silently ignored.
 */
export function SignOutButton({ onSignedOut, afterSignOutUrl, className, children, variant = 'button', ...buttonProps }: SignOutButtonProps) {
  const { messages, navigate } = useBizKitHub();
  const signOut = useSignOut({
    onSuccess: () => {
      onSignedOut?.();
      goAfterSignOut(navigate(), afterSignOutUrl);
    },
  });
  const pending = signOut.isPending;
  return (
    <>
      <button
        {...buttonProps}
        type="button"
        className={['bkh-sign-out', className].filter(Boolean).join(' ')}
        data-variant={variant}
        aria-disabled={pending || undefined}
        aria-busy={pending || undefined}
        onClick={() => {
          if (!pending) signOut.mutate();
        }}
      >
        {children ?? textOf(messages, english, pending ? 'signOut.submitting' : 'signOut.submit')}
      </button>
      {signOut.error ? (
        <span role="alert" className="bkh-sign-out-error">
          {errorTextOf(messages, english, signOut.error)}
        </span>
      ) : null}
    </>
  );
}
