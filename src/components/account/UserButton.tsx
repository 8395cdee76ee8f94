import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import { useAccount } from '../../hooks/useAccount.js';
import { useSignOut } from '../../hooks/useSignOut.js';
import type { MessageKey } from '../../i18n/messages.js';
import { errorTextOf, textOf } from '../../i18n/texts.js';
import { visuallyHidden } from '../fields/visuallyHidden.js';
import { goAfterSignOut } from '../session/goAfterSignOut.js';
import { formatCredit, fullName, initials, isCompany, shortName } from './accountNames.js';
import { accountComponentTexts } from './texts.js';

/** A link of the shop's own in the menu. */
export interface UserButtonItem {
  /** The item's text (or any node), in the shop's own words. */
  label: ReactNode;
  /** Where it leads: a plain click goes through the provider's `navigate`, when there is one. */
  href: string;
}

/** The props of `<UserButton>`: the menu's links, the sign-in link for a visitor, and what follows a sign-out. */
export interface UserButtonProps {
  /** A "Your account" item leading here. */
  accountHref?: string | undefined;
  /** A "Your orders" item leading here. */
  ordersHref?: string | undefined;
  /** The shop's own items, after the account and orders items and before "Sign out". */
  items?: readonly UserButtonItem[] | undefined;
  /**
   * Where the login link leads when nobody is signed in (the shop's sign-in page).
   * @default '/sign-in'
   */
  loginHref?: string | undefined;
  /**
   * The currency of the store credit (ISO 4217), shown in the provider's locale.
   * @default 'EUR'
   */
  currency?: string | undefined;
  /** Called once the customer is signed out from the menu. */
  onSignedOut?: (() => void) | undefined;
  /**
   * Where to go once the customer is signed out, e.g. `'/'`: through the provider's `navigate`
   * (else a page load), after `onSignedOut`. By default the page stays, and shows what a
   * signed-out visitor sees.
   * @example
   * <UserButton afterSignOutUrl="/" />
   */
  afterSignOutUrl?: string | undefined;
  /** Extra classes for the root element. */
  className?: string | undefined;
}

/** A plain left click with no modifier: what a router may take over. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The account corner of a shop's header: a menu button (WAI-ARIA menu button pattern) with the
 * customer's initials and first name (or company), opening to the full name, e-mail, premium badge
 * and store credit, the shop's links and "Sign out". While the session loads it keeps its size;
 * signed out it is a login link. Links go through the provider's `navigate` when there is one.
 */
