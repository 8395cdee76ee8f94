// @vitest-environment node
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBizKitHubHandler, type MagicLinkOptions } from '../../src/server/index.js';
import type { MockEmail } from '../../src/testing/index.js';
import { startMockBizKitHubServer, type MockBizKitHubServer } from '../../src/testing/server.js';
import { devKey } from '../support/keys.js';

// Issue 18: the HTTP mock has a mailbox for the shop's own magic links. `mock.sendMagicLink` is a
// server handler's `magicLink.sendMagicLink`; what it mails shows up beside the platform's mail.

const shop = 'http://127.0.0.1:1234';
const jana = { email: 'jana@example.com', password: 'correct horse' };
let mock: MockBizKitHubServer;

beforeAll(async () => {
  mock = await startMockBizKitHubServer({ accounts: [jana] });
});
afterAll(() => mock.close());

it('has the signature of the handler option', () => {
  const send: MagicLinkOptions['sendMagicLink'] = mock.sendMagicLink;
  expect(typeof send).toBe('function');
});

it("a handler with sendMagicLink: mock.sendMagicLink mails a link that shows up in the mailbox over HTTP, and following it signs in", async () => {
  const handler = createBizKitHubHandler({
    apiKey: devKey,
    baseUrl: mock.url,
    origin: shop,
    magicLink: { sendMagicLink: mock.sendMagicLink },
  });
  const requested = await handler(
    new Request(`${shop}/api/auth/magic-link`, {
      method: 'POST',
      headers: { origin: shop, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'Jana@Example.com' }),
    }),
  );
  expect(requested.status).toBe(200);

  const response = await fetch(`${mock.url}/__mock/mailbox?to=${encodeURIComponent(jana.email)}`);
  const mail = ((await response.json()) as MockEmail[]).at(-1);
  expect(mail).toMatchObject({ to: jana.email, kind: 'magic-link', expiresAt: expect.any(Number) });
  const link = new URL(mail?.link ?? '');
  expect(link.origin + link.pathname).toBe(`${shop}/api/auth/magic-link/verify`);
  expect(mail?.token).toBe(link.searchParams.get('token'));
  expect(mail?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(mock.api.lastEmail(jana.email)).toEqual(mail);

  // Followed as a browser does (open the page, press its button): the handler calls the mock's magic-auth.
  const opened = await handler(new Request(link));
  expect(opened.status).toBe(200);
  const formToken = /name="confirm" value="([^"]+)"/.exec(await opened.text())?.[1] ?? '';
  const followed = await handler(
    new Request(link, {
      method: 'POST',
      headers: {
        origin: 'null',
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/x-www-form-urlencoded',
        cookie: opened.headers.getSetCookie()[0]?.split(';')[0] ?? '',
      },
      body: `confirm=${formToken}`,
    }),
  );
  expect(followed.status).toBe(303);
  expect(mock.api.sessions(jana.email).map((session) => session.endpoint)).toEqual(['magic-auth']);
});

it('refuses what the mailbox cannot hold, as api.deliver does', () => {
  expect(() => mock.sendMagicLink({ email: 'not an address', url: `${shop}/x?token=t`, locale: undefined, expiresAt: new Date() })).toThrow(TypeError);
});
