// @vitest-environment node
// Issue 35: the `bizkithub-mock` command runs in a process of its own; a shop's handler mails its
// magic links to that mock's mailbox with `mockMailboxSender` (from /testing/server), the test reads
// the mailbox over HTTP as the docs say, and following the link signs the customer in. All on
// 127.0.0.1: the mock as a real child process, the shop's handler on node:http.
import { formTokenIn, withSetCookies } from '../server/confirmation.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createBizKitHubHandler, toNodeHandler } from '../../src/server/index.js';
import type { MockEmail } from '../../src/testing/index.js';
import { mockMailboxSender } from '../../src/testing/server.js';
import { devKey } from '../support/keys.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The command's bundle sits under node_modules/.cache so that its imports (msw, @hono/node-server)
// resolve to this repository's packages, as they do from an installed package's dist/.
const binDir = mkdtempSync(join(root, 'node_modules/.cache/bkh-mock-cli-'));
let mock: ChildProcess;
let mockUrl: string;
let shop: Server;
let shopUrl: string;

/** Starts `bizkithub-mock --demo` (its bin, built from the sources) and reads the URL it prints. */
async function startCli(): Promise<void> {
  const bin = join(binDir, 'bizkithub-mock.mjs');
  await build({ entryPoints: [join(root, 'src/testing/bin.ts')], bundle: true, packages: 'external', platform: 'node', format: 'esm', outfile: bin, logLevel: 'silent' });
  mock = spawn(process.execPath, [bin, '--demo'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  mockUrl = await new Promise<string>((resolve, reject) => {
    mock.stdout?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(printed)?.[1];
      if (url !== undefined) resolve(url);
    });
    mock.once('exit', (code) => reject(new Error(`bizkithub-mock exited (${code}) before it listened: ${printed}`)));
  });
}

beforeAll(async () => {
  await startCli();
  shop = createServer();
  shop.listen(0, '127.0.0.1');
  await once(shop, 'listening');
  shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
  const handler = createBizKitHubHandler({
    apiKey: devKey,
    baseUrl: mockUrl,
    origin: shopUrl,
    magicLink: { sendMagicLink: mockMailboxSender(mockUrl) },
  });
  shop.on('request', toNodeHandler(handler));
}, 30_000);

afterAll(async () => {
  shop?.close();
  if (mock?.exitCode === null) {
    mock.kill('SIGTERM');
    await once(mock, 'exit');
  }
  rmSync(binDir, { recursive: true, force: true });
});

test('a link the handler mails through mockMailboxSender reaches the CLI mock’s mailbox, and following it signs in', async () => {
  const email = 'jana@example.com';
  const requested = await fetch(`${shopUrl}/api/auth/magic-link`, {
    method: 'POST',
    headers: { Origin: shopUrl, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  expect(requested.status).toBe(200);

  // Read as docs/testing.md and `bizkithub-mock --help` say: GET <mock>/__mock/mailbox?to=, newest last.
  const mailbox = (await (await fetch(`${mockUrl}/__mock/mailbox?to=${encodeURIComponent(email)}`)).json()) as MockEmail[];
  const mail = mailbox.at(-1);
  expect(mail).toMatchObject({ to: email, kind: 'magic-link', expiresAt: expect.any(Number) });
  const link = mail?.link ?? '';
  expect(link.startsWith(`${shopUrl}/api/auth/magic-link/verify?token=`)).toBe(true);

  // Followed as a browser does: open the page, press its button (a same-origin form POST).
  // This browser is not the one that asked: the page gives it a link cookie, and its form carries a token bound to both.
  const page = await fetch(link);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('<form');
  const confirmed = await fetch(link, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      Origin: 'null',
      'Sec-Fetch-Site': 'same-origin',
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: withSetCookies(undefined, page) ?? '',
    },
    body: `confirm=${encodeURIComponent(formTokenIn(html) ?? '')}`,
  });
  expect(confirmed.status).toBe(303);
  const cookie = confirmed.headers.getSetCookie().map((line) => line.split(';')[0] ?? '').find((pair) => pair.startsWith('__Host-auth-id=') || pair.startsWith('auth-id=')) ?? '';
  expect(cookie).toMatch(/=.+/);

  const session = await fetch(`${shopUrl}/api/auth/session`, { headers: { Cookie: cookie } });
  expect(await session.json()).toMatchObject({ loggedIn: true, account: { email } });
});

test('a mail the mailbox refuses rejects the send (the handler then answers 502), naming the mailbox, never the link', async () => {
  const send = mockMailboxSender(mockUrl);
  const refused = await send({ email: 'not an address', url: `${shopUrl}/api/auth/magic-link/verify?token=secret-token`, locale: undefined, expiresAt: new Date() }).catch(
    (error: unknown) => error,
  );
  expect(refused).toBeInstanceOf(Error);
  expect(String(refused)).toContain(`${mockUrl}/__mock/mailbox refused the message (HTTP 400)`);
  expect(String(refused)).not.toContain('secret-token');
  expect(() => mockMailboxSender('127.0.0.1:4010')).toThrow(TypeError);
});
