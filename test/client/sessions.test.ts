import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createBizKitHubClient } from '../../src/client/index.js';
import { baseUrl, devKey, prodKey } from '../support/keys.js';
import { rejection } from '../support/rejection.js';

// jsdom's page is http://localhost:3000/: relative URLs resolve against it.
const page = new URL(location.href).origin;
const identityId = 'Q7b2XkP9mN4vR8sT1wY6zA3cE5gH0jLd';
const account = { cuRefNo: 'CU00000000000042', email: 'jana@example.com', firstName: 'Jana', creditBalance: 120 };

interface Seen {
  method: string;
  url: URL;
  body: unknown;
  headers: Headers;
}
const seen: Seen[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
  vi.restoreAllMocks();
});
afterAll(() => server.close());

function record(respond: () => Response) {
  return async ({ request }: { request: Request }) => {
    const text = await request.text();
    seen.push({ method: request.method, url: new URL(request.url), body: text ? JSON.parse(text) : undefined, headers: request.headers });
    return respond();
  };
}


describe('server mode (serverUrl)', () => {
  test('login posts to {serverUrl}/login on the page origin, with no key, and resolves without an identity', async () => {
    server.use(http.post(`${page}/api/auth/login`, record(() => HttpResponse.json({ success: true }))));
    const client = createBizKitHubClient({ serverUrl: '/api/auth' });
    expect(client.mode).toBe('server');
    await expect(client.login({ email: 'jana@example.com', password: 'correct horse' })).resolves.toEqual({ mode: 'server' });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url.search).toBe('');
    expect(seen[0]?.headers.get('authorization')).toBeNull();
    expect(seen[0]?.body).toEqual({ email: 'jana@example.com', password: 'correct horse' });
  });

  test.each([
    ['registerAccount', 'register-account', () => ({ email: 'jana@example.com', password: 'x' })],
    ['resetPassword', 'reset-password', () => ({ email: 'jana@example.com' })],
    ['setNewPassword', 'set-new-password', () => ({ token: 'Hm2cDfmTS8x49Mo67gOxId8gEwNBwf1A', password: 'new' })],
  ] as const)('%s posts to {serverUrl}/%s', async (method, route, variables) => {
    server.use(http.post(`https://shop.example/api/auth/${route}`, record(() => HttpResponse.json({ success: true }))));
    const client = createBizKitHubClient({ serverUrl: 'https://shop.example/api/auth/' });
    await (client[method] as (input: unknown) => Promise<void>)(variables());
    expect(seen[0]?.url.pathname).toBe(`/api/auth/${route}`);
  });

  test('a failure from the handler reads as the same typed error as in direct mode, Retry-After included', async () => {
    server.use(
      http.post(`${page}/api/auth/login`, () =>
        HttpResponse.json({ success: false, errorCode: 'E006' }, { status: 429, headers: { 'Retry-After': '120' } }),
      ),
    );
    const error = await rejection(createBizKitHubClient({ serverUrl: '/api/auth' }).login({ email: 'a@b.cz', password: 'x' }));
    expect(error).toMatchObject({ kind: 'rate-limit', code: 'E006', status: 429, retryAfterMs: 120_000, endpoint: 'login' });
  });

  test('fetchSession asks GET {serverUrl}/session and returns the account', async () => {
    server.use(http.get(`${page}/api/auth/session`, record(() => HttpResponse.json({ loggedIn: true, account }))));
    const client = createBizKitHubClient({ serverUrl: '/api/auth' });
    await expect(client.fetchSession()).resolves.toEqual({ status: 'signed-in', account });
    expect(seen[0]?.method).toBe('GET');
  });

  test('a session answer of the wrong shape is an invalid response, never a signed-in customer', async () => {
    server.use(http.get(`${page}/api/auth/session`, () => HttpResponse.json({ loggedIn: true, account: { email: 'x@y.cz' } })));
    const error = await rejection(createBizKitHubClient({ serverUrl: '/api/auth' }).fetchSession());
    expect(error).toMatchObject({ kind: 'invalid-response', endpoint: 'session' });
  });

  test('an HTML 502 from the handler is a typed error of the session', async () => {
    server.use(http.get(`${page}/api/auth/session`, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })));
    const error = await rejection(createBizKitHubClient({ serverUrl: '/api/auth' }).fetchSession());
    expect(error).toMatchObject({ kind: 'invalid-response', status: 502, endpoint: 'session' });
  });

  test('a custom fetch that resolves with no response: fetchSession is an invalid response, as every endpoint is', async () => {
    const noResponse = (() => Promise.resolve(null)) as unknown as typeof fetch;
    const client = createBizKitHubClient({ serverUrl: '/api/auth', fetch: noResponse });
    expect(await rejection(client.fetchSession())).toMatchObject({ kind: 'invalid-response', endpoint: 'session' });
    expect(await rejection(client.login({ email: 'a@b.cz', password: 'x' }))).toMatchObject({ kind: 'invalid-response', endpoint: 'login' });
  });

  test('signOut posts to {serverUrl}/sign-out', async () => {
    server.use(http.post(`${page}/api/auth/sign-out`, record(() => HttpResponse.json({ success: true }))));
    await createBizKitHubClient({ serverUrl: '/api/auth' }).signOut();
    expect(seen.map(({ method, url }) => `${method} ${url.pathname}`)).toEqual(['POST /api/auth/sign-out']);
  });

  test('serverUrl with apiKey or baseUrl is refused with a sentence', () => {
    expect(() => createBizKitHubClient({ serverUrl: '/api/auth', apiKey: devKey })).toThrow(/serverUrl cannot be combined with apiKey/);
    expect(() => createBizKitHubClient({ serverUrl: '/api/auth', baseUrl: 'https://x.test' })).toThrow(/serverUrl cannot be combined/);
  });

  test('accountInfo is a direct-mode call', async () => {
    await expect(createBizKitHubClient({ serverUrl: '/api/auth' }).accountInfo({ identityId })).rejects.toThrow(/fetchSession/);
  });
});

