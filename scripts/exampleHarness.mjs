// What check-nextjs.mjs and check-react-router.mjs share: packing the repo and installing the tarball
// into an example, running commands, starting the embedded BizKitHub and the example's server on
// 127.0.0.1, Debian's Chromium, and stopping all of it whatever happens. Each check keeps its own
// build and serve commands and its walk.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const root = fileURLToPath(new URL('..', import.meta.url));
/** `--serve`: leave the example running for a person instead of walking it. */
export const serve = process.argv.includes('--serve');

/** Everything started here, stopped in reverse order whatever happens. */
export const cleanups = [];
let cleaning;
/** Stops everything in `cleanups` (once, however often it is called). */
export function cleanUp() {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // Keep stopping the others.
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void cleanUp().then(() => process.exit(serve ? 0 : 130));
  });
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
export const sha256 = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs a command to its end and resolves with its stdout; rejects with all its output when it fails. */
export function run(command, args, { cwd = root, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code}):\n${output.trim()}`)),
    );
  });
}

/** Files under `dir`, skipping the named directories. */
export function walk(dir, skip = new Set()) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path, skip));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Every installed copy of a package in the example's node_modules. */
function copiesOf(app, name) {
  const found = [];
  const visit = (modules) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const scoped = entry.name.startsWith('@');
      const dirs = scoped ? readdirSync(join(modules, entry.name)).map((inner) => join(modules, entry.name, inner)) : [join(modules, entry.name)];
      for (const dir of dirs) {
        if (relative(modules, dir).replaceAll('\\', '/') === name) found.push(dir);
        visit(join(dir, 'node_modules'));
      }
    }
  };
  visit(join(app, 'node_modules'));
  return found;
}

/** A port on 127.0.0.1 that nothing listens on. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The package as npm would ship it, installed into the example beside its own lockfile; `npm ci` and the
 * install are skipped while the lockfile and the tarball are those of the last run. Each of `singleCopies`
 * must be installed once (a second React would break the hooks). Resolves with the tarball's hash.
 */
export async function installPackedTarball({ app, tmpPrefix, singleCopies }) {
  const packDir = mkdtempSync(join(tmpdir(), tmpPrefix));
  cleanups.push(() => rmSync(packDir, { recursive: true, force: true }));
  const [{ filename }] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', packDir]));
  const tarball = join(packDir, filename);
  const stampFile = join(app, 'node_modules/.bizkithub-check.json');
  const lockHash = sha256(readFileSync(join(app, 'package.json')), readFileSync(join(app, 'package-lock.json')));
  const tarballHash = sha256(readFileSync(tarball));
  let stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : {};
  const npmFlags = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
  if (stamp.lockHash !== lockHash) {
    await run('npm', ['ci', ...npmFlags], { cwd: app });
    stamp = { lockHash };
  }
  if (stamp.tarballHash !== tarballHash) {
    await run('npm', ['install', '--no-save', ...npmFlags, tarball], { cwd: app });
    for (const name of singleCopies) {
      const copies = copiesOf(app, name);
      if (copies.length !== 1) {
        throw new Error(`${relative(root, app)} has ${copies.length} copies of ${name}: ${copies.map((dir) => relative(app, dir)).join(', ')}`);
      }
    }
    writeFileSync(stampFile, JSON.stringify({ lockHash, tarballHash }));
  }
  return tarballHash;
}

/** The port the shop listens on: `PORT` when serving for a person, else a free one. */
export async function shopPort() {
  return serve && process.env.PORT ? Number(process.env.PORT) : await freePort();
}

/** The embedded BizKitHub over HTTP on 127.0.0.1, its e-mailed links leading to `shop`. Resolves with the server; closing it is the caller's. */
export async function startMockBizKitHub({ shop, accounts }) {
  const { startMockBizKitHubServer } = await import('@bizkithub/auth-react/testing/server');
  return startMockBizKitHubServer({
    host: '127.0.0.1',
    port: 0,
    // The e-mailed links lead to this shop: the reset page, and back here after a confirmation.
    shopUrl: shop,
    accounts,
  });
}

/**
 * Starts the example's server (`name` in messages) in its own process group and waits until `shop`
 * answers its home page (30 s at the most). Resolves with its output so far and a `stop` that ends it
 * and all it started; stopping it is the caller's.
 */
export async function startShopServer({ name, command, args, cwd, env, shop }) {
  const server = spawn(command, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: stopped with everything it started
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const kill = (signal) => {
      try {
        process.kill(-server.pid, signal);
      } catch {
        // Already gone.
      }
    };
    kill('SIGTERM');
    const timer = setTimeout(() => kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 30_000;
  try {
    for (;;) {
      if (server.exitCode !== null) throw new Error(`${name} exited (${server.exitCode}):\n${log}`);
      try {
        if ((await fetch(`${shop}/`)).ok) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`${name} did not answer within 30 s:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { serverLog: () => log, stop };
}

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium through playwright, closed with everything else. */
export async function launchChromium() {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  cleanups.push(() => browser.close());
  return browser;
}

