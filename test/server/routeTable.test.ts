// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import {
  createClientConfig,
  fetchSession,
  login,
  magicAuth,
  registerAccount,
  requestMagicLink,
  resetPassword,
  setNewPassword,
  signOut,
} from '../../src/client/index.js';
import { handlerPath, handlerRoutes, type HandlerRoute, type MagicLinkRoute } from '../../src/core/routes.js';
import { createBizKitHubHandler, type BizKitHubHandler } from '../../src/server/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { devKey } from '../support/keys.js';
import { accounts, forbidConsoleInEveryTest, shopOrigin, verified } from './support.js';

// The one route table (core/routes.ts), read through the handler and through the browser client in
// server mode, over a real socket on 127.0.0.1.

const api = createMockBizKitHub({ accounts });
const options = { apiKey: devKey, fetch: api.fetch, origin: shopOrigin };
const servers: Server[] = [];

async function listen(handler: BizKitHubHandler): Promise<string> {
  const server = createServer(getRequestListener(handler, { overrideGlobalObjects: false }));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/auth`;
}

let full: string;
let plain: string;
beforeAll(async () => {
  full = await listen(createBizKitHubHandler({ ...options, magicLink: { sendMagicLink: () => undefined } }));
  plain = await listen(createBizKitHubHandler(options));
});
afterAll(() => Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))));
afterEach(() => api.reset());

forbidConsoleInEveryTest();

/** What the handler says about a method no route takes: 405 for a route it has, 404 and why for one it lacks. */
async function probe(base: string, path: string): Promise<string> {
  const answer = await fetch(`${base}${path}`, { method: 'PUT' });
  const body = (await answer.json()) as { reason?: string };
  return `${answer.status} ${body.reason ?? ''}`;
}

describe('the route table over real HTTP', () => {
  it('the handler serves every route of the table, and no other', async () => {
    for (const route of handlerRoutes) expect([route, await probe(full, handlerPath(route))]).toEqual([route, '405 method-not-allowed']);
    // magic-auth is an endpoint of BizKitHub's, never a route of the handler.
    expect(await probe(full, '/magic-auth')).toBe('404 unknown-route');
    expect(await probe(full, '/logins')).toBe('404 unknown-route');
  });

  it('without magicLink, the magic-link routes of the table say they are not configured', async () => {
    const optional: MagicLinkRoute[] = ['magic-link', 'magic-link/verify'];
    for (const route of handlerRoutes) {
      expect([route, await probe(plain, handlerPath(route))]).toEqual([
        route,
        optional.includes(route as MagicLinkRoute) ? '404 not-configured' : '405 method-not-allowed',
      ]);
    }
  });

  it('the client in server mode calls each route where the handler serves it', async () => {
    const called: string[] = [];
    const statuses: number[] = [];
    const config = createClientConfig({
      serverUrl: full,
      // A browser sends its page's origin with every POST; node's fetch sends none.
      fetch: async (input, init) => {
        const url = new URL(String(input));
        called.push(url.pathname.slice('/api/auth'.length));
        const answer = await fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: shopOrigin } });
        statuses.push(answer.status);
        return answer;
      },
    });
    await login(config, { email: verified.email, password: verified.password ?? '' });
    await fetchSession(config);
    await registerAccount(config, { email: 'new@example.com', password: 'a long passphrase' });
    await resetPassword(config, { email: verified.email });
    await setNewPassword(config, { token: 'Hm2cDfmTS8x49Mo67gOxId8gEwNBwf1A', password: 'another passphrase' }).catch(() => undefined);
    await requestMagicLink(config, { email: verified.email });
    await signOut(config);
    // Every route the client calls is in the table (the verify route is the e-mailed link's, not the client's).
    const clientRoutes: HandlerRoute[] = ['login', 'session', 'register-account', 'reset-password', 'set-new-password', 'magic-link', 'sign-out'];
    expect(called).toEqual(clientRoutes.map((route) => handlerPath(route)));
    expect(statuses.filter((status) => status === 404 || status === 405)).toEqual([]);
  });

  it('the client does not call magic-auth in server mode, where the handler has no such route', async () => {
    let requests = 0;
    const config = createClientConfig({ serverUrl: full, fetch: async () => (requests += 1, new Response('{}')) });
    await expect(magicAuth(config, { email: verified.email })).rejects.toThrow(TypeError);
    expect(requests).toBe(0);
  });
});
