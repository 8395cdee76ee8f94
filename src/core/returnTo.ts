/** Backslashes and control characters are what browsers "repair" into another host (`/\evil`, `/\t/evil`). */
export function hasAmbiguousCharacters(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- the control characters are what it looks for
  return /[\x00-\x1f\x7f\\]/.test(value);
}

/**
 * Where a verified magic link may send the customer: a path on `origin`, or a URL on one of the
 * explicitly allowed origins. Anything else (`//evil.test`, `/\evil.test`, `javascript:`, another
 * origin, control characters, credentials in the URL) becomes `origin + '/'`. Returns an absolute URL.
 */
export function safeReturnTo(value: unknown, origin: string, allowedOrigins: ReadonlySet<string>): string {
  const fallback = `${origin}/`;
  if (typeof value !== 'string' || value === '' || value.length > 2048 || hasAmbiguousCharacters(value)) return fallback;
  let url: URL;
  try {
    if (value.startsWith('/')) {
      if (value.startsWith('//')) return fallback;
      url = new URL(value, origin);
      return url.origin === origin ? url.href : fallback;
    }
    url = new URL(value);
  } catch {
    return fallback;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fallback;
  if (url.username !== '' || url.password !== '') return fallback;
  return url.origin === origin || allowedOrigins.has(url.origin) ? url.href : fallback;
}

/**
 * `returnTo` as a path on this site (`/account/orders?x=1`), or `fallback` for anything that is not a
 * same-origin path: the parser that guards the server's magic-link redirect, for the forms and a
 * sign-in page. With `origin` (the page's own, `location.origin`), an absolute URL on it counts too.
 *
 * @example
 * safeReturnPath('/account?tab=orders') // '/account?tab=orders'
 * safeReturnPath('//evil.example')      // '/'
 */
export function safeReturnPath(value: unknown, fallback = '/', origin: string = placeholderOrigin): string {
  const checked = safeReturnTo(value, origin, noOtherOrigins);
  if (checked === `${origin}/` && value !== '/' && value !== checked) return fallback;
  const url = new URL(checked);
  const path = url.pathname + url.search + url.hash;
  // `/..//evil.example` resolves to the path `//evil.example`: harmless in an absolute URL, but a
  // router or `location.assign` reads a path that starts with `//` as another host.
  return path.startsWith('//') ? fallback : path;
}

/** An origin no page has: with it, only paths pass (an absolute URL never matches it). */
const placeholderOrigin = 'https://return-to.invalid';
const noOtherOrigins: ReadonlySet<string> = new Set();