describe('URLs', () => {
  test('a relative baseUrl (a proxy of your own) is resolved against the page', async () => {
    server.use(http.post(`${page}/api/bizkithub/api/v1/customer/login`, record(() => HttpResponse.json({ success: true, identityId }))));
    const client = createBizKitHubClient({ baseUrl: '/api/bizkithub' });
    await expect(client.login({ email: 'jana@example.com', password: 'x' })).resolves.toEqual({ mode: 'direct', identityId });
    expect(seen[0]?.url.href).toBe(`${page}/api/bizkithub/api/v1/customer/login`);
  });

  test.each(['javascript:alert(1)', 'ftp://x.test', 'http://exa mple.com', 'https://[bad'])(
    'baseUrl %s is refused at creation',
    (bad) => {
      expect(() => createBizKitHubClient({ baseUrl: bad })).toThrow(/baseUrl must be an http\(s\) URL/);
    },
  );

  test('a relative URL where there is no page is a BizKitHubError from the request, never a raw TypeError', async () => {
    vi.stubGlobal('location', undefined);
    try {
      const error = await rejection(createBizKitHubClient({ serverUrl: '/api/auth' }).login({ email: 'a@b.cz', password: 'x' }));
      expect(error).toMatchObject({ kind: 'network', endpoint: 'login' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('direct mode sessions', () => {
  const infoUrl = `${baseUrl}/contact/v1/get-account-info`;

  test('no login yet: fetchSession is signed out without a request', async () => {
    await expect(createBizKitHubClient({ apiKey: devKey }).fetchSession()).resolves.toEqual({ status: 'signed-out' });
    expect(seen).toHaveLength(0);
  });

  test('after login, fetchSession asks account-info with that identity and the key; the identityId is not in the answer', async () => {
    server.use(
      http.post(`${baseUrl}/api/v1/customer/login`, () => HttpResponse.json({ success: true, identityId })),
      http.get(infoUrl, record(() => HttpResponse.json({ loggedIn: true, identityId, ...account, ban: false }))),
    );
    const client = createBizKitHubClient({ apiKey: devKey });
    await client.login({ email: 'jana@example.com', password: 'x' });
    const session = await client.fetchSession();
    // `ban` is the account's own (AccountSummary shows a notice); the identityId never is.
    expect(session).toEqual({ status: 'signed-in', account: { ...account, ban: false } });
    expect(JSON.stringify(session)).not.toContain(identityId);
    expect(seen[0]?.url.searchParams.get('identityId')).toBe(identityId);
    expect(seen[0]?.url.searchParams.get('apiKey')).toBe(devKey);
  });

  test('signOut forgets the identity: the next fetchSession sends nothing', async () => {
    server.use(
      http.post(`${baseUrl}/api/v1/customer/login`, () => HttpResponse.json({ success: true, identityId })),
      http.get(infoUrl, record(() => HttpResponse.json({ loggedIn: true, identityId, ...account }))),
    );
    const client = createBizKitHubClient({ apiKey: devKey });
    await client.login({ email: 'jana@example.com', password: 'x' });
    await client.signOut();
    await expect(client.fetchSession()).resolves.toEqual({ status: 'signed-out' });
    expect(seen).toHaveLength(0);
  });

  test('an identity revoked by an operator is forgotten after account-info says so', async () => {
    server.use(
      http.post(`${baseUrl}/api/v1/customer/login`, () => HttpResponse.json({ success: true, identityId })),
      http.get(infoUrl, record(() => HttpResponse.json({ loggedIn: false }))),
    );
    const client = createBizKitHubClient({ apiKey: devKey });
    await client.login({ email: 'jana@example.com', password: 'x' });
    await expect(client.fetchSession()).resolves.toEqual({ status: 'signed-out' });
    await expect(client.fetchSession()).resolves.toEqual({ status: 'signed-out' });
    expect(seen).toHaveLength(1);
  });

  test('accountInfo takes its path from accountInfoPath and reads a platform failure as a typed error', async () => {
    server.use(
      http.get(`${baseUrl}/api/v1/customer/account-info`, () =>
        HttpResponse.json({ success: false, errorCode: 'PUBLIC_API_KEY_DOES_NOT_EXIST' }, { status: 404 }),
      ),
    );
    const client = createBizKitHubClient({ apiKey: devKey, accountInfoPath: '/api/v1/customer/account-info' });
    const error = await rejection(client.accountInfo({ identityId }));
    expect(error).toMatchObject({ kind: 'platform', code: 'PUBLIC_API_KEY_DOES_NOT_EXIST', endpoint: 'account-info' });
  });

  test('a malformed identity is signed out without being put into a URL', async () => {
    const client = createBizKitHubClient({ apiKey: devKey });
    await expect(client.accountInfo({ identityId: 'x; Path=/' })).resolves.toEqual({ status: 'signed-out' });
    expect(seen).toHaveLength(0);
  });

  test('a PROD key in a browser warns once that it is public and points to server mode', async () => {
    // A fresh page: the once-per-page memory of warnings starts empty, whatever ran before in this worker.
    vi.resetModules();
    const fresh = await import('../../src/client/index.js');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fresh.createBizKitHubClient({ apiKey: prodKey });
    fresh.createBizKitHubClient({ apiKey: prodKey });
    expect(warn).toHaveBeenCalledTimes(1);
    const text = String(warn.mock.calls[0]?.[0]);
    expect(text).toMatch(/public/);
    expect(text).toMatch(/magic-auth/);
    expect(text).toMatch(/serverUrl/);
    expect(text).not.toContain(prodKey);
  });
});
