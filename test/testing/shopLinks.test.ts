// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBizKitHubClient, isBizKitHubError } from '../../src/client/index.js';
import { createMockBizKitHub, type MockEmail } from '../../src/testing/index.js';
import { startMockBizKitHubServer, type MockBizKitHubServer } from '../../src/testing/server.js';
import { devKey } from '../support/keys.js';

// Issue 18: the mock's e-mailed links must be followable in a local setup. A confirmation link is
// the mock server's own route, which confirms and sends the customer on to the shop; a reset link
// leads to the shop's set-new-password page (given `shopUrl`), with the token in the fragment.

const jana = { email: 'jana@example.com', password: 'correct horse' };
const shopUrl = 'http://localhost:3000/shop/';

async function mailbox(mock: MockBizKitHubServer, to: string): Promise<MockEmail | undefined> {
  const response = await fetch(`${mock.url}/__mock/mailbox?to=${encodeURIComponent(to)}`);
  return ((await response.json()) as MockEmail[]).at(-1);
}

async function errorCode(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return isBizKitHubError(error) ? error.code : undefined;
}

describe('startMockBizKitHubServer({ shopUrl })', () => {
  let mock: MockBizKitHubServer;
  let client: ReturnType<typeof createBizKitHubClient>;
  beforeAll(async () => {
    mock = await startMockBizKitHubServer({ accounts: [jana], shopUrl });
    client = createBizKitHubClient({ apiKey: devKey, baseUrl: mock.url });
  });
  afterAll(() => mock.close());
  beforeEach(() => mock.api.reset());

  it("following the confirmation link confirms the account, then redirects (303) to the registration's returnUrl", async () => {
    await client.registerAccount({ email: 'nova@example.com', password: 'pw 1', returnUrl: 'http://localhost:3000/shop/welcome?from=mail' });
    const mail = await mailbox(mock, 'nova@example.com');
    expect(mail?.link).toBe(`${mock.url}/__mock/verify?token=${mail?.token ?? ''}`);
    expect(await errorCode(client.login({ email: 'nova@example.com', password: 'pw 1' }))).toBe('E007');

    const followed = await fetch(mail?.link ?? '', { redirect: 'manual' });
    expect(followed.status).toBe(303);
    expect(followed.headers.get('Location')).toBe('http://localhost:3000/shop/welcome?from=mail');
    await expect(client.login({ email: 'nova@example.com', password: 'pw 1' })).resolves.toMatchObject({ identityId: expect.any(String) });

    // Spent: the second click confirms nothing and sends no one anywhere.
    const again = await fetch(mail?.link ?? '', { redirect: 'manual' });
    expect(again.status).toBe(404);
    expect(again.headers.get('Location')).toBeNull();
  });

  it('without a returnUrl the confirmation link redirects to the shop; POST /__mock/verify still answers JSON', async () => {
    await client.registerAccount({ email: 'nova@example.com', password: 'pw 1' });
    const followed = await fetch((await mailbox(mock, 'nova@example.com'))?.link ?? '', { redirect: 'manual' });
    expect([followed.status, followed.headers.get('Location')]).toEqual([303, 'http://localhost:3000/shop/']);
    expect(mock.api.getAccount('nova@example.com')?.verified).toBe(true);

    await client.registerAccount({ email: 'petr@example.com', password: 'pw 2', returnUrl: 'http://localhost:3000/shop/welcome' });
    const token = (await mailbox(mock, 'petr@example.com'))?.token;
    const posted = await fetch(`${mock.url}/__mock/verify`, { method: 'POST', body: JSON.stringify({ token }) });
    expect([posted.status, await posted.json()]).toEqual([200, { verified: true }]);
  });

  it("a reset link leads to the shop's set-new-password page with the token in the fragment, and that token sets the password", async () => {
    await client.resetPassword({ email: jana.email });
    const mail = await mailbox(mock, jana.email);
    const token = mail?.token ?? '';
    expect(mail?.link).toBe(`http://localhost:3000/shop/set-new-password#token=${token}`);
    // What SetNewPasswordForm reads from the address bar.
    expect(new URLSearchParams(new URL(mail?.link ?? '').hash.slice(1)).get('token')).toBe(token);
    await client.setNewPassword({ token, password: 'battery staple' });
    await expect(client.login({ email: jana.email, password: 'battery staple' })).resolves.toMatchObject({ identityId: expect.any(String) });
  });

  it('refuses a shopUrl that is not an absolute http(s) URL, and leaves nothing listening', async () => {
    const listening = () => process.getActiveResourcesInfo().filter((resource) => resource === 'TCPServerWrap').length;
    const before = listening();
    for (const bad of ['localhost:3000', '/shop', 'javascript:alert(1)', 'http://localhost:3000/?x=1']) {
      await expect(startMockBizKitHubServer({ shopUrl: bad })).rejects.toThrow(/shopUrl must be an absolute http\(s\) URL/);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listening()).toBe(before);
  });
});

describe('without shopUrl', () => {
  it('the HTTP server keeps the reset link on https://shop.example with ?token=', async () => {
    const mock = await startMockBizKitHubServer({ accounts: [jana] });
    try {
      await createBizKitHubClient({ apiKey: devKey, baseUrl: mock.url }).resetPassword({ email: jana.email });
      const mail = await mailbox(mock, jana.email);
      expect(mail?.link).toBe(`https://shop.example/set-new-password?token=${mail?.token ?? ''}`);
    } finally {
      await mock.close();
    }
  });
});

describe('createMockBizKitHub({ shopUrl }) in memory', () => {
  it('links reset mail to the shop with #token=, and confirmation mail to the shop origin (there is no route: api.verify)', async () => {
    const api = createMockBizKitHub({ accounts: [jana], shopUrl: 'http://localhost:5173' });
    const client = createBizKitHubClient({ apiKey: devKey, fetch: api.fetch });
    await client.resetPassword({ email: jana.email });
    const reset = api.lastEmail(jana.email);
    expect(reset?.link).toBe(`http://localhost:5173/set-new-password#token=${reset?.token ?? ''}`);

    await client.registerAccount({ email: 'nova@example.com', password: 'pw' });
    const confirmation = api.lastEmail('nova@example.com');
    expect(confirmation?.link).toBe(`http://localhost:5173/verify?token=${confirmation?.token ?? ''}`);
    expect(api.verify(confirmation?.token ?? '')).toBe(true);
  });

  it('throws a TypeError for a shopUrl that is not an absolute http(s) URL', () => {
    expect(() => createMockBizKitHub({ shopUrl: 'shop.example' })).toThrow(TypeError);
  });
});
