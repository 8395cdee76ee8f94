// examples/react-router end to end, on the package as users get it: packs the repo (dist/ must be
// built), installs the tarball into the example, runs `react-router build` and `react-router-serve` on
// 127.0.0.1 against the embedded BizKitHub served over HTTP, then walks a customer through it in
// Debian's Chromium.
//
//   node scripts/check-react-router.mjs           the check (part of `npm test`)
//   node scripts/check-react-router.mjs --serve   the same build, left running for you (npm run example:react-router)
//
// REACT_ROUTER_REBUILD=1 forces `react-router build` even when nothing it reads has changed since the last one.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  check,
  checkCrossOriginLogin,
  cleanups,
  installPackedTarball,
  journey,
  launchChromium,
  root,
  run,
  runCheck,
  seconds,
  serve,
  sha256,
  shopPort,
  startMockBizKitHub,
  shopPage,
  startShopServer,
  walk,
} from './exampleHarness.mjs';

const started = performance.now();
const app = join(root, 'examples/react-router');
// Made up, of the right format (DEV_ + 28): never a real key, never the docs' sample key.
const apiKey = 'DEV_reactRouterExampleCheck01234';

// 1. The package as npm would ship it, installed into the example beside its own lockfile.
const install = () =>
  installPackedTarball({ app, tmpPrefix: 'bizkithub-react-router-', singleCopies: ['react', 'react-dom', 'react-router', '@tanstack/react-query'] });

// 2. `react-router build`, skipped when neither the package nor the example changed since the last one.
async function build(tarballHash) {
  const sources = walk(app, new Set(['node_modules', 'build', '.react-router', 'README.md']))
    .sort()
    .flatMap((file) => [relative(app, file), readFileSync(file)]);
  const buildHash = sha256(tarballHash, ...sources);
  const stampFile = join(app, 'build/bizkithub-build-hash');
  if (process.env.REACT_ROUTER_REBUILD !== '1' && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === buildHash) {
    return { ms: 0, cached: true };
  }
  rmSync(join(app, 'build'), { recursive: true, force: true });
  const begin = performance.now();
  // The key is in the build's environment on purpose: nothing may bake it into the output.
  await run(process.execPath, ['node_modules/@react-router/dev/bin.js', 'build'], {
    cwd: app,
    env: { ...process.env, NODE_ENV: 'production', BIZKITHUB_API_KEY: apiKey, BIZKITHUB_BASE_URL: 'http://127.0.0.1:9' },
  });
  // `react-router build` compiles without checking types (Vite): the example's TypeScript, with the
  // route types React Router generates, is checked here, as `npm run typecheck` of the template does.
  await run(process.execPath, ['node_modules/@react-router/dev/bin.js', 'typegen'], { cwd: app });
  await run(process.execPath, ['node_modules/typescript/bin/tsc'], { cwd: app });
  writeFileSync(stampFile, buildHash);
  return { ms: performance.now() - begin, cached: false };
}

// 3. The embedded BizKitHub over HTTP, and the shop in front of it.
async function startServers() {
  const port = await shopPort();
  const shop = `http://127.0.0.1:${port}`;
  const mock = await startMockBizKitHub({ shop, accounts: [customer] });
  cleanups.push(() => mock.close());
  const { serverLog, stop } = await startShopServer({
    name: 'react-router-serve',
    command: process.execPath,
    args: ['node_modules/@react-router/serve/bin.js', './build/server/index.js'],
    cwd: app,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      BIZKITHUB_API_KEY: apiKey,
      BIZKITHUB_BASE_URL: mock.url,
      SHOP_ORIGIN: shop,
      MOCK_MAILBOX_URL: `${mock.url}/__mock/mailbox`,
    },
    shop,
  });
  cleanups.push(stop);
  return { mock, shop, serverLog };
}

/** The customer the walk signs in as (made up; the emulator knows her from the start). */
const customer = { email: 'eva@example.com', password: 'green tea 4 ever', firstName: 'Eva', lastName: 'Svobodová' };

