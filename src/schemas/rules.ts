// The rules of the request fields, with no zod: the client checks requests with these alone
// (src/schemas/requests.ts), and the forms' zod schemas (fields.ts) are built on the same functions.

// The local part may be Unicode (josé@…); the domain is checked after its conversion to ASCII.
export const emailPattern =
  /^(?:[\p{L}\p{N}_'+-]+\.)*[\p{L}\p{N}_'+-]*[\p{L}\p{N}_+-]@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/u;

/**
 * `jan@bücher.de` → `jan@xn--bcher-kva.de`: an internationalized domain converted to punycode by the
 * platform's own URL parser, as Chromium does for `<input type="email">`. Other addresses are kept.
 */
export function toAsciiEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1);
  if (at < 1 || !/[^\p{ASCII}]/u.test(domain) || /[\s/?#@:\\%[\]]/.test(domain)) return email;
  try {
    return `${email.slice(0, at)}@${new URL(`http://${domain}`).hostname}`;
  } catch {
    return email;
  }
}

const localhostAliases = /^(?:|::1|0\.0\.0\.0|localhost)$/i;
const ipv4Pattern = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function normalizeOneIp(value: string): string {
  const ip = value.trim();
  return localhostAliases.test(ip) ? '127.0.0.1' : ip;
}

/**
 * Normalizes a customer IP as the platform does: `::1`, `0.0.0.0`, `localhost` and empty mean 127.0.0.1.
 * A raw `X-Forwarded-For` list (`203.0.113.7, 10.0.0.1`) gives its first valid address.
 */
export function normalizeCustomerIp(value: string): string {
  if (!value.includes(',')) return normalizeOneIp(value);
  // normalizeOneIp trims each entry; an empty one is skipped, not taken for 127.0.0.1.
  const entries = value.split(',').filter((entry) => entry.trim() !== '');
  return entries.map(normalizeOneIp).find(isIpAddress) ?? value.trim();
}

/**
 * A dotted-quad IPv4 address, or an IPv6 address in any RFC 4291 text form (`::1`, `2001:db8::7`,
 * `::ffff:192.0.2.1`). IPv6 is checked by the platform's URL parser, which implements that grammar,
 * instead of zod's `ipv4()`/`ipv6()` formats: the same answers, and no 0.4 kB of zod in every form.
 */
export function isIpAddress(value: string): boolean {
  if (ipv4Pattern.test(value)) return true;
  // Hex digits, colons and the dots of an embedded IPv4 only: no zone, port or bracket can slip into the URL.
  if (!value.includes(':') || !/^[\da-f:.]+$/i.test(value)) return false;
  try {
    new URL(`http://[${value}]/`);
    return true;
  } catch {
    return false;
  }
}

/**
 * The country calling codes of ITU-T E.164 (and the international services 8xx, 979). They are
 * prefix-free: no code is the beginning of another, so the first match of 1, 2 or 3 digits is the code.
 */
export const callingCodes: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    '1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 ' +
    '81 82 84 86 90 91 92 93 94 95 98 ' +
    '211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239 ' +
    '240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258 260 261 262 263 264 265 ' +
    '266 267 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370 371 372 373 374 375 ' +
    '376 377 378 379 380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 506 507 508 509 ' +
    '590 591 592 593 594 595 596 597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 ' +
    '687 688 689 690 691 692 800 808 850 852 853 855 856 870 878 880 881 882 883 886 888 960 961 962 963 ' +
    '964 965 966 967 968 970 971 972 973 974 975 976 977 979 992 993 994 995 996 998'
  ).split(' '),
);

/**
 * `+420777123456`, `00420 777 123 456`, `+1 (555) 123-4567` → `+420 777123456`, `+1 5551234567`:
 * the API's `+<calling code> <number>`. A number without `+` or `00`, or with an unknown calling
 * code, is returned as typed (and then refused with a message that shows the expected form).
 */
export function normalizePhone(value: string): string {
  const typed = value.trim();
  const compact = typed.replace(/[\s().\-/]/g, '');
  const digits = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : undefined;
  if (digits === undefined || !/^\d+$/.test(digits)) return typed;
  for (const length of [1, 2, 3]) {
    const code = digits.slice(0, length);
    if (callingCodes.has(code)) return `+${code} ${digits.slice(length)}`;
  }
  return typed;
}

/** `+<known calling code> <4 to 14 digits>`, at most 15 digits in all (E.164). */
export function isNormalizedPhone(value: string): boolean {
  const match = /^\+(\d{1,3}) (\d{4,14})$/.exec(value);
  return match !== null && callingCodes.has(match[1] ?? '') && (match[1] ?? '').length + (match[2] ?? '').length <= 15;
}

/** `cs`, `en-US` (also typed `en_us`) in canonical form; `undefined` for what is no BCP 47 tag, such as `abc-12`. */
export function canonicalLocale(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** An ISO 3166-1 alpha-2 code, once upper-cased. */
export const countryPattern = /^[A-Z]{2}$/;

/** An absolute http(s) URL, such as the page a confirmation link returns to. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
