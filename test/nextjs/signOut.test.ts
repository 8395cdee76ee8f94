// @vitest-environment node
// signOut() of createNextAuth, as a server action runs it: Next's cookie store of the action's response
// (its own ResponseCookies, which writes the Set-Cookie header) stands in for cookies(); redirect() is
// Next's own. The whole round in a browser, through a <form action> of the example, is in
// scripts/check-nextjs.mjs.
import { ResponseCookies } from 'next/dist/compiled/@edge-runtime/cookies/index.js';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createNextAuth, type NextAuthOptions } from '../../src/nextjs/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { hostileReturnTo } from '../support/hostileReturnTo.js';
import { devKey } from '../support/keys.js';
import { nextScope } from './nextHeaders.js';

vi.mock('next/headers', () => import('./nextHeaders.js'));
const action = nextScope;

const origin = 'https://shop.example';
const api = createMockBizKitHub({ accounts: [{ email: 'jana@example.com', password: 'correct horse' }] });

function nextAuth(options: Partial<NextAuthOptions> = {}) {
  return createNextAuth({ apiKey: devKey, fetch: api.fetch, origin, ...options });
}

async function signIn(auth: ReturnType<typeof nextAuth>): Promise<string> {
  const response = await auth.POST(
    new Request(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ email: 'jana@example.com', password: 'correct horse' }),
    }),
  );
  return (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
}

/** Runs the action; returns where Next was told to redirect (the action always does). */
async function runSignOut(auth: ReturnType<typeof nextAuth>, redirectTo?: string): Promise<string> {
  const thrown = await auth.signOut(redirectTo === undefined ? undefined : { redirectTo }).catch((error: unknown) => error);
  const digest = (thrown as { digest?: string }).digest ?? '';
  expect(digest).toMatch(/^NEXT_REDIRECT;/);
  return digest.split(';')[2] ?? '';
}

/** The attributes of a Set-Cookie line, name and value aside, sorted and in one case. */
function attributesOf(setCookie: string): string[] {
  return setCookie
    .split(';')
    .slice(1)
    .map((part) => part.trim().toLowerCase())
    .filter((part) => !part.startsWith('expires='))
    .sort();
}

beforeEach(() => {
  action.request = new Headers();
  action.response = new Headers();
});
afterEach(() => api.reset());

test('forgets the session cookie exactly as the handler does, and redirects to the given path, where nobody is signed in', async () => {
  const auth = nextAuth({ cookie: { path: '/', domain: 'shop.example', sameSite: 'strict' } });
  action.request = new Headers({ cookie: await signIn(auth) });
  expect(await auth.auth()).toMatchObject({ status: 'signed-in' });

  expect(await runSignOut(auth, '/goodbye?x=1')).toBe('/goodbye?x=1');
  const [cleared, ...more] = action.response.getSetCookie();
  expect(more).toEqual([]);
  // The same cookie the handler's POST /sign-out forgets: same name, path, domain, flags.
  const handlers = await auth.POST(new Request(`${origin}/api/auth/sign-out`, { method: 'POST', headers: { Origin: origin } }));
  const [handlerCleared = ''] = handlers.headers.getSetCookie();
  expect(cleared?.split('=')[0]).toBe(handlerCleared.split('=')[0]);
  expect(cleared).toMatch(/^[^=]+=;/);
  expect(attributesOf(cleared ?? '')).toEqual(attributesOf(handlerCleared));

  // The redirected render sees what the browser sends after storing that Set-Cookie: no session.
  action.request = new Headers();
  const fresh = nextAuth();
  expect(await fresh.auth()).toEqual({ status: 'signed-out' });
});

test('the default cookie of a https shop (__Host-auth-id) is cleared with the attributes its prefix requires', async () => {
  const auth = nextAuth();
  await runSignOut(auth);
  const [cleared = ''] = action.response.getSetCookie();
  expect(cleared).toMatch(/^__Host-auth-id=;/);
  expect(attributesOf(cleared)).toEqual(expect.arrayContaining(['path=/', 'secure', 'httponly', 'max-age=0']));
  expect(cleared).not.toMatch(/domain=/i);
});

test('without redirectTo it goes to "/"', async () => {
  expect(await runSignOut(nextAuth())).toBe('/');
});

test.each(hostileReturnTo)('a hostile redirectTo %j lands on "/"', async (value) => {
  expect(await runSignOut(nextAuth(), value)).toBe('/');
});

test('Next refuses to set cookies outside a server action or route handler: the error reaches the caller', async () => {
  const auth = nextAuth();
  const readOnly = new ResponseCookies(new Headers());
  vi.spyOn(readOnly, 'set').mockImplementation(() => {
    throw new Error('Cookies can only be modified in a Server Action or Route Handler.');
  });
  const headers = await import('next/headers');
  vi.spyOn(headers, 'cookies').mockResolvedValueOnce(readOnly as never);
  await expect(auth.signOut()).rejects.toThrow(/Server Action/);
});