async function main() {
  const installStart = performance.now();
  const tarballHash = await install();
  const installMs = performance.now() - installStart;
  const built = await build(tarballHash);
  const { mock, shop, serverLog } = await startServers();
  if (serve) {
    console.log(`Tea & Kettle (examples/react-router) on ${shop}`);
    console.log(`  sign in as ${customer.email} / ${customer.password}, or register; the mailbox is ${mock.url}/__mock/mailbox`);
    console.log('  Ctrl+C stops both servers.');
    await new Promise(() => {});
  }
  const browser = await launchChromium();
  try {
    const { firstLoadKb } = await journey({
      browser,
      shop,
      screenshotName: 'check-react-router-failure.png',
      steps: ({ context, page }) => steps({ context, page, mock, shop }),
    });
    const build = `pack + install ${seconds(installMs)}, ${built.cached ? 'build cached (unchanged)' : `react-router build + tsc ${seconds(built.ms)}`}`;
    console.log(
      `✓ React Router example (examples/react-router on the packed tarball): a signed-out visit to /account?tab=orders (requireAuth) or /orders?x=1 (requireAuthMiddleware) ends on sign-in with returnTo, ` +
        `sign-in ⇄ register in the same document keeping it; signing in lands back there, the header changing without a reload; one session check per ` +
        `page and per client navigation; no signed-out flash on a hard reload; HttpOnly session; sign-out empties the account page at once; a hostile ` +
        `returnTo lands on /; magic link (it signs in once, to returnTo); cross-origin POST refused; key not shipped; outage: / and /sign-in 200, ` +
        `/account and /orders a 503 with an error boundary, no loop · ${build}, first-load JS ${firstLoadKb} kB gzip, total ${seconds(performance.now() - started)}`,
    );
  } catch (error) {
    const log = serverLog().trim();
    if (log) console.error(`react-router-serve said:\n${log}`);
    throw error;
  }
}

