/**
 * Forty `returnTo` values that must never take the customer off the shop: other hosts written as
 * paths (`//`, backslashes, control characters browsers strip), script and data URLs, other
 * origins, credentials, encoded and Unicode slashes. The server's magic-link redirect, `requireAuth`
 * and the sign-in forms all refuse every one (they fall back to the shop's own default).
 * Written against `https://shop.example`; every value is foreign to any origin a test runs on.
 */
export const hostileReturnTo: readonly string[] = [
  '//evil.test',
  '//evil.test/path',
  '///evil.test',
  '////evil.test',
  '/\\evil.test',
  '\\\\evil.test',
  '\\/evil.test',
  '/\\/evil.test',
  '/\t/evil.test',
  '/\n/evil.test',
  '/\r/evil.test',
  '/\u0000/evil.test',
  ' //evil.test',
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://%0Aalert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://evil.test/0b1c',
  'mailto:attacker@evil.test',
  'ftp://evil.test/',
  'https://other.test/',
  'HTTPS://EVIL.TEST/',
  'https:evil.test',
  'https:/evil.test',
  'https://shop.example@evil.test/',
  'https://shop.example.evil.test/',
  'https://evil.test\\@shop.example/',
  'http://shop.example/',
  'https://user:pass@shop.example/',
  '%2F%2Fevil.test',
  '%5C%5Cevil.test',
  '\uFF0F\uFF0Fevil.test',
  '\u2215\u2215evil.test',
  'evil.test',
  '@evil.test',
  '?returnTo=//evil.test',
  '',
];
