// @vitest-environment node
// Issue 35: an app in Vite dev whose serverUrl has no handler. Vite's dev server serves the client's
// sources with its own module resolution and its development `process.env.NODE_ENV`, and answers
// the request itself; Debian's Chromium runs the page. The console must say which URL answered and
// where the fix is documented; the customer reads the generic sentence.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { en } from '../../src/i18n/index.js';

const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let server: ViteDevServer;
let browser: Browser;
let origin: string;
// Vite's dependency cache of its own: not the one of node_modules/.vite other runs share.
const cacheDir = mkdtempSync(join(tmpdir(), 'bkh-vite-dev-'));

beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: fileURLToPath(new URL('./viteDevApp/', import.meta.url)),
    cacheDir,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null, fs: { allow: [fileURLToPath(new URL('../../', import.meta.url))] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (address === null || typeof address !== 'object') throw new Error('Vite dev server has no address');
  origin = `http://127.0.0.1:${address.port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

test('a serverUrl with no handler: one development warning naming the URL and docs/server.md; the customer reads the generic sentence', async () => {
  const page = await browser.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${origin}/`);
  const outcome = await page.evaluate(() => window.signInOutcome);

  const ours = warnings.filter((text) => text.startsWith('@bizkithub/auth-react:'));
  expect(ours).toHaveLength(1);
  expect(ours[0]).toContain(`serverUrl "/api/auth" answered POST ${origin}/api/auth/login with HTTP 404`);
  expect(ours[0]).toContain('Is the handler mounted at that path?');
  expect(ours[0]).toContain('docs/server.md');
  expect([en['error.http'], en['error.invalidResponse']]).toContain(outcome);
  await page.close();
});
