// @vitest-environment node
// Issue 34: the magic link's browser binding. The nonce is minted only by the server and kept
// across resends; the confirmation form carries its own token, so that a browser that sends
// `Origin: null` without `Sec-Fetch-Site` (Safari before 16.4) can finish, while a cross-site or
// token-less POST lands on a localized page and signs nobody in. Memory store and real Redis.
import type { MagicLinkStore } from '../../src/server/index.js';
import { formTokenIn, linkMailingShop, openAndPress, withSetCookies } from './confirmation.js';
import { startRedis } from './redis.js';
import { browserRequest, forbidConsoleInEveryTest, shopOrigin, startUpstream, verified } from './support.js';

const api = startUpstream();
const redis = startRedis();
forbidConsoleInEveryTest();
const { makeHandler, lastLink, sent } = linkMailingShop();
type Handler = ReturnType<typeof makeHandler>;
const sessionCookieOf = (response: Response) => response.headers.getSetCookie().find((line) => line.startsWith('__Host-auth-id='));
const warnsOtherDevice = (html: string) => html.includes('requested on another device');

/**
 * A browser's cookie jar that keeps to each cookie's `Path`, as a browser does: a cookie is sent
 * only to URLs under its path. (The binding cookie used to be scoped to the verify URL, so a resend
 * from the form did not carry it.)
 */
class Browser {
  private readonly cookies = new Map<string, { value: string; path: string }>();
  constructor(private readonly handler: Handler) {}

  private header(url: string): string | undefined {
    const { pathname } = new URL(url);
    const pairs = [...this.cookies].filter(([, { path }]) => pathname === path || pathname.startsWith(path.endsWith('/') ? path : `${path}/`));
    return pairs.length === 0 ? undefined : pairs.map(([name, { value }]) => `${name}=${value}`).join('; ');
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const path = attributes.find((attribute) => /^path=/i.test(attribute))?.slice(5) ?? '/';
      if (/max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, { value: pair.slice(name.length + 1), path });
    }
    return response;
  }

  async askForLink(email = verified.email) {
    const url = `${shopOrigin}/api/auth/magic-link`;
    const cookie = this.header(url);
    return this.keep(await this.handler(browserRequest('/magic-link', { body: { email }, headers: cookie ? { cookie } : {} })));
  }

  async open(link: string) {
    const cookie = this.header(link);
    return this.keep(await this.handler(new Request(link, { headers: cookie ? { cookie } : {} })));
  }

  get cookieHeader() {
    return this.header(`${shopOrigin}/`);
  }
}

let base = 0;
describe.each([
  ['the memory store', (): MagicLinkStore | undefined => undefined],
  ['Redis', (): MagicLinkStore | undefined => redis.store(`binding-${(base += 1)}`)],
])('the browser binding on %s', (_name, makeStore) => {
  it('never adopts a nonce the browser brings: a made-up or planted value is replaced, and the planted link still warns', async () => {
    const handler = makeHandler(makeStore());
    // The attacker asks for a link to their own address with a nonce of their choosing…
    for (const chosen of ['A'.repeat(43), `${'A'.repeat(43)}.${'B'.repeat(43)}`]) {
      const response = await handler(
        browserRequest('/magic-link', { body: { email: verified.email }, headers: { cookie: `__Host-auth-link=${chosen}` } }),
      );
      const minted = response.headers.getSetCookie()[0] ?? '';
      expect(minted).toMatch(/^__Host-auth-link=[\w-]{43}\.[\w-]{43}; /);
      expect(minted).not.toContain(chosen);
      // …and plants that value in the victim's browser: the victim is told the link came from elsewhere.
      const planted = await (await handler(new Request(lastLink(), { headers: { cookie: `__Host-auth-link=${chosen}` } }))).text();
      expect(warnsOtherDevice(planted)).toBe(true);
    }
    expect(api.sessions(verified.email)).toHaveLength(0);
  });

  it('binds nothing when the cookie comes twice (one tossed in beside it)', async () => {
    const handler = makeHandler(makeStore());
    const browser = new Browser(handler);
    await browser.askForLink();
    const doubled = `${browser.cookieHeader ?? ''}; ${browser.cookieHeader ?? ''}`;
    const page = await (await handler(new Request(lastLink(), { headers: { cookie: doubled } }))).text();
    expect(warnsOtherDevice(page)).toBe(true);
  });

  it('keeps one nonce across resends: every link the customer asked for in this browser shows no warning, and the first one signs in', async () => {
    const handler = makeHandler(makeStore());
    const browser = new Browser(handler);
    await browser.askForLink();
    const first = lastLink();
    await browser.askForLink();
    await browser.askForLink();
    const third = lastLink();
    expect(first).not.toBe(third);
    for (const link of [first, third]) {
      const page = await browser.open(link);
      expect(page.status).toBe(200);
      expect(warnsOtherDevice(await page.text())).toBe(false);
    }
    const signedIn = await openAndPress(handler, first, { cookie: browser.cookieHeader });
    expect(sessionCookieOf(signedIn)).toBeDefined();
    // Another browser opening the same customer's link is still told.
    const elsewhere = await handler(new Request(third));
    expect(warnsOtherDevice(await elsewhere.text())).toBe(true);
  });

  it('on a plain-http shop (development) the cookie has no prefix, and a made-up value is still not adopted', async () => {
    const handler = makeHandler(makeStore(), { origin: 'http://localhost:3000', cookie: { secure: false } });
    const response = await handler(
      new Request('http://localhost:3000/api/auth/magic-link', {
        method: 'POST',
        headers: { origin: 'http://localhost:3000', 'content-type': 'application/json', cookie: `auth-link=${'A'.repeat(43)}.${'B'.repeat(43)}` },
        body: JSON.stringify({ email: verified.email }),
      }),
    );
    const cookie = response.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^auth-link=[\w-]{43}\.[\w-]{43}; Max-Age=900; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(cookie).not.toContain('A'.repeat(43));
  });
});

