// @vitest-environment node
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { onTestFinished } from 'vitest';
import { createBizKitHubHandler, toNodeHandler, type MagicLinkMessage } from '../../src/server/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { devKey } from '../support/keys.js';
import { accounts, forbidConsoleInEveryTest, verified } from './support.js';

// The README's Express mount, on a real Express 5 app on 127.0.0.1: the handler under /api/auth
// beside the shop's own routes, reached over real HTTP.
const api = createMockBizKitHub({ accounts });
const sent: MagicLinkMessage[] = [];
const shop = 'https://shop.example';
const app = express();
app.get('/', (_request, response) => void response.send('the shop'));
app.use('/api/auth', toNodeHandler(createBizKitHubHandler({ apiKey: devKey, fetch: api.fetch, origin: shop, magicLink: { sendMagicLink: (message) => void sent.push(message) } })));
let server: Server;
let base: string;

beforeAll(async () => {
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});
afterEach(() => api.reset());

forbidConsoleInEveryTest();

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/auth${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: shop, ...headers }, body: JSON.stringify(body) });

describe('toNodeHandler mounted in Express under /api/auth', () => {
  it('answers every route at its full path (Express strips the mount path; the handler still sees it)', async () => {
    const signedIn = await post('/login', { email: verified.email, password: verified.password });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^__Host-auth-id=[A-Za-z0-9]{32}$/);
    const session = await fetch(`${base}/api/auth/session`, { headers: { cookie } });
    expect(await session.json()).toMatchObject({ loggedIn: true, account: { email: verified.email } });
    expect((await fetch(`${base}/api/auth/nothing`)).status).toBe(404);
    expect(await (await fetch(`${base}/`)).text()).toBe('the shop');
  });

  it("hands the handler the socket's address: customerRealIp and the per-IP limit ignore a forged X-Forwarded-For", async () => {
    // Inside one 15-minute window of the limits, whenever the test runs.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-03T10:05:00Z') });
    onTestFinished(() => void vi.useRealTimers());
    await post('/login', { email: verified.email, password: verified.password, customerRealIp: '1.1.1.1' }, { 'x-forwarded-for': '6.6.6.6' });
    expect(api.requests.at(-1)?.body).toMatchObject({ customerRealIp: '127.0.0.1' });
    const statuses = [];
    for (let index = 0; index < 25; index += 1) {
      statuses.push((await post('/magic-link', { email: `visitor${index}@example.com` }, { 'x-forwarded-for': `10.0.0.${index}` })).status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
  });
});
