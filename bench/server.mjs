// npm run bench:server (issue 17, "The server handler"; issue 33, "The Node mount costs what it adds"):
// createBizKitHubHandler mounted on node:http with toNodeHandler (the Node mount the docs give), against
// the floor: a bare proxy (a fetch handler that makes the same upstream call with the same timeout and
// forwards the answer) mounted with @hono/node-server's getRequestListener and its defaults. A third
// row mounts the handler with those defaults too, so the mount's own cost shows apart from the handler's.
// All in front of one stub upstream on 127.0.0.1.
// autocannon: 10 connections, 10 s, 3 rounds per route and server. Each server under test runs in
// its own child process, so its CPU time (process.cpuUsage) per request is its own.
// Uses only the package's public server entry (src/server/index.ts, bundled by esbuild; BENCH_SERVER_SRC
// names another tree's src/server/index.ts, to measure a before), so it runs on today's handler and
// after a refactor. Figures, never assertions.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'bench/results/server');
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const roundsPerCase = Number(process.env.BENCH_ROUNDS ?? 3);
// BENCH_RATE=300: that many requests a second in all, below what any server here saturates at, so
// that CPU per request is measured at the same load for each (on a shared machine, a saturated
// server's CPU per request swings with everyone else's load). Unset: as fast as each server goes.
const rate = process.env.BENCH_RATE ? { overallRate: Number(process.env.BENCH_RATE) } : {};
mkdirSync(out, { recursive: true });

