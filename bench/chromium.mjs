// Runtime bench in real Chromium (issue 17, "Runtime"): <LoginForm> + provider against the bare
// react-hook-form + zod/mini form (bench/floor), same React 19, same page setup, production builds
// (react-dom/profiling so the React Profiler reports), 4× CPU throttling via CDP, median of 10 rounds.
// Prints three ratios (script start → e-mail input focusable; mount, render to commit; 50 keystrokes
// + a submit with errors) and React commits per keystroke. A benchmark: figures, never assertions.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'bench/results/chromium');
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
const keystrokes = 50;
mkdirSync(out, { recursive: true });
// The package as shops get it: the built dist/production/ (package.json's default), which an app's
// bundler tree-shakes.
execSync('npm run --silent build', { stdio: 'inherit', cwd: root });

// Both pages share this harness: the inline script in the HTML sets window.__t0 (script start);
// a MutationObserver records when the e-mail input is in the document and focusable; a Profiler
// around the form records commits.
const harness = (importLine, element) => `
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
${importLine}
const w = window;
w.__commits = [];
const onRender = (_id, phase, actualDuration, _base, startTime, commitTime) => {
  w.__commits.push({ phase, actualDuration, startTime, commitTime });
};
const container = document.getElementById('root');
const rootApi = createRoot(container);
w.__renderCall = performance.now();
rootApi.render(<Profiler id="form" onRender={onRender}>{${element}}</Profiler>);
`;

const pages = {
  bare: harness(
    "import { BareLoginForm } from './bench/floor/BareLoginForm.tsx';",
    '<BareLoginForm onSubmit={() => {}} />',
  ),
  // The whole bare stack the kit is built on (React, TanStack Query, react-hook-form, zod) rendering
  // LoginForm's markup and sending the sign-in through a mutation, as a shop would by hand: the
  // floor the kit's own cost is measured against (the decided "bare stack, same accessible markup").
  markup: harness(
    `import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { MarkupLoginForm } from './bench/floor/MarkupLoginForm.tsx';
const queryClient = new QueryClient();
function StackLoginForm() {
  const login = useMutation({ mutationFn: (values) => fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(values) }) });
  return <MarkupLoginForm onSubmit={(values) => login.mutate(values)} />;
}`,
    '<QueryClientProvider client={queryClient}><StackLoginForm /></QueryClientProvider>',
  ),
  login: harness(
    `import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BizKitHubProvider, LoginForm, createBizKitHubClient } from './dist/production/index.js';
// Production's setup: server mode (no key in the page, nothing for the client to warn about).
const client = createBizKitHubClient({ serverUrl: '/api/auth' });
const queryClient = new QueryClient();`,
    '<QueryClientProvider client={queryClient}><BizKitHubProvider client={client}><LoginForm /></BizKitHubProvider></QueryClientProvider>',
  ),
};

