// @vitest-environment node
// docs/server.md's recipes (examples/recipes/), each run over real HTTP on 127.0.0.1 with a sign-in and a
// session read: the Express 5 and Hono APIs as written, and the Vite SPA's dev server (its own
// vite.config.ts, a real Vite) in front of the Express one. The package's source stands in for
// @bizkithub/auth-react/server, as it would be installed.
import { serve, type ServerType } from '@hono/node-server';
import type { Express } from 'express';
import type { Hono } from 'hono';
import type { Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { BizKitHubHandlerOptions } from '../../src/server/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { devKey } from '../support/keys.js';

vi.mock('@bizkithub/auth-react/server', () => import('../../src/server/index.js'));

// Loaded by URL: `tsc` leaves the recipes to the docs' snippet check (test/package/docsSnippets.test.ts),
// which compiles their copies in docs/server.md against src/, with no build needed.
const recipe = (file: string): Promise<unknown> => import(/* @vite-ignore */ new URL(`../../examples/recipes/${file}`, import.meta.url).href);
const { createShopApi: expressApi } = (await recipe('express.ts')) as { createShopApi: (options: BizKitHubHandlerOptions) => Express };
const { createShopApi: honoApi } = (await recipe('hono.ts')) as { createShopApi: (options: BizKitHubHandlerOptions) => Hono };

const jana = { email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' };
const api = createMockBizKitHub({ accounts: [jana] });
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const options = (origin: string): BizKitHubHandlerOptions => ({ apiKey: devKey, fetch: api.fetch, origin });

async function listenExpress(origin: string, port = 0): Promise<string> {
  const server: Server = expressApi(options(origin)).listen(port, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function listenHono(origin: string): Promise<string> {
  const app = honoApi(options(origin));
  const server: ServerType = await new Promise((resolve) => {
    // overrideGlobalObjects: false, so that this file leaves the worker's Request and Response (shared by the
    // unit project's other files) as they were; a shop's own server keeps the default.
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false }, () => resolve(started));
  });
  stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * A customer's round trip through `base` as a page of `origin` makes it: signed out, sign in, the
 * session and the shop's own guarded route with the cookie, then sign out.
 */
async function roundTrip(base: string, origin: string) {
  const orders = (cookie?: string) => fetch(`${base}/api/orders`, { headers: cookie ? { cookie } : {} });
  expect((await orders()).status).toBe(401);
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ email: jana.email, password: jana.password }),
  });
  expect(login.status).toBe(200);
  const setCookie = login.headers.getSetCookie()[0] ?? '';
  expect(setCookie).toMatch(/HttpOnly/i);
  const cookie = setCookie.split(';')[0] ?? '';
  const session = await fetch(`${base}/api/auth/session`, { headers: { cookie } });
  expect(await session.json()).toMatchObject({ loggedIn: true, account: { email: jana.email, firstName: 'Jana' } });
  const mine = await orders(cookie);
  expect(mine.status).toBe(200);
  expect(await mine.json()).toEqual({ email: jana.email, orders: [] });
  // A page of another site cannot sign anyone in through the shop.
  const evil = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'https://evil.test' },
    body: JSON.stringify({ email: jana.email, password: jana.password }),
  });
  expect(evil.status).toBe(403);
  // BizKitHub unreachable: the guarded route says so (503), it does not read as signed out.
  api.forceNext('account-info', { networkError: true });
  expect((await orders(cookie)).status).toBe(503);
  return cookie;
}

describe('docs/server.md recipes over real HTTP on 127.0.0.1', () => {
  test('Express 5: toNodeHandler under /api/auth, and a route guarded by readSession', async () => {
    const origin = 'https://shop.example';
    await roundTrip(await listenExpress(origin), origin);
  });

  test('Hono: the Web handler under /api/auth/*, and a route guarded by readSession', async () => {
    const origin = 'https://shop.example';
    await roundTrip(await listenHono(origin), origin);
  });

  test("a Vite SPA: its dev server's proxy (the recipe's vite.config.ts) passes /api to the Express API, on the page's origin", async () => {
    const vitePort = await freePort();
    // The origin the browser sees is the dev server's: the API is configured with it.
    const origin = `http://127.0.0.1:${vitePort}`;
    const apiUrl = await listenExpress(origin);
    const previous = process.env.SHOP_API_URL;
    process.env.SHOP_API_URL = apiUrl;
    let vite: ViteDevServer;
    try {
      vite = await createViteServer({
        configFile: fileURLToPath(new URL('../../examples/recipes/spa/vite.config.ts', import.meta.url)),
        root: fileURLToPath(new URL('../../examples/recipes/spa/', import.meta.url)),
        logLevel: 'silent',
        server: { host: '127.0.0.1', port: vitePort, strictPort: true, watch: null, hmr: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      await vite.listen();
    } finally {
      if (previous === undefined) delete process.env.SHOP_API_URL;
      else process.env.SHOP_API_URL = previous;
    }
    stops.push(() => vite.close());
    const page = await fetch(`${origin}/`);
    expect(await page.text()).toContain('<div id="root"></div>');
    const cookie = await roundTrip(origin, origin);
    // The cookie the API set reached the browser through the proxy as the page's own (no Domain, plain-http name).
    expect(cookie).toMatch(/^auth-id=[A-Za-z0-9]{32}$/);
  });
});
