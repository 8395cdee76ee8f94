// @vitest-environment node
import { createBizKitHubHandler, readSession, isBizKitHubError, type BizKitHubHandlerOptions } from '../../src/server/index.js';
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

describe('readSession', () => {
  it('gives a loader the account GET /session gives the browser, as a SessionState, from a Request', async () => {
    const cookie = await signedInCookie();
    const page = new Request(`${shopOrigin}/account`, { headers: { cookie: `theme=dark; ${cookie}` } });
    const session = await readSession(page, options);
    const route = await handler(browserRequest('/session', { headers: { cookie } }));
    expect(await route.json()).toEqual({ loggedIn: true, account: session.account });
    expect(session).toMatchObject({ status: 'signed-in', account: { email: verified.email, firstName: 'Jana' } });
    expect(JSON.stringify(session)).not.toContain(cookie.split('=')[1]);
  });

  it('reads a Cookie header string and a Headers object (Next.js headers())', async () => {
    const cookie = await signedInCookie();
    expect(await readSession(cookie, options)).toMatchObject({ status: 'signed-in' });
    expect(await readSession(new Headers({ cookie }), options)).toMatchObject({ status: 'signed-in' });
  });

  it("reads Next.js 16's headers(), whose object also has a `headers` field without get()", async () => {
    const cookie = await signedInCookie();
    // The shape of Next's ReadonlyHeaders: a Headers-like get() beside a plain `headers` record.
    const nextHeaders = { headers: { cookie }, get: (name: string) => (name.toLowerCase() === 'cookie' ? cookie : null) };
    expect(await readSession(nextHeaders, options)).toMatchObject({ status: 'signed-in', account: { email: verified.email } });
  });

  it('is signed out with no cookie, another cookie name, or a revoked session', async () => {
    expect(await readSession(null, options)).toEqual({ status: 'signed-out' });
    expect(await readSession(undefined, options)).toEqual({ status: 'signed-out' });
    expect(await readSession('', options)).toEqual({ status: 'signed-out' });
    const cookie = await signedInCookie();
    expect(await readSession(cookie.replace('sid=', 'auth-id='), options)).toEqual({ status: 'signed-out' });
    api.revokeSessions(verified.email);
    expect(await readSession(cookie, options)).toEqual({ status: 'signed-out' });
  });

  it('reads a cookie sent twice (one tossed in by a sibling subdomain) as signed out', async () => {
    const cookie = await signedInCookie();
    expect(await readSession(cookie, options)).toMatchObject({ status: 'signed-in' });
    expect(await readSession(`sid=garbage; ${cookie}`, options)).toEqual({ status: 'signed-out' });
    expect(await readSession(`${cookie}; ${cookie.replace(/=.*/, '=' + 'B'.repeat(32))}`, options)).toEqual({ status: 'signed-out' });
  });

  it("is 'unavailable' when account-info cannot be asked, never signed out, and onSessionError hears why", async () => {
    const cookie = await signedInCookie();
    api.forceNext('account-info', { networkError: true });
    const heard: unknown[] = [];
    expect(await readSession(cookie, options, { onSessionError: (error) => heard.push(error) })).toEqual({ status: 'unavailable' });
    expect(heard).toHaveLength(1);
    const [error] = heard;
    expect(isBizKitHubError(error) && error.kind).toBe('network');
    expect(String(error)).not.toContain(cookie.split('=')[1]);
    // Without a listener it says the same, and the next ask is answered again.
    api.forceNext('account-info', { networkError: true });
    expect(await readSession(cookie, options)).toEqual({ status: 'unavailable' });
    expect(await readSession(cookie, options)).toMatchObject({ status: 'signed-in' });
  });

  it('throws a configuration error (it is no outage): a malformed key', async () => {
    await expect(readSession('sid=x', { apiKey: 'not-a-key' })).rejects.toThrow(/key/i);
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
    expect(await readSession(`__Host-auth-id=${'A'.repeat(32)}`, elsewhere)).toEqual({ status: 'signed-out' });
    const url = new URL(asked[0] ?? '');
    expect(url.origin + url.pathname).toBe('https://other.bizkithub.test/api/v1/contact/account-info');
    expect(url.searchParams.get('identityId')).toBe('A'.repeat(32));
    expect(url.searchParams.get('apiKey')).toBe(devKey);
  });
});
