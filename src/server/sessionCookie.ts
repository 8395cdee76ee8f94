import type { SessionCookieOptions } from './types.js';
import { identityIdPattern } from '../core/session.js';

/** BizKitHub sessions last about three months; a cookie must not outlive its session. */
const maxCookieAgeSeconds = 90 * 24 * 60 * 60;

// RFC 6265 token characters for the cookie name; path and domain must not break out of the header.
const cookieNamePattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const cookiePathPattern = /^\/[\x21-\x3a\x3c-\x7e]*$/;
const cookieDomainPattern = /^\.?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** Every value a `Cookie` header carries under `name` (a browser may send one name twice). */
export function cookieValues(cookieHeader: string | null | undefined, name: string): string[] {
  if (!cookieHeader) return [];
  const found: string[] = [];
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1 || part.slice(0, separator).trim() !== name) continue;
    found.push(part.slice(separator + 1).trim().replace(/^"(.*)"$/, '$1'));
  }
  return found;
}

export interface SessionCookie {
  readonly name: string;
  /** Whether cookies of this handler carry `Secure` (and so may use the `__Secure-`/`__Host-` prefixes). */
  readonly secure: boolean;
  /**
   * `Set-Cookie` that stores the identityId. It must be one the client's sign-in already held to
   * `identityIdPattern` (32 letters or digits, so nothing can break out of the header): checked
   * there once, not again here.
   */
  serialize(identityId: string): string;
  /** `Set-Cookie` that makes the browser forget it. */
  clear(): string;
  /**
   * The identityId in a `Cookie` header, when exactly one value of the right shape is there. Two
   * values of this cookie (one tossed in by a sibling subdomain) mean signed out: which one the
   * shop set cannot be told.
   */
  read(cookieHeader: string | null | undefined): string | undefined;
  /** Whether the `Cookie` header carries this cookie at all (of any shape, any number of times). */
  isPresent(cookieHeader: string | null | undefined): boolean;
}

/** Checks the cookie options once, at creation, and returns the cookie's reader and writers. */
export function createSessionCookie(options: SessionCookieOptions = {}, origin?: string): SessionCookie {
  const { secure = true, sameSite = 'lax', path = '/', domain } = options;
  // __Host- wherever a browser accepts it: only the host that set it can set it again.
  const plainHttp = origin !== undefined && origin.startsWith('http:');
  const name = options.name ?? (secure && path === '/' && domain === undefined && !plainHttp ? '__Host-auth-id' : 'auth-id');
  const fail = (message: string): never => {
    throw new TypeError(`createBizKitHubHandler: cookie.${message}`);
  };
  if (!cookieNamePattern.test(name)) fail(`name ${JSON.stringify(name)} is not a valid cookie name.`);
  if (!cookiePathPattern.test(path)) fail(`path must start with "/" and hold no ";" or spaces.`);
  if (domain !== undefined && !cookieDomainPattern.test(domain)) fail(`domain ${JSON.stringify(domain)} is not a host name.`);
  if (sameSite !== 'lax' && sameSite !== 'strict' && sameSite !== 'none') fail(`sameSite must be 'lax', 'strict' or 'none'.`);
  if (sameSite === 'none' && !secure) fail(`sameSite 'none' requires secure: browsers refuse it otherwise.`);
  if (name.startsWith('__Secure-') && !secure) fail(`a __Secure- cookie requires secure.`);
  if (name.startsWith('__Host-') && (!secure || path !== '/' || domain !== undefined)) {
    fail(`a __Host- cookie requires secure, path '/' and no domain.`);
  }
  const requestedAge = options.maxAge ?? maxCookieAgeSeconds;
  if (typeof requestedAge !== 'number' || !(requestedAge > 0)) fail('maxAge must be a positive number of seconds.');
  const maxAge = Math.min(Math.floor(requestedAge), maxCookieAgeSeconds);

  const attributes = [
    `Path=${path}`,
    ...(domain === undefined ? [] : [`Domain=${domain}`]),
    'HttpOnly',
    ...(secure ? ['Secure'] : []),
    `SameSite=${sameSite === 'lax' ? 'Lax' : sameSite === 'strict' ? 'Strict' : 'None'}`,
  ].join('; ');

  const values = (cookieHeader: string | null | undefined) => cookieValues(cookieHeader, name);

  return {
    name,
    secure,
    serialize: (identityId) => `${name}=${identityId}; Max-Age=${maxAge}; ${attributes}`,
    clear: () => `${name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; ${attributes}`,
    read: (cookieHeader) => {
      const found = values(cookieHeader);
      return found.length === 1 && identityIdPattern.test(found[0] ?? '') ? found[0] : undefined;
    },
    isPresent: (cookieHeader) => values(cookieHeader).length > 0,
  };
}
