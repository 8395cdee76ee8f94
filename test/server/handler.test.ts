// @vitest-environment node
import { createBizKitHubHandler, type BizKitHubHandlerOptions } from '../../src/server/index.js';
import { devKey, prodKey, rootKey } from '../support/keys.js';
import {
  browserRequest,
  contact,
  cookieAttributes,
  cookiePair,
  everything,
  forbidConsoleInEveryTest,
  shopOrigin,
  startUpstream,
  verified,
} from './support.js';

const api = startUpstream();
const options: BizKitHubHandlerOptions = { apiKey: devKey };
const handler = createBizKitHubHandler(options);
const login = { email: verified.email, password: verified.password };

forbidConsoleInEveryTest();

async function signIn(h = handler): Promise<Response> {
  return h(browserRequest('/login', { body: login }));
}

describe('creation', () => {
  it('requires an apiKey and checks its format as the client does', () => {
    expect(() => createBizKitHubHandler({} as BizKitHubHandlerOptions)).toThrow(/apiKey is required/);
    expect(() => createBizKitHubHandler({ apiKey: '' })).toThrow(/apiKey is required/);
    expect(() => createBizKitHubHandler({ apiKey: 'not-a-key' })).toThrow(TypeError);
    expect(() => createBizKitHubHandler({ apiKey: prodKey })).not.toThrow();
    // A ROOT key belongs on a server, which is where this runs.
    expect(() => createBizKitHubHandler({ apiKey: rootKey })).not.toThrow();
  });

  it('refuses cookie settings a browser would drop or that break out of the header', () => {
    expect(() => createBizKitHubHandler({ apiKey: devKey, cookie: { sameSite: 'none', secure: false } })).toThrow(/sameSite 'none' requires secure/);
    expect(() => createBizKitHubHandler({ apiKey: devKey, cookie: { name: 'a;b' } })).toThrow(/cookie name/);
    expect(() => createBizKitHubHandler({ apiKey: devKey, cookie: { path: '/; Domain=evil.test' } })).toThrow(/path/);
    expect(() => createBizKitHubHandler({ apiKey: devKey, cookie: { domain: 'evil.test; Secure' } })).toThrow(/domain/);
    expect(() => createBizKitHubHandler({ apiKey: devKey, cookie: { name: '__Host-auth', domain: 'shop.example' } })).toThrow(/__Host-/);
    expect(() => createBizKitHubHandler({ apiKey: devKey, cookie: { maxAge: 0 } })).toThrow(/maxAge/);
    expect(() => createBizKitHubHandler({ apiKey: devKey, basePath: 'api/auth' })).toThrow(/basePath/);
    expect(() => createBizKitHubHandler({ apiKey: devKey, allowedOrigins: ['not an origin'] })).toThrow(/allowedOrigins\[0\]/);
  });
});