describe.each([
  ['the memory store', (): MagicLinkStore | undefined => undefined],
  ['Redis', (): MagicLinkStore | undefined => redis.store(`form-${(base += 1)}`)],
])('the confirmation form token on %s', (_name, makeStore) => {
  const oldSafari = { 'sec-fetch-site': undefined } as const;

  it('lets a browser that sends Origin: null and no Sec-Fetch-Site (Safari before 16.4) sign in with the page it was shown', async () => {
    const handler = makeHandler(makeStore());
    const browser = new Browser(handler);
    await browser.askForLink();
    const signedIn = await openAndPress(handler, lastLink(), { cookie: browser.cookieHeader, headers: oldSafari });
    expect(signedIn.status).toBe(303);
    expect(sessionCookieOf(signedIn)).toBeDefined();
    expect(api.sessions(verified.email)).toHaveLength(1);
  });

  it('lets a browser that sends no Origin at all finish too, and one on another device (the page gives it its binding)', async () => {
    const handler = makeHandler(makeStore());
    await handler(browserRequest('/magic-link', { body: { email: verified.email } }));
    // Opened in a browser that never asked for it: no cookie yet, the page sets one.
    const signedIn = await openAndPress(handler, lastLink(), { headers: { origin: undefined, 'sec-fetch-site': undefined } });
    expect(sessionCookieOf(signedIn)).toBeDefined();
  });

  it.each([
    ['no form token', (_token: string) => ''],
    ['a made-up form token', (_token: string) => 'A'.repeat(43)],
    ['a form token with one character changed', (token: string) => `${token.slice(0, 5)}${token[5] === 'A' ? 'B' : 'A'}${token.slice(6)}`],
    // 43 base64url characters carry 258 bits for the signature's 256: the last one's spare bit set is the
    // same bytes, spelled another way; only the one spelling the server wrote is taken.
    ['the same form token spelled with a spare bit set', (token: string) => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      return `${token.slice(0, -1)}${alphabet[alphabet.indexOf(token.at(-1) ?? 'A') ^ 1] ?? ''}`;
    }],
  ])('refuses %s with the localized page (403, HTML), and the link still works', async (_case, forge) => {
    const handler = makeHandler(makeStore());
    await handler(browserRequest('/magic-link', { body: { email: verified.email, locale: 'cs' } }));
    const page = await handler(new Request(lastLink()));
    const cookie = withSetCookies(undefined, page);
    const token = formTokenIn(await page.text()) ?? '';
    const refused = await handler(
      new Request(lastLink(), {
        method: 'POST',
        headers: { origin: 'null', 'content-type': 'application/x-www-form-urlencoded', cookie: cookie ?? '' },
        body: `confirm=${encodeURIComponent(forge(token))}`,
      }),
    );
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await refused.text();
    expect(html).toContain('<html lang="cs">');
    expect(html).toContain('Přihlášení nebylo potvrzeno');
    expect(html).toContain('data-reason="cross-site"');
    expect(html).not.toMatch(/success|\{"/);
    expect(sessionCookieOf(refused)).toBeUndefined();
    expect(api.sessions(verified.email)).toHaveLength(0);
    expect(sessionCookieOf(await openAndPress(handler, lastLink(), { cookie }))).toBeDefined();
  });

  it('refuses the attacker\'s own form token in the victim\'s browser (login CSRF through Origin: null)', async () => {
    const handler = makeHandler(makeStore());
    // The attacker asks for a link to their own address and opens it: their page, their form token.
    await handler(browserRequest('/magic-link', { body: { email: verified.email } }));
    const attackersPage = await handler(new Request(lastLink()));
    const attackersToken = formTokenIn(await attackersPage.text()) ?? '';
    // The victim's browser has a binding of its own (it once opened a link or asked for one).
    const victim = new Browser(handler);
    await victim.askForLink('victim@example.com');
    // The attacker's page makes the victim's old Safari post the attacker's link with Origin: null.
    const forged = await handler(
      new Request(sent()[0]?.url ?? '', {
        method: 'POST',
        headers: { origin: 'null', 'content-type': 'application/x-www-form-urlencoded', cookie: victim.cookieHeader ?? '' },
        body: `confirm=${attackersToken}`,
      }),
    );
    expect(forged.status).toBe(403);
    expect(api.sessions(verified.email)).toHaveLength(0);
  });

  it('keeps refusing cross-site POSTs that carry a valid form token and the right cookie', async () => {
    const handler = makeHandler(makeStore());
    const browser = new Browser(handler);
    await browser.askForLink();
    for (const headers of [
      { origin: 'https://evil.test', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.test', 'sec-fetch-site': undefined },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
      { origin: undefined, 'sec-fetch-site': 'cross-site' },
      { origin: 'https://sub.shop.example', 'sec-fetch-site': 'same-site' },
    ]) {
      const forged = await openAndPress(handler, lastLink(), { cookie: browser.cookieHeader, headers });
      expect(forged.status).toBe(403);
      expect(forged.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
    expect(api.sessions(verified.email)).toHaveLength(0);
  });

  it('refuses a form token of another link, and a body that is not the form', async () => {
    const handler = makeHandler(makeStore());
    const browser = new Browser(handler);
    await browser.askForLink();
    const first = lastLink();
    await browser.askForLink();
    const tokenOfSecond = formTokenIn(await (await browser.open(lastLink())).text()) ?? '';
    const post = (body: string, type = 'application/x-www-form-urlencoded') =>
      handler(new Request(first, { method: 'POST', headers: { origin: 'null', 'content-type': type, cookie: browser.cookieHeader ?? '' }, body }));
    expect((await post(`confirm=${tokenOfSecond}`)).status).toBe(403);
    const tokenOfFirst = formTokenIn(await (await browser.open(first)).text()) ?? '';
    expect((await post(JSON.stringify({ confirm: tokenOfFirst }), 'application/json')).status).toBe(403);
    expect((await post(`confirm=${tokenOfFirst}&pad=${'x'.repeat(2000)}`)).status).toBe(403);
    expect(api.sessions(verified.email)).toHaveLength(0);
    expect((await post(`confirm=${tokenOfFirst}`)).status).toBe(303);
  });
});

describe('the refused page', () => {
  it.each([
    ['en', 'Sign-in not confirmed'],
    ['cs', 'Přihlášení nebylo potvrzeno'],
    ['sk', 'Prihlásenie nebolo potvrdené'],
    ['de', 'Anmeldung nicht bestätigt'],
    ['pl', 'Logowanie niepotwierdzone'],
  ])('speaks the language of the link (%s), with the confirmation page\'s protective headers', async (locale, title) => {
    const handler = makeHandler(undefined);
    await handler(browserRequest('/magic-link', { body: { email: verified.email, locale } }));
    const refused = await handler(new Request(lastLink(), { method: 'POST', headers: { origin: 'https://evil.test' } }));
    expect(refused.status).toBe(403);
    const html = await refused.text();
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain('data-reason="origin-mismatch"');
    expect(refused.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
