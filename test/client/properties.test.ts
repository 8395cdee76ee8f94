// @vitest-environment node
// Seeded property tests: whatever a server (or a custom fetch) answers, the client ends in typed data
// or one BizKitHubError, never reports a failure as success, and never imposes an unbounded wait.
import fc from 'fast-check';
import { createBizKitHubClient, isBizKitHubError, type BizKitHubError, type Endpoint } from '../../src/client/index.js';
import { parseResponse } from '../../src/client/parseResponse.js';
import { defaultMaxRetryAfterMs } from '../../src/core/retryAfter.js';
import { devKey } from '../support/keys.js';

const seed = 20_261_122;
const numRuns = 10_000;
const identityId = '9jq49ZE1xoKI7S5ys4J0a70y3Xp2hQqc';
const nullBodyStatuses = new Set([204, 205, 304]);
const huge = `{"success":true,"identityId":"${identityId}","padding":"${'x'.repeat(1_100_000)}"}`;

const code = fc.oneof(
  fc.constantFrom(
    'E001',
    'E002',
    'E003',
    'E004',
    'E005',
    'E006',
    'E007',
    'PUBLIC_API_KEY_IS_EMPTY',
    'PUBLIC_API_KEY_DOES_NOT_EXIST',
    'INTERNAL_TOO_MANY_REQUESTS',
    'RATE_LIMIT_EXCEEDED',
    'OK',
    'ok',
    '',
    ' ',
    identityId,
  ),
  fc.string({ maxLength: 80 }),
  fc.integer(),
);
const wait = fc.oneof(
  fc.constantFrom(0, -1, 3600, 99_999_999, '3600', '99999999', '9'.repeat(400), 'NaN', '-5', '1.5', ''),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 20 }),
);
const anyValue = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 40 }), fc.jsonValue({ maxDepth: 3 }));

/** Bodies shaped like BizKitHub's, with every field possibly missing, contradictory or of the wrong type. */
const documentedShape = fc.record(
  {
    success: fc.oneof(fc.constantFrom(true, false, 'true', 1, null)),
    identityId: fc.oneof(fc.constant(identityId), fc.string({ maxLength: 40 }), anyValue),
    errorCode: fc.oneof(code, anyValue),
    code: fc.oneof(code, anyValue),
    error: fc.oneof(code, fc.record({ code, message: fc.string({ maxLength: 60 }), retry_after: wait }, { requiredKeys: [] }), anyValue),
    message: fc.oneof(fc.string({ maxLength: 400 }), anyValue),
    retry_after: wait,
  },
  { requiredKeys: [] },
);

/** Successes, some with a stray harmless field, some contradicted by an error beside them. */
const nearlySuccess = fc.record(
  {
    success: fc.constant(true),
    identityId: fc.oneof({ weight: 4, arbitrary: fc.constant(identityId) }, { weight: 1, arbitrary: anyValue }),
    code: fc.oneof(fc.constantFrom(1, 'ok', 'OK', 'E004', 'PUBLIC_API_KEY_IS_EMPTY'), anyValue),
    errorCode: fc.oneof(fc.constantFrom('', null, false, 'E001', 'PUBLIC_API_KEY_IS_EMPTY'), anyValue),
    error: fc.constantFrom(null, false, '', 'E002', 'PUBLIC_API_KEY_DOES_NOT_EXIST', { code: 'E003' }),
  },
  { requiredKeys: ['success', 'identityId'] },
);

const bodyText = fc.oneof(
  { weight: 10, arbitrary: documentedShape.map((body) => JSON.stringify(body)) },
  { weight: 8, arbitrary: nearlySuccess.map((body) => JSON.stringify(body)) },
  // Truncated JSON, as a connection cut mid-answer leaves it.
  { weight: 3, arbitrary: fc.tuple(documentedShape, fc.nat()).map(([body, cut]) => JSON.stringify(body).slice(0, cut)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? '') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '<html><body><h1>502 Bad Gateway</h1></body></html>',
      '{"success":true,"identityId":"' + identityId + '","errorCode":"PUBLIC_API_KEY_IS_EMPTY"}',
      '{"error":{"code":"RATE_LIMIT_EXCEEDED","retry_after":1e400}}',
      '{"success":false,"retry_after":1e400}',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      huge,
    ),
  },
);

const headerValue = fc.oneof(
  wait.map(String),
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  fc.stringMatching(/^[ -~]{0,30}$/),
);

interface Answer {
  status: number;
  retryAfter: string | null;
  body: string;
}

const answer: fc.Arbitrary<Answer> = fc.record({
  status: fc.oneof(
    { weight: 3, arbitrary: fc.constant(200) },
    { weight: 3, arbitrary: fc.constantFrom(201, 204, 400, 401, 403, 404, 422, 429, 500, 502, 503) },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 599 }) },
  ),
  retryAfter: fc.option(headerValue, { nil: null }),
  body: bodyText,
});

function toResponse({ status, retryAfter, body }: Answer): Response {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  if (retryAfter !== null) headers.set('Retry-After', retryAfter);
  return new Response(nullBodyStatuses.has(status) ? null : body, { status, headers });
}

// Plain checks inside the properties: `expect` costs about 100 µs a call, 20,000 cases × several of them.
function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