describe('POST /login', () => {
  it('sets the session cookie with every attribute BizKitHub asks for and keeps the identityId out of the body', async () => {
    const response = await signIn();
    expect(response.status).toBe(200);
    expect(await response.clone().json()).toEqual({ success: true });
    const [session] = api.sessions(verified.email);
    expect(cookiePair(response)).toBe(`__Host-auth-id=${session?.identityId}`);
    expect(session?.identityId).toMatch(/^[A-Za-z0-9]{32}$/);
    const attributes = cookieAttributes(response);
    expect(Object.fromEntries(attributes)).toEqual({ 'max-age': '7776000', path: '/', httponly: '', secure: '', samesite: 'Lax' });
    expect(await response.text()).not.toContain(session?.identityId);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('uses the cookie options, and clamps a lifetime above 90 days', async () => {
    const custom = createBizKitHubHandler({
      apiKey: devKey,
      cookie: { name: 'shop-session', maxAge: 365 * 24 * 3600, secure: false, sameSite: 'strict', path: '/shop', domain: 'shop.example' },
    });
    const response = await signIn(custom);
    expect(cookiePair(response)).toMatch(/^shop-session=[A-Za-z0-9]{32}$/);
    expect(Object.fromEntries(cookieAttributes(response))).toEqual({
      'max-age': '7776000',
      path: '/shop',
      domain: 'shop.example',
      httponly: '',
      samesite: 'Strict',
    });
    const shorter = await signIn(createBizKitHubHandler({ apiKey: devKey, cookie: { maxAge: 3600 } }));
    expect(cookieAttributes(shorter).get('max-age')).toBe('3600');
  });

  it('adds the key on the server and sends the IP the server saw, not the one the browser claims', async () => {
    const behindOneProxy = createBizKitHubHandler({ apiKey: devKey, trustProxyHops: 1 });
    await behindOneProxy(
      browserRequest('/login', {
        body: { ...login, customerRealIp: '1.2.3.4', isAdmin: true },
        headers: { 'x-forwarded-for': '1.1.1.1, 203.0.113.7', cookie: 'other=1', authorization: 'Bearer browser' },
      }),
    );
    const [request] = api.requests;
    expect(request?.apiKey).toBe(devKey);
    expect(request?.body).toEqual({ ...login, customerRealIp: '203.0.113.7' });
  });

  it('leaves customerRealIp out when the server cannot tell a valid address', async () => {
    // No adapter address and no trusted proxy: the forwarding header is the client's own claim.
    await handler(browserRequest('/login', { body: { ...login, customerRealIp: '1.2.3.4' }, headers: { 'x-forwarded-for': '203.0.113.7' } }));
    expect(api.requests[0]?.body).toEqual(login);
    const withRealIp = createBizKitHubHandler({ apiKey: devKey, getClientIp: () => 'not an ip' });
    await withRealIp(browserRequest('/login', { body: { ...login, customerRealIp: '1.2.3.4' } }));
    expect(api.requests[1]?.body).toEqual(login);
  });

  it("takes the socket's address from the adapter, never X-Real-IP, and a custom getClientIp wins", async () => {
    const env = { incoming: { socket: { remoteAddress: '2001:db8::7' } } };
    await handler(browserRequest('/login', { body: login, headers: { 'x-real-ip': '198.51.100.1' } }), env);
    expect(api.requests[0]?.body).toMatchObject({ customerRealIp: '2001:db8::7' });
    const custom = createBizKitHubHandler({ apiKey: devKey, getClientIp: (request) => request.headers.get('cf-connecting-ip') ?? undefined });
    await custom(browserRequest('/login', { body: login, headers: { 'cf-connecting-ip': '198.51.100.9', 'x-forwarded-for': '203.0.113.7' } }));
    expect(api.requests[1]?.body).toMatchObject({ customerRealIp: '198.51.100.9' });
  });

  it.each([
    ['E002', { email: 'nobody@example.com', password: 'x' }],
    ['E003', { email: contact.email, password: 'x' }],
    ['E004', { email: verified.email, password: 'wrong' }],
    ['E005', { email: 'banned@example.com', password: 'secret' }],
    ['E007', { email: 'petr@example.com', password: 'secret' }],
  ])('passes %s through in the documented shape, without the server message or a cookie', async (code, body) => {
    const response = await handler(browserRequest('/login', { body }));
    expect(response.status).toBe(200);
    expect(await response.clone().json()).toEqual({ success: false, errorCode: code });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it.each(['E001', 'E006'])('passes a forced %s through', async (code) => {
    api.forceNext('login', { code, message: 'Internal detail: key DEV_… of organisation 42' });
    const response = await signIn();
    expect(await response.json()).toEqual({ success: false, errorCode: code });
  });

  it('keeps the upstream status of a documented failure', async () => {
    const strict = startStatusUpstream();
    const response = await strict(browserRequest('/login', { body: { ...login, password: 'wrong' } }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ success: false, errorCode: 'E004' });
  });

  it('answers a success that lacks a well-formed identityId as a bad gateway, never with a cookie', async () => {
    for (const identityId of [undefined, 'x', 'a'.repeat(31) + ';', '<img src=x>; Path=/; Domain=evil.test', 'a'.repeat(33)]) {
      const odd = createBizKitHubHandler({
        apiKey: devKey,
        fetch: async () => Response.json({ success: true, identityId }),
      });
      const response = await signIn(odd);
      expect(response.status).toBe(502);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('never passes an upstream Set-Cookie or a browser header along', async () => {
    const seen: Request[] = [];
    const leaky = createBizKitHubHandler({
      apiKey: devKey,
      fetch: async (input, init) => {
        seen.push(new Request(input, init));
        return Response.json(
          { success: true, identityId: 'A'.repeat(32) },
          { headers: { 'Set-Cookie': 'upstream=tracking; Domain=shop.example', 'X-Upstream': 'secret' } },
        );
      },
    });
    const response = await leaky(browserRequest('/login', { body: login, headers: { cookie: 'auth-id=' + 'B'.repeat(32), authorization: 'Basic eA==', 'x-custom': '1' } }));
    expect(response.headers.getSetCookie()).toEqual([expect.stringMatching(/^__Host-auth-id=A{32};/)]);
    expect(response.headers.get('x-upstream')).toBeNull();
    const upstream = seen[0];
    expect(upstream?.headers.get('cookie')).toBeNull();
    expect(upstream?.headers.get('authorization')).toBeNull();
    expect(upstream?.headers.get('x-custom')).toBeNull();
  });
});

/** A handler whose upstream answers documented failures with HTTP 401 instead of 200. */
function startStatusUpstream() {
  return createBizKitHubHandler({
    apiKey: devKey,
    fetch: async () => Response.json({ success: false, errorCode: 'E004', message: 'Wrong e-mail or password.' }, { status: 401 }),
  });
}

describe('failures BizKitHub and the network produce', () => {
  it('passes a platform code with its status and without its message', async () => {
    api.forceNext('login', { platformCode: 'PUBLIC_API_KEY_DOES_NOT_EXIST' });
    const response = await signIn();
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ success: false, errorCode: 'PUBLIC_API_KEY_DOES_NOT_EXIST' });
  });

  it('passes 429 with Retry-After in seconds', async () => {
    api.forceNext('login', { rateLimit: { retryAfterSeconds: 120 } });
    const response = await signIn();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('120');
    expect(await response.json()).toEqual({ success: false, errorCode: 'RATE_LIMIT_EXCEEDED' });
  });

  it('turns a Retry-After date into seconds', async () => {
    api.forceNext('register-account', { rateLimit: { retryAfterDate: new Date(Date.now() + 90_000) } });
    const response = await handler(browserRequest('/register-account', { body: { email: 'new@example.com', password: 'x' } }));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(89);
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(91);
  });

  it('answers an upstream 429 that names no wait without Retry-After', async () => {
    const bare = createBizKitHubHandler({ apiKey: devKey, fetch: async () => new Response('', { status: 429 }) });
    const response = await signIn(bare);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.json()).toEqual({ success: false, errorCode: 'RATE_LIMIT_EXCEEDED' });
  });

  it('passes a JSON HTTP failure without a code as that status', async () => {
    const down = createBizKitHubHandler({ apiKey: devKey, fetch: async () => Response.json({ status: 'maintenance' }, { status: 503 }) });
    const response = await signIn(down);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ success: false, reason: 'upstream-unavailable' });
  });

  it.each([502, 503])('answers an HTML %i page from a proxy as 502 with a short JSON reason, never the page', async (status) => {
    api.forceNext('login', { nonJson: status });
    const response = await signIn();
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ success: false, reason: 'upstream-unavailable' });
    expect(text).not.toContain('<');
  });

  it('answers 502 when BizKitHub cannot be reached', async () => {
    api.forceNext('login', { networkError: true });
    const response = await signIn();
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ success: false, reason: 'upstream-unavailable' });
  });

  it('answers 504 when BizKitHub does not answer within timeoutMs', async () => {
    const impatient = createBizKitHubHandler({ apiKey: devKey, timeoutMs: 50 });
    api.forceNext('login', { delayMs: 2_000 });
    const started = Date.now();
    const response = await signIn(impatient);
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('answers a body the schemas refuse with 400 INVALID_REQUEST and the fields, sending nothing', async () => {
    const response = await handler(browserRequest('/login', { body: { email: 'not-an-email', password: '' } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      success: false,
      errorCode: 'INVALID_REQUEST',
      fields: { email: 'validation.email.invalid', password: 'validation.password.required' },
    });
    expect(api.requests).toHaveLength(0);
  });

  it.each([
    ['malformed JSON', '{"email":'],
    ['a JSON array', '[1,2]'],
    ['a JSON string', '"hello"'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d])],
  ])('answers %s with 400', async (_name, rawBody) => {
    const response = await handler(browserRequest('/login', { rawBody, headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ success: false, errorCode: 'INVALID_REQUEST' });
    expect(api.requests).toHaveLength(0);
  });
});

