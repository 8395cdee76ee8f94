// Issue 35: in development, the browser client says why the handler behind serverUrl refused (its
// `reason`), or that no handler answered there, once each; the customer still reads the catalog's
// generic sentence. The refusals come from the real handler, called through the client's `fetch`
// option as the page's browser would (with the page's Origin).
import type { MockInstance } from 'vitest';
import { createBizKitHubHandler, type BizKitHubHandlerOptions } from '../../src/server/index.js';
import { devKey } from '../support/keys.js';

/** A fresh copy of the client module, so the warn-once memory starts empty. */
async function freshClient() {
  vi.resetModules();
  return import('../../src/client/index.js');
}

/** A fetch that hands the request to `handler`, with the Origin header a browser adds to a POST. */
function throughHandler(options: Omit<BizKitHubHandlerOptions, 'apiKey'>): typeof fetch {
  const handler = createBizKitHubHandler({ apiKey: devKey, ...options });
  return (input, init) => {
    const request = new Request(input, init);
    if (request.method !== 'GET') request.headers.set('Origin', location.origin);
    return handler(request);
  };
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

// The browser client's own lines: the handler in this process has its own development warnings.
const warnings = () => warn.mock.calls.map((args) => args.map(String).join(' ')).filter((line) => !line.startsWith('@bizkithub/auth-react/server:'));
const credentials = { email: 'jana@example.com', password: 'correct horse' };

describe('the handler refused: the development warning shows its reason', () => {
  test('an origin mismatch (the shop browsed at another origin) is named, with its fix, once', async () => {
    const { createBizKitHubClient, getErrorMessage, en } = await freshClient();
    // The page is at jsdom's origin; the handler was configured for another one (issue 35's SHOP_ORIGIN).
    expect(location.origin).not.toBe('http://127.0.0.1:3002');
    const client = createBizKitHubClient({ serverUrl: '/api/auth', fetch: throughHandler({ origin: 'http://127.0.0.1:3002' }) });

    const error = await client.login(credentials).catch((caught: unknown) => caught);
    expect(warnings()).toEqual([
      expect.stringMatching(
        new RegExp(`refused POST ${location.origin}/api/auth/login \\(HTTP 403, reason "origin-mismatch"\\): .*allowedOrigins`),
      ),
    ]);
    // The customer's sentence stays the generic, localized one: no reason, no origin.
    expect(getErrorMessage(error, 'en')).toBe(en['error.http']);
    expect(getErrorMessage(error, 'en')).not.toMatch(/origin/i);

    await client.login(credentials).catch(() => undefined);
    await client.registerAccount(credentials).catch(() => undefined);
    expect(warnings()).toHaveLength(1);
  });

  test('magic links without the handler’s magicLink option: a 404 whose reason and fix are named', async () => {
    const { createBizKitHubClient } = await freshClient();
    const client = createBizKitHubClient({ serverUrl: '/api/auth', fetch: throughHandler({ origin: location.origin }) });
    await expect(client.requestMagicLink({ email: credentials.email })).rejects.toMatchObject({ status: 404 });
    // "not-configured" names the missing option; a handler that does not tell an unconfigured
    // feature from a missing route says "unknown-route", and the fix names serverUrl.
    expect(warnings()).toEqual([
      expect.stringMatching(/\(HTTP 404, reason "(not-configured"\): .*magicLink option|unknown-route"\): .*serverUrl must be)/),
    ]);
  });

  test('an answer the handler meant (signed out) warns of nothing', async () => {
    const { createBizKitHubClient } = await freshClient();
    const client = createBizKitHubClient({ serverUrl: '/api/auth', fetch: throughHandler({ origin: location.origin }) });
    await expect(client.fetchSession()).resolves.toEqual({ status: 'signed-out' });
    expect(warnings()).toEqual([]);
  });
});

describe('no handler behind serverUrl', () => {
  test('a 404 page: one warning that names the URL and points to docs/server.md, however many calls', async () => {
    const { createBizKitHubClient, getErrorMessage, en } = await freshClient();
    // What a dev server or a framework answers where nothing is mounted.
    const notFound = () =>
      Promise.resolve(new Response('<!doctype html><title>404</title>', { status: 404, headers: { 'Content-Type': 'text/html' } }));
    const client = createBizKitHubClient({ serverUrl: '/api/auht', fetch: notFound });

    const error = await client.login(credentials).catch((caught: unknown) => caught);
    await client.fetchSession().catch(() => undefined);
    await client.resetPassword({ email: credentials.email }).catch(() => undefined);
    expect(warnings()).toEqual([
      expect.stringMatching(
        new RegExp(`serverUrl "/api/auht" answered POST ${location.origin}/api/auht/login with HTTP 404 and a body that is not JSON \\(text/html\\).*docs/server\\.md`),
      ),
    ]);
    expect(getErrorMessage(error, 'en')).toBe(en['error.invalidResponse']);
  });

  test('a JSON 404 that carries no reason is not the handler either', async () => {
    const { createBizKitHubClient } = await freshClient();
    const client = createBizKitHubClient({ serverUrl: '/api/auth', fetch: () => Promise.resolve(Response.json({ error: 'Not Found' }, { status: 404 })) });
    await client.login(credentials).catch(() => undefined);
    expect(warnings()).toEqual([expect.stringMatching(/answered POST .* with HTTP 404 and no reason: that is not createBizKitHubHandler/)]);
  });

  test('direct mode warns of nothing of the sort (BizKitHub answers there, not a handler)', async () => {
    const { createBizKitHubClient } = await freshClient();
    const client = createBizKitHubClient({
      apiKey: devKey,
      fetch: () => Promise.resolve(new Response('<!doctype html>', { status: 404, headers: { 'Content-Type': 'text/html' } })),
    });
    await client.login(credentials).catch(() => undefined);
    expect(warnings()).toEqual([]);
  });
});
