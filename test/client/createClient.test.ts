import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import {
  BizKitHubError,
  createBizKitHubClient,
  endpointErrorCodes,
  isBizKitHubError,
  type Endpoint,
} from '../../src/client/index.js';
import { baseUrl, devKey, prodKey, rootKey } from '../support/keys.js';
import { rejection } from '../support/rejection.js';

interface Seen {
  url: URL;
  body: unknown;
  authorization: string | null;
}
const seen: Seen[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const paths: Record<Endpoint, string> = {
  login: '/api/v1/customer/login',
  'magic-auth': '/api/v1/customer/magic-auth',
  'register-account': '/api/v1/customer/register-account',
  'reset-password': '/api/v1/customer/reset-password',
  'set-new-password': '/api/v1/customer/set-new-password',
};

function answer(endpoint: Endpoint, respond: () => Response | Promise<Response>, origin = baseUrl) {
  server.use(
    http.post(origin + paths[endpoint], async ({ request }) => {
      seen.push({
        url: new URL(request.url),
        body: await request.json().catch(() => undefined),
        authorization: request.headers.get('Authorization'),
      });
      return respond();
    }),
  );
}

const identityId = '9jq49ZE1xoKI7S5ys4J0a70y3Xp2hQqc';
const client = createBizKitHubClient({ apiKey: devKey });

const calls: Record<Endpoint, () => Promise<unknown>> = {
  login: () => client.login({ email: 'jan@example.com', password: '1234' }),
  'magic-auth': () => client.magicAuth({ email: 'jan@example.com' }),
  'register-account': () => client.registerAccount({ email: 'jan@example.com', password: 'secret' }),
  'reset-password': () => client.resetPassword({ email: 'jan@example.com' }),
  'set-new-password': () => client.setNewPassword({ token: 'Hm2cDfmTS8x49Mo67gOxId8gEwNBwf1A', password: 'new' }),
};

describe('success of every method', () => {
  test('login posts JSON with the key in the query and returns the identityId', async () => {
    answer('login', () => HttpResponse.json({ success: true, identityId }));
    await expect(
      client.login({ email: '  Jan@Example.com ', password: ' 1234 ', customerRealIp: '1.1.1.1' }),
    ).resolves.toEqual({ mode: 'direct', identityId });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url.searchParams.get('apiKey')).toBe(devKey);
    expect(seen[0]?.authorization).toBeNull();
    // e-mail trimmed, password untouched
    expect(seen[0]?.body).toEqual({ email: 'Jan@Example.com', password: ' 1234 ', customerRealIp: '1.1.1.1' });
  });

  test('magicAuth sends the optional fields it was given and returns the identityId', async () => {
    answer('magic-auth', () => HttpResponse.json({ success: true, identityId }));
    await expect(
      client.magicAuth({ email: 'jan@example.com', firstName: 'Jan', lastName: 'Barášek', referralId: '1cGIHvFoQDGLAbcA' }),
    ).resolves.toEqual({ mode: 'direct', identityId });
    expect(seen[0]?.body).toEqual({
      email: 'jan@example.com',
      firstName: 'Jan',
      lastName: 'Barášek',
      referralId: '1cGIHvFoQDGLAbcA',
    });
  });

  test('registerAccount sends every field of the contract and leaves empty ones out', async () => {
    answer('register-account', () => HttpResponse.json({ success: true }));
    await expect(
      client.registerAccount({
        email: 'jan@barasek.com',
        password: 'example_password',
        name: 'Jan Barášek',
        firstName: 'Jan',
        lastName: 'Barášek',
        phone: '+420 777 123 456',
        companyName: '',
        companyRegistrationNumber: '05103118',
        taxIdentificationNumber: 'CZ9609040727',
        streetAddress: 'R. Novotného 1505',
        city: 'Kladno',
        cityPart: '  ',
        stateRegion: 'Středočeský kraj',
        postalCode: '272 01',
        country: 'cz',
        newsletter: false,
        primaryLocale: 'cs',
        groups: ['vip', ''],
        customerRealIp: 'localhost',
        referralId: '1cGIHvFoQDGLAbcA',
        returnUrl: 'https://shop.example/welcome',
      }),
    ).resolves.toBeUndefined();
    expect(seen[0]?.body).toEqual({
      email: 'jan@barasek.com',
      password: 'example_password',
      name: 'Jan Barášek',
      firstName: 'Jan',
      lastName: 'Barášek',
      phone: '+420 777123456',
      companyRegistrationNumber: '05103118',
      taxIdentificationNumber: 'CZ9609040727',
      streetAddress: 'R. Novotného 1505',
      city: 'Kladno',
      stateRegion: 'Středočeský kraj',
      postalCode: '272 01',
      country: 'CZ',
      newsletter: false,
      primaryLocale: 'cs',
      groups: ['vip'],
      customerRealIp: '127.0.0.1',
      referralId: '1cGIHvFoQDGLAbcA',
      returnUrl: 'https://shop.example/welcome',
    });
  });

  test('resetPassword sends expirationTime and resolves with nothing', async () => {
    answer('reset-password', () => HttpResponse.json({ success: true }));
    await expect(client.resetPassword({ email: 'jan@example.com', expirationTime: '3h 20m' })).resolves.toBeUndefined();
    expect(seen[0]?.body).toEqual({ email: 'jan@example.com', expirationTime: '3h 20m' });
  });

  test('setNewPassword sends token and password', async () => {
    answer('set-new-password', () => HttpResponse.json({ success: true }));
    await expect(
      client.setNewPassword({ token: 'Hm2cDfmTS8x49Mo67gOxId8gEwNBwf1A', password: '1234', customerRealIp: '::1' }),
    ).resolves.toBeUndefined();
    expect(seen[0]?.body).toEqual({ token: 'Hm2cDfmTS8x49Mo67gOxId8gEwNBwf1A', password: '1234', customerRealIp: '127.0.0.1' });
  });
});

