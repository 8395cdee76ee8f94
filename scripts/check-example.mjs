// Builds examples/shop against dist/ (the package as users get it), serves it on 127.0.0.1 and
// signs in through it in Debian's Chromium: the shipped bundle, styles and emulator work together.
import { execSync } from 'node:child_process';
import { chromium } from 'playwright';
import { preview } from 'vite';

execSync('npx tsc -p examples/shop && npx vite build --config examples/shop/vite.config.ts --logLevel warn', {
  stdio: 'inherit',
});
const server = await preview({
  configFile: 'examples/shop/vite.config.ts',
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => {
    failed = true;
    console.error(`✗ example: page error: ${error.message}`);
  });
  await page.goto(url);
  await page.getByLabel('Language').selectOption('en');
  await page.getByLabel('E-mail').fill('jana@example.com');
  await page.getByLabel('Password', { exact: true }).fill('wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').getByText('The e-mail address or password is not correct.').waitFor({ timeout: 10_000 });
  await page.getByLabel('Password', { exact: true }).fill('correct horse');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Signed in.').waitFor({ timeout: 10_000 });
  const radius = await page.getByRole('button', { name: 'Check demo mailbox' }).evaluate((el) => getComputedStyle(el).borderRadius);
  if (radius === '8px') throw new Error('styles.css leaked onto a page element outside the forms');
} catch (error) {
  failed = true;
  console.error(`✗ example: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
if (failed) process.exit(1);
console.log(`✓ example app (examples/shop on dist/) signs in with the demo account in Chromium`);
