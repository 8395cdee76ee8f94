import { safeReturnPath } from '../core/returnTo.js';
import { useBizKitHub } from '../hooks/BizKitHubProvider.js';

/** Where a login form (login or magic-auth) goes once the customer is signed in. */
export interface LoginDestination {
  /**
   * Where to go after signing in: a path on this site. By default the page's `?returnTo=`
   * parameter. Anything that is not a same-origin path (`//evil.example`, `https://…`,
   * `javascript:`) is ignored in favour of `afterLoginPath`.
   */
  returnTo?: string | undefined;
  /**
   * Where to go after signing in when there is no (acceptable) `returnTo`.
   * @default '/'
   */
  afterLoginPath?: string | undefined;
}

/** The page's own `?returnTo=`, or undefined. */
function returnToOfPage(): string | undefined {
  return new URL(window.location.href).searchParams.get('returnTo') ?? undefined;
}

/**
 * Resolves `returnTo` (the prop, else `?returnTo=`) to a same-origin path, with `afterLoginPath`
 * (itself checked) as the fallback: the same parser the server handler uses for its redirects.
 * In the browser only (after a login, before a magic link is sent): it reads the page's URL.
 */
export function loginTarget({ returnTo, afterLoginPath = '/' }: LoginDestination, origin: string): string {
  const fallback = safeReturnPath(afterLoginPath, '/', origin);
  const wanted = returnTo ?? returnToOfPage();
  return wanted === undefined ? fallback : safeReturnPath(wanted, fallback, origin);
}

/**
 * What a login form calls after success: goes to the destination through the provider's
 * `navigate`, else `location.assign` in server mode. In direct mode with no `navigate` it stays:
 * a full page load would forget the in-memory session.
 */
export function useGoAfterLogin(destination: LoginDestination): () => void {
  const { navigate, source } = useBizKitHub();
  return () => {
    const target = loginTarget(destination, window.location.origin);
    const push = navigate();
    if (push) push(target);
    else if (source.mode === 'server') window.location.assign(target);
  };
}
