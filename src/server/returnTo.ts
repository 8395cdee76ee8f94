/** Backslashes and control characters are what browsers "repair" into another host (`/\evil`, `/\t/evil`). */
export function hasAmbiguousCharacters(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code <= 0x1f || code === 0x7f || code === 0x5c) return true;
  }
  return false;
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
 * register-account's `returnUrl` from the browser, kept only when it is on `origin` or an allowed
 * origin (a same-origin path becomes absolute on `origin`); anything else is undefined, and the
 * handler's own `register.returnUrl` is used.
 */
export function checkReturnUrl(value: unknown, origin: string | undefined, allowedOrigins: ReadonlySet<string>): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (origin === undefined) {
    // No shop origin to resolve a path on: only absolute URLs on an allowed origin.
    if (value.startsWith('/')) return undefined;
    for (const allowed of allowedOrigins) {
      const checked = safeReturnTo(value, allowed, allowedOrigins);
      if (checked !== `${allowed}/` || value === checked) return checked;
    }
    return undefined;
  }
  const checked = safeReturnTo(value, origin, allowedOrigins);
  // safeReturnTo answers `origin + '/'` for anything it refuses; a genuine "/" is kept.
  return checked !== `${origin}/` || value === '/' || value === checked ? checked : undefined;
}
