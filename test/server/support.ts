import { setupServer } from 'msw/node';
import { redact } from '../../src/core/redact.js';
import { createMockBizKitHub, type MockAccountSeed, type MockBizKitHubOptions } from '../../src/testing/index.js';
import { banned, contact, unverified, verified } from '../support/mockServer.js';

export const shopOrigin = 'https://shop.example';
export const accounts: MockAccountSeed[] = [verified, unverified, contact, banned];
export { banned, contact, unverified, verified };

/**
 * The embedded BizKitHub behind msw/node for this file. Requests to 127.0.0.1 (the real-HTTP
 * tests) pass; any other request no handler knows fails the test rather than reaching the internet.
 */
export function startUpstream(options: Omit<MockBizKitHubOptions, 'accounts'> & { accounts?: MockAccountSeed[] } = {}) {
  const api = createMockBizKitHub({ accounts, ...options });
  const server = setupServer(...api.handlers);
  beforeAll(() =>
    server.listen({
      onUnhandledRequest(request, print) {
        if (new URL(request.url).hostname !== '127.0.0.1') print.error();
      },
    }),
  );
  afterEach(() => api.reset());
  afterAll(() => server.close());
  return api;
}

/**
 * The handler's own report lines (refusals, faults) and the browser client's development line about
 * a refusal it read, and the Redis store's one line when its connection drops (tests that stop
 * Redis): expected now, and checked for secrets instead.
 */
const reportLine = /^@bizkithub\/auth-react(\/server: |: the server handler refused |: the store's Redis connection failed )/;
const isReport = (call: unknown[]) => call.length === 1 && typeof call[0] === 'string' && reportLine.test(call[0]);

/**
 * Fails the test if anything reaches the console, but the handler's report lines; those may hold
 * nothing shaped like a key, token, identityId or e-mail address (`redact` leaves them as they are).
 */
export function forbidConsole() {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const spies = methods.map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
  const all = () => spies.flatMap((spy) => spy.mock.calls as unknown[][]);
  return {
    calls: () => all().filter((call) => !isReport(call)),
    /** The handler's report lines that carry something shaped like a secret. */
    leakingReports: () => all().filter(isReport).map((call) => String(call[0])).filter((line) => redact(line, Infinity) !== line),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}

/** Every test of the calling file fails if anything reaches the console (keys, tokens, passwords…). */
export function forbidConsoleInEveryTest(): void {
  let guard: ReturnType<typeof forbidConsole>;
  beforeEach(() => {
    guard = forbidConsole();
  });
  afterEach(() => {
    const calls = guard.calls();
    const leaking = guard.leakingReports();
    guard.restore();
    expect(calls).toEqual([]);
    expect(leaking).toEqual([]);
  });
}

interface CallInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as is instead of JSON. */
  rawBody?: BodyInit;
  origin?: string | null;
  url?: string;
}

/** A browser-like request to the handler: same-origin POSTs with a JSON body. */
export function browserRequest(path: string, init: CallInit = {}): Request {
  const method = init.method ?? (init.body === undefined && init.rawBody === undefined ? 'GET' : 'POST');
  const headers = new Headers(init.headers);
  const origin = init.origin === undefined ? (method === 'GET' ? null : shopOrigin) : init.origin;
  if (origin !== null && !headers.has('origin')) headers.set('origin', origin);
  if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return new Request(init.url ?? `${shopOrigin}/api/auth${path}`, {
    method,
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** `auth-id=…` from the first Set-Cookie, for the next request's Cookie header. */
export function cookiePair(response: Response): string {
  const [setCookie = ''] = response.headers.getSetCookie();
  return setCookie.split(';')[0] ?? '';
}

/** The first Set-Cookie's attributes, lower-cased names → values ('' for flags). */
export function cookieAttributes(response: Response): Map<string, string> {
  const [setCookie = ''] = response.headers.getSetCookie();
  const parts = setCookie.split(';').slice(1);
  return new Map(
    parts.map((part) => {
      const [name = '', ...value] = part.trim().split('=');
      return [name.toLowerCase(), value.join('=')];
    }),
  );
}

/** Every header and the body of a response, as one string to search for secrets. */
export async function everything(response: Response): Promise<string> {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  return `${headers}\n\n${await response.clone().text()}`;
}