if (process.argv[2] === 'child') {
  // The server under test: `child handler|handler-hono|bare <upstream>`.
  const [, , , kind, upstream, entry] = process.argv;
  const { getRequestListener } = await import('@hono/node-server');
  const apiKey = `DEV_${'b1'.repeat(14)}`; // made up: DEV_ + 28 letters/digits
  const shopOrigin = 'https://shop.example';
  // The handler's default upstream timeout (client/config.ts defaultTimeoutMs); the floor keeps it too.
  const timeoutMs = 15_000;
  let listener;
  if (kind === 'handler' || kind === 'handler-hono') {
    const { createBizKitHubHandler, toNodeHandler } = await import(entry);
    // The Node mount hands the handler the socket's address, so its per-IP sign-in limit counts every
    // login (hashing the address, a store increment): kept on, with a budget one client never spends,
    // so that each round measures sign-ins, not 429s.
    const loginLimits = { perIp: Number.MAX_SAFE_INTEGER };
    const handler = createBizKitHubHandler({ apiKey, baseUrl: upstream, origin: shopOrigin, timeoutMs, loginLimits });
    listener = kind === 'handler' ? toNodeHandler(handler) : getRequestListener(handler);
  } else {
    // The bare proxy: forward the login body with fetch; read the session for the cookie's token.
    // Each upstream call is bounded by the same timeout as the handler's: a proxy without one
    // would hang on a silent upstream, and would not be a floor for the same work.
    listener = getRequestListener(async (request) => {
      const url = new URL(request.url);
      if (request.method === 'POST' && url.pathname === '/api/auth/login') {
        const response = await fetch(`${upstream}/api/v1/customer/login?apiKey=${apiKey}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: await request.text(),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const body = await response.json();
        const headers = new Headers({ 'content-type': 'application/json' });
        if (body.identityId) headers.append('set-cookie', `auth-id=${body.identityId}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=7776000`);
        return new Response(JSON.stringify({ success: body.success === true }), { status: response.status, headers });
      }
      if (request.method === 'GET' && url.pathname === '/api/auth/session') {
        const token = /(?:^|;\s*)__Host-auth-id=([^;]*)/.exec(request.headers.get('cookie') ?? '')?.[1];
        const response = await fetch(`${upstream}/contact/v1/get-account-info?identityId=${token}&apiKey=${apiKey}`, {
          signal: AbortSignal.timeout(timeoutMs),
        });
        return new Response(await response.text(), { status: response.status, headers: { 'content-type': 'application/json' } });
      }
      return new Response(null, { status: 404 });
    });
  }
  const server = createServer(listener).listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', (message) => {
    if (message === 'cpu') process.send({ cpu: process.cpuUsage() });
    if (message === 'stop') server.close(() => process.exit(0));
  });
} else {
  const bundleDir = mkdtempSync(join(tmpdir(), 'bkh-bench-server-'));
  const entry = join(bundleDir, 'server-entry.mjs');
  // toNodeHandler loads @hono/node-server at run time, resolved from the bundle's folder: let it find ours.
  symlinkSync(join(root, 'node_modules'), join(bundleDir, 'node_modules'), 'dir');
  await build({
    entryPoints: [process.env.BENCH_SERVER_SRC ?? join(root, 'src/server/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Outside the tree: a generated bundle there is linted by `npm test` (and fails it).
    outfile: entry,
    logLevel: 'error',
  });

  // The stub upstream: BizKitHub's login and account-info answers, nothing else.
  const identityId = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6';
  const account = JSON.stringify({ loggedIn: true, identityId, cuRefNo: 'CU-1', creditBalance: 0, email: 'ada@example.test', firstName: 'Ada' });
  const upstream = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      if (request.url.startsWith('/api/v1/customer/login')) response.end(JSON.stringify({ success: true, identityId }));
      else if (request.url.startsWith('/contact/v1/get-account-info')) response.end(account);
      else { response.statusCode = 404; response.end('{}'); }
    });
  });
  await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const upstreamUrl = `http://127.0.0.1:${upstream.address().port}`;

  const routes = {
    'POST /api/auth/login': {
      method: 'POST', path: '/api/auth/login',
      // The shop's page posts it: without an allowed Origin the handler answers 403 (and that counts as 0 req/s).
      headers: { 'content-type': 'application/json', origin: 'https://shop.example' },
      body: JSON.stringify({ email: 'ada@example.test', password: 'correct horse battery' }),
      expect: '"success":true',
    },
    // The handler's default cookie name (secure, path /, no domain): `auth-id` alone reads as signed out, without asking upstream.
    'GET /api/auth/session': { method: 'GET', path: '/api/auth/session', headers: { cookie: `__Host-auth-id=${identityId}` }, expect: '"loggedIn":true' },
  };

  const ask = (child, message, key) => new Promise((resolve) => {
    const listener = (reply) => { if (reply[key] !== undefined) { child.off('message', listener); resolve(reply[key]); } };
    child.on('message', listener);
    if (message) child.send(message);
  });

  async function round(kind, route) {
    const child = fork(new URL(import.meta.url).pathname, ['child', kind, upstreamUrl, entry], {
      stdio: 'inherit',
      // BENCH_PROFILE=1: a V8 CPU profile per server process in bench/results/server/prof.
      execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${join(out, 'prof')}`] : [],
    });
    const port = await ask(child, undefined, 'port');
    const url = `http://127.0.0.1:${port}${route.path}`;
    const { path: _path, expect, ...options } = route;
    // Both servers must give the answer being measured (a refusal is fast and proves nothing).
    const probe = await (await fetch(url, { method: options.method, headers: options.headers, body: options.body })).text();
    if (!probe.includes(expect)) throw new Error(`${kind} ${route.path} answered ${probe.slice(0, 80)}, not ${expect}`);
    await autocannon({ url, connections: 10, duration: 1, ...options }); // warm-up
    const before = await ask(child, 'cpu', 'cpu');
    const result = await autocannon({ url, connections: 10, duration, ...rate, ...options });
    const after = await ask(child, 'cpu', 'cpu');
    child.send('stop');
    await new Promise((resolve) => child.on('exit', resolve));
    const cpuMicros = after.user - before.user + (after.system - before.system);
    const ok = result['2xx'];
    if (result.non2xx > 0 || result.errors > 0) console.warn(`  ${kind} ${route.path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return { rps: ok / duration, cpuPerRequest: cpuMicros / Math.max(1, result.requests.total) };
  }

  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const kinds = ['bare', 'handler', 'handler-hono'];
  const cell = (value, width) => String(value).padStart(width);
  const load = rate.overallRate ? `${rate.overallRate} req/s` : 'as fast as it goes';
  console.log(`\n## Server handler vs bare proxy (node:http, autocannon 10 connections, ${load}, ${duration} s, median of ${roundsPerCase})\n`);
  console.log('bare: a proxy making the same upstream call with the same timeout, on getRequestListener with its defaults;');
  console.log('handler: createBizKitHubHandler on toNodeHandler; hono: the same handler on getRequestListener with its defaults.\n');
  console.log(
    `${'route'.padEnd(24)} ${cell('bare req/s', 11)} ${cell('handler', 8)} ${cell('ratio', 6)}   ${cell('bare µs CPU', 11)} ${cell('handler', 8)} ${cell('ratio', 6)} ${cell('hono', 6)} ${cell('mount µs', 9)}`,
  );
  for (const [name, route] of Object.entries(routes)) {
    const samples = Object.fromEntries(kinds.map((kind) => [kind, []]));
    for (let i = 0; i < roundsPerCase; i += 1) {
      // Rotated each round, so that no server always runs first (or last) on a machine whose load drifts.
      for (let k = 0; k < kinds.length; k += 1) {
        const kind = kinds[(i + k) % kinds.length];
        samples[kind].push(await round(kind, route));
      }
    }
    const rps = (kind) => median(samples[kind].map((s) => s.rps));
    const cpu = (kind) => median(samples[kind].map((s) => s.cpuPerRequest));
    console.log(
      `${name.padEnd(24)} ${cell(rps('bare').toFixed(0), 11)} ${cell(rps('handler').toFixed(0), 8)} ${cell(`${(rps('handler') / rps('bare')).toFixed(2)}×`, 6)}   ` +
        `${cell(cpu('bare').toFixed(0), 11)} ${cell(cpu('handler').toFixed(0), 8)} ${cell(`${(cpu('handler') / cpu('bare')).toFixed(2)}×`, 6)} ` +
        `${cell(cpu('handler-hono').toFixed(0), 6)} ${cell((cpu('handler') - cpu('handler-hono')).toFixed(0), 9)}`,
    );
  }
  console.log('\nThroughput counts 2xx answers only; mount µs is handler minus hono. Timings on a shared, busy machine are indicative.');
  upstream.close();
  // The link first, on its own: removing the folder must never reach into node_modules.
  unlinkSync(join(bundleDir, 'node_modules'));
  rmSync(bundleDir, { recursive: true, force: true });
}