export function UserButton({
  accountHref,
  ordersHref,
  items = [],
  loginHref = '/sign-in',
  currency = 'EUR',
  onSignedOut,
  afterSignOutUrl,
  className,
}: UserButtonProps) {
  const { messages, locale, navigate } = useBizKitHub();
  const t = (key: MessageKey, params?: Record<string, string>) => textOf(messages, accountComponentTexts, key, params);
  const { status, account } = useAccount();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const loginRef = useRef<HTMLAnchorElement>(null);
  // Which item to focus once the menu has rendered: the first, the last, or none.
  const focusOnOpen = useRef<'first' | 'last' | undefined>(undefined);
  const signedOutHere = useRef(false);
  const menuId = useId();
  const signOut = useSignOut({
    onSuccess: () => {
      signedOutHere.current = true;
      setOpen(false);
      onSignedOut?.();
      goAfterSignOut(navigate(), afterSignOutUrl);
    },
  });

  const menuItems = () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const focusItem = (index: number) => {
    const all = menuItems();
    if (all.length === 0) return;
    all[(index + all.length) % all.length]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const all = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    if (focusOnOpen.current === 'first') all[0]?.focus();
    if (focusOnOpen.current === 'last') all.at(-1)?.focus();
    focusOnOpen.current = undefined;
    // A pointer down anywhere else closes the menu.
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  useEffect(() => {
    // Signed out from this menu: focus goes to what took the button's place.
    if (status === 'signed-out' && signedOutHere.current) {
      signedOutHere.current = false;
      loginRef.current?.focus();
    }
  }, [status]);

  const rootClass = ['bkh-user-button', className].filter(Boolean).join(' ');

  const follow = (href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const push = navigate();
    setOpen(false);
    if (push && isPlainClick(event)) {
      event.preventDefault();
      push(href);
    }
  };

  if (status === 'signed-out') {
    return (
      <div className={rootClass} data-state="signed-out">
        <a ref={loginRef} className="bkh-menu-item bkh-login-link" href={loginHref} onClick={follow(loginHref)}>
          {t('account.login')}
        </a>
      </div>
    );
  }
  if (status !== 'signed-in') {
    // The same size as the button, so the header does not move when the session arrives.
    return (
      <div className={rootClass} data-state={status}>
        <span className="bkh-user-placeholder" aria-busy={status === 'loading' || undefined}>
          <span className="bkh-avatar" aria-hidden="true" />
          <span style={visuallyHidden}>{t(status === 'loading' ? 'account.loading' : 'account.unavailable')}</span>
        </span>
      </div>
    );
  }

  const name = fullName(account);
  const openMenu = (focus: 'first' | 'last') => {
    focusOnOpen.current = focus;
    if (open) focusItem(focus === 'first' ? 0 : -1);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  const onTriggerKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') {
      event.preventDefault();
      openMenu('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu('last');
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = menuItems();
    const current = all.indexOf(document.activeElement as HTMLElement);
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusItem(current + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusItem(current - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusItem(0);
        break;
      case 'End':
        event.preventDefault();
        focusItem(-1);
        break;
      case 'Escape':
        event.preventDefault();
        close();
        break;
      case 'Tab':
        setOpen(false);
        break;
      case ' ':
        // Space activates a link item as Enter does.
        if (document.activeElement instanceof HTMLAnchorElement) {
          event.preventDefault();
          document.activeElement.click();
        }
        break;
      default:
    }
  };

  const links: Array<{ key: string; label: ReactNode; href: string }> = [
    ...(accountHref ? [{ key: 'account', label: t('account.yourAccount'), href: accountHref }] : []),
    ...(ordersHref ? [{ key: 'orders', label: t('account.yourOrders'), href: ordersHref }] : []),
    ...items.map((item, index) => ({ key: `item-${index}`, label: item.label, href: item.href })),
  ];

  return (
    <div ref={rootRef} className={rootClass} data-state={open ? 'open' : 'closed'}>
      <button
        ref={triggerRef}
        type="button"
        className="bkh-user-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('account.menu', { name })}
        onClick={() => (open ? setOpen(false) : openMenu('first'))}
        onKeyDown={onTriggerKeyDown}
      >
        {/* The initials are drawn by styles.css from data-initials: they are no part of the button's text. */}
        <span className="bkh-avatar" data-kind={isCompany(account) ? 'company' : 'person'} data-initials={initials(account)} aria-hidden="true" />
        <span className="bkh-user-label" aria-hidden="true">
          {shortName(account)}
        </span>
      </button>
      {open ? (
        <div className="bkh-user-popup">
          <div className="bkh-user-card">
            <strong>{name}</strong>
            <span className="bkh-user-email">{account.email}</span>
            {account.premium ? <span className="bkh-badge">{t('account.premium')}</span> : null}
            <span className="bkh-user-credit">{t('account.credit', { amount: formatCredit(account.creditBalance, locale, currency) })}</span>
          </div>
          <ul ref={menuRef} id={menuId} role="menu" aria-label={name} className="bkh-user-menu" onKeyDown={onMenuKeyDown}>
            {links.map((link) => (
              <li key={link.key} role="none">
                <a role="menuitem" tabIndex={-1} className="bkh-menu-item" href={link.href} onClick={follow(link.href)}>
                  {link.label}
                </a>
              </li>
            ))}
            <li role="none">
              <button
                role="menuitem"
                type="button"
                tabIndex={-1}
                className="bkh-menu-item"
                aria-disabled={signOut.isPending || undefined}
                onClick={() => {
                  if (!signOut.isPending) signOut.mutate();
                }}
              >
                {t(signOut.isPending ? 'signOut.submitting' : 'signOut.submit')}
              </button>
            </li>
          </ul>
          {signOut.error ? (
            <p role="alert" className="bkh-user-error">
              {errorTextOf(messages, accountComponentTexts, signOut.error)}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
