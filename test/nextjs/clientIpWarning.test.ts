// @vitest-environment node
// Route handlers in Next get no socket address. createNextAuth says so once, in production, when the
// options name no trusted source of the client's address: otherwise all customers share one per-IP limit.
import { afterAll, afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { createNextAuth as CreateNextAuth, NextAuthOptions } from '../../src/nextjs/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { devKey } from '../support/keys.js';

vi.mock('next/headers', () => import('./nextHeaders.js'));

const origin = 'https://shop.example';
const api = createMockBizKitHub({ accounts: [{ email: 'jana@example.com', password: 'correct horse' }] });

// The warning is said once per process: each test takes the entry afresh, and the file leaves a
// fresh graph behind for the next file of this worker (the unit project shares one per worker).
let createNextAuth: typeof CreateNextAuth;
beforeEach(async () => {
  vi.resetModules();
  ({ createNextAuth } = await import('../../src/nextjs/index.js'));
});
afterAll(() => {
  vi.resetModules();
});

/** Two login attempts through the route handler (as `next start` hands them over), with these headers. */
async function twoLogins(options: Partial<NextAuthOptions>, headers: Record<string, string> = {}) {
  const auth = createNextAuth({ apiKey: devKey, fetch: api.fetch, origin, ...options });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const response = await auth.POST(
      new Request(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
        body: JSON.stringify({ email: 'jana@example.com', password: 'correct horse' }),
      }),
    );
    expect(response.status).toBe(200);
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  api.reset();
});

/** The warnings about the client's address (the memory store's per-instance warning is another subject). */
function warnings() {
  const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return {
    get calls(): unknown[][] {
      return spy.mock.calls.filter(([message]) => /client address|client's IP/.test(String(message)));
    },
  };
}

test('in production, with no trusted source (next start sets X-Forwarded-For itself): one warning that says how to fix it', async () => {
  vi.stubEnv('NODE_ENV', 'production');
  const warn = warnings();
  await twoLogins({}, { 'X-Forwarded-For': '203.0.113.7' });
  expect(warn.calls).toHaveLength(1);
  const [message] = warn.calls[0] ?? [];
  expect(message).toMatch(/no trusted client address/);
  expect(message).toMatch(/trustProxyHops/);
  expect(message).toMatch(/getClientIp/);
  // What it saw and how to fix it, never the address, the key or the password.
  expect(message).not.toMatch(/203\.0\.113\.7|DEV_|correct horse/);
});

test('no warning with trustProxyHops behind a proxy that appended the address, or with getClientIp', async () => {
  vi.stubEnv('NODE_ENV', 'production');
  const warn = warnings();
  await twoLogins({ trustProxyHops: 1 }, { 'X-Forwarded-For': '203.0.113.7' });
  await twoLogins({ getClientIp: (request) => request.headers.get('x-real-ip') ?? undefined }, { 'X-Real-IP': '198.51.100.4' });
  expect(warn.calls).toHaveLength(0);
});

test('trustProxyHops set, but a request that did not pass the proxy (no X-Forwarded-For): the warning', async () => {
  vi.stubEnv('NODE_ENV', 'production');
  const warn = warnings();
  await twoLogins({ trustProxyHops: 1 });
  expect(warn.calls).toHaveLength(1);
});

test('not in development (next dev): the magic-link limit warns there when it needs the address', async () => {
  vi.stubEnv('NODE_ENV', 'development');
  const warn = warnings();
  await twoLogins({});
  expect(warn.calls).toHaveLength(0);
});
