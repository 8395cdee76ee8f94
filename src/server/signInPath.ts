import { hasAmbiguousCharacters } from '../core/returnTo.js';

/** The sign-in page's path, or a TypeError saying what a path on this site looks like. */
export function checkSignInPath(value: string | undefined): string {
  const path = value ?? '/sign-in';
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || hasAmbiguousCharacters(path) || /[?#]/.test(path)) {
    throw new TypeError(`signInPath must be a path on this site such as "/sign-in", not ${JSON.stringify(value)}.`);
  }
  return path;
}

/** `signInPath?returnTo=<path>` (no `returnTo` for `/`, the forms' default anyway). */
export function signInHref(signInPath: string, returnTo: string): string {
  return returnTo === '/' ? signInPath : `${signInPath}?${new URLSearchParams({ returnTo }).toString()}`;
}