describe('documented error codes', () => {
  const cases = (Object.keys(endpointErrorCodes) as Endpoint[]).flatMap((endpoint) =>
    endpointErrorCodes[endpoint].map((code) => [endpoint, code] as const),
  );

  test.each(cases)('%s %s rejects with kind api and that code', async (endpoint, code) => {
    answer(endpoint, () => HttpResponse.json({ success: false, errorCode: code, message: 'Server wording' }));
    const error = await rejection(calls[endpoint]());
    expect(error).toBeInstanceOf(BizKitHubError);
    expect(error).toMatchObject({ kind: 'api', endpoint, code, status: 200 });
    expect(error.serverMessage).toBe('Server wording');
    expect(error.message).toContain(code);
  });

  test('reset-password failure without a code is its generic failure, not success', async () => {
    answer('reset-password', () => HttpResponse.json({ success: false }));
    const error = await rejection(calls['reset-password']());
    expect(error).toMatchObject({ kind: 'api', endpoint: 'reset-password', code: undefined });
  });

  test.each([
    ['errorCode on 400', 400, { success: false, errorCode: 'E004' }],
    ['code', 200, { success: false, code: 'E004' }],
    ['error.code', 422, { error: { code: 'E004', message: 'x' } }],
    ['a string error', 401, { error: 'E004' }],
  ])('reads the code from %s', async (_label, status, body) => {
    answer('login', () => HttpResponse.json(body, { status }));
    const error = await rejection(calls.login());
    expect(error).toMatchObject({ kind: 'api', code: 'E004', status });
  });
});

