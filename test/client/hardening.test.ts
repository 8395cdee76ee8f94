// @vitest-environment node
// The attacks of the security review (issue 9) on the client, each tried against the public API.
import {
  createBizKitHubClient,
  type BizKitHubClient,
  type BizKitHubClientOptions,
  type Endpoint,
} from '../../src/client/index.js';
import { callingCodes } from '../../src/schemas/rules.js';
import { devKey } from '../support/keys.js';
import { rejection } from '../support/rejection.js';

const identityId = '9jq49ZE1xoKI7S5ys4J0a70y3Xp2hQqc';
const token = 'Hm2cDfmTS8x49Mo67gOxId8gEwNBwf1A';

interface Sent {
  url: URL;
  body: Record<string, unknown>;
}

/** A client whose `fetch` answers every request with `answer()` and records what was sent. */
function clientAnswering(answer: () => Response | Promise<Response>, options: BizKitHubClientOptions = {}) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = init?.body === undefined ? {} : (JSON.parse(String(init.body)) as Record<string, unknown>);
    sent.push({ url: new URL(String(input)), body });
    return answer();
  };
  const client = createBizKitHubClient({ apiKey: devKey, fetch: fetch as typeof globalThis.fetch, ...options });
  return { client, sent };
}

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' }, ...init });
}

const calls: Record<Endpoint, (client: BizKitHubClient) => Promise<unknown>> = {
  login: (client) => client.login({ email: 'jan@example.com', password: 'hunter2' }),
  'magic-auth': (client) => client.magicAuth({ email: 'jan@example.com' }),
  'register-account': (client) => client.registerAccount({ email: 'jan@example.com', password: 'hunter2' }),
  'reset-password': (client) => client.resetPassword({ email: 'jan@example.com' }),
  'set-new-password': (client) => client.setNewPassword({ token, password: 'hunter2' }),
};

