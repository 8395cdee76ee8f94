// @vitest-environment node
// The Next.js entry against the in-process emulator. Next's request scope (headers()) exists only
// inside a Next server, so it is stood in for here by a module mock that hands out one request's
// headers; examples/nextjs runs the same code under `next start` (scripts/check-nextjs.mjs).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { createNextAuth, isBizKitHubError, SignedIn, SignedOut, type NextAuthOptions } from '../../src/nextjs/index.js';
import { authUnavailableDigest, isAuthUnavailable } from '../../src/index.js';
import { devKey } from '../support/keys.js';
import { nextScope } from './nextHeaders.js';
import { hostileReturnTo } from '../support/hostileReturnTo.js';

vi.mock('next/headers', () => import('./nextHeaders.js'));

const origin = 'https://shop.example';
const api = createMockBizKitHub({ accounts: [{ email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' }] });

function nextAuth(options: Partial<NextAuthOptions> = {}) {
  return createNextAuth({ apiKey: devKey, fetch: api.fetch, origin, protect: ['/account/:path*'], ...options });
}

/** Signs Jana in through the route handler and returns the session cookie as a browser would send it. */
async function signIn(auth = nextAuth()): Promise<string> {
  const response = await auth.POST(
    new Request(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ email: 'jana@example.com', password: 'correct horse' }),
    }),
  );
  expect(response.status).toBe(200);
  const [cookie = ''] = response.headers.getSetCookie();
  return cookie.split(';')[0] ?? '';
}

/** What `redirect()` of next/navigation threw: the target, or a failure when it did not redirect. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => expect.fail('expected a redirect'),
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: string }).digest ?? '';
  expect(digest).toMatch(/^NEXT_REDIRECT;/);
  return digest.split(';')[2] ?? '';
}

beforeEach(() => {
  nextScope.request = new Headers();
});
afterEach(() => api.reset());

describe('createNextAuth: auth()', () => {
  test('reads the cookie of the request: signed out without one, signed in with the account after login', async () => {
    const auth = nextAuth();
    expect(await auth.auth()).toEqual({ status: 'signed-out' });
    nextScope.request = new Headers({ cookie: await signIn(auth) });
    const state = await auth.auth();
    expect(state).toMatchObject({ status: 'signed-in', account: { email: 'jana@example.com', firstName: 'Jana' } });
    expect(JSON.stringify(state)).not.toMatch(/identityId/);
  });

  test.each([
    ['a network failure', { networkError: true }],
    ['a timeout', { delayMs: 1_000 }],
    ['an HTML 503 page', { nonJson: 503 }],
  ] as const)('never throws on an outage (%s): { status: "unavailable" }, told to onSessionError', async (_, outcome) => {
    const onSessionError = vi.fn();
    const auth = nextAuth({ timeoutMs: 100, onSessionError });
    nextScope.request = new Headers({ cookie: await signIn(auth) });
    api.forceNext('account-info', outcome);
    expect(await auth.auth()).toEqual({ status: 'unavailable' });
    expect(onSessionError).toHaveBeenCalledTimes(1);
    expect(isBizKitHubError(onSessionError.mock.calls[0]?.[0])).toBe(true);
  });

  test("Next's own rejection of a pending fetch (a prerender that ended) is rethrown for Next, not reported as an outage", async () => {
    const onSessionError = vi.fn();
    const ended = Object.assign(new Error('During prerendering, fetch() rejects when the prerender is complete.'), { digest: 'HANGING_PROMISE_REJECTION' });
    const auth = createNextAuth({ apiKey: devKey, origin, onSessionError, fetch: () => Promise.reject(ended) });
    nextScope.request = new Headers({ cookie: '__Host-auth-id=abcdefghijklmnopqrstuvwxyz012345' });
    await expect(auth.auth()).rejects.toBe(ended);
    expect(onSessionError).not.toHaveBeenCalled();
    // A real network failure still reads as an outage.
    const down = createNextAuth({ apiKey: devKey, origin, onSessionError, fetch: () => Promise.reject(new TypeError('fetch failed')) });
    expect(await down.auth()).toEqual({ status: 'unavailable' });
    expect(onSessionError).toHaveBeenCalledTimes(1);
  });

  test('a wrong key is the developer\'s error, thrown on first use, not an outage; creating it needs no key (next build)', async () => {
    const auth = createNextAuth({ apiKey: '', fetch: api.fetch });
    await expect(auth.auth()).rejects.toThrow(/apiKey/);
  });
});

describe('createNextAuth: requireAuth()', () => {
  test('signed in: returns the account', async () => {
    const auth = nextAuth();
    nextScope.request = new Headers({ cookie: await signIn(auth) });
    expect(await auth.requireAuth()).toMatchObject({ email: 'jana@example.com' });
  });

  test('signed out: redirects to sign-in with the path and query proxy passed on', async () => {
    // A page that proxy does not guard: requireAuth alone is the check.
    const auth = nextAuth({ protect: [] });
    const passed = await auth.proxy(new Request(`${origin}/account/orders?x=1`, { headers: { cookie: 'other=1' } }));
    // Next hands the page the request headers proxy set (x-middleware-request-*).
    nextScope.request = new Headers({ 'x-bizkithub-path': passed.headers.get('x-middleware-request-x-bizkithub-path') ?? '' });
    expect(await redirectOf(auth.requireAuth())).toBe('/sign-in?returnTo=%2Faccount%2Forders%3Fx%3D1');
  });

  test('signed out: an explicit returnTo, and loginPath', async () => {
    const auth = nextAuth({ loginPath: '/login' });
    expect(await redirectOf(auth.requireAuth({ returnTo: '/account/orders' }))).toBe('/login?returnTo=%2Faccount%2Forders');
    expect(await redirectOf(auth.requireAuth())).toBe('/login');
  });

  test.each(hostileReturnTo)('signed out with a hostile returnTo %j: sign-in returns to "/"', async (value) => {
    const auth = nextAuth();
    expect(await redirectOf(auth.requireAuth({ returnTo: value }))).toBe('/sign-in');
    // The same in the request header, where a header can hold it at all (no control characters).
    if (/^[\x20-\x7e]*$/.test(value)) {
      nextScope.request = new Headers({ 'x-bizkithub-path': value });
      expect(await redirectOf(auth.requireAuth())).toBe('/sign-in');
    }
  });

  test('unavailable: throws a BizKitHubError of kind "unavailable", never a redirect to sign-in (no loop)', async () => {
    const auth = nextAuth();
    nextScope.request = new Headers({ cookie: await signIn(auth) });
    api.forceNext('account-info', { networkError: true });
    const error = await auth.requireAuth().catch((thrown: unknown) => thrown);
    expect(isBizKitHubError(error) && error.kind).toBe('unavailable');
    // The digest Next keeps when it replaces the error in production, and error.tsx's helper reads.
    expect((error as { digest?: string }).digest).toBe(authUnavailableDigest);
    expect(isAuthUnavailable(error)).toBe(true);
  });
});

describe('createNextAuth: proxy()', () => {
  test('a protected path without the session cookie redirects (307) to sign-in with returnTo; asks nothing upstream', async () => {
    const auth = nextAuth();
    const response = await auth.proxy(new Request(`${origin}/account/orders?x=1&_rsc=abc`));
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(`${origin}/sign-in?returnTo=%2Faccount%2Forders%3Fx%3D1`);
    expect(api.requests).toHaveLength(0);
  });

  test.each(['/account', '/account/', '/account/orders/42'])('%s is protected by "/account/:path*"', async (path) => {
    const response = await nextAuth().proxy(new Request(`${origin}${path}`));
    expect(response.status).toBe(307);
  });

  test.each(['/', '/accounts', '/sign-in', '/products/account'])('%s is not protected: passed on, with its path for requireAuth', async (path) => {
    const response = await nextAuth().proxy(new Request(`${origin}${path}?q=1`, { headers: { 'x-bizkithub-path': '//evil.example' } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-middleware-next')).toBe('1');
    expect(response.headers.get('x-middleware-request-x-bizkithub-path')).toBe(`${path}?q=1`);
  });

  test('with the session cookie the request passes (the page\'s requireAuth is the real check)', async () => {
    const auth = nextAuth();
    const cookie = await signIn(auth);
    const response = await auth.proxy(new Request(`${origin}/account`, { headers: { cookie } }));
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  test('the sign-in page itself is never redirected, even when protect covers everything (no loop)', async () => {
    const response = await nextAuth({ protect: '/:path*' }).proxy(new Request(`${origin}/sign-in?returnTo=%2Fx`));
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  test('refuses options that are not paths', () => {
    expect(() => nextAuth({ loginPath: 'https://evil.example/sign-in' })).toThrow(/loginPath/);
    expect(() => nextAuth({ loginPath: '//evil.example' })).toThrow(/loginPath/);
    expect(() => nextAuth({ protect: ['account'] })).toThrow(/protect/);
  });
});

describe('Server Components SignedIn and SignedOut', () => {
  test('render for the state auth() reads; a render function gets the account', async () => {
    const auth = nextAuth();
    expect(await SignedIn({ children: 'in' })).toBeNull();
    expect(await SignedOut({ children: 'out' })).toBe('out');
    nextScope.request = new Headers({ cookie: await signIn(auth) });
    expect(await SignedIn({ children: (account) => `Hello, ${account.firstName}` })).toBe('Hello, Jana');
    expect(await auth.SignedOut({ children: 'out' })).toBeNull();
  });

  test('during an outage neither renders', async () => {
    const auth = nextAuth();
    nextScope.request = new Headers({ cookie: await signIn(auth) });
    api.forceNext('account-info', { networkError: true });
    api.forceNext('account-info', { networkError: true });
    expect(await auth.SignedIn({ children: 'in' })).toBeNull();
    expect(await auth.SignedOut({ children: 'out' })).toBeNull();
  });
});