describe('hideAccountExistence', () => {
  const hiding = createBizKitHubHandler({ apiKey: devKey, hideAccountExistence: true });
  const attempts = {
    E002: { email: 'nobody@example.com', password: 'x' },
    E003: { email: contact.email, password: 'x' },
    E004: { email: verified.email, password: 'wrong' },
  };

  it('answers unknown e-mail, contact without account and wrong password identically', async () => {
    const answers = [];
    for (const body of Object.values(attempts)) {
      const response = await hiding(browserRequest('/login', { body }));
      answers.push({ status: response.status, headers: [...response.headers], body: await response.text() });
    }
    expect(answers[0]).toEqual(answers[2]);
    expect(answers[1]).toEqual(answers[2]);
    expect(JSON.parse(answers[2]?.body ?? '')).toEqual({ success: false, errorCode: 'E004' });
  });

  it('answers a banned account as a wrong password (E005 reads as E004)', async () => {
    const response = await hiding(browserRequest('/login', { body: { email: 'banned@example.com', password: 'secret' } }));
    expect(await response.json()).toEqual({ success: false, errorCode: 'E004' });
  });

  it('is off by default', async () => {
    const response = await handler(browserRequest('/login', { body: attempts.E002 }));
    expect(await response.json()).toEqual({ success: false, errorCode: 'E002' });
  });
});