/** The customer's side, in Chromium, plus what an attacker would try from outside. */
async function steps({ context, page, mock, shop }) {
  // The forms' texts come from the package's English catalog; the shop's own texts are literal.
  const { en, formatMessage } = await import('@bizkithub/auth-react');
  const t = (key, params) => formatMessage(en[key], params);
  const { email, password } = customer;
  page.setDefaultTimeout(15_000);
  const problems = [];
  let outage = false;
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A refused API call is logged by Chromium as a failed resource: expected; anything else is not.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource') && !outage) problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() === 404 || (response.status() >= 500 && !outage)) problems.push(`${response.status()} for ${response.url()}`);
  });
  page.on('request', (request) => {
    // The browser talks to the shop only: BizKitHub (and the key) are the server's business.
    if (!request.url().startsWith(`${shop}/`)) problems.push(`the page requested ${request.url()}`);
  });
  const { header, accountMenu, mailbox, sessionCookie, fillSignIn: fillSignInWith, markDocument, sameDocument, signOut } = shopPage({
    context,
    page,
    shop,
    mockUrl: mock.url,
    email,
    t,
  });
  const main = page.getByRole('main');
  const fillSignIn = () => fillSignInWith(password);
  const showsView = async (title) => {
    await main.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    await page.waitForFunction((wanted) => document.title === wanted, `${title} · Tea & Kettle`);
  };
  const viewAction = (key) => main.getByRole('link', { name: t(key), exact: true });
  const accountInfoCalls = () => mock.api.requests.filter((request) => request.endpoint === 'account-info').length;

  // An unknown view is sign-in, at sign-in's address, keeping ?returnTo=.
  await page.goto(`/no-such-view?returnTo=${encodeURIComponent('/account')}`);
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/account');
  await showsView(t('login.title'));

  // A layout route's middleware (routes/orders.tsx) guards its pages the same way, before their loaders run.
  await page.goto('/orders?x=1');
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/orders?x=1');

  // (1) A signed-out visit to a protected page ends on sign-in, remembering where it was going.
  await page.goto('/account?tab=orders');
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/account?tab=orders');
  await showsView(t('login.title'));
  // AuthView moves between its views in the same document, and ?returnTo= goes along.
  await markDocument();
  const registerHref = await viewAction('action.registerInstead').getAttribute('href');
  check(registerHref === `/register?returnTo=${encodeURIComponent('/account?tab=orders')}`, `the register link's href is ${registerHref}`);
  await viewAction('action.registerInstead').click();
  await page.waitForURL((url) => url.pathname === '/register' && url.searchParams.get('returnTo') === '/account?tab=orders');
  await showsView(t('register.title'));
  await viewAction('action.loginInstead').click();
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/account?tab=orders');
  await showsView(t('login.title'));
  check(await sameDocument(), 'moving between the auth views reloaded the page');
  // (2) Signing in lands back there, and (3) the header changes with no reload.
  await fillSignIn();
  await page.waitForURL((url) => url.pathname === '/account' && url.search === '?tab=orders');
  await main.getByText(email).waitFor();
  await accountMenu().waitFor();
  check(await sameDocument(), 'signing in reloaded the page');

  // The session is an HttpOnly cookie: scripts cannot read it, the server renders with it.
  const cookie = await sessionCookie();
  check(cookie, 'no session cookie after signing in');
  check(cookie.httpOnly && cookie.secure && cookie.sameSite === 'Lax', `session cookie attributes: ${JSON.stringify({ ...cookie, value: '…' })}`);
  const documentCookie = await page.evaluate(() => document.cookie);
  check(!documentCookie.includes('auth-id') && !documentCookie.includes(cookie.value), 'document.cookie shows the session');

  // One session check per page (root loader, client <SignedIn>), and per client navigation (root and account loaders).
  const before = accountInfoCalls();
  const served = (await (await context.request.get('/')).text()).replaceAll('<!-- -->', '');
  check(accountInfoCalls() - before === 1, `rendering / asked account-info ${accountInfoCalls() - before} times`);
  check(served.includes('Welcome back, Eva Svobodová'), "the server's HTML of / does not name the signed-in customer");
  // A client navigation: the loaders' (and the middleware's) questions are one call. The page's client
  // components read /api/auth/session themselves when they mount: their own requests, not the navigation's.
  const navigationCalls = async (action) => {
    let sessionReads = 0;
    const countSessionReads = (request) => new URL(request.url()).pathname === '/api/auth/session' && (sessionReads += 1);
    page.on('request', countSessionReads);
    const start = accountInfoCalls();
    await action();
    await page.waitForLoadState('networkidle');
    page.off('request', countSessionReads);
    return accountInfoCalls() - start - sessionReads;
  };
  for (const [link, path, content] of [
    ['your account', '/account', main.getByText(email)],
    ['your orders', '/orders', page.getByTestId('orders').getByText(`${email}: no orders yet.`)],
  ]) {
    await page.goto('/');
    await main.getByRole('heading', { name: 'Welcome back, Eva Svobodová' }).waitFor();
    await markDocument();
    const calls = await navigationCalls(async () => {
      await main.getByRole('link', { name: link }).click();
      await page.waitForURL((url) => url.pathname === path);
      await content.waitFor();
    });
    check(await sameDocument(), `the link to ${path} reloaded the page`);
    check(calls === 1, `a client navigation to ${path} asked account-info ${calls} times`);
  }

  // No flash of signed-out content: from the first byte of a hard reload on, nothing signed-out
  // ([data-signed-out]) and no UserButton other than the signed-in one is ever in the page.
  await page.addInitScript(() => {
    window.__signedOutSeen = false;
    const look = () => {
      if (document.querySelector('[data-signed-out], .bkh-user-button:not([data-state="closed"])')) window.__signedOutSeen = true;
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
    look();
  });
  await page.goto('/');
  await page.reload({ waitUntil: 'networkidle' });
  await main.getByRole('heading', { name: 'Welcome back, Eva Svobodová' }).waitFor();
  await accountMenu().waitFor();
  check(!(await page.evaluate(() => window.__signedOutSeen)), 'signed-out content showed while the signed-in page loaded');

  // First-load JS of a page with a form: every script the HTML loads (module preloads and scripts), gzipped.
  const signInHtml = await (await fetch(`${shop}/sign-in`)).text();
  const scripts = [
    ...new Set([...signInHtml.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+)"/g)].map((match) => match[1])),
    ...[...signInHtml.matchAll(/import\s*(?:[^'"]*from\s*)?"([^"]+\.js)"/g)].map((match) => match[1]),
  ].filter((src, index, all) => all.indexOf(src) === index);
  check(scripts.length > 0, 'no script found in the HTML of /sign-in');
  let firstLoad = 0;
  for (const src of scripts) firstLoad += gzipSync(Buffer.from(await (await fetch(new URL(src, shop))).arrayBuffer())).length;

  // The key: not in any page the server sends, not in anything the build wrote.
  for (const html of [served, signInHtml, await (await context.request.get('/account')).text()]) {
    check(!html.includes(apiKey), 'the API key is in a served page');
    check(!html.includes(cookie.value), 'the session identity is in a served page');
  }
  const leaking = walk(join(app, 'build')).filter((file) => readFileSync(file).includes(apiKey));
  check(leaking.length === 0, `the API key is in the build output: ${leaking.map((file) => relative(app, file)).join(', ')}`);

  await checkCrossOriginLogin(shop, { email, password });

  // (5) Signing out on the account page empties it at once (no reload), on the server too.
  await page.goto('/account');
  await main.getByText(email).waitFor();
  await markDocument();
  await signOut();
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/account');
  // The URL moves first; once the login view shows, nothing of the account may show with it.
  await showsView(t('login.title'));
  check((await page.getByText(email).filter({ visible: true }).count()) === 0, 'the account page still shows the customer after signing out');
  check(await sameDocument(), 'signing out reloaded the page');
  check(!(await sessionCookie()), 'the session cookie survived signing out');
  await page.reload();
  await header.getByRole('link', { name: 'Create an account' }).waitFor();
  check(!(await page.content()).includes('Eva Svobodová'), 'the page still names the customer after signing out');

  // (6) A hostile returnTo lands on the shop's home page.
  await page.goto(`/sign-in?returnTo=${encodeURIComponent('//evil.test/steal')}`);
  await fillSignIn();
  await page.waitForURL((url) => url.origin === shop && url.pathname === '/');
  await accountMenu().waitFor();
  // Signing out on a page the middleware guards: its data request is redirected, still with no reload.
  await page.goto('/orders?x=1');
  await page.getByTestId('orders').getByText(`${email}: no orders yet (filter 1).`).waitFor();
  await markDocument();
  await signOut();
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/orders?x=1');
  check(await sameDocument(), 'signing out on /orders reloaded the page');

  // Passwordless: a one-time link from the mailbox signs in, once, and lands where sign-in would have.
  await page.goto('/account');
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await main.getByRole('link', { name: 'get a sign-in link by e-mail' }).click();
  await page.waitForURL((url) => url.pathname === '/magic-link' && url.searchParams.get('returnTo') === '/account');
  await showsView(t('magicAuth.title'));
  await page.getByLabel(t('field.email.label'), { exact: true }).fill(email);
  await page.getByRole('button', { name: t('magicLink.submit') }).click();
  await page.getByText(t('magicLink.sent.body', { email })).waitFor();
  const { link: magicLink } = await mailbox('magic-link');
  check(new URL(magicLink).origin === shop, `the sign-in link is not on the shop's origin: ${new URL(magicLink).origin}`);
  await page.goto(magicLink);
  // The handler's confirmation page: this browser asked for the link, so it asks plainly.
  await page.getByRole('heading', { name: /^Sign in as e•••@example\.com\?$/ }).waitFor();
  check(!(await sessionCookie()), 'opening the sign-in link signed in before the click');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/account');
  await accountMenu().waitFor();
  check(!page.url().includes('token='), 'the magic-link token stayed in the address bar');
  await page.goto(magicLink);
  await page.waitForURL((url) => url.pathname === '/magic-link');
  await page.getByRole('alert').getByText(t('magicLink.error.used')).waitFor();

  // (4) BizKitHub out of reach (the customer still holds a session cookie): the shop renders and
  // says so; the protected page shows its error boundary (a 503), never a redirect loop through sign-in.
  await mock.close();
  outage = true;
  for (const [path, content] of [
    ['/', page.getByRole('list', { name: 'Products' })],
    ['/sign-in', page.getByRole('button', { name: t('login.submit'), exact: true })],
  ]) {
    const response = await page.goto(path);
    check(response?.status() === 200, `${path} answered ${response?.status()} during the outage`);
    await page.getByRole('status').getByText('Customer accounts are unavailable at the moment.').waitFor();
    await content.waitFor();
  }
  // The account page (requireAuth in its loader: its own boundary, inside the header) and the orders (the
  // layout's middleware, which runs before any loader: the root's boundary) alike.
  for (const path of ['/account', '/orders']) {
    const redirects = [];
    const seen = (frame) => frame === page.mainFrame() && redirects.push(frame.url());
    page.on('framenavigated', seen);
    const response = await page.goto(path);
    check(response?.status() === 503, `${path} answered ${response?.status()} during the outage`);
    await page.getByRole('alert').getByRole('heading', { name: 'This page is not available right now' }).waitFor();
    if (path === '/account') await header.waitFor();
    page.off('framenavigated', seen);
    check(new URL(page.url()).pathname === path, `${path} moved to ${page.url()} during the outage`);
    check(redirects.every((url) => new URL(url).pathname === path), `${path} redirected during the outage: ${redirects.join(' → ')}`);
  }

  check(problems.length === 0, problems.join('\n'));
  return { firstLoadKb: (firstLoad / 1024).toFixed(1) };
}

await runCheck('React Router example', main);
