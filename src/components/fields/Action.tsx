import type { MouseEvent, ReactNode } from 'react';
import { warnOnce } from '../../core/devWarning.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useAuthFormContext } from '../AuthFormContext.js';

/** Where an action leads: a URL, a callback, or both (a router link: a plain click runs the callback instead of loading the page). */
export interface ActionTarget {
  href?: string | undefined;
  onClick?: (() => void) | undefined;
}

/** An action and its label; shown only when it has somewhere to go. */
export type ActionItem = readonly [ActionTarget | undefined, MessageKey];

/** The schemes a link may have; `javascript:`, `data:` and the like run or embed code. */
const linkProtocols = ['http:', 'https:', 'mailto:'];

/**
 * The href as given when it is relative, `http(s):` or `mailto:`; `undefined` for anything else
 * (`javascript:`, `data:`, …), with a development warning. React 18 renders `javascript:` as is.
 */
function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  let protocol: string;
  try {
    // Parsed as browsers do (tabs, newlines and leading spaces ignored), so `java\tscript:` is caught too.
    protocol = new URL(String(href), 'https://relative.invalid/').protocol;
  } catch {
    protocol = 'invalid:';
  }
  if (linkProtocols.includes(protocol)) return href;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `unsafe-href:${protocol}`,
      `an …Href prop with the scheme "${protocol}" was not rendered: links accept only relative URLs, http(s): and mailto:.`,
    );
  }
  return undefined;
}

function hasTarget(target: ActionTarget | undefined): target is ActionTarget {
  return target !== undefined && (safeHref(target.href) !== undefined || target.onClick !== undefined);
}

/** A click the page handles itself: the primary button, no modifier key (those open a tab or a window). */
function isPlainClick(event: MouseEvent<HTMLElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * A link when there is an `href`, else a button; nothing when neither is given. With both, the link
 * is a router link: a plain click goes to the callback instead of loading the page, while a
 * ctrl/⌘/middle click opens the `href` as any link does.
 */
function Action({ href: givenHref, onClick: givenOnClick, children }: ActionTarget & { children: ReactNode }) {
  const { components: C, cls } = useAuthFormContext();
  const href = safeHref(givenHref);
  if (href !== undefined) {
    // The callback gets no arguments, as its type says: never the React event (whose `view` is the window).
    const onLinkClick =
      givenOnClick &&
      ((event: MouseEvent<HTMLElement>) => {
        if (event.defaultPrevented || !isPlainClick(event)) return;
        event.preventDefault();
        givenOnClick();
      });
    return (
      <C.Link className={cls('link')} href={href} to={href} onClick={onLinkClick}>
        {children}
      </C.Link>
    );
  }
  const onClick = givenOnClick && (() => givenOnClick());
  if (onClick === undefined) return null;
  return (
    <C.Button type="button" className={cls('link')} onClick={onClick}>
      {children}
    </C.Button>
  );
}

/** The actions that have somewhere to go, each with its label; nothing when none has. */
export function Actions({ items }: { items: readonly ActionItem[] }) {
  const { t } = useAuthFormContext();
  // A list renders as a fragment would, and an empty one as nothing.
  return items
    .filter(([target]) => hasTarget(target))
    .map(([target, label]) => (
      <Action key={label} {...target}>
        {t(label)}
      </Action>
    ));
}

/** True when at least one of the actions can be shown. */
export function anyAction(items: readonly ActionItem[] | undefined): items is readonly ActionItem[] {
  return items !== undefined && items.some(([target]) => hasTarget(target));
}
