// @vitest-environment node
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createBizKitHubHandler, type MagicLinkMessage } from '../../src/server/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { devKey } from '../support/keys.js';
import { accounts, forbidConsoleInEveryTest, verified } from './support.js';
import { formTokenIn } from './confirmation.js';

// The handler mounted on node:http through @hono/node-server, as README shows for Express and
// plain Node, and driven over a real socket on 127.0.0.1.

const api = createMockBizKitHub({ accounts });
const sent: MagicLinkMessage[] = [];
const handler = createBizKitHubHandler({
  apiKey: devKey,
  fetch: api.fetch,
  origin: 'https://shop.example',
  magicLink: { sendMagicLink: (message) => void sent.push(message) },
});
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer(getRequestListener(handler, { overrideGlobalObjects: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});
afterEach(() => api.reset());

forbidConsoleInEveryTest();

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${origin}/api/auth${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://shop.example', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('over real HTTP on 127.0.0.1', () => {
  it('signs in with an HttpOnly cookie, answers the session for it, and signs out', async () => {
    const signedIn = await post('/login', { email: verified.email, password: verified.password }, { 'x-forwarded-for': '198.51.100.23' });
    expect(signedIn.status).toBe(200);
    expect(await signedIn.json()).toEqual({ success: true });
    const [setCookie = ''] = signedIn.headers.getSetCookie();
    expect(setCookie).toMatch(/^__Host-auth-id=[A-Za-z0-9]{32}; Max-Age=7776000; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    // The socket's address, not the X-Forwarded-For the client wrote (no proxy is trusted by default).
    expect(api.requests[0]?.body).toMatchObject({ customerRealIp: '127.0.0.1' });

    const cookie = setCookie.split(';')[0] ?? '';
    const session = await fetch(`${origin}/api/auth/session`, { headers: { cookie } });
    expect(session.headers.get('cache-control')).toBe('no-store');
    expect(await session.json()).toMatchObject({ loggedIn: true, account: { email: verified.email } });

    const signedOut = await post('/sign-out', {}, { cookie });
    expect(signedOut.headers.getSetCookie()[0]).toMatch(/^__Host-auth-id=; Max-Age=0;/);
  });

  it('refuses a cross-site POST, a form post and an oversized streamed body', async () => {
    expect((await post('/login', { email: verified.email, password: verified.password }, { origin: 'https://evil.test' })).status).toBe(403);
    expect((await post('/login', 'email=a&password=b', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 10; index += 1) controller.enqueue(new TextEncoder().encode(' '.repeat(4096)));
        controller.close();
      },
    });
    const big = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://shop.example' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(big.status).toBe(413);
    expect(api.requests).toHaveLength(0);
  });

  it('answers 404 and 405 like any route table', async () => {
    expect((await fetch(`${origin}/api/auth/magic-auth`, { method: 'POST' })).status).toBe(404);
    const wrong = await fetch(`${origin}/api/auth/login`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });

  it('mails a link on origin even when the Host header on the wire is forged', async () => {
    const body = JSON.stringify({ email: verified.email, returnTo: '//evil.test' });
    const status = await new Promise<number>((resolve, reject) => {
      const { port } = new URL(origin);
      const outgoing = httpRequest(
        { host: '127.0.0.1', port, path: '/api/auth/magic-link', method: 'POST', headers: { host: 'evil.test', origin: 'https://shop.example', 'content-type': 'application/json', 'x-forwarded-host': 'evil.test' } },
        (incoming) => {
          incoming.resume();
          resolve(incoming.statusCode ?? 0);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    expect(status).toBe(200);
    const link = new URL(sent.at(-1)?.url ?? '');
    expect(link.origin).toBe('https://shop.example');

    // Followed over the socket: a scanner's GET and HEAD show the confirmation page and use nothing
    // up; the button's POST signs in once and redirects to the shop; then the link says "used".
    const verifyPath = `${link.pathname}${link.search}`;
    let page = { cookie: '', formToken: '' };
    for (const method of ['GET', 'HEAD', 'GET']) {
      const scanned = await fetch(`${origin}${verifyPath}`, { method, redirect: 'manual' });
      expect(scanned.status).toBe(200);
      // No session; a GET gives the browser its binding, which the page's form token is tied to.
      expect(scanned.headers.getSetCookie()).toEqual(method === 'GET' ? [expect.stringMatching(/^__Host-auth-link=/)] : []);
      if (method === 'GET') page = { cookie: scanned.headers.getSetCookie()[0]?.split(';')[0] ?? '', formToken: formTokenIn(await scanned.text()) ?? '' };
    }
    const press = {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: 'https://shop.example', 'content-type': 'application/x-www-form-urlencoded', cookie: page.cookie },
      body: `confirm=${page.formToken}`,
    } as const;
    const signedIn = await fetch(`${origin}${verifyPath}`, press);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('https://shop.example/');
    expect(signedIn.headers.get('referrer-policy')).toBe('no-referrer');
    expect(signedIn.headers.getSetCookie()[0]).toMatch(/^__Host-auth-id=[A-Za-z0-9]{32};/);
    const again = await fetch(`${origin}${verifyPath}`, press);
    expect(again.headers.get('location')).toBe('https://shop.example/?error=used');
    expect((await fetch(`${origin}${verifyPath}`, { redirect: 'manual' })).headers.get('location')).toBe('https://shop.example/?error=used');
  });
});
