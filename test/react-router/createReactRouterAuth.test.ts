// @vitest-environment node
// The React Router entry against the in-process emulator, inside React Router's own request handling
// (createStaticHandler, the engine of framework mode's server): loaders, middleware, thrown redirects
// and route error responses as an app's routes get them. examples/react-router runs the same code
// under `react-router-serve` (scripts/check-react-router.mjs).
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  createStaticHandler,
  isRouteErrorResponse,
  RouterContextProvider,
  type RouteObject,
  type StaticHandlerContext,
} from 'react-router';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { createReactRouterAuth, isBizKitHubError, type ReactRouterAuthOptions } from '../../src/react-router/index.js';
import { devKey } from '../support/keys.js';
import { hostileReturnTo } from '../support/hostileReturnTo.js';

const origin = 'https://shop.example';
const api = createMockBizKitHub({ accounts: [{ email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' }] });
const accountInfoCalls = () => api.requests.filter((request) => request.endpoint === 'account-info').length;

function reactRouterAuth(options: Partial<ReactRouterAuthOptions> = {}) {
  return createReactRouterAuth({ apiKey: devKey, fetch: api.fetch, origin, ...options });
}

/** Signs Jana in through the resource route's action and returns the session cookie as a browser sends it. */
async function signIn(auth = reactRouterAuth()): Promise<string> {
  const request = new Request(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ email: 'jana@example.com', password: 'correct horse' }),
  });
  const response = await auth.action({ request });
  expect(response.status).toBe(200);
  const [cookie = ''] = response.headers.getSetCookie();
  return cookie.split(';')[0] ?? '';
}

/**
 * A shop's route tree: the root loader returns auth(request); /account guards its children with the
 * middleware and its loader with requireAuth; /account/orders asks auth() again.
 */
function shopRoutes(auth: ReturnType<typeof reactRouterAuth>, { middleware = false } = {}): RouteObject[] {
  return [
    {
      id: 'root',
      path: '/',
      // As a route module with an ErrorBoundary export.
      hasErrorBoundary: true,
      loader: ({ request }) => auth.auth(request),
      children: [
        { id: 'home', index: true, loader: () => null },
        { id: 'sign-in', path: 'sign-in', loader: () => null },
        {
          id: 'account',
          path: 'account',
          hasErrorBoundary: true,
          ...(middleware ? { middleware: [auth.requireAuthMiddleware] } : {}),
          loader: ({ request }) => auth.requireAuth(request),
          children: [{ id: 'orders', path: 'orders', loader: async ({ request }) => (await auth.auth(request)).status }],
        },
      ],
    },
  ];
}

/** A document request through React Router, as framework mode's server makes it (middleware included). */
async function render(routes: RouteObject[], url: string, cookie?: string): Promise<StaticHandlerContext | Response> {
  const request = new Request(`${origin}${url}`, { headers: cookie ? { cookie } : {} });
  const handler = createStaticHandler(routes);
  let context: StaticHandlerContext | undefined;
  const response = await handler.query(request, {
    requestContext: new RouterContextProvider(),
    generateMiddlewareResponse: async (query) => {
      const result = await query(request);
      if (result instanceof Response) return result;
      context = result;
      return new Response(null, { status: result.statusCode });
    },
  });
  return context ?? response;
}

function redirectOf(result: StaticHandlerContext | Response): string {
  expect(result).toBeInstanceOf(Response);
  const response = result as Response;
  expect(response.status).toBe(302);
  return response.headers.get('location') ?? '';
}

afterEach(() => api.reset());

describe('createReactRouterAuth: the resource route', () => {
  test('loader and action are the handler: a session read after a sign-in, a refused cross-origin POST', async () => {
    const auth = reactRouterAuth();
    const cookie = await signIn(auth);
    const session = await auth.loader({ request: new Request(`${origin}/api/auth/session`, { headers: { cookie } }) });
    expect(await session.json()).toMatchObject({ loggedIn: true, account: { email: 'jana@example.com' } });
    const evil = await auth.action({
      request: new Request(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'https://evil.test' },
        body: JSON.stringify({ email: 'jana@example.com', password: 'correct horse' }),
      }),
    });
    expect(evil.status).toBe(403);
    expect(evil.headers.getSetCookie()).toEqual([]);
  });
});