describe('a success that also carries an error fails closed', () => {
  const contradictions: [string, Record<string, unknown>][] = [
    ['errorCode PUBLIC_API_KEY_IS_EMPTY', { errorCode: 'PUBLIC_API_KEY_IS_EMPTY' }],
    ['error PUBLIC_API_KEY_DOES_NOT_EXIST', { error: 'PUBLIC_API_KEY_DOES_NOT_EXIST' }],
    ['an error object', { error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests' } }],
    ['an error sentence', { error: 'Something went wrong' }],
    ['code E004', { code: 'E004' }],
    ['code INTERNAL_TOO_MANY_REQUESTS', { code: 'INTERNAL_TOO_MANY_REQUESTS' }],
  ];
  const endpoints = Object.keys(calls) as Endpoint[];
  test.each(endpoints.flatMap((endpoint) => contradictions.map(([name, extra]) => [endpoint, name, extra] as const)))(
    '%s: 200 { success: true, %s } is invalid-response',
    async (endpoint, _name, extra) => {
      const { client } = clientAnswering(() => json({ success: true, identityId, ...extra }));
      expect(await rejection(calls[endpoint](client))).toMatchObject({ kind: 'invalid-response', endpoint });
    },
  );

  test.each([
    ['a numeric code', { code: 1 }],
    ['a lower-case code', { code: 'ok' }],
    ['code OK', { code: 'OK' }],
    ['error: null', { error: null }],
    ['an empty errorCode', { errorCode: '' }],
  ])('a stray %s beside success: true stays harmless', async (_name, extra) => {
    const { client } = clientAnswering(() => json({ success: true, identityId, ...extra }));
    await expect(client.login({ email: 'jan@example.com', password: 'x' })).resolves.toEqual({ mode: 'direct', identityId });
    await expect(client.registerAccount({ email: 'jan@example.com', password: 'x' })).resolves.toBeUndefined();
  });
});

describe('identityId must have the documented shape', () => {
  test.each([
    ['"x"', 'x'],
    ['a 1 MB string', 'A'.repeat(1_000_000)],
    ['a cookie injection', '<img src=x onerror=alert(1)>; Path=/; Domain=evil'],
    ['33 characters', `${identityId}a`],
    ['a number', 12345],
  ])('%s is invalid-response on login and magic-auth', async (_name, value) => {
    const { client } = clientAnswering(() => json({ success: true, identityId: value }));
    expect(await rejection(client.login({ email: 'jan@example.com', password: 'x' }))).toMatchObject({
      kind: 'invalid-response',
    });
    expect(await rejection(client.magicAuth({ email: 'jan@example.com' }))).toMatchObject({ kind: 'invalid-response' });
  });
});

describe('the body is read up to 1 MB', () => {
  const megabyte = 1_048_576;

  test('a success padded past 1 MB is invalid-response', async () => {
    const padding = 'x'.repeat(megabyte);
    const { client } = clientAnswering(() => json({ success: true, identityId, padding }));
    expect(await rejection(client.login({ email: 'jan@example.com', password: 'x' }))).toMatchObject({
      kind: 'invalid-response',
      status: 200,
    });
  });

  test('a Content-Length that lies small does not let a bigger stream through, and the stream is cancelled', async () => {
    const chunk = new TextEncoder().encode(`{"success":true,"identityId":"${identityId}","padding":"${'x'.repeat(60_000)}`);
    let pulled = 0;
    let cancelled = false;
    const { client } = clientAnswering(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              pulled += 1;
              controller.enqueue(pulled === 1 ? chunk : new TextEncoder().encode('x'.repeat(60_000)));
            },
            cancel() {
              cancelled = true;
            },
          }),
          { status: 200, headers: { 'Content-Type': 'application/json', 'Content-Length': '64' } },
        ),
    );
    expect(await rejection(client.login({ email: 'jan@example.com', password: 'x' }))).toMatchObject({
      kind: 'invalid-response',
    });
    // An endless body: reading stopped a little past the cap instead of running on.
    expect(pulled * 60_000).toBeLessThan(megabyte + 3 * 60_000);
    await vi.waitFor(() => expect(cancelled).toBe(true));
  });

  test('account-info is capped too: a session padded past 1 MB is invalid-response', async () => {
    const account = { loggedIn: true, cuRefNo: 'ABCDEFGH12345678', email: 'jan@example.com', creditBalance: 0 };
    const { client } = clientAnswering(() => json({ ...account, padding: 'x'.repeat(megabyte) }));
    expect(await rejection(client.accountInfo({ identityId }))).toMatchObject({ kind: 'invalid-response' });
    const small = clientAnswering(() => json(account));
    await expect(small.client.accountInfo({ identityId })).resolves.toMatchObject({ status: 'signed-in' });
  });

  test('a body just under the cap is read', async () => {
    const overhead = JSON.stringify({ success: true, identityId, padding: '' }).length;
    const padding = 'x'.repeat(megabyte - overhead);
    const { client } = clientAnswering(() => json({ success: true, identityId, padding }));
    await expect(client.login({ email: 'jan@example.com', password: 'x' })).resolves.toEqual({ mode: 'direct', identityId });
  });
});

describe('the timeout holds when a custom fetch ignores the AbortSignal', () => {
  test('a fetch that never settles rejects with timeout after timeoutMs', async () => {
    const fetch = () => new Promise<Response>(() => undefined);
    const client = createBizKitHubClient({ apiKey: devKey, timeoutMs: 50, fetch });
    const started = Date.now();
    expect(await rejection(client.login({ email: 'jan@example.com', password: 'x' }))).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('a body that never ends rejects with timeout too', async () => {
    const fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"success":'));
          },
        }),
        { status: 200 },
      );
    const client = createBizKitHubClient({ apiKey: devKey, timeoutMs: 50, fetch });
    expect(await rejection(client.resetPassword({ email: 'jan@example.com' }))).toMatchObject({ kind: 'timeout' });
  });

  test("the caller's abort rejects with aborted at once, whatever the fetch does", async () => {
    const fetch = () => new Promise<Response>(() => undefined);
    const client = createBizKitHubClient({ apiKey: devKey, timeoutMs: 60_000, fetch });
    const controller = new AbortController();
    const pending = client.login({ email: 'jan@example.com', password: 'x' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect(await rejection(pending)).toMatchObject({ kind: 'aborted' });
  });
});

