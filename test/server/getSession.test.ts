// @vitest-environment node
import { createBizKitHubHandler, getSession, isBizKitHubError, type BizKitHubHandlerOptions } from '../../src/server/index.js';
import { devKey } from '../support/keys.js';
import { browserRequest, cookiePair, forbidConsoleInEveryTest, shopOrigin, startUpstream, verified } from './support.js';

const api = startUpstream();
const options: BizKitHubHandlerOptions = { apiKey: devKey, cookie: { name: 'sid' } };
const handler = createBizKitHubHandler(options);

forbidConsoleInEveryTest();

async function signedInCookie(): Promise<string> {
  const response = await handler(browserRequest('/login', { body: { email: verified.email, password: verified.password } }));
  return cookiePair(response);
}

describe('getSession', () => {
  it('gives a Server Component the same answer as GET /session, from a Request', async () => {
    const cookie = await signedInCookie();
    const page = new Request(`${shopOrigin}/account`, { headers: { cookie: `theme=dark; ${cookie}` } });
    const session = await getSession(page, options);
    const route = await handler(browserRequest('/session', { headers: { cookie } }));
    expect(session).toEqual(await route.json());
    expect(session).toMatchObject({ loggedIn: true, account: { email: verified.email, firstName: 'Jana' } });
    expect(JSON.stringify(session)).not.toContain(cookie.split('=')[1]);
  });

  it('reads a Cookie header string and a Headers object (Next.js headers())', async () => {
    const cookie = await signedInCookie();
    expect(await getSession(cookie, options)).toMatchObject({ loggedIn: true });
    expect(await getSession(new Headers({ cookie }), options)).toMatchObject({ loggedIn: true });
  });

  it("reads Next.js 16's headers(), whose object also has a `headers` field without get()", async () => {
    const cookie = await signedInCookie();
    // The shape of Next's ReadonlyHeaders: a Headers-like get() beside a plain `headers` record.
    const nextHeaders = { headers: { cookie }, get: (name: string) => (name.toLowerCase() === 'cookie' ? cookie : null) };
    expect(await getSession(nextHeaders, options)).toMatchObject({ loggedIn: true, account: { email: verified.email } });
  });

  it('is signed out with no cookie, another cookie name, or a revoked session', async () => {
    expect(await getSession(null, options)).toEqual({ loggedIn: false });
    expect(await getSession(undefined, options)).toEqual({ loggedIn: false });
    expect(await getSession('', options)).toEqual({ loggedIn: false });
    const cookie = await signedInCookie();
    expect(await getSession(cookie.replace('sid=', 'auth-id='), options)).toEqual({ loggedIn: false });
    api.revokeSessions(verified.email);
    expect(await getSession(cookie, options)).toEqual({ loggedIn: false });
  });

  it('reads a cookie sent twice (one tossed in by a sibling subdomain) as signed out', async () => {
    const cookie = await signedInCookie();
    expect(await getSession(cookie, options)).toMatchObject({ loggedIn: true });
    expect(await getSession(`sid=garbage; ${cookie}`, options)).toEqual({ loggedIn: false });
    expect(await getSession(`${cookie}; ${cookie.replace(/=.*/, '=' + 'B'.repeat(32))}`, options)).toEqual({ loggedIn: false });
  });

  it('rejects with a BizKitHubError when account-info cannot be asked, so the page can decide', async () => {
    const cookie = await signedInCookie();
    api.forceNext('account-info', { networkError: true });
    const error: unknown = await getSession(cookie, options).catch((caught: unknown) => caught);
    expect(isBizKitHubError(error) && error.kind).toBe('network');
    expect(String(error)).not.toContain(cookie.split('=')[1]);
  });

  it('asks account-info at accountInfoPath on baseUrl, with the key', async () => {
    const asked: string[] = [];
    const elsewhere: BizKitHubHandlerOptions = {
      apiKey: devKey,
      baseUrl: 'https://other.bizkithub.test/',
      accountInfoPath: '/api/v1/contact/account-info',
      fetch: async (input) => {
        asked.push(String(input instanceof Request ? input.url : input));
        return Response.json({ loggedIn: false });
      },
    };
    expect(await getSession(`__Host-auth-id=${'A'.repeat(32)}`, elsewhere)).toEqual({ loggedIn: false });
    const url = new URL(asked[0] ?? '');
    expect(url.origin + url.pathname).toBe('https://other.bizkithub.test/api/v1/contact/account-info');
    expect(url.searchParams.get('identityId')).toBe('A'.repeat(32));
    expect(url.searchParams.get('apiKey')).toBe(devKey);
  });
});
