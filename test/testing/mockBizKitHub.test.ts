// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockBizKitHub, type MockBizKitHubOptions, type MockEndpoint } from '../../src/testing/index.js';

const BASE = 'https://api.bizkithub.com';
const KEY = `DEV_${'a1B2c3D4e5'.repeat(2)}${'x'.repeat(8)}`;
const SAMPLE_KEY = 'PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE';
const MINUTE = 60_000;
const START = Date.UTC(2026, 0, 15, 9, 0, 0);

let clock = START;
const advance = (ms: number) => {
  clock += ms;
};

const api = createMockBizKitHub({
  now: () => clock,
  accounts: [
    { email: 'jan@example.com', password: 'secret', firstName: 'Jan', lastName: 'Novák' },
    { email: 'contact@example.com' },
    { email: 'banned@example.com', password: 'secret', banned: true },
    { email: 'pending@example.com', password: 'secret', verified: false },
    { email: 'banned-contact@example.com', banned: true },
    { email: 'old@example.com', password: 'current', previousPasswords: ['older', 'oldest'] },
  ],
});

const server = setupServer(...api.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  clock = START;
  api.reset();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface CallOptions {
  key?: string | null;
  via?: 'query' | 'header';
  base?: string;
  rawBody?: string;
}

interface CallResult {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

async function send(endpoint: MockEndpoint, body: unknown, options: CallOptions = {}): Promise<Response> {
  const { key = KEY, via = 'query', base = BASE, rawBody } = options;
  const url = new URL(`${base}/api/v1/customer/${endpoint}`);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (key !== null && via === 'query') url.searchParams.set('apiKey', key);
  if (key !== null && via === 'header') headers.Authorization = `Bearer ${key}`;
  return fetch(url, { method: 'POST', headers, body: rawBody ?? JSON.stringify(body) });
}

async function call(endpoint: MockEndpoint, body: unknown, options: CallOptions = {}): Promise<CallResult> {
  const response = await send(endpoint, body, options);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

const failure = (errorCode: string) => ({ success: false, errorCode, message: expect.any(String) });

describe('API key', () => {
  it('refuses a request without a key with PUBLIC_API_KEY_IS_EMPTY (404)', async () => {
    const result = await call('login', { email: 'jan@example.com', password: 'secret' }, { key: null });
    expect(result.status).toBe(404);
    expect(result.json).toEqual(failure('PUBLIC_API_KEY_IS_EMPTY'));
    const empty = await call('login', { email: 'jan@example.com', password: 'secret' }, { key: '' });
    expect(empty.json.errorCode).toBe('PUBLIC_API_KEY_IS_EMPTY');
  });

  it.each([
    ['a wrong prefix', `TEST${'a'.repeat(28)}`],
    ['too short', `PROD${'a'.repeat(27)}`],
    ['too long', `PROD${'a'.repeat(29)}`],
    ['a non-alphanumeric character', `ROOT${'a'.repeat(27)}-`],
    ['a lower-case prefix', `dev_${'a'.repeat(28)}`],
  ])('refuses a key with %s as PUBLIC_API_KEY_IS_NOT_IN_VALID_FORMAT (404)', async (_label, key) => {
    for (const via of ['query', 'header'] as const) {
      const result = await call('login', { email: 'jan@example.com', password: 'secret' }, { key, via });
      expect(result.status).toBe(404);
      expect(result.json).toEqual(failure('PUBLIC_API_KEY_IS_NOT_IN_VALID_FORMAT'));
    }
  });

  it('refuses the docs sample key as PUBLIC_API_KEY_DOES_NOT_EXIST (404), from the query and from the header', async () => {
    for (const via of ['query', 'header'] as const) {
      const result = await call('reset-password', { email: 'jan@example.com' }, { key: SAMPLE_KEY, via });
      expect(result.status).toBe(404);
      expect(result.json).toEqual(failure('PUBLIC_API_KEY_DOES_NOT_EXIST'));
    }
    expect(api.outbox).toHaveLength(0);
  });

  it.each(['PROD', 'DEV_', 'ROOT'])('accepts any well-formed %s key from the query or the Bearer header', async (prefix) => {
    const key = `${prefix}${'Zz9'.repeat(9)}y`;
    for (const via of ['query', 'header'] as const) {
      const result = await call('login', { email: 'jan@example.com', password: 'secret' }, { key, via });
      expect(result.status).toBe(200);
      expect(result.json.success).toBe(true);
    }
    expect(api.requests.map((request) => request.apiKey)).toEqual([key, key]);
  });

  it('checks the key before the body: a refused key leaves the store untouched', async () => {
    await call('register-account', { email: 'new@example.com', password: 'pw' }, { key: 'nope' });
    expect(api.getAccount('new@example.com')).toBeUndefined();
  });
});

describe('request bodies', () => {
  it.each([
    'login',
    'magic-auth',
    'register-account',
    'reset-password',
    'set-new-password',
  ] as const)('%s answers E001 to a body that is not JSON', async (endpoint) => {
    const result = await call(endpoint, undefined, { rawBody: 'email=jan@example.com' });
    expect(result.status).toBe(200);
    expect(result.json).toEqual(failure('E001'));
    expect(api.requests.at(-1)?.body).toBeUndefined();
  });

  it.each([
    ['login', { email: 'jan@example.com' }],
    ['login', { password: 'secret' }],
    ['login', { email: 'jan@example.com', password: '' }],
    ['magic-auth', { firstName: 'Jan' }],
    ['register-account', { email: 'new@example.com' }],
    ['register-account', { password: 'pw' }],
    ['reset-password', {}],
    ['set-new-password', { password: 'pw' }],
    ['set-new-password', { token: 'Hm2cDfmTS8x49Mo67gOxId8gEwNBwf1A' }],
    ['login', ['jan@example.com', 'secret']],
    ['login', null],
  ] as const)('%s answers E001 when a required field is missing or the body is not an object (%j)', async (endpoint, body) => {
    const result = await call(endpoint, body);
    expect(result.json).toEqual(failure('E001'));
  });

  it.each([
    ['an invalid e-mail', 'login', { email: 'not-an-email', password: 'secret' }],
    ['an invalid customerRealIp', 'login', { email: 'jan@example.com', password: 'secret', customerRealIp: 'my-pc' }],
    ['a referralId that is not 16 characters', 'magic-auth', { email: 'jan@example.com', referralId: 'short' }],
    ['a non-boolean newsletter', 'register-account', { email: 'n@example.com', password: 'pw', newsletter: 'yes' }],
    ['an expirationTime that is not a duration', 'reset-password', { email: 'jan@example.com', expirationTime: 'soon' }],
  ] as const)('rejects %s with E001', async (_label, endpoint, body) => {
    const result = await call(endpoint, body);
    expect(result.json).toEqual(failure('E001'));
  });

  it('accepts the localhost aliases and IPv6 as customerRealIp', async () => {
    for (const customerRealIp of ['', '::1', '0.0.0.0', 'localhost', '1.1.1.1', '2001:4860:4860::8888']) {
      const result = await call('login', { email: 'jan@example.com', password: 'secret', customerRealIp });
      expect(result.json.success, customerRealIp).toBe(true);
    }
  });

  it('logs every request with its endpoint, parsed body, key and URL', async () => {
    await call('login', { email: 'jan@example.com', password: 'secret' });
    await call('magic-auth', { email: 'jan@example.com' }, { via: 'header' });
    await call('reset-password', { email: 'jan@example.com' }, { key: null });
    expect(api.requests).toEqual([
      {
        endpoint: 'login',
        body: { email: 'jan@example.com', password: 'secret' },
        apiKey: KEY,
        url: `${BASE}/api/v1/customer/login?apiKey=${KEY}`,
        receivedAt: START,
      },
      {
        endpoint: 'magic-auth',
        body: { email: 'jan@example.com' },
        apiKey: KEY,
        url: `${BASE}/api/v1/customer/magic-auth`,
        receivedAt: START,
      },
      {
        endpoint: 'reset-password',
        body: { email: 'jan@example.com' },
        apiKey: undefined,
        url: `${BASE}/api/v1/customer/reset-password`,
        receivedAt: START,
      },
    ]);
  });
});

describe('login', () => {
  it('answers a new 32-character alphanumeric identityId on every success', async () => {
    const first = await call('login', { email: 'jan@example.com', password: 'secret' });
    const second = await call('login', { email: 'jan@example.com', password: 'secret' });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ success: true, identityId: expect.stringMatching(/^[A-Za-z0-9]{32}$/) });
    expect(second.json.identityId).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(second.json.identityId).not.toBe(first.json.identityId);
  });

  it('compares e-mails trimmed and case-insensitively', async () => {
    const result = await call('login', { email: '  Jan@EXAMPLE.com ', password: 'secret' });
    expect(result.json.success).toBe(true);
  });

  it('answers E002 for an unknown e-mail', async () => {
    expect((await call('login', { email: 'nobody@example.com', password: 'x' })).json).toEqual(failure('E002'));
  });

  it('answers E003 for a contact without a registered account', async () => {
    expect((await call('login', { email: 'contact@example.com', password: 'x' })).json).toEqual(failure('E003'));
  });

  it('answers E005 for a banned account, even with the right password', async () => {
    expect((await call('login', { email: 'banned@example.com', password: 'secret' })).json).toEqual(failure('E005'));
  });

  it('answers E004 for a wrong password', async () => {
    expect((await call('login', { email: 'jan@example.com', password: 'Secret' })).json).toEqual(failure('E004'));
  });

  it('answers E007 for an unverified account only once the password matched', async () => {
    expect((await call('login', { email: 'pending@example.com', password: 'wrong' })).json).toEqual(failure('E004'));
    expect((await call('login', { email: 'pending@example.com', password: 'secret' })).json).toEqual(failure('E007'));
  });
});

describe('login throttling', () => {
  const wrong = { email: 'jan@example.com', password: 'wrong' };
  const right = { email: 'jan@example.com', password: 'secret' };

  it('answers E006 after 5 failures within 15 minutes until the oldest of them is 15 minutes old', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await call('login', wrong)).json.errorCode).toBe('E004');
      advance(MINUTE);
    }
    // Failures at 0, 1, 2, 3, 4 minutes; now at 5 minutes.
    expect((await call('login', right)).json).toEqual(failure('E006'));
    expect((await call('login', wrong)).json).toEqual(failure('E006'));
    advance(15 * MINUTE - 5 * MINUTE - 1); // 1 ms before the oldest failure is 15 minutes old
    expect((await call('login', right)).json).toEqual(failure('E006'));
    advance(1);
    expect((await call('login', right)).json.success).toBe(true);
  });

  it('does not count E006 answers as failures: the window slides with the E004 answers only', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await call('login', wrong);
      advance(MINUTE);
    }
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await call('login', wrong)).json.errorCode).toBe('E006');
    advance(10 * MINUTE); // oldest failure (t=0) is now 15 minutes old; four remain
    expect((await call('login', wrong)).json.errorCode).toBe('E004'); // fifth failure again within the window
    expect((await call('login', right)).json.errorCode).toBe('E006');
    advance(MINUTE); // failure t=1m ages out
    expect((await call('login', right)).json.success).toBe(true);
  });

  it('spreads failures over more than 15 minutes without throttling', async () => {
    for (let attempt = 0; attempt < 8; attempt += 1) {
      expect((await call('login', wrong)).json.errorCode).toBe('E004');
      advance(4 * MINUTE);
    }
  });

  it('throttles per e-mail, also magic-auth, and not other addresses', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await call('login', wrong);
    expect((await call('magic-auth', { email: 'jan@example.com' })).json).toEqual(failure('E006'));
    expect((await call('login', { email: 'old@example.com', password: 'current' })).json.success).toBe(true);
  });

  it('forgets the failures after a successful login', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) await call('login', wrong);
    expect((await call('login', right)).json.success).toBe(true);
    for (let attempt = 0; attempt < 4; attempt += 1) expect((await call('login', wrong)).json.errorCode).toBe('E004');
  });

  it('keeps checking unknown e-mails, contacts and bans before the throttle', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await call('login', wrong);
    expect((await call('login', { email: 'nobody@example.com', password: 'x' })).json.errorCode).toBe('E002');
  });
});

