// @vitest-environment node
// Each field rule runs once per layer: once in a zod parse (the forms), once in the client's check,
// once in the handler (through the client function it calls). Every rule of requests.ts is wrapped
// in a counter before any module reads it, so a second run anywhere shows as a count of two.
import fc from 'fast-check';
import type * as z from 'zod/mini';
import type * as Requests from '../../src/schemas/requests.js';
import { devKey } from '../support/keys.js';

const runs = vi.hoisted(() => new Map<string, number>());

vi.mock('../../src/schemas/requests.js', async (importOriginal) => {
  const original = await importOriginal<typeof Requests>();
  const wrapped = new Map<unknown, unknown>();
  const module: Record<string, unknown> = { ...original };
  for (const [name, value] of Object.entries(original)) {
    if (typeof value !== 'function' || name === 'checkRequest') continue;
    const rule = value as (raw: unknown) => unknown;
    const counted = (raw: unknown) => {
      runs.set(name, (runs.get(name) ?? 0) + 1);
      return rule(raw);
    };
    Object.defineProperty(counted, 'name', { value: name });
    wrapped.set(value, counted);
    module[name] = counted;
  }
  // The request tables hold the rules themselves: the same tables over the counted rules.
  for (const [name, value] of Object.entries(original)) {
    if (name.endsWith('Checks')) {
      module[name] = Object.fromEntries(Object.entries(value as object).map(([field, rule]) => [field, wrapped.get(rule) ?? rule]));
    }
  }
  return module;
});

// The unit project shares one module graph per worker: load the modules under test afresh, so that
// they read the counted rules whatever another file loaded before.
vi.resetModules();
const requests = await import('../../src/schemas/requests.js');
const { login, loginSchema, magicAuthSchema, magicLinkSchema, registerAccountSchema, resetPasswordSchema, setNewPasswordSchema, createClientConfig } =
  await import('../../src/client/index.js');
const { createBizKitHubHandler } = await import('../../src/server/index.js');
// And leave the files after this one in the worker the real rules.
afterAll(() => {
  vi.doUnmock('../../src/schemas/requests.js');
  vi.resetModules();
});

/** The rule of each field of each request, by the rule's name. */
const tables: [string, z.ZodMiniType, Requests.RequestChecks][] = [
  ['login', loginSchema, requests.loginChecks],
  ['magic-auth', magicAuthSchema, requests.magicAuthChecks],
  ['magic-link', magicLinkSchema, requests.magicLinkChecks],
  ['register-account', registerAccountSchema, requests.registerAccountChecks],
  ['reset-password', resetPasswordSchema, requests.resetPasswordChecks],
  ['set-new-password', setNewPasswordSchema, requests.setNewPasswordChecks],
];

function counting(run: () => unknown): Record<string, number> {
  runs.clear();
  run();
  return Object.fromEntries(runs);
}

/** How often each rule should run over `input`: once per field of `checks` that `present` keeps. */
function expected(checks: Requests.RequestChecks, input: Record<string, unknown>, present: (value: unknown, rule: string) => boolean) {
  const counts: Record<string, number> = {};
  for (const [field, rule] of Object.entries(checks)) if (present(input[field], rule.name)) counts[rule.name] = (counts[rule.name] ?? 0) + 1;
  return counts;
}

/** Whether zod's type (the field's head, before its rule) takes `value`: a wrong type stops there. */
function ofType(rule: string, value: unknown): boolean {
  if (rule === 'newsletter') return typeof value === 'boolean';
  if (rule === 'groups') return Array.isArray(value) && value.every((group) => typeof group === 'string');
  return typeof value === 'string';
}

const value = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, '', '  ', 'jan@example.com', ' Jan@Bücher.de ', 'a@b', 'x', '+420 777 123 456', '1h', 'cs', 'CZ', true, ['vip', ' '], 42),
  fc.string(),
);

it('counts the rules it means to count (the wrapper is in place)', () => {
  expect(counting(() => requests.checkRequest(requests.loginChecks, {}))).toEqual({ email: 1, password: 1, customerRealIp: 1 });
});

describe.each(tables)('%s', (_name, schema, checks) => {
  const inputs = fc.record(Object.fromEntries(Object.keys(checks).map((field) => [field, value])), { requiredKeys: [] });

  it('a zod parse runs the rule of each field present with its type once, valid or not', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(counting(() => schema.safeParse(input))).toEqual(expected(checks, input, (field, rule) => field !== undefined && ofType(rule, field)));
      }),
      { seed: 20_261_207, numRuns: 300 },
    );
  });

  it('the client’s check runs each field’s rule once', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(counting(() => requests.checkRequest(checks, input))).toEqual(expected(checks, input, () => true));
      }),
      { seed: 20_261_207, numRuns: 300 },
    );
  });
});

it('a production login runs the e-mail rule once in the form, once in the browser client and once in the handler', async () => {
  const identityId = 'A'.repeat(32);
  const handler = createBizKitHubHandler({
    apiKey: devKey,
    allowRequestsWithoutOrigin: true,
    fetch: async () => Response.json({ success: true, identityId }),
  });
  const phases: number[] = [];
  const emailRuns = () => runs.get('email') ?? 0;
  const browser = createClientConfig({
    serverUrl: 'https://shop.example/api/auth',
    fetch: async (url, init) => {
      phases.push(emailRuns());
      const response = await handler(new Request(url as string, init));
      phases.push(emailRuns());
      return response;
    },
  });
  runs.clear();
  const form = loginSchema.safeParse({ email: ' Jana@Example.com ', password: 'secret' });
  phases.push(emailRuns());
  if (!form.success) throw form.error;
  await expect(login(browser, form.data)).resolves.toEqual({ mode: 'server' });
  // After the form, when the browser client sends, when the handler has answered.
  expect(phases).toEqual([1, 2, 3]);
});
