// @vitest-environment node
// The account allow-list (src/core/account.ts) through every path a session takes to a page: the
// browser client in direct mode, the server handler's GET /session read by the browser client in
// server mode, the server's readSession, and auth() of the Next.js and React Router entries. Each
// must hand over exactly the allow-listed fields, whatever else BizKitHub's answer carries.
import { vi } from 'vitest';
import { createBizKitHubClient, type Account, type SessionState } from '../../src/index.js';
import { createNextAuth } from '../../src/nextjs/index.js';
import { createReactRouterAuth } from '../../src/react-router/index.js';
import { createBizKitHubHandler, readSession, type BizKitHubHandlerOptions } from '../../src/server/index.js';
import { nextScope } from '../nextjs/nextHeaders.js';
import { devKey } from '../support/keys.js';

vi.mock('next/headers', () => import('../nextjs/nextHeaders.js'));

const origin = 'https://shop.example';
const identityId = 'Q7b2XkP9mN4vR8sT1wY6zA3cE5gH0jLd';

/** Every field the allow-list lets through, each with a value of its shape. */
const account: Required<Account> = {
  cuRefNo: 'CU00000000000042',
  email: 'jana@example.com',
  firstName: 'Jana',
  lastName: 'Nováková',
  companyName: 'Nováková s.r.o.',
  phone: '+420 777123456',
  premium: true,
  ban: false,
  creditBalance: 120,
};

/** What account-info may carry besides: none of it may reach a page. */
const beyondTheList = {
  identityId,
  passwordHash: '$2b$10$abcdefghijklmnopqrstuv',
  internalNote: 'VIP, call before shipping',
  groups: ['staff'],
  features: { magicLink: true },
  apiKey: devKey,
};

/** BizKitHub as far as these paths ask it: login and account-info (flat, as BizKitHub lays it out). */
const upstream: typeof fetch = async (input) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.pathname.endsWith('/customer/login')) return Response.json({ success: true, identityId });
  if (url.pathname.endsWith('/get-account-info')) {
    const signedIn = url.searchParams.get('identityId') === identityId;
    return Response.json(signedIn ? { loggedIn: true, ...beyondTheList, ...account } : { loggedIn: false });
  }
  return Response.json({ success: false }, { status: 404 });
};

const options: BizKitHubHandlerOptions = { apiKey: devKey, fetch: upstream, origin };
const cookie = `__Host-auth-id=${identityId}`;

/** The account of a signed-in state, and nothing else beside the status. */
function expectAllowListed(state: SessionState) {
  expect(state).toStrictEqual({ status: 'signed-in', account });
  expect(JSON.stringify(state)).not.toContain(identityId);
}

test('the browser client in direct mode: fetchSession() and accountInfo()', async () => {
  const client = createBizKitHubClient({ apiKey: devKey, fetch: upstream });
  await client.login({ email: account.email, password: 'correct horse' });
  expectAllowListed(await client.fetchSession());
  expectAllowListed(await client.accountInfo({ identityId }));
});

test("the handler's GET /session on the wire, and the browser client in server mode reading it", async () => {
  const handler = createBizKitHubHandler(options);
  const response = await handler(new Request(`${origin}/api/auth/session`, { headers: { cookie } }));
  expect(await response.clone().json()).toStrictEqual({ loggedIn: true, account });
  const browser = createBizKitHubClient({
    serverUrl: `${origin}/api/auth`,
    fetch: (input, init) => handler(new Request(input, { ...init, headers: { cookie } })),
  });
  expectAllowListed(await browser.fetchSession());
});

test("the server's readSession", async () => {
  expectAllowListed(await readSession(cookie, options));
});

test('auth() of the Next.js entry', async () => {
  nextScope.request = new Headers({ cookie });
  expectAllowListed(await createNextAuth(options).auth());
});

test('auth(request) of the React Router entry', async () => {
  expectAllowListed(await createReactRouterAuth(options).auth(new Request(`${origin}/account`, { headers: { cookie } })));
});
