// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBizKitHubClient, isBizKitHubError } from '../../src/client/index.js';
import { createMockBizKitHub, type MockAccountSeed } from '../../src/testing/index.js';
import { baseUrl, devKey } from '../support/keys.js';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const DAY = 24 * 60 * 60_000;
let clock = START;

const jan = { email: 'jan@example.com', password: 'secret', firstName: 'Jan', lastName: 'Novák' } satisfies MockAccountSeed;
const firm = {
  email: 'orders@firma.example',
  password: 'firm pw',
  companyName: 'Firma s.r.o.',
  phone: '+420 777123456',
  cuRefNo: 'FIRMA00000000001',
  creditBalance: 250.5,
  premium: true,
} satisfies MockAccountSeed;

const api = createMockBizKitHub({ now: () => clock, accounts: [jan, firm, { email: 'eva@example.com', password: 'eva' }] });
// No MSW server is listening in this file: every request goes through api.fetch, in-process.
const client = createBizKitHubClient({ apiKey: devKey, fetch: api.fetch });

beforeEach(() => {
  clock = START;
  api.reset();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function accountInfoUrl(identityId: string | undefined, key: string | null = devKey, path = '/contact/v1/get-account-info') {
  const url = new URL(`${baseUrl}${path}`);
  if (identityId !== undefined) url.searchParams.set('identityId', identityId);
  if (key !== null) url.searchParams.set('apiKey', key);
  return url;
}

async function accountInfo(identityId: string | undefined, init?: RequestInit): Promise<Record<string, unknown>> {
  const response = await api.fetch(accountInfoUrl(identityId), init);
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  return (await response.json()) as Record<string, unknown>;
}

async function signIn(email: string, password: string): Promise<string> {
  const { identityId } = await client.login({ email, password });
  expect(identityId).toMatch(/^[A-Za-z0-9]{32}$/);
  return identityId ?? '';
}

describe('account-info', () => {
  it('answers { loggedIn: false } for a missing, unknown or malformed identityId', async () => {
    expect(await accountInfo(undefined)).toEqual({ loggedIn: false });
    expect(await accountInfo('')).toEqual({ loggedIn: false });
    expect(await accountInfo('A'.repeat(32))).toEqual({ loggedIn: false });
    expect(await accountInfo('not a token')).toEqual({ loggedIn: false });
  });

  it('answers the signed-in customer for the identityId login returned, without fields the account lacks', async () => {
    const identityId = await signIn(' JAN@example.com', 'secret');
    expect(await accountInfo(identityId)).toEqual({
      loggedIn: true,
      identityId,
      cuRefNo: expect.stringMatching(/^[A-Z0-9]{16}$/),
      creditBalance: 0,
      email: 'jan@example.com',
      firstName: 'Jan',
      lastName: 'Novák',
    });
  });

  it('reports what a seed sets: cuRefNo, creditBalance, premium, companyName, phone', async () => {
    const identityId = await signIn(firm.email, firm.password);
    expect(await accountInfo(identityId)).toEqual({
      loggedIn: true,
      identityId,
      cuRefNo: 'FIRMA00000000001',
      creditBalance: 250.5,
      email: 'orders@firma.example',
      companyName: 'Firma s.r.o.',
      phone: '+420 777123456',
      premium: true,
    });
  });

  it('knows a session that magic-auth issued', async () => {
    const { identityId } = await client.magicAuth({ email: 'eva@example.com' });
    expect(await accountInfo(identityId)).toMatchObject({ loggedIn: true, email: 'eva@example.com' });
  });

  it('reports the phone and company a registration sent, once the address is confirmed', async () => {
    await client.registerAccount({ email: 'new@example.com', password: 'pw', companyName: 'Nová firma', phone: '+421 905123456' });
    expect(api.verify(api.lastEmail('new@example.com')?.token ?? '')).toBe(true);
    const identityId = await signIn('new@example.com', 'pw');
    expect(await accountInfo(identityId)).toMatchObject({ companyName: 'Nová firma', phone: '+421 905123456' });
  });

  it('gives every account a cuRefNo that stays the same across reset() and emulators, and differs between accounts', async () => {
    const before = api.getAccount(jan.email)?.cuRefNo;
    api.reset();
    const other = createMockBizKitHub({ accounts: [jan] });
    expect(before).toMatch(/^[A-Z0-9]{16}$/);
    expect(api.getAccount(jan.email)?.cuRefNo).toBe(before);
    expect(other.getAccount(jan.email)?.cuRefNo).toBe(before);
    expect(api.getAccount('eva@example.com')?.cuRefNo).not.toBe(before);
  });

  it('refuses a seed whose cuRefNo is not 16 characters', () => {
    expect(() => api.seed([{ email: 'x@example.com', cuRefNo: 'SHORT' }])).toThrow(/16 characters/);
    expect(api.getAccount('x@example.com')).toBeUndefined();
  });

  it('marks a session of an account banned since sign-in with ban: true', async () => {
    const identityId = await signIn(jan.email, jan.password);
    api.seed([{ ...jan, banned: true }]);
    expect(await accountInfo(identityId)).toMatchObject({ loggedIn: true, email: jan.email, ban: true });
  });

  it('checks the key like the other endpoints: absent, malformed, the docs sample; query or Bearer header', async () => {
    const identityId = await signIn(jan.email, jan.password);
    const missing = await api.fetch(accountInfoUrl(identityId, null));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ success: false, errorCode: 'PUBLIC_API_KEY_IS_EMPTY' });
    const malformed = await api.fetch(accountInfoUrl(identityId, 'DEV_short'));
    expect(await malformed.json()).toMatchObject({ errorCode: 'PUBLIC_API_KEY_IS_NOT_IN_VALID_FORMAT' });
    const sample = await api.fetch(accountInfoUrl(identityId, 'PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE'));
    expect(await sample.json()).toMatchObject({ errorCode: 'PUBLIC_API_KEY_DOES_NOT_EXIST' });
    const bearer = await api.fetch(accountInfoUrl(identityId, null), { headers: { Authorization: `Bearer ${devKey}` } });
    expect(await bearer.json()).toMatchObject({ loggedIn: true, identityId });
  });

  it('answers without a key when requireApiKey is false (a proxy adds it)', async () => {
    const proxied = createMockBizKitHub({ requireApiKey: false, accounts: [jan] });
    const { identityId } = await createBizKitHubClient({ baseUrl, fetch: proxied.fetch }).login(jan);
    const response = await proxied.fetch(accountInfoUrl(identityId, null));
    expect(await response.json()).toMatchObject({ loggedIn: true, email: jan.email });
  });

  it('logs account-info requests beside the others, with no body', async () => {
    const identityId = await signIn(jan.email, jan.password);
    await accountInfo(identityId);
    expect(api.requests.map((request) => request.endpoint)).toEqual(['login', 'account-info']);
    expect(api.requests[1]).toEqual({
      endpoint: 'account-info',
      body: undefined,
      apiKey: devKey,
      url: accountInfoUrl(identityId).toString(),
      receivedAt: START,
    });
  });

  it('serves the path the accountInfoPath option names, and not the default one then', async () => {
    const custom = createMockBizKitHub({ accountInfoPath: 'api/v1/customer/account-info', accounts: [jan] });
    const { identityId } = await createBizKitHubClient({ apiKey: devKey, fetch: custom.fetch }).login(jan);
    const response = await custom.fetch(accountInfoUrl(identityId, devKey, '/api/v1/customer/account-info'));
    expect(await response.json()).toMatchObject({ loggedIn: true });
    await expect(custom.fetch(accountInfoUrl(identityId))).rejects.toThrow(TypeError);
  });

  it('takes forced answers like the other endpoints', async () => {
    api.forceNext('account-info', { rateLimit: { retryAfterSeconds: 30 } });
    api.forceNext('account-info', { networkError: true });
    const limited = await api.fetch(accountInfoUrl('x'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('30');
    await expect(api.fetch(accountInfoUrl('x'))).rejects.toThrow(TypeError);
    expect(await accountInfo('x')).toEqual({ loggedIn: false });
  });
});

describe('sessions', () => {
  it('lists the sessions still valid, oldest first, per e-mail', async () => {
    const first = await signIn(jan.email, jan.password);
    clock += 1000;
    const second = (await client.magicAuth({ email: jan.email })).identityId;
    const eva = await signIn('eva@example.com', 'eva');
    expect(api.sessions(' Jan@Example.com')).toEqual([
      { identityId: first, email: jan.email, endpoint: 'login', issuedAt: START, expiresAt: START + 90 * DAY },
      { identityId: second, email: jan.email, endpoint: 'magic-auth', issuedAt: START + 1000, expiresAt: START + 1000 + 90 * DAY },
    ]);
    expect(api.sessions().map((session) => session.identityId)).toEqual([first, second, eva]);
  });

  it('revokeSessions signs a customer out everywhere, and nobody else', async () => {
    const phone = await signIn(jan.email, jan.password);
    const laptop = await signIn(jan.email, jan.password);
    const eva = await signIn('eva@example.com', 'eva');
    expect(api.revokeSessions('JAN@example.com')).toBe(2);
    expect(await accountInfo(phone)).toEqual({ loggedIn: false });
    expect(await accountInfo(laptop)).toEqual({ loggedIn: false });
    expect(await accountInfo(eva)).toMatchObject({ loggedIn: true, email: 'eva@example.com' });
    expect(api.sessions(jan.email)).toEqual([]);
    expect(api.revokeSessions(jan.email)).toBe(0);
    const again = await signIn(jan.email, jan.password);
    expect(await accountInfo(again)).toMatchObject({ loggedIn: true });
  });

  it('ends a session about three months (90 days) after sign-in', async () => {
    const identityId = await signIn(jan.email, jan.password);
    clock = START + 90 * DAY - 1;
    expect(await accountInfo(identityId)).toMatchObject({ loggedIn: true });
    clock = START + 90 * DAY;
    expect(await accountInfo(identityId)).toEqual({ loggedIn: false });
    expect(api.sessions()).toEqual([]);
  });

  it('reset() forgets every session', async () => {
    const identityId = await signIn(jan.email, jan.password);
    api.reset();
    expect(await accountInfo(identityId)).toEqual({ loggedIn: false });
    expect(api.sessions()).toEqual([]);
  });
});

describe('deliver (mail the shop sends itself)', () => {
  it('puts a magic-link mail into the outbox, its token taken from the link', () => {
    const link = 'https://shop.example/api/auth/magic-link/verify?token=abc123XYZ&returnTo=%2Faccount';
    const mail = api.deliver({ to: ' Jan@Example.com ', kind: 'magic-link', link, expiresAt: START + 15 * 60_000 });
    expect(mail).toEqual({
      id: expect.any(String),
      to: 'jan@example.com',
      kind: 'magic-link',
      token: 'abc123XYZ',
      link,
      sentAt: START,
      expiresAt: START + 15 * 60_000,
    });
    expect(api.lastEmail('jan@example.com')).toEqual(mail);
    expect(api.outbox).toHaveLength(1);
  });

  it.each([
    ['an invalid address', { to: 'jan', kind: 'magic-link', link: 'https://shop.example/x?token=t' }],
    ['a relative link', { to: 'jan@example.com', kind: 'magic-link', link: '/x?token=t' }],
    ['a javascript: link', { to: 'jan@example.com', kind: 'magic-link', link: 'javascript:alert(1)' }],
    ['another kind', { to: 'jan@example.com', kind: 'verification', link: 'https://shop.example/x?token=t' }],
  ])('refuses %s with a TypeError and keeps the outbox empty', (_label, mail) => {
    expect(() => api.deliver(mail as Parameters<typeof api.deliver>[0])).toThrow(TypeError);
    expect(api.outbox).toHaveLength(0);
  });
});

describe('api.fetch', () => {
  it('answers the real client in-process: no global fetch, no interception', async () => {
    const globalFetch = vi.fn(() => Promise.reject(new Error('the network was used')));
    vi.stubGlobal('fetch', globalFetch);
    await expect(client.login(jan)).resolves.toMatchObject({ identityId: expect.stringMatching(/^[A-Za-z0-9]{32}$/) });
    await client.resetPassword({ email: jan.email });
    expect(api.lastEmail(jan.email)?.kind).toBe('reset-password');
    expect(globalFetch).not.toHaveBeenCalled();
  });

  it('rejects a request no handler matches like a network error, naming no key', async () => {
    const elsewhere = createBizKitHubClient({ apiKey: devKey, baseUrl: 'https://elsewhere.example', fetch: api.fetch });
    const error: unknown = await elsewhere.login(jan).catch((caught: unknown) => caught);
    expect(isBizKitHubError(error) && error.kind).toBe('network');
    const direct: unknown = await api.fetch(`https://elsewhere.example/x?apiKey=${devKey}`).catch((caught: unknown) => caught);
    expect(direct).toBeInstanceOf(TypeError);
    expect(String((direct as Error).message)).not.toContain(devKey);
  });

  it("honours the caller's abort signal: a slow answer becomes the client's timeout", async () => {
    api.setLatency(5_000);
    const impatient = createBizKitHubClient({ apiKey: devKey, fetch: api.fetch, timeoutMs: 30 });
    const error: unknown = await impatient.login(jan).catch((caught: unknown) => caught);
    expect(isBizKitHubError(error) && error.kind).toBe('timeout');
    const controller = new AbortController();
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(api.fetch(accountInfoUrl('x'), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