describe('rate limits', () => {
  test('429 with Retry-After in seconds and the documented body', async () => {
    answer('login', () =>
      HttpResponse.json(
        { error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', retry_after: 3600 } },
        { status: 429, headers: { 'Retry-After': '120' } },
      ),
    );
    const error = await rejection(calls.login());
    expect(error).toMatchObject({ kind: 'rate-limit', code: 'RATE_LIMIT_EXCEEDED', status: 429, retryAfterMs: 120_000 });
  });

  test('429 with Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 90_000);
    answer('magic-auth', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': at.toUTCString() } }));
    const error = await rejection(calls['magic-auth']());
    expect(error.kind).toBe('rate-limit');
    expect(error.retryAfterMs).toBeGreaterThan(85_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(90_000);
  });

  test('429 with only retry_after in the body', async () => {
    answer('register-account', () =>
      HttpResponse.json({ error: { code: 'RATE_LIMIT_EXCEEDED', retry_after: 3600 } }, { status: 429 }),
    );
    expect(await rejection(calls['register-account']())).toMatchObject({ kind: 'rate-limit', retryAfterMs: 3_600_000 });
  });

  test.each([
    ['Retry-After: 0', { 'Retry-After': '0' }],
    ['a Retry-After date already past', { 'Retry-After': new Date(Date.now() - 60_000).toUTCString() }],
  ])('%s is no known wait', async (_label, headers) => {
    answer('login', () => new HttpResponse(null, { status: 429, headers }));
    expect(await rejection(calls.login())).toMatchObject({ kind: 'rate-limit', retryAfterMs: undefined });
  });

  test('the platform code INTERNAL_TOO_MANY_REQUESTS is a rate limit with no known wait', async () => {
    answer('login', () => HttpResponse.json({ success: false, errorCode: 'INTERNAL_TOO_MANY_REQUESTS' }, { status: 400 }));
    const error = await rejection(calls.login());
    expect(error).toMatchObject({ kind: 'rate-limit', code: 'INTERNAL_TOO_MANY_REQUESTS', retryAfterMs: undefined });
  });
});

describe('platform codes, HTTP failures and malformed answers', () => {
  test.each(['PUBLIC_API_KEY_DOES_NOT_EXIST', 'PUBLIC_API_KEY_IS_NOT_IN_VALID_FORMAT', 'PUBLIC_API_KEY_HAS_BEEN_EXPIRED'])(
    '%s is a platform error with its status',
    async (code) => {
      answer('login', () => HttpResponse.json({ success: false, errorCode: code, message: 'Key is bad' }, { status: 404 }));
      expect(await rejection(calls.login())).toMatchObject({ kind: 'platform', code, status: 404 });
    },
  );

  test('a non-JSON 502 from a proxy is an invalid response, never success', async () => {
    answer('reset-password', () => new HttpResponse('<html><h1>502 Bad Gateway</h1></html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    expect(await rejection(calls['reset-password']())).toMatchObject({ kind: 'invalid-response', status: 502 });
  });

  test('an HTML page on 200 is an invalid response', async () => {
    answer('register-account', () => new HttpResponse('<html>ok</html>', { status: 200 }));
    expect(await rejection(calls['register-account']())).toMatchObject({ kind: 'invalid-response', status: 200 });
  });

  test('a JSON 500 without a code is an http error', async () => {
    answer('set-new-password', () => HttpResponse.json({ success: false }, { status: 500 }));
    expect(await rejection(calls['set-new-password']())).toMatchObject({ kind: 'http', status: 500, code: undefined });
  });

  test('an empty 503 is an http error', async () => {
    answer('login', () => new HttpResponse(null, { status: 503 }));
    expect(await rejection(calls.login())).toMatchObject({ kind: 'http', status: 503 });
  });

  test('success without identityId is an invalid response, never a sign-in', async () => {
    answer('login', () => HttpResponse.json({ success: true }));
    expect(await rejection(calls.login())).toMatchObject({ kind: 'invalid-response' });
    answer('magic-auth', () => HttpResponse.json({ success: true, identityId: '' }));
    expect(await rejection(calls['magic-auth']())).toMatchObject({ kind: 'invalid-response' });
  });

  test('a code on 200 without success: true is a failure; success: true with a stray code field is a success', async () => {
    answer('login', () => HttpResponse.json({ errorCode: 'E004' }));
    expect(await rejection(calls.login())).toMatchObject({ kind: 'api', code: 'E004', status: 200 });
    answer('login', () => HttpResponse.json({ success: true, identityId, code: 'OK' }));
    await expect(calls.login()).resolves.toEqual({ mode: 'direct', identityId });
  });

  test('a body without success: true is not a success', async () => {
    answer('reset-password', () => HttpResponse.json({ ok: 1 }));
    expect(await rejection(calls['reset-password']())).toMatchObject({ kind: 'invalid-response' });
  });

  test('the error message keeps the server text for logs but never a key, password or identityId', async () => {
    answer('login', () =>
      HttpResponse.json(
        { success: false, errorCode: 'E004', message: `Key ${devKey} for session ${identityId} is wrong` },
        { status: 400 },
      ),
    );
    const error = await rejection(client.login({ email: 'jan@example.com', password: 'hunter2-password' }));
    expect(error.message).toContain('is wrong');
    expect(error.message).not.toContain(devKey);
    expect(error.message).not.toContain(identityId);
    expect(error.message).not.toContain('hunter2-password');
  });
});

describe('transport failures', () => {
  test('a network failure', async () => {
    answer('login', () => HttpResponse.error());
    const error = await rejection(calls.login());
    expect(error).toMatchObject({ kind: 'network', status: undefined });
    expect(error.cause).toBeDefined();
  });

  test('no answer within timeoutMs is a timeout', async () => {
    answer('login', async () => {
      await delay(5_000);
      return HttpResponse.json({ success: true, identityId });
    });
    const quick = createBizKitHubClient({ apiKey: devKey, timeoutMs: 50 });
    expect(await rejection(quick.login({ email: 'jan@example.com', password: 'x' }))).toMatchObject({ kind: 'timeout' });
  });

  test("the caller's signal aborts a request under way", async () => {
    answer('login', async () => {
      await delay(5_000);
      return HttpResponse.json({ success: true, identityId });
    });
    const controller = new AbortController();
    const pending = client.login({ email: 'jan@example.com', password: 'x' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await rejection(pending)).toMatchObject({ kind: 'aborted' });
  });

  test('an already aborted signal sends nothing', async () => {
    answer('login', () => HttpResponse.json({ success: true, identityId }));
    const controller = new AbortController();
    controller.abort();
    expect(
      await rejection(client.login({ email: 'jan@example.com', password: 'x' }, { signal: controller.signal })),
    ).toMatchObject({ kind: 'aborted' });
    expect(seen).toHaveLength(0);
  });

  test('a failed POST is not retried', async () => {
    answer('login', () => new HttpResponse(null, { status: 503 }));
    await rejection(calls.login());
    expect(seen).toHaveLength(1);
  });
});

describe('validation before sending', () => {
  test.each([
    ['a bad e-mail', () => client.login({ email: 'jan@', password: 'x' }), { email: 'validation.email.invalid' }],
    ['an empty e-mail', () => client.resetPassword({ email: '   ' }), { email: 'validation.email.required' }],
    ['an empty password', () => client.login({ email: 'jan@example.com', password: '' }), { password: 'validation.password.required' }],
    [
      'a phone without the country code',
      () => client.registerAccount({ email: 'jan@example.com', password: 'x', phone: '777123456' }),
      { phone: 'validation.phone.invalid' },
    ],
    [
      'a referralId that is not 16 characters',
      () => client.magicAuth({ email: 'jan@example.com', referralId: 'short' }),
      { referralId: 'validation.referralId.invalid' },
    ],
    [
      'an invalid IP',
      () => client.login({ email: 'jan@example.com', password: 'x', customerRealIp: '999.1.1.1' }),
      { customerRealIp: 'validation.customerRealIp.invalid' },
    ],
    ['an empty token', () => client.setNewPassword({ token: ' ', password: 'x' }), { token: 'validation.token.required' }],
    [
      'a bad duration',
      () => client.resetPassword({ email: 'jan@example.com', expirationTime: 'soon' }),
      { expirationTime: 'validation.expirationTime.invalid' },
    ],
  ])('%s: no request, a validation error naming the field', async (_label, call, fields) => {
    answer('login', () => HttpResponse.json({ success: true, identityId }));
    const error = await rejection(call());
    expect(error.kind).toBe('validation');
    expect(error.fields).toEqual(fields);
    expect(seen).toHaveLength(0);
  });

  test('several bad fields are all named', async () => {
    const error = await rejection(
      client.registerAccount({ email: 'nope', password: '', phone: '+420', country: 'Czechia' }),
    );
    expect(error.fields).toEqual({
      email: 'validation.email.invalid',
      password: 'validation.password.required',
      phone: 'validation.phone.invalid',
      country: 'validation.country.invalid',
    });
  });

  test('IPv6 and the localhost aliases are accepted and normalized', async () => {
    answer('login', () => HttpResponse.json({ success: true, identityId }));
    for (const [given, sent] of [
      ['2001:4860:4860::8888', '2001:4860:4860::8888'],
      ['0.0.0.0', '127.0.0.1'],
      ['', '127.0.0.1'],
    ]) {
      await client.login({ email: 'jan@example.com', password: 'x', customerRealIp: given });
      expect(seen.at(-1)?.body).toMatchObject({ customerRealIp: sent });
    }
  });
});

describe('keys and base URL', () => {
  test("apiKeyIn: 'header' sends a Bearer token and no query key", async () => {
    answer('login', () => HttpResponse.json({ success: true, identityId }));
    const headerClient = createBizKitHubClient({ apiKey: prodKey, apiKeyIn: 'header' });
    await headerClient.login({ email: 'jan@example.com', password: 'x' });
    expect(seen[0]?.authorization).toBe(`Bearer ${prodKey}`);
    expect(seen[0]?.url.searchParams.has('apiKey')).toBe(false);
  });

  test('proxy mode: no key, a custom baseUrl, nothing added to the request', async () => {
    answer('login', () => HttpResponse.json({ success: true, identityId }), 'https://shop.example/bizkithub');
    const proxied = createBizKitHubClient({ baseUrl: 'https://shop.example/bizkithub/' });
    await expect(proxied.login({ email: 'jan@example.com', password: 'x' })).resolves.toEqual({ mode: 'direct', identityId });
    expect(seen[0]?.url.href).toBe('https://shop.example/bizkithub/api/v1/customer/login');
    expect(seen[0]?.authorization).toBeNull();
  });

  test('a custom fetch is used', async () => {
    const fetchSpy = vi.fn(async () => HttpResponse.json({ success: true, identityId }));
    const custom = createBizKitHubClient({ apiKey: devKey, fetch: fetchSpy });
    await expect(custom.login({ email: 'jan@example.com', password: 'x' })).resolves.toEqual({ mode: 'direct', identityId });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  test('no key and no baseUrl is refused with a sentence', () => {
    expect(() => createBizKitHubClient({})).toThrow(/apiKey is required/);
  });

  test.each([
    ['too short', 'DEV_abc'],
    ['a wrong prefix', 'TEST1234567890123456789012345678'],
    ['a character outside letters and digits', 'DEV_abcdefghijklmnopqrstuvwxy-12'],
  ])('a key with %s throws at creation without echoing it', (_label, apiKey) => {
    let thrown: unknown;
    try {
      createBizKitHubClient({ apiKey });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    const message = (thrown as Error).message;
    expect(message).toMatch(/32 characters: PROD, DEV_ or ROOT/);
    expect(message).not.toContain(apiKey);
  });

  test('a ROOT key is refused in a browser (jsdom has window)', () => {
    expect(typeof window).toBe('object');
    expect(() => createBizKitHubClient({ apiKey: rootKey })).toThrow(/ROOT key .* must never reach a browser/);
    const message = (() => {
      try {
        createBizKitHubClient({ apiKey: rootKey });
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).not.toContain(rootKey.slice(4));
  });

  test('isBizKitHubError recognizes errors across copies of the package and rejects look-alikes', () => {
    const error = new BizKitHubError({ kind: 'network', endpoint: 'login' });
    const foreign = Object.assign(Object.create(null) as object, { [Symbol.for('@bizkithub/auth-react/BizKitHubError')]: true });
    expect(isBizKitHubError(error)).toBe(true);
    expect(isBizKitHubError(foreign)).toBe(true);
    expect(isBizKitHubError(new Error('x'))).toBe(false);
    expect(isBizKitHubError({ kind: 'network' })).toBe(false);
  });
});
