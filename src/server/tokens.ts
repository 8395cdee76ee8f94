/** 256 random bits from Web Crypto, base64url (43 characters): safe in a URL, never guessable. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** SHA-256 in hex: tokens and e-mail addresses are stored (and used as keys) only as this. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
