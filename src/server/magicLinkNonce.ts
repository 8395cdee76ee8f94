import { randomToken } from './tokens.js';
import { cookieValues } from './sessionCookie.js';

/**
 * The browser binding of magic links: a nonce cookie that says "this browser asked for the link",
 * and the confirmation form's token that says "this POST comes from the page this browser was shown".
 *
 * The nonce is minted only here, as `<random>.<HMAC of it>`: a value the server did not sign (one a
 * client made up, or planted from a sibling subdomain on a plain-http shop) is never adopted. The
 * HMAC key is derived from the API key, so every instance of the shop recognises the nonces of the
 * others with no store call. The cookie is `__Host-` on an https shop (no sibling can set it) and
 * `Path=/`, so a second request for a link carries it and keeps it: the customer's own links all
 * stay bound to their browser.
 */
export interface LinkBinding {
  /** The cookie's name: `__Host-auth-link` on https, `auth-link` on a plain-http shop. */
  readonly cookieName: string;
  /** The signed nonce the request carries, when exactly one well-formed, server-signed value is there. */
  read(request: Request): Promise<string | undefined>;
  /** A new nonce, signed. */
  mint(): Promise<string>;
  /** `Set-Cookie` that keeps `nonce` in the browser for `maxAgeSeconds`. */
  serialize(nonce: string, maxAgeSeconds: number): string;
  /** The confirmation form's token: bound to the link (its token's hash) and to this browser's nonce. */
  formToken(tokenHash: string, nonce: string): Promise<string>;
  /** Whether `value` is the form token of this link in the browser holding `nonce` (compared in constant time). */
  checkFormToken(tokenHash: string, nonce: string, value: string): Promise<boolean>;
}

const encoder = new TextEncoder();
const signaturePattern = /^[A-Za-z0-9_-]{43}$/;
const noncePattern = /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})$/;

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/** A key of its own for this purpose, derived from the API key (HMAC as a key-derivation step). */
async function deriveKey(secret: string): Promise<CryptoKey> {
  const root = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const derived = await crypto.subtle.sign('HMAC', root, encoder.encode('@bizkithub/auth-react magic-link binding v1'));
  return crypto.subtle.importKey('raw', derived, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

/** The binding for a handler: `secret` is its API key, `secure` whether its cookies may carry a prefix. */
export function createLinkBinding({ secret, secure, plainHttp }: { secret: string; secure: boolean; plainHttp: boolean }): LinkBinding {
  let key: Promise<CryptoKey> | undefined;
  const keyOnce = () => (key ??= deriveKey(secret));
  const sign = async (message: string) => base64url(new Uint8Array(await crypto.subtle.sign('HMAC', await keyOnce(), encoder.encode(message))));
  // One spelling per signature: 43 base64url characters carry 258 bits for 256, and a decoder ignores
  // the last character's two spare bits, so a changed last character could decode to the same bytes.
  const verify = async (message: string, signature: string) => {
    if (!signaturePattern.test(signature)) return false;
    const bytes = fromBase64url(signature);
    return base64url(bytes) === signature && crypto.subtle.verify('HMAC', await keyOnce(), bytes, encoder.encode(message));
  };

  // __Host- needs Secure, Path=/ and no Domain, and a browser takes it only from an https page.
  const cookieName = secure && !plainHttp ? '__Host-auth-link' : 'auth-link';
  const attributes = `Path=/; HttpOnly${secure ? '; Secure' : ''}; SameSite=Lax`;

  return {
    cookieName,
    async read(request) {
      // Sent twice (one tossed in by a sibling), it binds nothing.
      const values = cookieValues(request.headers.get('cookie'), cookieName);
      const match = values.length === 1 ? noncePattern.exec(values[0] ?? '') : null;
      if (!match) return undefined;
      return (await verify(`nonce\0${match[1] ?? ''}`, match[2] ?? '')) ? match[0] : undefined;
    },
    async mint() {
      const random = randomToken();
      return `${random}.${await sign(`nonce\0${random}`)}`;
    },
    serialize: (nonce, maxAgeSeconds) => `${cookieName}=${nonce}; Max-Age=${Math.max(1, Math.ceil(maxAgeSeconds))}; ${attributes}`,
    formToken: (tokenHash, nonce) => sign(`form\0${tokenHash}\0${nonce}`),
    checkFormToken: (tokenHash, nonce, value) => verify(`form\0${tokenHash}\0${nonce}`, value),
  };
}