describe('what the server dictates is capped', () => {
  const hour = 3_600_000;
  async function waitOf(headers: Record<string, string>, body: unknown = { success: false }, options: BizKitHubClientOptions = {}) {
    const { client } = clientAnswering(() => json(body, { status: 429, headers }), options);
    const error = await rejection(client.login({ email: 'jan@example.com', password: 'x' }));
    expect(error.kind).toBe('rate-limit');
    return error.retryAfterMs;
  }

  test('Retry-After: 99999999 (3.17 years) is cut to one hour', async () => {
    expect(await waitOf({ 'Retry-After': '99999999' })).toBe(hour);
  });

  test("BizKitHub's own example, 3600, is kept", async () => {
    expect(await waitOf({ 'Retry-After': '3600' })).toBe(hour);
    expect(await waitOf({}, { error: { code: 'RATE_LIMIT_EXCEEDED', retry_after: 3600 } })).toBe(hour);
  });

  test.each([
    ['a 400-digit number (Infinity)', { 'Retry-After': '9'.repeat(400) }, '{}'],
    ['a negative number', { 'Retry-After': '-5' }, '{}'],
    ['a date in the past', { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' }, '{}'],
    ['garbage', { 'Retry-After': 'soon, honestly' }, '{}'],
    ['retry_after 1e400 in the body', {}, '{"error":{"code":"RATE_LIMIT_EXCEEDED","retry_after":1e400}}'],
    ['retry_after -30 in the body', {}, '{"retry_after":-30}'],
  ])('%s means no wait given', async (_name, headers, rawBody) => {
    const { client } = clientAnswering(() => new Response(rawBody, { status: 429, headers }));
    const error = await rejection(client.login({ email: 'jan@example.com', password: 'x' }));
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterMs: undefined });
  });

  test('an HTTP date two hours ahead is cut to one hour', async () => {
    expect(await waitOf({ 'Retry-After': new Date(Date.now() + 2 * hour).toUTCString() })).toBe(hour);
  });

  test('the cap is configurable with maxRetryAfterMs', async () => {
    expect(await waitOf({ 'Retry-After': '3600' }, { success: false }, { maxRetryAfterMs: 60_000 })).toBe(60_000);
    expect(() => createBizKitHubClient({ apiKey: devKey, maxRetryAfterMs: Number.POSITIVE_INFINITY })).toThrow(TypeError);
  });
});

describe("the server's message is redacted and cut", () => {
  async function serverMessageOf(message: string) {
    const { client } = clientAnswering(() => json({ success: false, errorCode: 'E001', message }));
    return rejection(client.login({ email: 'jan@example.com', password: 'hunter2' }));
  }

  test('a token after an underscore, a key and an identityId are removed', async () => {
    const error = await serverMessageOf(`reset token_${token} for key ${devKey} session=${identityId}`);
    for (const secret of [token, devKey, identityId]) {
      expect(error.serverMessage).not.toContain(secret);
      expect(error.message).not.toContain(secret);
    }
    expect(error.serverMessage).toContain('reset token_');
  });

  test('e-mail addresses are removed', async () => {
    const error = await serverMessageOf('No customer jan.novak+shop@example.com in organisation');
    expect(error.serverMessage).not.toContain('jan.novak');
    expect(error.message).not.toContain('example.com');
    expect(error.serverMessage).toContain('No customer');
  });

  test('a 1 MB message is kept to 300 characters, and a key cut in half by the limit does not survive', async () => {
    const error = await serverMessageOf(`${'a '.repeat(599)}${devKey}${' b'.repeat(500_000)}`);
    expect(error.serverMessage?.length).toBeLessThanOrEqual(301);
    expect(error.message.length).toBeLessThan(600);
    expect(error.serverMessage).not.toContain(devKey.slice(0, 12));
  });
});