describe('createReactRouterAuth: auth(request)', () => {
  test('reads the cookie of the request: signed out without one (nothing asked), signed in with the account after login', async () => {
    const auth = reactRouterAuth();
    expect(await auth.auth(new Request(`${origin}/`))).toEqual({ status: 'signed-out' });
    expect(accountInfoCalls()).toBe(0);
    const state = await auth.auth(new Request(`${origin}/`, { headers: { cookie: await signIn(auth) } }));
    expect(state).toMatchObject({ status: 'signed-in', account: { email: 'jana@example.com', firstName: 'Jana' } });
    expect(JSON.stringify(state)).not.toMatch(/identityId/);
  });

  test.each([
    ['a network failure', { networkError: true }],
    ['a timeout', { delayMs: 1_000 }],
    ['an HTML 503 page', { nonJson: 503 }],
  ] as const)('never throws on an outage (%s): { status: "unavailable" }, told to onSessionError', async (_, outcome) => {
    const onSessionError = vi.fn();
    const auth = reactRouterAuth({ timeoutMs: 100, onSessionError });
    const cookie = await signIn(auth);
    api.forceNext('account-info', outcome);
    expect(await auth.auth(new Request(`${origin}/`, { headers: { cookie } }))).toEqual({ status: 'unavailable' });
    expect(onSessionError).toHaveBeenCalledTimes(1);
    expect(isBizKitHubError(onSessionError.mock.calls[0]?.[0])).toBe(true);
  });

  test("a wrong key is the developer's error, thrown on first use, not an outage; creating it needs no key (react-router build)", async () => {
    const auth = createReactRouterAuth({ apiKey: '', fetch: api.fetch });
    await expect(auth.auth(new Request(`${origin}/`, { headers: { cookie: 'auth-id=x' } }))).rejects.toThrow(/apiKey/);
  });

  test('one account-info call per page request, however many loaders and middleware ask', async () => {
    const auth = reactRouterAuth();
    const cookie = await signIn(auth);
    const result = await render(shopRoutes(auth, { middleware: true }), '/account/orders', cookie);
    expect(result).not.toBeInstanceOf(Response);
    const { loaderData } = result as StaticHandlerContext;
    // The root, the middleware, /account's requireAuth and /account/orders' auth: one call.
    expect(loaderData).toMatchObject({ root: { status: 'signed-in' }, account: { email: 'jana@example.com' }, orders: 'signed-in' });
    expect(accountInfoCalls()).toBe(1);
    // The same request object asked again later: still that one answer.
    const request = new Request(`${origin}/`, { headers: { cookie } });
    await auth.auth(request);
    await auth.auth(request);
    expect(accountInfoCalls()).toBe(2);
  });

  test("without future.v8_passThroughRequests each loader gets its own copy of the request: the copies share one call", async () => {
    const auth = reactRouterAuth();
    const cookie = await signIn(auth);
    const request = new Request(`${origin}/account/orders.data?_routes=root`, { headers: { cookie } });
    // What framework mode's server does before each loader (stripIndexParam, stripRoutesParam).
    const copy = () => new Request(request.url.replace('_routes=root', ''), { headers: request.headers, signal: request.signal });
    const states = await Promise.all([auth.auth(copy()), auth.auth(copy()), auth.auth(copy())]);
    expect(states.map((state) => state.status)).toEqual(['signed-in', 'signed-in', 'signed-in']);
    expect(accountInfoCalls()).toBe(1);
  });

  test('the next request asks again: a session revoked in between is seen at once', async () => {
    const auth = reactRouterAuth();
    const cookie = await signIn(auth);
    expect((await auth.auth(new Request(`${origin}/`, { headers: { cookie } }))).status).toBe('signed-in');
    api.reset(); // the emulator forgets every session, as an operator's "sign out everywhere" would
    expect((await auth.auth(new Request(`${origin}/`, { headers: { cookie } }))).status).toBe('signed-out');
  });
});

