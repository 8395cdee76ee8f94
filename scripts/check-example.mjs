// Builds examples/shop against dist/ (the package as users get it), serves it on 127.0.0.1 and walks
// a customer through it in Debian's Chromium: language switch, the auth views of one <AuthView>, sign-in,
// the header's <UserButton> (by keyboard, down to signing out), SignOutButton, the whole password reset
// through the demo mailbox, and passwordless sign-in. BKH_DEBUG_SHOT=/tmp/shot.png saves the page of a failed step.
import { execSync } from 'node:child_process';
import { chromium } from 'playwright';
import { preview } from 'vite';

const demo = { email: 'jana@example.com', password: 'correct horse', newPassword: 'a brand new kettle' };

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

const problems = [];
function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function step(name, run) {
  try {
    await run();
    console.log(`  ✓ ${name}`);
  } catch (error) {
    problems.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    console.error(`  ✗ ${name}`);
    if (process.env.BKH_DEBUG_SHOT) await page.screenshot({ path: process.env.BKH_DEBUG_SHOT, fullPage: true }).catch(() => undefined);
    throw error;
  }
}

const page = await browser.newPage();
try {
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const header = page.getByRole('banner');
  const main = page.getByRole('main');
  const mailbox = page.getByRole('complementary', { name: 'Demo mailbox' });
  // The header's <UserButton>: a menu button named after the customer.
  const accountMenu = header.getByRole('button', { name: 'Account menu for Jana Nováková' });
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
  /** The auth view shown: its h1 (AuthView's) and the tab's title follow it. */
  async function showsView(title, brand = 'Leaf & Kettle') {
    await main.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    await page.waitForFunction((wanted) => document.title === wanted, `${title} · ${brand}`);
  }

  async function signIn(password) {
    await header.getByRole('link', { name: 'Sign in' }).click();
    await main.getByLabel('E-mail', { exact: true }).fill(demo.email);
    await main.getByLabel('Password', { exact: true }).fill(password);
    await main.getByRole('button', { name: 'Sign in' }).click();
  }

  await page.goto(url);

  await step('the language switch changes the page, its <html lang> and the forms', async () => {
    await header.getByLabel('Language').selectOption('cs');
    await page.getByRole('heading', { name: 'Tento týden v obchodě' }).waitFor();
    check((await page.evaluate(() => document.documentElement.lang)) === 'cs', '<html lang> did not follow Czech');
    await header.getByRole('link', { name: 'Přihlásit se' }).click();
    await main.getByRole('button', { name: 'Přihlásit se' }).waitFor();
    await showsView('Přihlášení', 'Lístek & konvička');
    await header.getByLabel('Jazyk').selectOption('en');
    check((await page.evaluate(() => document.documentElement.lang)) === 'en', '<html lang> did not follow English');
    await showsView('Sign in');
  });

  await step('AuthView: the forms\' links move between its views, the header\'s link opens sign-up', async () => {
    await main.getByRole('link', { name: 'Don’t have an account yet? Create one' }).click();
    await page.waitForURL((address) => new URL(address).hash === '#/sign-up');
    await showsView('Create an account');
    await main.getByLabel('Phone', { exact: false }).first().waitFor();
    await main.getByRole('link', { name: 'Already have an account? Sign in' }).click();
    await page.waitForURL((address) => new URL(address).hash === '#/sign-in');
    await showsView('Sign in');
    await main.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL((address) => new URL(address).hash === '#/forgot-password');
    await showsView('Reset your password');
    await header.getByRole('link', { name: 'Create an account' }).click();
    await showsView('Create an account');
    await page.goBack();
    await showsView('Reset your password');
    await main.getByRole('link', { name: 'Sign in' }).click();
    await showsView('Sign in');
  });

  await step('a wrong password is refused, the right one signs in and the header\'s UserButton names Jana', async () => {
    await signIn('wrong');
    await main.getByRole('alert').getByText('password is not correct', { exact: false }).waitFor();
    await main.getByLabel('Password', { exact: true }).fill(demo.password);
    await main.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await accountMenu.waitFor();
    await main.getByText(demo.email).waitFor();
    check((await page.title()) === 'Leaf & Kettle', `the account page kept the auth view's title: ${await page.title()}`);
  });

  await step('the styles of the forms stay inside them', async () => {
    const radius = await main.getByRole('button', { name: 'Sign out' }).evaluate((element) => getComputedStyle(element).borderRadius);
    check(radius === '999px', `styles.css reached the shop's own sign-out button (border-radius ${radius})`);
  });

  await step('UserButton by keyboard: opens on the first item, shows the card, leads to the account, signs out', async () => {
    // Home by the header's brand link: the demo keeps its session in memory, a reload would end it.
    await header.getByRole('link', { name: 'Leaf & Kettle', exact: false }).click();
    await page.getByRole('heading', { name: 'This week in the shop' }).waitFor();
    await accountMenu.focus();
    await page.keyboard.press('Enter');
    const menu = header.getByRole('menu', { name: 'Jana Nováková' });
    await menu.waitFor();
    check((await accountMenu.getAttribute('aria-expanded')) === 'true', 'the open menu is not aria-expanded');
    check((await focused()) === 'Your account', `Enter focused ${await focused()}, not the first item`);
    await header.getByText(demo.email).waitFor();
    await header.getByText('Store credit: CZK', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    check((await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))) === 'menu', 'Escape did not return focus to the button');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await accountMenu.focus();
    await page.keyboard.press('ArrowUp');
    check((await focused()) === 'Sign out', `ArrowUp focused ${await focused()}, not the last item`);
    await page.keyboard.press('Enter');
    const signInLink = header.getByRole('link', { name: 'Sign in' });
    await signInLink.waitFor();
    check(await signInLink.evaluate((element) => element === document.activeElement), 'focus did not move to the sign-in link after signing out');
    await page.getByRole('heading', { name: 'This week in the shop' }).waitFor();
    check((await accountMenu.count()) === 0, 'the header still shows the account menu');
  });

  await step('the whole reset: ask for a link, open it from the mailbox, save a new password, sign in with it', async () => {
    await signIn('still wrong');
    await main.getByRole('alert').waitFor();
    await main.getByRole('link', { name: 'Forgot your password?' }).first().click();
    await main.getByLabel('E-mail', { exact: true }).fill(demo.email);
    await main.getByRole('button', { name: 'Send link' }).click();
    await main.getByText(demo.email, { exact: false }).waitFor();
    // The mailbox link moves to the set-new-password page without a reload: this marker survives it.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await mailbox.getByRole('link', { name: 'Open the reset link' }).click();
    await main.getByLabel('New password', { exact: true }).fill(demo.newPassword);
    check(!page.url().includes('token='), `the token stayed in the address bar: ${new URL(page.url()).pathname}`);
    await main.getByLabel('Confirm password', { exact: true }).fill(demo.newPassword);
    await main.getByRole('button', { name: 'Save password' }).click();
    await main.getByRole('status').waitFor();
    check(await page.evaluate(() => '__sameDocument' in window), 'opening the reset link reloaded the page');
    await signIn(demo.password);
    await main.getByRole('alert').getByText('password is not correct', { exact: false }).waitFor();
    await main.getByLabel('Password', { exact: true }).fill(demo.newPassword);
    await main.getByRole('button', { name: 'Sign in' }).click();
    await accountMenu.waitFor();
    // SignOutButton, on the account page.
    await main.getByRole('button', { name: 'Sign out' }).click();
    await header.getByRole('link', { name: 'Sign in' }).waitFor();
  });

  await step('passwordless sign-in has its own page and says that production uses server mode', async () => {
    await header.getByRole('link', { name: 'Sign in' }).click();
    await main.getByRole('link', { name: 'Sign in without a password' }).click();
    await main.getByText('A real shop uses server mode', { exact: false }).waitFor();
    await main.getByLabel('E-mail', { exact: true }).fill(demo.email);
    await main.getByRole('button', { name: 'Continue' }).click();
    await accountMenu.waitFor();
  });
} catch {
  // Reported below with every other problem; CHECK_EXAMPLE_SCREENSHOT=file.png keeps the page as it was.
  if (process.env.CHECK_EXAMPLE_SCREENSHOT) await page.screenshot({ path: process.env.CHECK_EXAMPLE_SCREENSHOT, fullPage: true });
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ example: ${problem}`);
  process.exit(1);
}
console.log(
  '✓ example app (examples/shop on dist/): language, AuthView switching (links, titles), sign-in, UserButton by keyboard (account, sign-out), SignOutButton, reset by mailbox link, passwordless',
);