describe('input from customers and integrators', () => {
  test.each([
    ['jan@bücher.de', 'jan@xn--bcher-kva.de'],
    ['josé@příklad.cz', 'josé@xn--pklad-zsa96e.cz'],
    ['Jan@Example.com', 'Jan@Example.com'],
  ])('the e-mail %s is accepted and sent as %s', async (email, sentEmail) => {
    const { client, sent } = clientAnswering(() => json({ success: true, identityId }));
    await client.login({ email, password: 'x' });
    await client.resetPassword({ email });
    expect(sent.map(({ body }) => body.email)).toEqual([sentEmail, sentEmail]);
  });

  test.each([
    ['+420777123456', '+420 777123456'],
    ['00420 777 123 456', '+420 777123456'],
    ['+420 777 123 456', '+420 777123456'],
    ['+1 (555) 123-4567', '+1 5551234567'],
    ['+44 20 7946 0958', '+44 2079460958'],
  ])('the phone %s is sent as %s', async (phone, sentPhone) => {
    const { client, sent } = clientAnswering(() => json({ success: true }));
    await client.registerAccount({ email: 'jan@example.com', password: 'x', phone });
    expect(sent[0]?.body.phone).toBe(sentPhone);
  });

  test.each(['777123456', '+999 123456', '+420 12', 'call me'])('the phone %s is refused with the message that shows the form', async (phone) => {
    const { client, sent } = clientAnswering(() => json({ success: true }));
    const error = await rejection(client.registerAccount({ email: 'jan@example.com', password: 'x', phone }));
    expect(error).toMatchObject({ kind: 'validation', fields: { phone: 'validation.phone.invalid' } });
    expect(sent).toHaveLength(0);
  });

  test('the calling-code table is prefix-free, so the first match is the code', () => {
    const codes = [...callingCodes];
    const clashes = codes.filter((code) => codes.some((other) => other !== code && other.startsWith(code)));
    expect(clashes).toEqual([]);
    expect(codes).toEqual(expect.arrayContaining(['1', '7', '44', '420', '421', '49']));
  });

  test.each([
    ['203.0.113.7, 10.0.0.1', '203.0.113.7'],
    ['unknown, 198.51.100.4', '198.51.100.4'],
    [' , 2001:db8::1, 10.0.0.1', '2001:db8::1'],
  ])('customerRealIp given the X-Forwarded-For list "%s" sends %s', async (list, ip) => {
    const { client, sent } = clientAnswering(() => json({ success: true, identityId }));
    await client.login({ email: 'jan@example.com', password: 'x', customerRealIp: list });
    expect(sent[0]?.body.customerRealIp).toBe(ip);
  });

  test('a list with no valid address is still refused', async () => {
    const { client } = clientAnswering(() => json({ success: true, identityId }));
    const error = await rejection(client.login({ email: 'jan@example.com', password: 'x', customerRealIp: 'unknown, nope' }));
    expect(error.fields).toEqual({ customerRealIp: 'validation.customerRealIp.invalid' });
  });

  test.each([
    ['cs', 'cs'],
    ['en_us', 'en-US'],
    ['sr-latn-rs', 'sr-Latn-RS'],
  ])('primaryLocale %s is sent as %s', async (locale, sentLocale) => {
    const { client, sent } = clientAnswering(() => json({ success: true }));
    await client.registerAccount({ email: 'jan@example.com', password: 'x', primaryLocale: locale });
    expect(sent[0]?.body.primaryLocale).toBe(sentLocale);
  });

  test.each(['abc-12', 'x', 'cs--CZ', '12'])('primaryLocale %s is refused (Intl.getCanonicalLocales)', async (locale) => {
    const { client } = clientAnswering(() => json({ success: true }));
    const error = await rejection(client.registerAccount({ email: 'jan@example.com', password: 'x', primaryLocale: locale }));
    expect(error.fields).toEqual({ primaryLocale: 'validation.primaryLocale.invalid' });
  });
});