describe('magic-auth', () => {
  it('signs in an account and a contact without password', async () => {
    for (const email of ['jan@example.com', 'contact@example.com', ' CONTACT@example.com']) {
      const result = await call('magic-auth', { email, firstName: 'Jan', referralId: '1cGIHvFoQDGLAbcA' });
      expect(result.json).toEqual({ success: true, identityId: expect.stringMatching(/^[A-Za-z0-9]{32}$/) });
    }
  });

  it('answers E002 unknown, E005 banned, E007 unverified', async () => {
    expect((await call('magic-auth', { email: 'nobody@example.com' })).json).toEqual(failure('E002'));
    expect((await call('magic-auth', { email: 'banned@example.com' })).json).toEqual(failure('E005'));
    expect((await call('magic-auth', { email: 'banned-contact@example.com' })).json).toEqual(failure('E005'));
    expect((await call('magic-auth', { email: 'pending@example.com' })).json).toEqual(failure('E007'));
  });
});

describe('register-account', () => {
  it('creates an unverified account, mails a verification link, and the link makes login work', async () => {
    const result = await call('register-account', {
      email: ' Nova@Example.com',
      password: 'pw1',
      firstName: 'Eva',
      lastName: 'Nová',
      phone: '+420 777123456',
      newsletter: true,
      groups: ['vip'],
      primaryLocale: 'cs',
      returnUrl: 'https://eshop.example.cz/account/welcome?x=1',
    });
    expect(result).toMatchObject({ status: 200, json: { success: true } });

    expect(api.getAccount('nova@example.com')).toEqual({
      email: 'nova@example.com',
      password: 'pw1',
      previousPasswords: [],
      verified: false,
      banned: false,
      firstName: 'Eva',
      lastName: 'Nová',
      cuRefNo: expect.stringMatching(/^[A-Z0-9]{16}$/),
      creditBalance: 0,
      premium: undefined,
      companyName: undefined,
      phone: '+420 777123456',
      profile: { phone: '+420 777123456', newsletter: true, groups: ['vip'], primaryLocale: 'cs' },
    });
    expect(api.outbox).toHaveLength(1);
    const email = api.lastEmail('NOVA@example.com');
    expect(email).toEqual({
      id: expect.any(String),
      to: 'nova@example.com',
      kind: 'verification',
      token: expect.stringMatching(/^[A-Za-z0-9]{32}$/),
      link: `https://eshop.example.cz/verify?token=${email?.token ?? ''}`,
      sentAt: START,
    });

    expect((await call('login', { email: 'nova@example.com', password: 'pw1' })).json).toEqual(failure('E007'));
    expect((await call('magic-auth', { email: 'nova@example.com' })).json).toEqual(failure('E007'));
    expect(api.verify(email?.token ?? '')).toBe(true);
    expect(api.verify(email?.token ?? '')).toBe(false);
    expect(api.getAccount('nova@example.com')?.verified).toBe(true);
    expect((await call('login', { email: 'nova@example.com', password: 'pw1' })).json.success).toBe(true);
  });

  it('links to https://shop.example without a usable returnUrl', async () => {
    await call('register-account', { email: 'a@example.com', password: 'pw' });
    await call('register-account', { email: 'b@example.com', password: 'pw', returnUrl: 'example_returnUrl' });
    expect(api.outbox.map((email) => email.link)).toEqual([
      `https://shop.example/verify?token=${api.lastEmail('a@example.com')?.token ?? ''}`,
      `https://shop.example/verify?token=${api.lastEmail('b@example.com')?.token ?? ''}`,
    ]);
  });

  it('answers false to verify() for an unknown token', () => {
    expect(api.verify('Hm2cDfmTS8x49Mo67gOxId8gEwNBwf1A')).toBe(false);
  });

  it('answers E002 for an already registered (verified) account and keeps its password', async () => {
    expect((await call('register-account', { email: 'JAN@example.com', password: 'other' })).json).toEqual(failure('E002'));
    expect(api.getAccount('jan@example.com')?.password).toBe('secret');
    expect(api.outbox).toHaveLength(0);
  });

  it('answers E003 for a banned account or contact', async () => {
    expect((await call('register-account', { email: 'banned@example.com', password: 'pw' })).json).toEqual(failure('E003'));
    expect((await call('register-account', { email: 'banned-contact@example.com', password: 'pw' })).json).toEqual(
      failure('E003'),
    );
    expect(api.outbox).toHaveLength(0);
  });

  it('turns a contact without password into an unverified account', async () => {
    expect((await call('register-account', { email: 'contact@example.com', password: 'pw' })).json.success).toBe(true);
    expect(api.getAccount('contact@example.com')).toMatchObject({ password: 'pw', verified: false });
    expect(api.lastEmail()?.to).toBe('contact@example.com');
    expect((await call('login', { email: 'contact@example.com', password: 'pw' })).json.errorCode).toBe('E007');
  });

  it('allows repeating an unverified registration once per ten minutes', async () => {
    expect((await call('register-account', { email: 'new@example.com', password: 'first' })).json.success).toBe(true);
    advance(10 * MINUTE - 1);
    expect((await call('register-account', { email: 'new@example.com', password: 'second' })).json).toEqual(failure('E004'));
    expect(api.getAccount('new@example.com')?.password).toBe('first');
    expect(api.outbox).toHaveLength(1);

    advance(1);
    expect((await call('register-account', { email: 'new@example.com', password: 'second' })).json.success).toBe(true);
    expect(api.getAccount('new@example.com')).toMatchObject({ password: 'second', verified: false });
    expect(api.outbox).toHaveLength(2);
    const [firstMail, secondMail] = api.outbox;
    expect(secondMail?.token).not.toBe(firstMail?.token);
    expect(secondMail?.sentAt).toBe(START + 10 * MINUTE);
    expect((await call('login', { email: 'new@example.com', password: 'second' })).json.errorCode).toBe('E007');

    // The refused attempt did not restart the ten minutes: the clock runs from the accepted one.
    advance(5 * MINUTE);
    expect((await call('register-account', { email: 'new@example.com', password: 'third' })).json.errorCode).toBe('E004');
    advance(5 * MINUTE);
    expect((await call('register-account', { email: 'new@example.com', password: 'third' })).json.success).toBe(true);
  });

  it('lets a seeded unverified account register again at once (no earlier attempt known)', async () => {
    expect((await call('register-account', { email: 'pending@example.com', password: 'newpw' })).json.success).toBe(true);
    expect(api.getAccount('pending@example.com')?.password).toBe('newpw');
  });
});

