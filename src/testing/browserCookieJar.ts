interface StoredCookie {
  value: string;
  /** `undefined`: a session cookie, kept until the jar is cleared. */
  expiresAt: number | undefined;
}

/** The `Set-Cookie` lines of a response's headers (one header may not be folded into a list). */
export function setCookieLines(headers: Headers): string[] {
  if (typeof headers.getSetCookie === 'function') return headers.getSetCookie();
  const joined = headers.get('Set-Cookie');
  return joined === null ? [] : [joined];
}

/**
 * The part of a browser's cookie jar that server mode needs: it keeps what a response's
 * `Set-Cookie` says (HttpOnly or not: scripts never see this jar, as they never see an HttpOnly
 * cookie) and sends it back as `Cookie`. `Max-Age` wins over `Expires`; a past expiry deletes.
 */
export class BrowserCookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  constructor(private readonly now: () => number) {}

  /** Takes `Set-Cookie` lines into the jar. */
  receive(lines: readonly string[]): void {
    for (const line of lines) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      if (separator <= 0) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      let expiresAt: number | undefined;
      let maxAgeSeen = false;
      for (const attribute of attributes) {
        const [key = '', ...rest] = attribute.split('=');
        const attributeValue = rest.join('=').trim();
        if (key.trim().toLowerCase() === 'max-age') {
          const seconds = Number(attributeValue);
          if (Number.isFinite(seconds)) {
            expiresAt = this.now() + seconds * 1000;
            maxAgeSeen = true;
          }
        } else if (key.trim().toLowerCase() === 'expires' && !maxAgeSeen) {
          const at = Date.parse(attributeValue);
          if (!Number.isNaN(at)) expiresAt = at;
        }
      }
      if (expiresAt !== undefined && expiresAt <= this.now()) this.cookies.delete(name);
      else this.cookies.set(name, { value, expiresAt });
    }
  }

  /** The `Cookie` header a browser would send now, or `undefined` for an empty jar. */
  header(): string | undefined {
    const pairs = Object.entries(this.snapshot()).map(([name, value]) => `${name}=${value}`);
    return pairs.length > 0 ? pairs.join('; ') : undefined;
  }

  /** The cookies still valid, by name. */
  snapshot(): Readonly<Record<string, string>> {
    const now = this.now();
    const valid: Record<string, string> = {};
    for (const [name, cookie] of this.cookies) {
      if (cookie.expiresAt === undefined || cookie.expiresAt > now) valid[name] = cookie.value;
      else this.cookies.delete(name);
    }
    return Object.freeze(valid);
  }

  clear(): void {
    this.cookies.clear();
  }
}
