import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBizKitHubClient, isBizKitHubError } from '../../src/client/index.js';
import { createMockBizKitHub, serverModeApiKey } from '../../src/testing/index.js';

// jsdom: the page is http://localhost:3000, and server mode is reached at the relative '/api/auth'.
let clock = Date.UTC(2026, 0, 15, 9, 0, 0);
const jana = { email: 'jana@example.com', password: 'correct horse', firstName: 'Jana', lastName: 'Nováková' };
const api = createMockBizKitHub({ now: () => clock, accounts: [jana] });
// onUnhandledRequest 'error': nothing may reach api.bizkithub.com, the handler talks to the emulator in-process.
const server = setupServer(...api.serverModeHandlers());
const browser = createBizKitHubClient({ serverUrl: '/api/auth' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  clock = Date.UTC(2026, 0, 15, 9, 0, 0);
  api.reset();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('api.serverModeHandlers', () => {
  it('signs in through the real handler: the session comes back from the cookie jar, never through document.cookie', async () => {
    expect(await browser.fetchSession()).toEqual({ status: 'signed-out' });
    const result = await browser.login({ email: jana.email, password: jana.password });
    expect(result).not.toHaveProperty('identityId', expect.any(String));

    const [issued] = api.sessions(jana.email);
    expect(api.browserCookies).toEqual({ '__Host-auth-id': issued?.identityId });
    expect(document.cookie).toBe('');
    expect(await browser.fetchSession()).toEqual({
      status: 'signed-in',
      account: expect.objectContaining({ email: jana.email, firstName: 'Jana', lastName: 'Nováková', cuRefNo: expect.any(String) }),
    });
    expect(JSON.stringify(await browser.fetchSession())).not.toContain(issued?.identityId);
  });

  it('sends the made-up DEV_ key upstream and customerRealIp from the server side, never from the page', async () => {
    await browser.login({ email: jana.email, password: jana.password, customerRealIp: '203.0.113.9' });
    const login = api.requests.find((request) => request.endpoint === 'login');
    expect(login?.apiKey).toBe(serverModeApiKey);
    expect(login?.body).not.toMatchObject({ customerRealIp: '203.0.113.9' });
  });

  it('signs out: the jar forgets the cookie and the session is gone', async () => {
    await browser.login({ email: jana.email, password: jana.password });
    await browser.signOut();
    expect(api.browserCookies).toEqual({});
    expect(await browser.fetchSession()).toEqual({ status: 'signed-out' });
  });

  it('an operator revoking the sessions signs the browser out on its next session check', async () => {
    await browser.login({ email: jana.email, password: jana.password });
    api.revokeSessions(jana.email);
    expect(await browser.fetchSession()).toEqual({ status: 'signed-out' });
    // The handler clears the stale cookie.
    expect(api.browserCookies).toEqual({});
  });

  it('the cookie expires with its Max-Age, as a browser would drop it', async () => {
    await browser.login({ email: jana.email, password: jana.password });
    clock += 91 * 24 * 60 * 60_000;
    expect(api.browserCookies).toEqual({});
    expect(await browser.fetchSession()).toEqual({ status: 'signed-out' });
  });

  it('passes the emulator\u2019s failures through in the wire format: E004, and 429 with Retry-After', async () => {
    const wrong = await errorOf(browser.login({ email: jana.email, password: 'wrong' }));
    expect(isBizKitHubError(wrong) && [wrong.kind, wrong.code]).toEqual(['api', 'E004']);
    api.forceNext('login', { rateLimit: { retryAfterSeconds: 30 } });
    const limited = await errorOf(browser.login({ email: jana.email, password: jana.password }));
    expect(isBizKitHubError(limited) && [limited.kind, limited.retryAfterMs]).toEqual(['rate-limit', 30_000]);
    expect(api.browserCookies).toEqual({});
  });

  it('registers through the handler; the confirmation e-mail lands in the outbox', async () => {
    await browser.registerAccount({ email: 'nova@example.com', password: 'pw 1' });
    const mail = api.lastEmail('nova@example.com');
    expect(mail?.kind).toBe('verification');
    expect(api.verify(mail?.token ?? '')).toBe(true);
    await browser.login({ email: 'nova@example.com', password: 'pw 1' });
    expect(await browser.fetchSession()).toMatchObject({ status: 'signed-in', account: { email: 'nova@example.com' } });
  });

  it('reset() empties the jar with the rest of the emulator', async () => {
    await browser.login({ email: jana.email, password: jana.password });
    api.reset();
    expect(api.browserCookies).toEqual({});
    expect(await browser.fetchSession()).toEqual({ status: 'signed-out' });
  });

  it('takes handler option overrides: another basePath and cookie name', async () => {
    server.use(...api.serverModeHandlers({ basePath: '/auth/', cookie: { name: 'shop-session' } }));
    const other = createBizKitHubClient({ serverUrl: '/auth' });
    await other.login({ email: jana.email, password: jana.password });
    expect(Object.keys(api.browserCookies)).toEqual(['shop-session']);
    expect(await other.fetchSession()).toMatchObject({ status: 'signed-in' });
  });

  it('with magicLink, mails the sign-in link into the emulator\u2019s mailbox; following it signs in', async () => {
    server.use(...api.serverModeHandlers({ magicLink: {} }));
    await browser.requestMagicLink({ email: jana.email });
    const mail = api.lastEmail(jana.email);
    expect(mail).toMatchObject({ kind: 'magic-link', link: expect.stringMatching(/^http:\/\/localhost:3000\/api\/auth\/magic-link\/verify\?token=/) });
    expect(mail?.token).not.toBe('');

    // Opening the link shows the confirmation page (this browser asked for it); its button signs in.
    const opened = await fetch(mail?.link ?? '', { redirect: 'manual' });
    expect(opened.status).toBe(200);
    const html = await opened.text();
    expect(html).toContain('Sign in as <strong>j•••@example.com</strong>?');
    expect(await browser.fetchSession()).toEqual({ status: 'signed-out', features: { magicLink: true } });
    const formToken = /name="confirm" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const followed = await fetch(mail?.link ?? '', {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `confirm=${formToken}`,
    });
    expect(followed.status).toBe(303);
    expect(followed.headers.get('Set-Cookie')).toBeNull();
    expect(await browser.fetchSession()).toMatchObject({ status: 'signed-in', account: { email: jana.email } });
  });

  it('answers with an absolute origin too, for Node tests without a page', async () => {
    server.use(...api.serverModeHandlers({ origin: 'https://shop.test' }));
    await createBizKitHubClient({ serverUrl: 'https://shop.test/api/auth' }).login(jana);
    const response = await fetch('https://shop.test/api/auth/session');
    expect(await response.json()).toMatchObject({ loggedIn: true, account: { email: jana.email } });
  });
});
