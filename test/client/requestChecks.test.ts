// @vitest-environment node
// The client checks requests without zod (src/schemas/requests.ts) while the forms and the exported
// schemas use zod. Seeded properties hold the two to one answer for any input: the same accept or
// refuse, the same normalized request, the same catalog key on the same fields.
import fc from 'fast-check';
import type * as z from 'zod/mini';
import {
  loginSchema,
  magicAuthSchema,
  magicLinkSchema,
  registerAccountSchema,
  resetPasswordSchema,
  setNewPasswordSchema,
} from '../../src/client/index.js';
import {
  checkRequest,
  loginChecks,
  magicAuthChecks,
  magicLinkChecks,
  registerAccountChecks,
  resetPasswordChecks,
  setNewPasswordChecks,
  type CheckResult,
  type RequestChecks,
} from '../../src/schemas/requests.js';

const seed = 20_261_122;
const numRuns = 3_000;

/** What the client reported when it validated with zod: the first issue's key per top-level field. */
function viaZod(schema: z.ZodMiniType, input: unknown): CheckResult {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data as Record<string, unknown> };
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'input');
    fields[field] ??= issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
  }
  return { ok: false, fields };
}

const tricky = fc.constantFrom<unknown>(
  undefined,
  null,
  true,
  false,
  0,
  1.5,
  {},
  [],
  [1],
  ['vip', ' b2b ', '', '  '],
  '',
  '   ',
  'x',
  'jan@example.com',
  '  Jan.Novak@Example.COM ',
  'josé@bücher.de',
  'jan@bücher.de',
  'a@b',
  'jan@@example.com',
  `${'a'.repeat(250)}@example.com`,
  // 254 and 255 characters: the longest address, and one too long.
  `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`,
  `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.com`,
  '+420777123456',
  '00420 777 123 456',
  '+1 (555) 123-4567',
  '777123456',
  '+999 1234',
  '::1',
  'localhost',
  '203.0.113.7, 10.0.0.1',
  '1.2.3.256',
  'cs',
  'en_us',
  'EN-us',
  'abc-12',
  'cz',
  'CZE',
  'https://shop.example/thanks',
  'javascript:alert(1)',
  '/relative',
  '3h 20m',
  '90s',
  '3 hours',
  '1234567890123456',
  ' 1234567890123456 ',
  'Hm2cDfmTS8x49Mo67gOxId8gEwNBwf1A',
  '\u00a0',
);
const value = fc.oneof({ weight: 3, arbitrary: tricky }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) });

function inputs(keys: readonly string[]) {
  const record = fc.dictionary(fc.constantFrom(...keys, 'extra', 'identityId'), value, { maxKeys: keys.length + 2 });
  return fc.oneof({ weight: 12, arbitrary: record }, { weight: 1, arbitrary: tricky });
}

const requests: [string, z.ZodMiniType, RequestChecks][] = [
  ['login', loginSchema, loginChecks],
  ['magic-auth', magicAuthSchema, magicAuthChecks],
  ['magic-link', magicLinkSchema, magicLinkChecks],
  ['register-account', registerAccountSchema, registerAccountChecks],
  ['reset-password', resetPasswordSchema, resetPasswordChecks],
  ['set-new-password', setNewPasswordSchema, setNewPasswordChecks],
];

test.each(requests)(`%s: the client's checks answer as the zod schema does (${numRuns} seeded cases, seed ${seed})`, (_name, schema, checks) => {
  fc.assert(
    fc.property(inputs(Object.keys(checks)), (input) => {
      expect(checkRequest(checks, input)).toStrictEqual(viaZod(schema, input));
    }),
    { seed, numRuns },
  );
});

test('each request checks exactly the fields its zod schema has', () => {
  for (const [, schema, checks] of requests) {
    expect(Object.keys(checks)).toEqual(Object.keys((schema as unknown as { def: { shape: object } }).def.shape));
  }
});
