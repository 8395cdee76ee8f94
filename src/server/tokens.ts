import type { createHash } from 'node:crypto';

/** 256 random bits from Web Crypto, base64url (43 characters): safe in a URL, never guessable. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

// Where the runtime has node:crypto (Node, Bun, Deno), it hashes in place: Web Crypto's digest is a
// round trip through a thread pool per call, which was half of the handler's CPU per sign-in (each
// one hashes its client's address for the per-IP limit). Looked up, not imported, so that the file
// loads unchanged where there is no node:crypto (workers), which keep Web Crypto.
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
  | { createHash: typeof createHash }
  | undefined;

/** SHA-256 in hex: tokens and e-mail addresses are stored (and used as keys) only as this. */
export async function sha256Hex(text: string): Promise<string> {
  if (nodeCrypto) return nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
