/** What the store keeps about one live link, under the SHA-256 of its token. */
export interface TokenRecord {
  email: string;
  firstName?: string | undefined;
  lastName?: string | undefined;
  returnTo: string;
  expiresAt: number;
  /** SHA-256 of the browser-binding nonce (see magicLinkNonce.ts) of the browser that asked for the link. */
  nonceHash?: string | undefined;
  /** The language of the e-mail, and so of the confirmation page. */
  locale?: string | undefined;
}

/** Why a verification failed: the `?error=` value on the error page. */
export type MagicLinkFailure = 'used' | 'expired' | 'invalid' | 'rate-limit' | 'unavailable' | `E${number}`;

/** A stored record, or undefined for anything that is not one. */
export function parseRecord(text: string): TokenRecord | undefined {
  try {
    const value = JSON.parse(text) as Partial<TokenRecord>;
    return typeof value.email === 'string' && typeof value.returnTo === 'string' && typeof value.expiresAt === 'number'
      ? (value as TokenRecord)
      : undefined;
  } catch {
    return undefined;
  }
}