describe('reset-password and set-new-password', () => {
  it('always answers success, and mails a token only to a known, non-banned address', async () => {
    for (const email of ['nobody@example.com', 'banned@example.com', 'banned-contact@example.com']) {
      expect(await call('reset-password', { email })).toMatchObject({ status: 200, json: { success: true } });
    }
    expect(api.outbox).toHaveLength(0);

    for (const email of ['jan@example.com', 'contact@example.com', 'pending@example.com']) {
      expect((await call('reset-password', { email: email.toUpperCase() })).json).toEqual({ success: true });
    }
    expect(api.outbox.map((email) => [email.to, email.kind])).toEqual([
      ['jan@example.com', 'reset-password'],
      ['contact@example.com', 'reset-password'],
      ['pending@example.com', 'reset-password'],
    ]);
  });

  it('mails a one-time token valid for one hour by default', async () => {
    await call('reset-password', { email: 'jan@example.com' });
    const email = api.lastEmail('jan@example.com');
    expect(email).toEqual({
      id: expect.any(String),
      to: 'jan@example.com',
      kind: 'reset-password',
      token: expect.stringMatching(/^[A-Za-z0-9]{32}$/),
      link: `https://shop.example/set-new-password?token=${email?.token ?? ''}`,
      sentAt: START,
      expiresAt: START + 60 * MINUTE,
    });
  });

  it.each([
    ['3h 20m', 200 * MINUTE],
    ['45m', 45 * MINUTE],
    ['1d', 24 * 60 * MINUTE],
    ['90s', 90_000],
  ])('honours expirationTime %s', async (expirationTime, ms) => {
    await call('reset-password', { email: 'jan@example.com', expirationTime });
    const token = api.lastEmail()?.token ?? '';
    expect(api.lastEmail()?.expiresAt).toBe(START + ms);

    advance(ms);
    expect((await call('set-new-password', { token, password: 'fresh' })).json).toEqual(failure('E004'));
    expect(api.getAccount('jan@example.com')?.password).toBe('secret');
  });

  it('accepts the token until just before it expires', async () => {
    await call('reset-password', { email: 'jan@example.com', expirationTime: '45m' });
    advance(45 * MINUTE - 1);
    const token = api.lastEmail()?.token ?? '';
    expect((await call('set-new-password', { token, password: 'fresh' })).json).toEqual({ success: true });
  });

  it('sets the password, keeps the old one as previous, consumes the token', async () => {
    await call('reset-password', { email: 'jan@example.com' });
    const token = api.lastEmail()?.token ?? '';
    expect((await call('set-new-password', { token, password: 'fresh' })).json).toEqual({ success: true });
    expect(api.getAccount('jan@example.com')).toMatchObject({ password: 'fresh', previousPasswords: ['secret'] });
    expect((await call('login', { email: 'jan@example.com', password: 'secret' })).json.errorCode).toBe('E004');
    expect((await call('login', { email: 'jan@example.com', password: 'fresh' })).json.success).toBe(true);
    expect((await call('set-new-password', { token, password: 'fresher' })).json).toEqual(failure('E003'));
  });

  it('answers E003 for an unknown token', async () => {
    const result = await call('set-new-password', { token: 'Hm2cDfmTS8x49Mo67gOxId8gEwNBwf1A', password: 'x' });
    expect(result.json).toEqual(failure('E003'));
  });

  it('answers E002 for the current or a previous password without consuming the token', async () => {
    await call('reset-password', { email: 'old@example.com' });
    const token = api.lastEmail()?.token ?? '';
    for (const password of ['current', 'older', 'oldest']) {
      expect((await call('set-new-password', { token, password })).json).toEqual(failure('E002'));
    }
    expect(api.getAccount('old@example.com')?.password).toBe('current');
    expect((await call('set-new-password', { token, password: 'brand-new' })).json).toEqual({ success: true });
    expect(api.getAccount('old@example.com')?.previousPasswords).toEqual(['older', 'oldest', 'current']);
  });

  it('marks an unverified account verified: the link proves the address', async () => {
    await call('reset-password', { email: 'pending@example.com' });
    await call('set-new-password', { token: api.lastEmail()?.token ?? '', password: 'fresh' });
    expect(api.getAccount('pending@example.com')?.verified).toBe(true);
    expect((await call('login', { email: 'pending@example.com', password: 'fresh' })).json.success).toBe(true);
  });

  it('gives a contact without password a password it can sign in with', async () => {
    await call('reset-password', { email: 'contact@example.com' });
    await call('set-new-password', { token: api.lastEmail()?.token ?? '', password: 'fresh' });
    expect((await call('login', { email: 'contact@example.com', password: 'fresh' })).json.success).toBe(true);
  });

  it('spends every other outstanding reset token of the account once the password changed', async () => {
    await call('reset-password', { email: 'jan@example.com' });
    const first = api.lastEmail()?.token ?? '';
    await call('reset-password', { email: 'jan@example.com' });
    const second = api.lastEmail()?.token ?? '';
    expect(second).not.toBe(first);
    expect((await call('set-new-password', { token: second, password: 'fresh' })).json.success).toBe(true);
    expect((await call('set-new-password', { token: first, password: 'fresher' })).json).toEqual(failure('E003'));
  });
});

