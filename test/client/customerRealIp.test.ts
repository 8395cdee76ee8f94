// @vitest-environment node
// customerRealIp is checked by hand (a dotted-quad pattern, and the URL parser's RFC 4291 grammar for
// IPv6) instead of zod's ip formats: seeded properties show every address form is kept and every
// malformed one is refused with the field's own message, as the platform would refuse it.
import fc from 'fast-check';
import { loginSchema } from '../../src/client/index.js';

const seed = 20_261_122;
const numRuns = 2_000;
const base = { email: 'jana@example.com', password: 'secret' };

function parse(customerRealIp: string) {
  return loginSchema.safeParse({ ...base, customerRealIp });
}

function refusedWith(customerRealIp: string): string | undefined {
  const result = parse(customerRealIp);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join();
}

const octet = fc.integer({ min: 0, max: 255 });
const ipv4 = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'));
const group = fc.integer({ min: 0, max: 0xffff }).map((value) => value.toString(16));
const groupCase = fc.constantFrom('lower', 'upper');

/** Eight groups, a run of them optionally compressed to `::`, optionally ending in an IPv4. */
const ipv6 = fc
  .record({
    groups: fc.array(group, { minLength: 8, maxLength: 8 }),
    embedded: fc.option(ipv4, { nil: undefined }),
    cut: fc.option(fc.tuple(fc.nat(8), fc.nat(8)), { nil: undefined }),
    letters: groupCase,
  })
  .map(({ groups, embedded, cut, letters }) => {
    const parts = embedded === undefined ? groups : [...groups.slice(0, 6), embedded];
    let text = parts.join(':');
    if (cut !== undefined) {
      const [a, b] = cut;
      const start = Math.min(a, b) % parts.length;
      const end = Math.max(start + 1, Math.max(a, b) % (parts.length + 1));
      text = `${parts.slice(0, start).join(':')}::${parts.slice(end).join(':')}`;
    }
    return letters === 'upper' ? text.toUpperCase() : text;
  });

/** What the platform records: the address as typed, except that the localhost aliases mean 127.0.0.1. */
const recorded = (ip: string) => (['::1', '0.0.0.0'].includes(ip) ? '127.0.0.1' : ip);

test(`every IPv4 and IPv6 text form is accepted and sent as typed (${numRuns} seeded cases, seed ${seed})`, () => {
  fc.assert(
    fc.property(fc.oneof(ipv4, ipv6, fc.constantFrom('::1', '0.0.0.0')), (ip) => {
      const result = parse(ip);
      expect(result.success).toBe(true);
      expect(result.data?.customerRealIp).toBe(recorded(ip));
    }),
    { seed, numRuns },
  );
});

/** A valid address broken in one of the ways a typo, a log line or an attacker would break it. */
const broken = fc.oneof(
  fc.tuple(octet, octet, octet).map((parts) => parts.join('.')),
  fc.tuple(ipv4, fc.integer({ min: 256, max: 999 })).map(([ip, bad]) => ip.replace(/\d+$/, String(bad))),
  ipv4.map((ip) => `${ip}:8080`),
  ipv6.map((ip) => `[${ip}]`),
  ipv6.map((ip) => `${ip}%eth0`),
  fc.array(group, { minLength: 9, maxLength: 9 }).map((groups) => groups.join(':')),
  fc.array(group, { minLength: 7, maxLength: 7 }).map((groups) => groups.join(':')),
  fc.tuple(group, group, group).map(([a, b, c]) => `${a}::${b}::${c}`),
  fc.tuple(ipv6, fc.constantFrom('g', '12345', '_', '/', '@evil.test')).map(([ip, junk]) => `${ip.replace(/:[^:]*$/, ':')}${junk}`),
  fc.constantFrom('my-pc', 'localhost.evil', '::ffff:1.2.3', ':::', '1::2::3', 'http://1.1.1.1', '01.2.3.4x', '0x7f.0.0.1'),
);

test(`a malformed address is refused with the customerRealIp message (${numRuns} seeded cases, seed ${seed})`, () => {
  fc.assert(
    fc.property(broken, (ip) => {
      expect(refusedWith(ip)).toBe('validation.customerRealIp.invalid');
    }),
    { seed, numRuns },
  );
});

test('the localhost aliases and a forwarded list normalize before the check', () => {
  for (const alias of ['', '::1', '0.0.0.0', 'localhost', ' LOCALHOST ']) expect(parse(alias).data?.customerRealIp).toBe('127.0.0.1');
  expect(parse('junk, 203.0.113.7, 10.0.0.1').data?.customerRealIp).toBe('203.0.113.7');
});
