// @vitest-environment node
// toNodeHandler writes the handler's own answers straight to Node's response instead of letting the
// adapter read them back out of the Response. What reaches the browser must not change: each answer
// is compared with the adapter's own writing of the same handler, header by header and byte by byte.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createBizKitHubHandler, toNodeHandler, type BizKitHubHandler } from '../../src/server/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { devKey } from '../support/keys.js';
import { accounts, forbidConsoleInEveryTest, verified } from './support.js';

const api = createMockBizKitHub({ accounts });
const shop = 'https://shop.example';
const handler = createBizKitHubHandler({ apiKey: devKey, fetch: api.fetch, origin: shop, magicLink: { sendMagicLink: () => undefined } });
afterEach(() => api.reset());
forbidConsoleInEveryTest();

async function listen(listener: RequestListener): Promise<string> {
  const server: Server = createServer(listener).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  server.closeIdleConnections();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * What a client reads of an answer: status, every header but the connection's own, each cookie line
 * (its value's length for its value: a new session or link is random each time), the bytes.
 */
async function read(response: Response) {
  const headers = [...response.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'set-cookie'].includes(name));
  const cookies = response.headers.getSetCookie().map((line) => line.replace(/=([^;]*)/, (_pair, value: string) => `=(${value.length})`));
  return { status: response.status, headers, cookies, body: await response.text() };
}

const json = { 'content-type': 'application/json', origin: shop };
const identity = 'A'.repeat(32);
const requests: [string, string, RequestInit][] = [
  ['a sign-in (one cookie)', '/api/auth/login', { method: 'POST', headers: json, body: JSON.stringify({ email: verified.email, password: verified.password }) }],
  ['a refused sign-in', '/api/auth/login', { method: 'POST', headers: json, body: JSON.stringify({ email: verified.email, password: 'wrong' }) }],
  ['invalid input', '/api/auth/login', { method: 'POST', headers: json, body: JSON.stringify({ email: 'not an address', password: 'x' }) }],
  ['a body that is not JSON', '/api/auth/login', { method: 'POST', headers: { ...json, 'content-type': 'text/plain' }, body: 'x' }],
  ['a cross-site POST', '/api/auth/sign-out', { method: 'POST', headers: { ...json, origin: 'https://evil.example' }, body: '{}' }],
  ['a sign-out (a clearing cookie)', '/api/auth/sign-out', { method: 'POST', headers: json, body: '{}' }],
  ['a session read, signed out', '/api/auth/session', {}],
  ['a doubled session cookie (cleared)', '/api/auth/session', { headers: { cookie: `__Host-auth-id=${identity}; __Host-auth-id=${'B'.repeat(32)}` } }],
  ['a wrong method (Allow)', '/api/auth/login', {}],
  ['a HEAD', '/api/auth/session', { method: 'HEAD' }],
  ['no such route', '/api/auth/nothing', {}],
  ['a magic link that is not one (303, no body)', '/api/auth/magic-link/verify?token=nope', { redirect: 'manual' }],
  ['a magic-link request (the link’s cookie)', '/api/auth/magic-link', { method: 'POST', headers: json, body: JSON.stringify({ email: 'jana@bücher.de', firstName: 'Šárka' }) }],
];

describe('the Node mount answers as the adapter would', () => {
  it.each(requests)('%s', async (_name, path, init) => {
    const mounted = await listen(toNodeHandler(handler));
    const adapter = await listen(getRequestListener(handler, { overrideGlobalObjects: false }));
    const [ours, theirs] = [await read(await fetch(mounted + path, init)), await read(await fetch(adapter + path, init))];
    expect(ours).toEqual(theirs);
    if (init.method !== 'HEAD' && ours.body !== '') {
      expect(ours.headers).toContainEqual(['content-length', String(Buffer.byteLength(ours.body))]);
    }
  });
});

describe('answers a wrapper changed or built', () => {
  it('writes the handler’s answer with the headers a wrapper added, each cookie on its own line', async () => {
    const withCors: BizKitHubHandler = async (request, env) => {
      const response = await handler(request, env);
      response.headers.set('Access-Control-Allow-Origin', shop);
      response.headers.append('Set-Cookie', 'theme=dark; Path=/');
      return response;
    };
    const answer = await fetch(`${await listen(toNodeHandler(withCors))}/api/auth/sign-out`, { method: 'POST', headers: json, body: '{}' });
    expect(answer.headers.get('access-control-allow-origin')).toBe(shop);
    expect(answer.headers.getSetCookie()).toEqual([expect.stringMatching(/^__Host-auth-id=;/), 'theme=dark; Path=/']);
    expect(await answer.json()).toEqual({ success: true });
  });

  it('leaves a wrapper’s own Response, and one whose body it read, to the adapter', async () => {
    const own: BizKitHubHandler = async () => new Response('teapot', { status: 418, headers: { 'x-own': '1' } });
    const ownAnswer = await fetch(`${await listen(toNodeHandler(own))}/api/auth/session`);
    expect([ownAnswer.status, ownAnswer.headers.get('x-own'), await ownAnswer.text()]).toEqual([418, '1', 'teapot']);

    const peeked: BizKitHubHandler = async (request, env) => {
      const response = await handler(request, env);
      const text = await response.text();
      return new Response(text.replace('false', 'true'), response);
    };
    const peekedAnswer = await fetch(`${await listen(toNodeHandler(peeked))}/api/auth/session`);
    expect(await peekedAnswer.json()).toEqual({ loggedIn: true, features: { magicLink: true } });
  });
});