/**
 * Runs `steps` in a fresh browser context on `shop`. When a step fails, the error says where it
 * stopped: the address (a token in it hidden), what the page announced (`alerts`), and a screenshot
 * at `screenshotName` in the temporary directory.
 */
/** Another site's page cannot sign anyone in through the shop; the same request from the shop's origin can. */
export async function checkCrossOriginLogin(shop, { email, password }) {
  const loginFrom = (origin) =>
    fetch(`${shop}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ email, password }),
    });
  const evil = await loginFrom('https://evil.test');
  check(evil.status === 403 && !evil.headers.has('set-cookie'), `a login POST from https://evil.test answered ${evil.status}`);
  const own = await loginFrom(shop);
  check(own.ok && own.headers.get('set-cookie')?.includes('HttpOnly'), `the same login POST from the shop's origin answered ${own.status}`);
}

export async function journey({ browser, shop, screenshotName, alerts: alertSelector = '[role=alert]', steps }) {
  const context = await browser.newContext({ baseURL: shop });
  const page = await context.newPage();
  try {
    return await steps({ context, page });
  } catch (error) {
    const screenshot = join(tmpdir(), screenshotName);
    await page.screenshot({ path: screenshot, fullPage: true }).catch(() => undefined);
    const alerts = await page.locator(alertSelector).allInnerTexts().catch(() => []);
    const where = `at ${page.url().replace(/token=[^&]+/, 'token=…')}${alerts.length ? `, alerts: ${alerts.join(' | ')}` : ''}; screenshot ${screenshot}`;
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n  ${where}`);
  } finally {
    await context.close();
  }
}

/**
 * What both example walks ask of the shop's page: the mock's mailbox for `email`, the header's account
 * navigation, the session cookie, signing in, signing out through the header's <UserButton>, and a mark
 * that tells a client-side navigation (same document) from a new document. `t` gives English texts.
 */
export function shopPage({ context, page, shop, mockUrl, email, t }) {
  const byLabel = (...args) => page.getByLabel(...args).filter({ visible: true });
  const header = page.getByRole('navigation', { name: 'Account' });
  // The header's <UserButton>: a menu button named after the customer.
  const accountMenu = () => header.getByRole('button', { name: t('account.menu', { name: 'Eva Svobodová' }) });
  return {
    byLabel,
    header,
    accountMenu,
    mailbox: async (kind) => {
      const mails = await (await fetch(`${mockUrl}/__mock/mailbox?to=${encodeURIComponent(email)}`)).json();
      const mail = mails.filter((item) => item.kind === kind).at(-1);
      check(mail, `no ${kind} e-mail for ${email} in the mailbox`);
      return mail;
    },
    sessionCookie: async () => (await context.cookies(shop)).find((cookie) => cookie.name === 'auth-id'),
    fillSignIn: async (password) => {
      await byLabel(t('field.email.label'), { exact: true }).fill(email);
      await byLabel(t('field.password.label'), { exact: true }).fill(password);
      await page.getByRole('button', { name: t('login.submit'), exact: true }).click();
    },
    // Set on the page's window: gone if the browser loaded a new document (a reload, a full navigation).
    markDocument: () => page.evaluate(() => (window.__sameDocument = true)),
    sameDocument: () => page.evaluate(() => window.__sameDocument === true),
    signOut: async () => {
      await accountMenu().click();
      await header.getByRole('menuitem', { name: t('signOut.submit') }).click();
      await header.getByRole('link', { name: t('account.login') }).waitFor();
    },
  };
}

/** Runs a check's `main`, says `✗ <label>: …` and sets a failing exit code when it throws, and stops everything either way. */
export async function runCheck(label, main) {
  try {
    await main();
  } catch (error) {
    console.error(`✗ ${label}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}
