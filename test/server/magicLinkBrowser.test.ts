// @vitest-environment node
// Issue 34, in Debian's Chromium over real HTTP on 127.0.0.1: the browser's own cookie rules (Path,
// HttpOnly) and its own form submission. A resend from the shop's page keeps the binding, so the
// first link opens without the "another device" warning; the confirmation page's button (a real
// form POST of its hidden token, `Origin: null` from a no-referrer page) signs in; another browser
// is warned.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright';
import { createBizKitHubHandler, toNodeHandler, type MagicLinkMessage } from '../../src/server/index.js';
import { devKey } from '../support/keys.js';
import { startUpstream, verified } from './support.js';

const api = startUpstream();

let server: Server;
let browser: Browser;
let shop = '';
const sent: MagicLinkMessage[] = [];

beforeAll(async () => {
  let listener: (request: IncomingMessage, response: ServerResponse) => void = () => undefined;
  server = createServer((request, response) => listener(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  shop = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = toNodeHandler(
    createBizKitHubHandler({
      apiKey: devKey,
      origin: shop,
      // Plain http on loopback, as in development.
      cookie: { secure: false },
      magicLink: { sendMagicLink: (message) => void sent.push(message), errorPath: '/sign-in' },
    }),
  );
  listener = (request, response) => {
    if (request.url?.startsWith('/api/auth/')) {
      void auth(request, response);
      return;
    }
    // The shop's pages: enough of a document for a script to run on its origin.
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Shop</title><p>${request.url ?? ''}</p>`);
  };
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it('a resend from the same browser keeps the first link "this browser", its button signs in, and another browser is warned', async () => {
  const customer = await browser.newContext();
  const page = await customer.newPage();
  await page.goto(`${shop}/sign-in`);
  // What MagicAuthForm sends, and its "Send the link again".
  const ask = () =>
    page.evaluate(async (email) => {
      const response = await fetch('/api/auth/magic-link', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, returnTo: '/account' }),
      });
      return response.status;
    }, verified.email);
  expect(await ask()).toBe(200);
  const first = sent.at(-1)?.url ?? '';
  expect(await ask()).toBe(200);
  expect(sent.at(-1)?.url).not.toBe(first);
  const bindings = (await customer.cookies()).filter(({ name }) => name === 'auth-link');
  expect(bindings).toEqual([expect.objectContaining({ path: '/', httpOnly: true, sameSite: 'Lax' })]);

  await page.goto(first);
  await expect.poll(() => page.locator('main').textContent()).toContain('Continue to sign in to the shop with this link.');
  expect(await page.locator('main').textContent()).not.toContain('another device');

  // Another browser (the phone, or a victim an attacker sent the link to) is told.
  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto(sent.at(-1)?.url ?? '');
  expect(await elsewhere.locator('main').textContent()).toContain('requested on another device or in another browser');
  await elsewhere.context().close();

  await page.locator('button').click();
  await page.waitForURL(`${shop}/account`);
  expect((await customer.cookies()).map(({ name }) => name)).toContain('auth-id');
  expect(api.sessions(verified.email)).toHaveLength(1);
  // The second link is still the customer's, in this browser.
  await page.goto(sent.at(-1)?.url ?? '');
  expect(await page.locator('main').textContent()).not.toContain('another device');
  await customer.close();
});
