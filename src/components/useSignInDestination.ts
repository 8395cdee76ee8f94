import { safeReturnPath } from '../core/returnTo.js';
import { useBizKitHub } from '../hooks/BizKitHubProvider.js';

/** Where a sign-in form goes once the customer is signed in. */
export interface SignInDestination {
  /**
   * Where to go after signing in: a path on this site. By default the page's `?returnTo=`
   * parameter. Anything that is not a same-origin path (`//evil.example`, `https://…`,
   * `javascript:`) is ignored in favour of `afterSignInPath`.
   */
  returnTo?: string | undefined;
  /**
   * Where to go after signing in when there is no (acceptable) `returnTo`.
   * @default '/'
   */
  afterSignInPath?: string | undefined;
}

/** The page's own `?returnTo=`, or undefined. */
function returnToOfPage(): string | undefined {
  return new URL(window.location.href).searchParams.get('returnTo') ?? undefined;
}

/**
 * Resolves `returnTo` (the prop, else `?returnTo=`) to a same-origin path, with `afterSignInPath`
 * (itself checked) as the fallback: the same parser the server handler uses for its redirects.
 * In the browser only (after a sign-in, before a magic link is sent): it reads the page's URL.
 */
export function signInTarget({ returnTo, afterSignInPath = '/' }: SignInDestination, origin: string): string {
  const fallback = safeReturnPath(afterSignInPath, '/', origin);
  const wanted = returnTo ?? returnToOfPage();
  return wanted === undefined ? fallback : safeReturnPath(wanted, fallback, origin);
}

/**
 * What a sign-in form calls after success: goes to the destination through the provider's
 * `navigate`, else `location.assign` in server mode. In direct mode with no `navigate` it stays:
 * a full page load would forget the in-memory session.
 */
export function useGoAfterSignIn(destination: SignInDestination): () => void {
  const { navigate, source } = useBizKitHub();
  return () => {
    const target = signInTarget(destination, window.location.origin);
    const push = navigate();
    if (push) push(target);
    else if (source.mode === 'server') window.location.assign(target);
  };
}