describe('forceNext', () => {
  const login = { email: 'jan@example.com', password: 'secret' };

  async function expectNormalLogin() {
    const result = await call('login', login);
    expect(result.json).toEqual({ success: true, identityId: expect.stringMatching(/^[A-Za-z0-9]{32}$/) });
  }

  it('answers a documented failure code once, without touching the store', async () => {
    api.forceNext('register-account', { code: 'E004' });
    expect((await call('register-account', { email: 'x@example.com', password: 'pw' })).json).toEqual({
      success: false,
      errorCode: 'E004',
      message: 'Too many registration attempts.',
    });
    expect(api.getAccount('x@example.com')).toBeUndefined();
    expect((await call('register-account', { email: 'x@example.com', password: 'pw' })).json).toEqual({ success: true });
  });

  it('answers a platform code with its status once', async () => {
    api.forceNext('login', { platformCode: 'PUBLIC_API_KEY_DOES_NOT_EXIST', status: 404 });
    const result = await call('login', login);
    expect(result.status).toBe(404);
    expect(result.json).toEqual(failure('PUBLIC_API_KEY_DOES_NOT_EXIST'));
    await expectNormalLogin();
  });

  it('derives the status of a platform code when none is given', async () => {
    api.forceNext('login', { platformCode: 'PUBLIC_API_KEY_HAS_BEEN_EXPIRED' });
    api.forceNext('login', { platformCode: 'INTERNAL_TOO_MANY_REQUESTS' });
    api.forceNext('login', { platformCode: 'INTERNAL_ACCOUNT_CAN_NOT_DETERMINATE_USER_IP' });
    expect((await call('login', login)).status).toBe(404);
    expect((await call('login', login)).status).toBe(429);
    expect((await call('login', login)).status).toBe(400);
  });

  it('answers HTTP 429 with Retry-After seconds and the documented body once', async () => {
    api.forceNext('magic-auth', { rateLimit: { retryAfterSeconds: 3600 } });
    const result = await call('magic-auth', { email: 'jan@example.com' });
    expect(result.status).toBe(429);
    expect(result.headers.get('Retry-After')).toBe('3600');
    expect(result.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(result.headers.get('X-RateLimit-Reset')).toBe(String(START / 1000 + 3600));
    expect(result.json).toEqual({
      error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', retry_after: 3600 },
    });
    expect((await call('magic-auth', { email: 'jan@example.com' })).json.success).toBe(true);
  });

  it('answers HTTP 429 with an HTTP-date Retry-After', async () => {
    const retryAt = new Date(START + 90_000);
    api.forceNext('login', { rateLimit: { retryAfterDate: retryAt } });
    const result = await call('login', login);
    expect(result.status).toBe(429);
    expect(result.headers.get('Retry-After')).toBe(retryAt.toUTCString());
    expect(result.json).toEqual({ error: { code: 'RATE_LIMIT_EXCEEDED', message: expect.any(String), retry_after: 90 } });
    await expectNormalLogin();
  });

  it('fails at the network level once', async () => {
    api.forceNext('login', { networkError: true });
    await expect(send('login', login)).rejects.toThrow(TypeError);
    await expectNormalLogin();
  });

  it('answers an HTML error page once', async () => {
    api.forceNext('login', { nonJson: 502 });
    const response = await send('login', login);
    expect(response.status).toBe(502);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    const text = await response.text();
    expect(text).toContain('<html>');
    expect(() => JSON.parse(text) as unknown).toThrow();
    await expectNormalLogin();
  });

  it('answers a success without identityId once', async () => {
    api.forceNext('login', { successWithoutIdentity: true });
    const result = await call('login', login);
    expect(result).toMatchObject({ status: 200, json: { success: true } });
    expect(result.json).not.toHaveProperty('identityId');
    await expectNormalLogin();
  });

  it('hangs for delayMs, then answers normally, once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      api.forceNext('login', { delayMs: 5_000 });
      let settled = false;
      const slow = call('login', login).finally(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(4_900);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect((await slow).json.identityId).toMatch(/^[A-Za-z0-9]{32}$/);
      // The next answer needs no timer at all: the delay was used up.
      await expectNormalLogin();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a delayed answer still runs the real rules (a wrong password is still E004)', async () => {
    api.forceNext('login', { delayMs: 10 });
    expect((await call('login', { ...login, password: 'wrong' })).json).toEqual(failure('E004'));
  });

  it('queues several forced answers first in first out, per endpoint', async () => {
    api.forceNext('login', { code: 'E001' });
    api.forceNext('login', { code: 'E006' });
    expect((await call('magic-auth', { email: 'jan@example.com' })).json.success).toBe(true);
    expect((await call('login', login)).json.errorCode).toBe('E001');
    expect((await call('login', login)).json.errorCode).toBe('E006');
    await expectNormalLogin();
  });

  it('is cleared by reset()', async () => {
    api.forceNext('login', { code: 'E005' });
    api.reset();
    await expectNormalLogin();
  });
});

describe('options', () => {
  function use(options: MockBizKitHubOptions) {
    const other = createMockBizKitHub({ now: () => clock, ...options });
    server.use(...other.handlers);
    return other;
  }

  it('errorStatus sets the HTTP status of documented failures, not of successes or platform failures', async () => {
    use({ errorStatus: 400, accounts: [{ email: 'jan@example.com', password: 'secret' }] });
    const wrong = await call('login', { email: 'jan@example.com', password: 'nope' });
    expect(wrong.status).toBe(400);
    expect(wrong.json).toEqual(failure('E004'));
    expect((await call('login', { email: 'jan@example.com' })).status).toBe(400);
    expect((await call('login', { email: 'jan@example.com', password: 'secret' })).status).toBe(200);
    expect((await call('login', { email: 'jan@example.com', password: 'secret' }, { key: null })).status).toBe(404);
  });

  it('errorStatus applies to forced codes too', async () => {
    const other = use({ errorStatus: 422 });
    other.forceNext('login', { code: 'E001' });
    expect((await call('login', { email: 'a@example.com', password: 'x' })).status).toBe(422);
  });

  it('requireApiKey false (proxy mode) answers without a key and ignores a malformed one', async () => {
    const proxy = use({
      baseUrl: 'https://shop.example/bff/',
      requireApiKey: false,
      accounts: [{ email: 'jan@example.com', password: 'secret' }],
    });
    const base = 'https://shop.example/bff';
    const result = await call('login', { email: 'jan@example.com', password: 'secret' }, { key: null, base });
    expect(result.json.success).toBe(true);
    expect((await call('login', { email: 'jan@example.com', password: 'secret' }, { key: 'junk', base })).json.success).toBe(
      true,
    );
    expect((await call('login', { email: 'jan@example.com', password: 'bad' }, { key: null, base })).json.errorCode).toBe(
      'E004',
    );
    expect(proxy.requests.map((request) => request.apiKey)).toEqual([undefined, 'junk', undefined]);
    expect(api.requests).toHaveLength(0);
  });

  it('latencyMs delays every answer; setLatency changes it and reset() restores it', async () => {
    const slow = use({ latencyMs: 5_000, accounts: [{ email: 'jan@example.com', password: 'secret' }] });
    const body = { email: 'jan@example.com', password: 'secret' };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const delayed = async () => {
        let settled = false;
        const pending = call('login', body).finally(() => {
          settled = true;
        });
        await vi.advanceTimersByTimeAsync(4_900);
        expect(settled).toBe(false);
        await vi.advanceTimersByTimeAsync(200);
        expect((await pending).json.success).toBe(true);
      };
      await delayed();
      slow.setLatency(0);
      // No timer is advanced: an answer without latency arrives on its own.
      expect((await call('login', body)).json.success).toBe(true);
      slow.reset();
      await delayed();
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses Date.now by default', async () => {
    const real = createMockBizKitHub({ accounts: [{ email: 'jan@example.com' }] });
    server.use(...real.handlers);
    const before = Date.now();
    await call('reset-password', { email: 'jan@example.com' });
    const sentAt = real.lastEmail()?.sentAt ?? 0;
    expect(sentAt).toBeGreaterThanOrEqual(before);
    expect(real.lastEmail()?.expiresAt).toBe(sentAt + 60 * MINUTE);
  });
});

describe('store helpers', () => {
  it('reset() empties the store, outbox, log and failures and re-seeds the creation-time accounts', async () => {
    api.seed([{ email: 'extra@example.com', password: 'pw' }]);
    await call('register-account', { email: 'new@example.com', password: 'pw' });
    await call('reset-password', { email: 'jan@example.com' });
    await call('set-new-password', { token: api.lastEmail()?.token ?? '', password: 'changed' });
    for (let attempt = 0; attempt < 5; attempt += 1) await call('login', { email: 'old@example.com', password: 'x' });
    expect(api.outbox).toHaveLength(2);

    api.reset();
    expect(api.outbox).toEqual([]);
    expect(api.requests).toEqual([]);
    expect(api.getAccount('extra@example.com')).toBeUndefined();
    expect(api.getAccount('new@example.com')).toBeUndefined();
    expect(api.getAccount('jan@example.com')).toMatchObject({ password: 'secret', previousPasswords: [] });
    expect((await call('login', { email: 'old@example.com', password: 'current' })).json.success).toBe(true);
  });

  it('seed() adds accounts with defaults and replaces one with the same e-mail', async () => {
    api.seed([
      { email: ' Fresh@Example.com ', password: 'pw' },
      { email: 'jan@example.com', password: 'replaced', verified: false },
    ]);
    expect(api.getAccount('fresh@example.com')).toEqual({
      email: 'fresh@example.com',
      password: 'pw',
      previousPasswords: [],
      verified: true,
      banned: false,
      firstName: undefined,
      lastName: undefined,
      cuRefNo: expect.stringMatching(/^[A-Z0-9]{16}$/),
      creditBalance: 0,
      premium: undefined,
      companyName: undefined,
      phone: undefined,
      profile: {},
    });
    expect((await call('login', { email: 'fresh@example.com', password: 'pw' })).json.success).toBe(true);
    expect((await call('login', { email: 'jan@example.com', password: 'replaced' })).json.errorCode).toBe('E007');
  });

  it('getAccount() returns a frozen snapshot that later changes do not alter', async () => {
    const before = api.getAccount('JAN@example.com');
    expect(before).toMatchObject({ email: 'jan@example.com', firstName: 'Jan', lastName: 'Novák', verified: true });
    expect(Object.isFrozen(before)).toBe(true);
    await call('reset-password', { email: 'jan@example.com' });
    await call('set-new-password', { token: api.lastEmail()?.token ?? '', password: 'changed' });
    expect(before?.password).toBe('secret');
    expect(api.getAccount('jan@example.com')?.password).toBe('changed');
    expect(api.getAccount('nobody@example.com')).toBeUndefined();
  });

  it('outbox is a live, read-only view: lastEmail() filters by address', async () => {
    const view = api.outbox;
    await call('reset-password', { email: 'jan@example.com' });
    await call('register-account', { email: 'new@example.com', password: 'pw' });
    await call('reset-password', { email: 'contact@example.com' });
    expect(view).toHaveLength(0);
    expect(api.outbox.map((email) => email.kind)).toEqual(['reset-password', 'verification', 'reset-password']);
    expect(new Set(api.outbox.map((email) => email.id)).size).toBe(3);
    expect(api.lastEmail()?.to).toBe('contact@example.com');
    expect(api.lastEmail(' NEW@example.com')?.kind).toBe('verification');
    expect(api.lastEmail('nobody@example.com')).toBeUndefined();
  });
});
