import { hasAmbiguousCharacters } from '../core/returnTo.js';

/** The login page's path (its address stays the shop's word, `/sign-in` by default), or a TypeError saying what a path on this site looks like. */
export function checkLoginPath(value: string | undefined): string {
  const path = value ?? '/sign-in';
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || hasAmbiguousCharacters(path) || /[?#]/.test(path)) {
    throw new TypeError(`loginPath must be a path on this site such as "/sign-in", not ${JSON.stringify(value)}.`);
  }
  return path;
}

/** `loginPath?returnTo=<path>` (no `returnTo` for `/`, the forms' default anyway). */
export function loginHref(loginPath: string, returnTo: string): string {
  return returnTo === '/' ? loginPath : `${loginPath}?${new URLSearchParams({ returnTo }).toString()}`;
}