describe('createReactRouterAuth: requireAuth(request)', () => {
  test('signed in: the loader gets the account', async () => {
    const auth = reactRouterAuth();
    const result = await render(shopRoutes(auth), '/account', await signIn(auth));
    expect((result as StaticHandlerContext).loaderData.account).toMatchObject({ email: 'jana@example.com' });
  });

  test('signed out: a redirect to sign-in with the path and query of the request', async () => {
    const auth = reactRouterAuth();
    expect(redirectOf(await render(shopRoutes(auth), '/account?tab=orders&x=1'))).toBe('/sign-in?returnTo=%2Faccount%3Ftab%3Dorders%26x%3D1');
    expect(accountInfoCalls()).toBe(0);
  });

  test("signed out on a client navigation: the data request's .data suffix and _routes are no part of returnTo", async () => {
    const auth = reactRouterAuth();
    const thrown = await auth.requireAuth(new Request(`${origin}/account/orders.data?x=1&_routes=root%2Caccount`)).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get('location')).toBe('/sign-in?returnTo=%2Faccount%2Forders%3Fx%3D1');
    const root = await auth.requireAuth(new Request(`${origin}/_root.data?index`)).catch((error: unknown) => error);
    expect((root as Response).headers.get('location')).toBe('/sign-in');
  });

  test.each([
    ['/_.data?x=1', '/sign-in?returnTo=%2F%3Fx%3D1'],
    ['/orders/_.data?x=1&_routes=root', '/sign-in?returnTo=%2Forders%2F%3Fx%3D1'],
    ['/shop/_root.data?x=1', '/sign-in?returnTo=%2Fshop%3Fx%3D1'],
    ['/orders.data?index=&x=1', '/sign-in?returnTo=%2Forders%3Fx%3D1'],
  ])('signed out on the data request %s (trailing-slash-aware, basename, index): returnTo is the page', async (path, location) => {
    const thrown = await reactRouterAuth().requireAuth(new Request(`${origin}${path}`)).catch((error: unknown) => error);
    expect((thrown as Response).headers.get('location')).toBe(location);
  });

  test('signed out: an explicit returnTo, and loginPath', async () => {
    const auth = reactRouterAuth({ loginPath: '/login' });
    const thrown = await auth.requireAuth(new Request(`${origin}/account`), { returnTo: '/account/orders' }).catch((error: unknown) => error);
    expect((thrown as Response).headers.get('location')).toBe('/login?returnTo=%2Faccount%2Forders');
  });

  test.each(hostileReturnTo)('signed out with a hostile returnTo %j: sign-in returns to "/"', async (value) => {
    const auth = reactRouterAuth();
    const thrown = await auth.requireAuth(new Request(`${origin}/account`), { returnTo: value }).catch((error: unknown) => error);
    expect((thrown as Response).status).toBe(302);
    expect((thrown as Response).headers.get('location')).toBe('/sign-in');
  });

  test.each(['//evil.test/x', '/\\evil.test', '/%2F%2Fevil.test'])('signed out on a request for %s: sign-in never returns off the shop', async (path) => {
    const auth = reactRouterAuth();
    // Built by hand: new URL() would fold some of these into another path, a raw HTTP request line does not.
    const request = new Request(`${origin}/`);
    Object.defineProperty(request, 'url', { value: `${origin}${path}` });
    const thrown = await auth.requireAuth(request).catch((error: unknown) => error);
    const location = (thrown as Response).headers.get('location') ?? '';
    const returnTo = new URL(location, origin).searchParams.get('returnTo');
    expect(returnTo === null || (returnTo.startsWith('/') && !returnTo.startsWith('//') && !returnTo.includes('\\'))).toBe(true);
    expect(new URL(returnTo ?? '/', origin).origin).toBe(origin);
  });

  test('unavailable: a 503 route error response that an ErrorBoundary can tell apart, never a redirect (no loop)', async () => {
    const auth = reactRouterAuth();
    const cookie = await signIn(auth);
    api.forceNext('account-info', { networkError: true });
    const result = await render(shopRoutes(auth), '/account', cookie);
    expect(result).not.toBeInstanceOf(Response);
    const { errors, statusCode, loaderData } = result as StaticHandlerContext;
    const error = errors?.account;
    expect(isRouteErrorResponse(error)).toBe(true);
    expect(statusCode).toBe(503);
    // The contract isAuthUnavailable(error) reads: status 503, data.reason 'upstream-unavailable'.
    expect(isRouteErrorResponse(error) && { status: error.status, data: error.data }).toEqual({
      status: 503,
      data: { success: false, reason: 'upstream-unavailable' },
    });
    // The root still rendered, knowing the session is unknown: the header can say so.
    expect(loaderData.root).toEqual({ status: 'unavailable' });
  });

  test('refuses a loginPath that is not a path on this site', () => {
    expect(() => reactRouterAuth({ loginPath: 'https://evil.example/sign-in' })).toThrow(/loginPath/);
    expect(() => reactRouterAuth({ loginPath: '//evil.example' })).toThrow(/loginPath/);
    expect(() => reactRouterAuth({ loginPath: '/sign-in?x=1' })).toThrow(/loginPath/);
  });
});

describe('createReactRouterAuth: requireAuthMiddleware', () => {
  test('signed out: the layout route redirects before any child loader runs', async () => {
    const auth = reactRouterAuth();
    const childLoader = vi.fn(() => null);
    const routes = shopRoutes(auth, { middleware: true });
    const account = routes[0]?.children?.find((route) => route.id === 'account');
    if (account) account.children = [{ id: 'orders', path: 'orders', loader: childLoader }];
    expect(redirectOf(await render(routes, '/account/orders?x=1'))).toBe('/sign-in?returnTo=%2Faccount%2Forders%3Fx%3D1');
    expect(childLoader).not.toHaveBeenCalled();
  });

  test('signed in: the children render; unavailable: a 503 route error response, not a redirect', async () => {
    const auth = reactRouterAuth();
    const cookie = await signIn(auth);
    const signedIn = (await render(shopRoutes(auth, { middleware: true }), '/account/orders', cookie)) as StaticHandlerContext;
    expect(signedIn.loaderData.orders).toBe('signed-in');
    api.forceNext('account-info', { networkError: true });
    const result = await render(shopRoutes(auth, { middleware: true }), '/account/orders', cookie);
    expect(result).not.toBeInstanceOf(Response);
    const error = Object.values((result as StaticHandlerContext).errors ?? {})[0];
    expect(isRouteErrorResponse(error) && error.status).toBe(503);
  });
});