describe('the other POST routes', () => {
  it('registers, asks for a reset and sets a new password, answering { success: true } without a cookie', async () => {
    const registered = await handler(browserRequest('/register-account', { body: { email: 'new@example.com', password: 'pw', firstName: 'Nova' } }));
    expect(registered.status).toBe(200);
    expect(await registered.clone().json()).toEqual({ success: true });
    expect(registered.headers.get('set-cookie')).toBeNull();
    expect(api.getAccount('new@example.com')?.firstName).toBe('Nova');

    const reset = await handler(browserRequest('/reset-password', { body: { email: verified.email } }));
    expect(await reset.json()).toEqual({ success: true });
    const token = api.lastEmail(verified.email)?.token ?? '';

    const changed = await handler(browserRequest('/set-new-password', { body: { token, password: 'brand new' } }));
    expect(await changed.json()).toEqual({ success: true });
    expect(api.getAccount(verified.email)?.password).toBe('brand new');
    for (const request of api.requests) expect(request.apiKey).toBe(devKey);
  });

  it('passes the endpoints\' own codes through', async () => {
    const again = await handler(browserRequest('/register-account', { body: { email: verified.email, password: 'pw' } }));
    expect(await again.json()).toEqual({ success: false, errorCode: 'E002' });
    const unknownToken = await handler(browserRequest('/set-new-password', { body: { token: 'A'.repeat(32), password: 'pw' } }));
    expect(await unknownToken.json()).toEqual({ success: false, errorCode: 'E003' });
  });

  it('answers POST /magic-auth with 404 and never calls BizKitHub for it', async () => {
    const response = await handler(browserRequest('/magic-auth', { body: { email: verified.email } }));
    expect(response.status).toBe(404);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(api.requests).toHaveLength(0);
  });
});