const html = (name) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<script>
window.__t0 = performance.now();
new MutationObserver(function (_, observer) {
  var input = document.querySelector('input[type="email"]');
  if (input && input.isConnected) { window.__focusable = performance.now(); observer.disconnect(); }
}).observe(document, { childList: true, subtree: true });
</script></head><body><div id="root"></div><script src="./${name}.js"></script></body></html>`;

for (const [name, code] of Object.entries(pages)) {
  await build({
    stdin: { contents: code, resolveDir: root, loader: 'tsx' },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The production Profiler only reports in React's profiling build.
    alias: { 'react-dom/client': 'react-dom/profiling' },
    outfile: join(out, `${name}.js`),
    logLevel: 'error',
  });
  writeFileSync(join(out, `${name}.html`), html(name));
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function measure(name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Served from memory under a made-up origin: no network, no file:// quirks. API calls get a 503.
  await page.route('http://bench.local/**', (route) => {
    const path = new URL(route.request().url()).pathname.slice(1);
    if (path === `${name}.html` || path === `${name}.js`) {
      return route.fulfill({ body: readFileSync(join(out, path)), contentType: path.endsWith('.js') ? 'text/javascript' : 'text/html' });
    }
    return route.fulfill({ status: 503, body: '' });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`http://bench.local/${name}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__focusable !== undefined && window.__commits.length > 0);
  // Let mount-time effects settle (two frames) before typing.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const result = await page.evaluate(async (count) => {
    const w = window;
    const first = w.__commits[0];
    const mountCommits = w.__commits.length;
    const input = document.querySelector('input[type="email"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const before = w.__commits.length;
    const start = performance.now();
    let value = '';
    for (let i = 0; i < count; i += 1) {
      value += 'a'; // never an e-mail address: the submit fails validation
      input.focus();
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const typed = w.__commits.length - before;
    const typedAt = performance.now();
    // The submit event itself: a click would stop at the browser's own check of type="email".
    input.form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    const hasErrors = () => document.querySelector('[aria-invalid="true"], form p, [role="alert"]:not(:empty)');
    const deadline = performance.now() + 20000;
    while (!hasErrors()) {
      if (performance.now() > deadline) throw new Error('no validation error appeared after the submit');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const end = performance.now();
    return {
      focusable: w.__focusable - w.__t0,
      mount: first.commitTime - w.__renderCall,
      mountCommits,
      commitsPerKeystroke: typed / count,
      typing: end - start,
      keysOnly: typedAt - start,
      submitOnly: end - typedAt,
    };
  }, keystrokes);
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const samples = { bare: [], markup: [], login: [] };
for (const name of Object.keys(samples)) await measure(name); // warm-up, not counted
for (let round = 0; round < rounds; round += 1) {
  // Rotate the order so no page always runs on a warmer machine.
  const names = Object.keys(samples);
  const order = names.map((_, index) => names[(index + round) % names.length]);
  for (const name of order) samples[name].push(await measure(name));
}
await browser.close();

const pick = (name, key) => median(samples[name].map((sample) => sample[key]));
const ms = (value) => `${value.toFixed(2)} ms`.padStart(10);
console.log(`\n## Runtime in Chromium (4× CPU throttling, median of ${rounds}; production builds)\n`);
console.log(
  `${'measure'.padEnd(48)} ${'bare'.padStart(10)} ${'LoginForm'.padStart(10)} ${'ratio'.padStart(7)}  ${'bare stack, its markup'.padStart(22)} ${'ratio'.padStart(7)} ${'LoginForm ÷ it'.padStart(15)}`,
);
for (const [key, label] of [
  ['focusable', 'script start → e-mail input focusable'],
  ['mount', 'mount, render call → first commit'],
  ['typing', `${keystrokes} keystrokes + a submit with errors`],
  ['keysOnly', `  of which the ${keystrokes} keystrokes`],
  ['submitOnly', '  of which the submit until errors show'],
]) {
  const bare = pick('bare', key);
  const login = pick('login', key);
  const markup = pick('markup', key);
  const ratio = (value) => `${(value / bare).toFixed(2)}×`.padStart(7);
  console.log(`${label.padEnd(48)} ${ms(bare)} ${ms(login)} ${ratio(login)}  ${ms(markup).padStart(22)} ${ratio(markup)} ${`${(login / markup).toFixed(2)}×`.padStart(15)}`);
}
console.log(`${'React commits per keystroke (Profiler)'.padEnd(48)} ${pick('bare', 'commitsPerKeystroke').toFixed(2).padStart(10)} ${pick('login', 'commitsPerKeystroke').toFixed(2).padStart(10)}`);
console.log(`${'commits before typing (mount + its effects)'.padEnd(48)} ${String(pick('bare', 'mountCommits')).padStart(10)} ${String(pick('login', 'mountCommits')).padStart(10)}`);
console.log('\nThe last three columns: the bare stack (TanStack Query + react-hook-form + zod) rendering the markup LoginForm renders and sending through useMutation (bench/floor/MarkupLoginForm.tsx), its ratio to the bare form, and LoginForm’s ratio to it (the kit’s own cost; goal ≤ 1.10×).');
console.log('Timings on a shared, busy machine are indicative; compare ratios from one run.');
