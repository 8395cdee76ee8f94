// @vitest-environment node
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBizKitHubClient, isBizKitHubError } from '../../src/client/index.js';
import type { MockEmail } from '../../src/testing/index.js';
import { startMockBizKitHubServer, type MockBizKitHubServer } from '../../src/testing/server.js';
import { devKey } from '../support/keys.js';

const jana = { email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' };
let mock: MockBizKitHubServer;
let client: ReturnType<typeof createBizKitHubClient>;

beforeAll(async () => {
  mock = await startMockBizKitHubServer({ accounts: [jana] });
  client = createBizKitHubClient({ apiKey: devKey, baseUrl: mock.url });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.api.reset();
});

async function mailbox(to?: string): Promise<MockEmail[]> {
  const response = await fetch(`${mock.url}/__mock/mailbox${to === undefined ? '' : `?to=${encodeURIComponent(to)}`}`);
  expect(response.status).toBe(200);
  return (await response.json()) as MockEmail[];
}

async function accountInfo(identityId: string | undefined): Promise<Record<string, unknown>> {
  const url = new URL('/contact/v1/get-account-info', mock.url);
  url.searchParams.set('identityId', identityId ?? '');
  url.searchParams.set('apiKey', devKey);
  return (await (await fetch(url)).json()) as Record<string, unknown>;
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('startMockBizKitHubServer', () => {
  it('listens on 127.0.0.1 on a free port by default', () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Number(new URL(mock.url).port)).toBeGreaterThan(0);
  });

  it('the real client signs in over HTTP, and a wrong password is the documented E004', async () => {
    const { identityId } = await client.login(jana);
    expect(identityId).toMatch(/^[A-Za-z0-9]{32}$/);
    const error = await errorOf(client.login({ email: jana.email, password: 'wrong' }));
    expect(isBizKitHubError(error) && [error.kind, error.code]).toEqual(['api', 'E004']);
    expect(mock.api.requests.map((request) => request.url.startsWith(`${mock.url}/api/v1/customer/login`))).toEqual([true, true]);
  });

  it('register, read the mailbox, confirm through the link, then sign in', async () => {
    await client.registerAccount({ email: 'nova@example.com', password: 'pw 1', firstName: 'Eva' });
    const [mail, ...others] = await mailbox('NOVA@example.com');
    expect(others).toEqual([]);
    expect(mail).toMatchObject({ to: 'nova@example.com', kind: 'verification', token: expect.stringMatching(/^[A-Za-z0-9]{32}$/) });
    const unconfirmed = await errorOf(client.login({ email: 'nova@example.com', password: 'pw 1' }));
    expect(isBizKitHubError(unconfirmed) && unconfirmed.code).toBe('E007');

    // The link in the mail is the server's own confirmation route; with no returnUrl and no shopUrl
    // it has nowhere to send the customer and answers JSON.
    expect(mail?.link).toBe(`${mock.url}/__mock/verify?token=${mail?.token ?? ''}`);
    const confirm = await fetch(mail?.link ?? '', { redirect: 'manual' });
    expect(confirm.status).toBe(200);
    expect(await confirm.json()).toEqual({ verified: true });
    const { identityId } = await client.login({ email: 'nova@example.com', password: 'pw 1' });
    expect(await accountInfo(identityId)).toMatchObject({ loggedIn: true, email: 'nova@example.com', firstName: 'Eva' });

    const again = await fetch(`${mock.url}/__mock/verify`, { method: 'POST', body: JSON.stringify({ token: mail?.token }) });
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ verified: false });
  });

  it('follows a reset e-mail from the mailbox to a new password', async () => {
    await client.resetPassword({ email: jana.email });
    const mail = (await mailbox(jana.email)).at(-1);
    expect(mail?.kind).toBe('reset-password');
    await client.setNewPassword({ token: mail?.token ?? '', password: 'battery staple' });
    await expect(client.login({ email: jana.email, password: 'battery staple' })).resolves.toMatchObject({ identityId: expect.any(String) });
  });

  it('account-info over HTTP knows the session until revokeSessions ends it', async () => {
    const { identityId } = await client.login(jana);
    expect(await accountInfo(identityId)).toMatchObject({ loggedIn: true, identityId, email: jana.email, firstName: 'Jana' });
    expect(mock.api.revokeSessions(jana.email)).toBe(1);
    expect(await accountInfo(identityId)).toEqual({ loggedIn: false });
  });

  it("POST /__mock/mailbox delivers the shop's magic-link mail; the list is oldest first, newest last", async () => {
    await client.resetPassword({ email: jana.email });
    const link = 'http://127.0.0.1:3000/api/auth/magic-link/verify?token=Tok3nFromTheShop';
    const delivered = await fetch(`${mock.url}/__mock/mailbox`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: jana.email, kind: 'magic-link', link }),
    });
    expect(delivered.status).toBe(201);
    expect(await delivered.json()).toMatchObject({ kind: 'magic-link', token: 'Tok3nFromTheShop', link });
    expect((await mailbox()).map((mail) => mail.kind)).toEqual(['reset-password', 'magic-link']);
    expect(mock.api.lastEmail(jana.email)?.token).toBe('Tok3nFromTheShop');

    const refused = await fetch(`${mock.url}/__mock/mailbox`, {
      method: 'POST',
      body: JSON.stringify({ to: jana.email, kind: 'magic-link', link: '/relative?token=x' }),
    });
    expect(refused.status).toBe(400);
    expect(await mailbox()).toHaveLength(2);
  });

  it('POST /__mock/reset forgets registrations, mail and sessions and re-seeds', async () => {
    await client.registerAccount({ email: 'nova@example.com', password: 'pw' });
    const { identityId } = await client.login(jana);
    const reset = await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(await mailbox()).toEqual([]);
    expect(mock.api.getAccount('nova@example.com')).toBeUndefined();
    expect(await accountInfo(identityId)).toEqual({ loggedIn: false });
    await expect(client.login(jana)).resolves.toMatchObject({ identityId: expect.any(String) });
  });

  it('refuses the mock routes to a page of another origin, and changes nothing', async () => {
    await client.registerAccount({ email: 'nova@example.com', password: 'pw' });
    const headers = { Origin: 'https://evil.example' };
    expect((await fetch(`${mock.url}/__mock/reset`, { method: 'POST', headers })).status).toBe(403);
    expect((await fetch(`${mock.url}/__mock/mailbox`, { headers })).status).toBe(403);
    expect(mock.api.getAccount('nova@example.com')).toBeDefined();
    expect((await fetch(`${mock.url}/__mock/nothing`)).status).toBe(404);
    expect((await fetch(`${mock.url}/__mock/reset`)).status).toBe(405);
  });

  it('answers no request whose Host is not a loopback name: a DNS-rebinding page cannot read the mailbox', async () => {
    await client.registerAccount({ email: 'nova@example.com', password: 'pw' });
    const { port } = new URL(mock.url);
    const viaHost = (host: string, path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const outgoing = httpRequest({ host: '127.0.0.1', port, path, headers: { host, ...headers } }, (incoming) => {
          let body = '';
          incoming.setEncoding('utf8');
          incoming.on('data', (chunk: string) => (body += chunk));
          incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
        });
        outgoing.on('error', reject);
        outgoing.end();
      });
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.nip.io:${port}`, `localhost.evil.example:${port}`]) {
      // The rebound page is same-origin with itself: its GET carries no Origin at all.
      const answer = await viaHost(host, '/__mock/mailbox');
      expect(answer.status).toBe(421);
      expect(answer.body).not.toContain('nova@example.com');
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      expect((await viaHost(host, '/__mock/mailbox')).status).toBe(200);
    }
  });

  it('sends CORS headers only to origins on its allow-list (loopback pages by default)', async () => {
    const preflight = (origin: string) =>
      fetch(`${mock.url}/api/v1/customer/login`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
    expect((await preflight('https://evil.example')).headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect((await preflight('http://localhost.evil.example')).headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect((await preflight('http://localhost:6006')).headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:6006');
    const listed = await startMockBizKitHubServer({ allowedOrigins: ['https://shop.test'] });
    try {
      const answer = await fetch(`${listed.url}/api/v1/customer/login`, { method: 'OPTIONS', headers: { Origin: 'https://shop.test' } });
      expect(answer.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.test');
      const other = await fetch(`${listed.url}/api/v1/customer/login`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:6006' } });
      expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
    } finally {
      await listed.close();
    }
  });

  it('lets a browser page on a loopback origin call the API (CORS), as direct mode does', async () => {
    const origin = 'http://127.0.0.1:5173';
    const preflight = await fetch(`${mock.url}/api/v1/customer/login`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Content-Type/i);
    const login = await fetch(`${mock.url}/api/v1/customer/login?apiKey=${devKey}`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: jana.email, password: jana.password }),
    });
    expect(login.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    expect(await login.json()).toMatchObject({ success: true });
  });

  it('passes forced answers through HTTP: 429 with Retry-After, and a dropped connection as a network error', async () => {
    mock.api.forceNext('login', { rateLimit: { retryAfterSeconds: 42 } });
    mock.api.forceNext('login', { networkError: true });
    const limited = await errorOf(client.login(jana));
    expect(isBizKitHubError(limited) && [limited.kind, limited.retryAfterMs]).toEqual(['rate-limit', 42_000]);
    const dropped = await errorOf(client.login(jana));
    expect(isBizKitHubError(dropped) && dropped.kind).toBe('network');
    await expect(client.login(jana)).resolves.toMatchObject({ identityId: expect.any(String) });
  });

  it('answers 404 on a path the API does not have', async () => {
    const response = await fetch(`${mock.url}/api/v1/customer/nothing?apiKey=${devKey}`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
  });

  it('stops listening on close(), and refuses a port out of range', async () => {
    const other = await startMockBizKitHubServer();
    await other.close();
    await expect(fetch(`${other.url}/__mock/mailbox`)).rejects.toThrow();
    await expect(startMockBizKitHubServer({ port: 70_000 })).rejects.toThrow(/port/);
  });
});