/** What every failure must hold: one BizKitHubError, and a wait that is finite, > 0 and capped. */
function checkFailure(error: unknown, endpoint: Endpoint): BizKitHubError {
  if (!isBizKitHubError(error)) throw new Error(`not a BizKitHubError: ${String(error)}`);
  check(error.endpoint === endpoint, `endpoint ${error.endpoint}, not ${endpoint}`);
  const wait = error.retryAfterMs;
  if (wait !== undefined) {
    check(Number.isFinite(wait) && wait > 0 && wait <= defaultMaxRetryAfterMs, `retryAfterMs ${wait} is not in (0, cap]`);
  }
  return error;
}

/** A success must be a documented one: 2xx, `success: true`, no error beside it. */
function checkSuccess(given: Answer): void {
  check(given.status >= 200 && given.status < 300, `HTTP ${given.status} passed for success`);
  const body = JSON.parse(given.body) as Record<string, unknown>;
  check(body.success === true, 'a body without success: true passed for success');
  const { errorCode, error } = body;
  check(
    errorCode === undefined || errorCode === null || errorCode === false || String(errorCode).trim() === '',
    `a success carried errorCode ${String(errorCode)}`,
  );
  check([undefined, null, false, ''].includes(error as never), `a success carried error ${JSON.stringify(error)}`);
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

test(`parseResponse: ${numRuns} seeded cases (seed ${seed}) end in a documented success or one BizKitHubError`, async () => {
  await fc.assert(
    fc.asyncProperty(answer, async (given) => {
      const outcome = await parseResponse('login', toResponse(given)).then(
        (data) => ({ data }),
        (error: unknown) => ({ error }),
      );
      if ('error' in outcome) checkFailure(outcome.error, 'login');
      else checkSuccess(given);
    }),
    { seed, numRuns },
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(unhandled).toEqual([]);
}, 120_000);

type FetchBehaviour =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'throw'; thrown: unknown }
  | { kind: 'garbage'; value: unknown }
  | { kind: 'hang' }
  | { kind: 'endless-body' };

const behaviour: fc.Arbitrary<FetchBehaviour> = fc.oneof(
  { weight: 80, arbitrary: answer.map((given) => ({ kind: 'answer' as const, answer: given })) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom<unknown>(new TypeError('Failed to fetch'), new DOMException('aborted', 'AbortError'), 'a string', undefined, null, {})
      .map((thrown) => ({ kind: 'throw' as const, thrown })),
  },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom<unknown>(undefined, null, 42, {}, { status: 200 }, { status: 200, ok: true, body: 'x' }, [])
      .map((value) => ({ kind: 'garbage' as const, value })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'hang' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'endless-body' as const }) },
);

function fetchFor(given: FetchBehaviour): typeof globalThis.fetch {
  return (async () => {
    switch (given.kind) {
      case 'answer':
        return toResponse(given.answer);
      case 'throw':
        throw given.thrown;
      case 'garbage':
        return given.value;
      case 'hang':
        return new Promise<never>(() => undefined);
      case 'endless-body':
        return new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{')) }));
    }
  }) as typeof globalThis.fetch;
}

const methods: [Endpoint, (client: ReturnType<typeof createBizKitHubClient>) => Promise<unknown>][] = [
  ['login', (client) => client.login({ email: 'jan@example.com', password: 'x' })],
  ['magic-auth', (client) => client.magicAuth({ email: 'jan@example.com' })],
  ['register-account', (client) => client.registerAccount({ email: 'jan@example.com', password: 'x' })],
  ['reset-password', (client) => client.resetPassword({ email: 'jan@example.com' })],
  ['set-new-password', (client) => client.setNewPassword({ token: identityId, password: 'x' })],
];

test(`the client's fetch option: ${numRuns} seeded cases (seed ${seed}) end in typed data or one BizKitHubError`, async () => {
  await fc.assert(
    fc.asyncProperty(behaviour, fc.constantFrom(...methods), async (given, [endpoint, call]) => {
      // A fetch that never settles can only end by the timeout: a short one keeps the run fast.
      const timeoutMs = given.kind === 'hang' || given.kind === 'endless-body' ? 1 : 10_000;
      const client = createBizKitHubClient({ apiKey: devKey, fetch: fetchFor(given), timeoutMs });
      const outcome = await call(client).then(
        (data) => ({ data }),
        (error: unknown) => ({ error }),
      );
      if ('error' in outcome) {
        checkFailure(outcome.error, endpoint);
        return;
      }
      if (given.kind !== 'answer') throw new Error(`a ${given.kind} fetch resolved`);
      checkSuccess(given.answer);
      if (endpoint === 'login' || endpoint === 'magic-auth') {
        const data = outcome.data as { mode?: unknown; identityId?: unknown };
        check(data.mode === 'direct', 'a sign-in without mode: direct');
        check(typeof data.identityId === 'string' && /^[A-Za-z0-9]{32}$/.test(data.identityId), 'an identityId of the wrong shape');
      } else {
        check(outcome.data === undefined, 'data from an endpoint that returns none');
      }
    }),
    { seed, numRuns },
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(unhandled).toEqual([]);
}, 300_000);