describe('GET /session and POST /sign-out', () => {
  it('answers { loggedIn: false } without a cookie, and asks nobody', async () => {
    const response = await handler(browserRequest('/session'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.json()).toEqual({ loggedIn: false });
    expect(api.requests).toHaveLength(0);
  });

  it('answers the account for the cookie login set, never the identityId', async () => {
    api.seed([{ email: 'firma@example.com', password: 'pw', companyName: 'Firma s.r.o.', phone: '+420 777123456', premium: true, creditBalance: 250 }]);
    const signedIn = await handler(browserRequest('/login', { body: { email: 'firma@example.com', password: 'pw' } }));
    const cookie = cookiePair(signedIn);
    const response = await handler(browserRequest('/session', { headers: { cookie } }));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    const body = await response.clone().json();
    expect(body).toEqual({
      loggedIn: true,
      account: {
        cuRefNo: api.getAccount('firma@example.com')?.cuRefNo,
        email: 'firma@example.com',
        companyName: 'Firma s.r.o.',
        phone: '+420 777123456',
        premium: true,
        creditBalance: 250,
      },
    });
    expect(await everything(response)).not.toContain(cookie.split('=')[1]);
    const accountInfo = api.requests.at(-1);
    expect(accountInfo?.endpoint).toBe('account-info');
    expect(accountInfo?.apiKey).toBe(devKey);
  });

  it('clears a cookie whose session BizKitHub no longer knows', async () => {
    const cookie = cookiePair(await signIn());
    api.revokeSessions(verified.email);
    const response = await handler(browserRequest('/session', { headers: { cookie } }));
    expect(await response.clone().json()).toEqual({ loggedIn: false });
    expect(cookiePair(response)).toBe('__Host-auth-id=');
    expect(cookieAttributes(response).get('max-age')).toBe('0');
  });

  it('clears a malformed cookie without putting it into a request', async () => {
    const response = await handler(browserRequest('/session', { headers: { cookie: '__Host-auth-id=<script>; theme=dark' } }));
    expect(await response.clone().json()).toEqual({ loggedIn: false });
    expect(cookieAttributes(response).get('max-age')).toBe('0');
    expect(api.requests).toHaveLength(0);
  });

  it.each([
    ['unreachable, answering 502', { networkError: true } as const, 502],
    ['an HTML error page, answering 502', { nonJson: 503 } as const, 502],
  ])('keeps the cookie when account-info is %s', async (_name, outcome, status) => {
    const cookie = cookiePair(await signIn());
    api.forceNext('account-info', outcome);
    const response = await handler(browserRequest('/session', { headers: { cookie } }));
    expect(response.status).toBe(status);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps the cookie when account-info times out, answering 504', async () => {
    const impatient = createBizKitHubHandler({ apiKey: devKey, timeoutMs: 50 });
    const cookie = cookiePair(await signIn(impatient));
    api.forceNext('account-info', { delayMs: 2_000 });
    const response = await impatient(browserRequest('/session', { headers: { cookie } }));
    expect(response.status).toBe(504);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('signs out by clearing the cookie with the attributes it was set with', async () => {
    const custom = createBizKitHubHandler({ apiKey: devKey, cookie: { name: 'sid', path: '/shop', domain: 'shop.example' } });
    const response = await custom(browserRequest('/sign-out', { body: {} }));
    expect(await response.clone().json()).toEqual({ success: true });
    expect(cookiePair(response)).toBe('sid=');
    expect(Object.fromEntries(cookieAttributes(response))).toMatchObject({ 'max-age': '0', path: '/shop', domain: 'shop.example', httponly: '', secure: '' });
    const bodiless = await handler(new Request(`${shopOrigin}/api/auth/sign-out`, { method: 'POST', headers: { origin: shopOrigin } }));
    expect(bodiless.status).toBe(200);
    expect(cookieAttributes(bodiless).get('max-age')).toBe('0');
  });
});

describe('guards', () => {
  it('refuses a POST from a foreign or opaque origin with 403 before calling BizKitHub', async () => {
    for (const origin of ['https://evil.test', 'null', 'https://shop.example.evil.test', 'http://shop.example']) {
      const response = await handler(browserRequest('/login', { body: login, origin }));
      expect(response.status).toBe(403);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    const signOut = await handler(browserRequest('/sign-out', { body: {}, origin: 'https://evil.test' }));
    expect(signOut.status).toBe(403);
    expect(signOut.headers.get('set-cookie')).toBeNull();
    expect(api.requests).toHaveLength(0);
  });

  it('accepts an Origin whose host is the Host the browser sent, when the framework rewrote request.url (next start)', async () => {
    const rewritten = (origin: string, headers: Record<string, string>) =>
      handler(browserRequest('', { url: 'http://localhost:3000/api/auth/login', body: login, origin, headers }));
    expect((await rewritten('http://127.0.0.1:45101', { host: '127.0.0.1:45101' })).status).toBe(200);
    expect((await rewritten('https://shop.example', { host: 'internal:3000', 'x-forwarded-host': 'shop.example, proxy.internal' })).status).toBe(200);
    expect((await rewritten('https://evil.test', { host: 'shop.example' })).status).toBe(403);
    expect((await rewritten('https://evil.test', { host: 'shop.example', 'x-forwarded-host': 'shop.example' })).status).toBe(403);
    expect((await rewritten('null', { host: 'shop.example' })).status).toBe(403);
  });

  it('refuses a POST without Origin unless Sec-Fetch-Site says same-origin or allowRequestsWithoutOrigin is set, and accepts the origins listed in allowedOrigins', async () => {
    expect((await handler(browserRequest('/login', { body: login, origin: null }))).status).toBe(403);
    expect((await handler(browserRequest('/login', { body: login, origin: null, headers: { 'sec-fetch-site': 'same-origin' } }))).status).toBe(200);
    expect((await handler(browserRequest('/login', { body: login, origin: null, headers: { 'sec-fetch-site': 'cross-site' } }))).status).toBe(403);
    const servers = createBizKitHubHandler({ apiKey: devKey, allowRequestsWithoutOrigin: true });
    expect((await servers(browserRequest('/login', { body: login, origin: null }))).status).toBe(200);
    const listed = createBizKitHubHandler({ apiKey: devKey, allowedOrigins: ['https://www.shop.example'] });
    expect((await listed(browserRequest('/login', { body: login, origin: 'https://www.shop.example' }))).status).toBe(200);
    // The list replaces the default: the request's own origin is then not enough.
    expect((await listed(browserRequest('/login', { body: login }))).status).toBe(403);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses %s with 415',
    async (type) => {
      const response = await handler(browserRequest('/login', { rawBody: JSON.stringify(login), headers: { 'content-type': type } }));
      expect(response.status).toBe(415);
      expect(api.requests).toHaveLength(0);
    },
  );

  it('accepts application/json with a charset', async () => {
    const response = await handler(browserRequest('/login', { rawBody: JSON.stringify(login), headers: { 'content-type': 'application/json; charset=UTF-8' } }));
    expect(response.status).toBe(200);
  });

  it('refuses a body over 16 kB with 413, also when it is streamed without a length', async () => {
    const big = JSON.stringify({ ...login, padding: 'x'.repeat(17 * 1024) });
    expect((await handler(browserRequest('/login', { rawBody: big, headers: { 'content-type': 'application/json' } }))).status).toBe(413);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode(' '.repeat(4096)));
      },
    });
    const response = await handler(browserRequest('/login', { rawBody: endless, headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(413);
    // It stopped reading soon after the cap instead of buffering everything.
    expect(pulled).toBeLessThan(10);
    expect(api.requests).toHaveLength(0);
  });

  it('refuses a body over 16 kB whose Content-Length claims less (a Request built in-process)', async () => {
    const big = JSON.stringify({ ...login, padding: 'x'.repeat(17 * 1024) });
    const lying = browserRequest('/login', { rawBody: big, headers: { 'content-type': 'application/json', 'content-length': '64' } });
    expect(lying.headers.get('content-length')).toBe('64');
    expect((await handler(lying)).status).toBe(413);
    expect(api.requests).toHaveLength(0);
  });

  it('reads a body with a declared length like one without', async () => {
    const body = JSON.stringify(login);
    const declared = String(new TextEncoder().encode(body).byteLength);
    const response = await handler(browserRequest('/login', { rawBody: body, headers: { 'content-type': 'application/json', 'content-length': declared } }));
    expect(response.status).toBe(200);
    expect(api.requests).toHaveLength(1);
  });

  it('accepts a body just under the cap', async () => {
    const body = JSON.stringify(login);
    const padded = body.slice(0, -1) + ',"padding":"' + 'x'.repeat(16 * 1024 - body.length - 14) + '"}';
    expect(new TextEncoder().encode(padded).byteLength).toBeLessThanOrEqual(16 * 1024);
    expect((await handler(browserRequest('/login', { rawBody: padded, headers: { 'content-type': 'application/json' } }))).status).toBe(200);
  });

  it('answers unknown routes with 404, wrong methods with 405 and Allow', async () => {
    for (const url of [`${shopOrigin}/api/auth/nothing`, `${shopOrigin}/api/auth`, `${shopOrigin}/elsewhere/login`, `${shopOrigin}/api/auth/__proto__`, `${shopOrigin}/api/authx/login`]) {
      expect((await handler(browserRequest('', { url, body: login }))).status).toBe(404);
    }
    const getLogin = await handler(browserRequest('/login'));
    expect(getLogin.status).toBe(405);
    expect(getLogin.headers.get('allow')).toBe('POST');
    const postSession = await handler(browserRequest('/session', { body: {} }));
    expect(postSession.status).toBe(405);
    expect(postSession.headers.get('allow')).toBe('GET');
    const deleteSession = await handler(browserRequest('/session', { method: 'DELETE' }));
    expect(deleteSession.status).toBe(405);
  });

  it('serves a custom basePath', async () => {
    const mounted = createBizKitHubHandler({ apiKey: devKey, basePath: '/auth/' });
    expect((await mounted(browserRequest('', { url: `${shopOrigin}/auth/login`, body: login }))).status).toBe(200);
    expect((await mounted(browserRequest('/login', { body: login }))).status).toBe(404);
  });
});

describe('secrets', () => {
  it('no response of any route carries the key, the password or the identityId outside the cookie', async () => {
    const secretPassword = 'correct horse';
    const responses: Response[] = [];
    const signedIn = await signIn();
    const identityId = cookiePair(signedIn).split('=')[1] ?? '';
    responses.push(new Response(await signedIn.clone().text(), { headers: [...signedIn.headers].filter(([name]) => name !== 'set-cookie') }));
    const cookie = `__Host-auth-id=${identityId}`;
    responses.push(await handler(browserRequest('/session', { headers: { cookie } })));
    responses.push(await handler(browserRequest('/login', { body: { ...login, password: 'wrong' } })));
    api.forceNext('login', { platformCode: 'PUBLIC_API_KEY_IS_NOT_ACTIVE', message: `key ${devKey} is not active` });
    responses.push(await signIn());
    api.forceNext('login', { networkError: true });
    responses.push(await signIn());
    responses.push(await handler(browserRequest('/login', { body: { email: 'bad', password: secretPassword } })));
    responses.push(await handler(browserRequest('/sign-out', { body: {}, headers: { cookie } })));
    for (const response of responses) {
      const text = await everything(response);
      expect(text).not.toContain(devKey);
      expect(text).not.toContain(secretPassword);
      expect(text).not.toContain(identityId);
    }
  });
});
