const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * A 16-character customer reference number (cuRefNo) derived from the e-mail: the same address
 * gets the same number after every `reset()` and in every run, so tests and stories can name it.
 */
export function customerReference(email: string): string {
  // FNV-1a over the UTF-16 code units seeds a small xorshift generator.
  let state = 0x811c9dc5;
  for (let index = 0; index < email.length; index += 1) {
    state ^= email.charCodeAt(index);
    state = Math.imul(state, 0x01000193) >>> 0;
  }
  let out = '';
  while (out.length < 16) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += alphabet.charAt(state % alphabet.length);
  }
  return out;
}
