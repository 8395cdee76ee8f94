/// <reference types="node" />
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpBindings } from '@hono/node-server';
import type { Emulator } from './createMockBizKitHub.js';
import { answerMockRoute, mockRoutesPrefix } from './mailboxRoutes.js';
import { loadMockServerModules, nativeMockServerImports, type MockServerImports } from './peers.js';
import type { MagicLinkMessage } from '../server/magicLinkTypes.js';
import type { MockBizKitHub, MockBizKitHubOptions } from './types.js';

/** Options of `startMockBizKitHubServer`: the emulator's options and where to listen. */
export interface MockBizKitHubServerOptions extends Omit<MockBizKitHubOptions, 'baseUrl'> {
  /** The TCP port; `0` picks a free one (read it from `url`). @default 0 */
  port?: number | undefined;
  /** The interface to bind. Anything but loopback exposes the emulator to the network. @default '127.0.0.1' */
  host?: string | undefined;
  /**
   * Origins whose pages may read the emulator's answers (CORS). Requests whose `Host` is not a
   * loopback name (or `host`) are refused whatever their origin, so that a page that rebinds its
   * own DNS name to 127.0.0.1 cannot read the mailbox.
   * @default any http origin on localhost, 127.0.0.1 or [::1]
   */
  allowedOrigins?: readonly string[] | undefined;
}

/** A running mock server. */
export interface MockBizKitHubServer {
  /** Its origin, e.g. `http://127.0.0.1:41234`: the `baseUrl` for a client or a server handler. */
  readonly url: string;
  /**
   * The address and port it is really bound to, e.g. `127.0.0.1:41234`, or `0.0.0.0:41234` and
   * `[::]:41234` for every interface (where `url` names loopback, the address to call it on).
   */
  readonly boundAddress: string;
  /** The emulator behind it, for arranging and asserting in-process (`seed`, `outbox`, `forceNext`, …). */
  readonly api: MockBizKitHub;
  /**
   * Puts a magic link into this mock's mailbox, beside the mail the platform sends: readable at
   * `GET ${url}/__mock/mailbox?to=` and with `api.lastEmail(to)` (kind `magic-link`). Pass it as
   * your server handler's `magicLink.sendMagicLink`, so that a local shop "mails" its links here.
   * Throws a `TypeError` for an address or link the mailbox refuses (the handler then answers 502).
   *
   * @example
   * createBizKitHubHandler({ apiKey, baseUrl: mock.url, origin: 'http://localhost:3000', magicLink: { sendMagicLink: mock.sendMagicLink } })
   */
  sendMagicLink(message: MagicLinkMessage): void;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

const corsHeaders = {
  'Access-Control-Allow-Methods': 'GET, POST',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, Accept',
  'Access-Control-Max-Age': '600',
};

/** Whether a bound address is reachable from this machine only: 127.0.0.0/8 or ::1 (also IPv4-mapped). */
export function isLoopbackAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(bare);
}

function urlHost(address: AddressInfo): string {
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return host.includes(':') ? `[${host}]` : host;
}

const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function hostName(host: string): string {
  const bracketed = /^\[[^\]]+\]/.exec(host);
  return (bracketed ? bracketed[0] : host.replace(/:\d+$/, '')).toLowerCase();
}

/** Any http(s) origin on a loopback name, on any port. */
function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && loopbackNames.has(url.hostname) && url.origin === origin;
  } catch {
    return false;
  }
}

/** Lets an allowed page call the emulated API directly, as it calls BizKitHub in direct mode. */
function withCors(response: Response, origin: string | null, isAllowed: (origin: string) => boolean): Response {
  if (origin === null || !isAllowed(origin)) return response;
  const headers = new Headers(response.headers);
  headers.set('Access-Control-Allow-Origin', origin);
  headers.append('Vary', 'Origin');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** `startMockBizKitHubServer`, with the peers' imports injectable (see server.ts for the public one). */
export async function startMockServer(
  options: MockBizKitHubServerOptions = {},
  imports: MockServerImports = nativeMockServerImports,
): Promise<MockBizKitHubServer> {
  const { port = 0, host = '127.0.0.1', allowedOrigins, ...emulatorOptions } = options;
  // Node binds every interface for an empty host: an unset variable must not expose the emulator.
  if (typeof host !== 'string' || host.trim() === '') {
    throw new TypeError('startMockBizKitHubServer: host must name the interface to bind, e.g. "127.0.0.1", not an empty string.');
  }
  const allowList = allowedOrigins === undefined ? undefined : new Set(allowedOrigins);
  const isAllowedOrigin = (origin: string) => (allowList ? allowList.has(origin) : isLoopbackOrigin(origin));
  // The names this server answers to: loopback, and the interface it was told to bind.
  const ownNames = new Set([...loopbackNames, hostName(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host)]);
  if (!(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
    throw new TypeError('startMockBizKitHubServer: port must be an integer from 0 to 65535.');
  }
  // Before listening: a missing peer rejects with a sentence naming it, and nothing is left open.
  const { createEmulator, getResponse, getRequestListener } = await loadMockServerModules(imports);
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  const url = `http://${urlHost(bound)}:${bound.port}`;
  const boundAddress = `${bound.address.includes(':') ? `[${bound.address}]` : bound.address}:${bound.port}`;
  let emulator: Emulator;
  try {
    emulator = createEmulator({ ...emulatorOptions, baseUrl: url }, `${url}${mockRoutesPrefix}verify`);
  } catch (error) {
    // Refused options (a shopUrl, a seed): nothing is left listening.
    server.close();
    throw error;
  }
  const { api } = emulator;

  async function answer(request: Request, { incoming }: HttpBindings): Promise<Response> {
    // DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 sends Host: evil.example.
    const hostHeader = incoming.headers.host ?? '';
    if (!ownNames.has(hostName(hostHeader))) {
      return Response.json({ success: false, errorCode: 'MISDIRECTED_REQUEST', message: 'Unknown host.' }, { status: 421 });
    }
    const { pathname, search } = new URL(request.url);
    if (pathname.startsWith(mockRoutesPrefix)) return answerMockRoute(emulator, request, url);
    const origin = request.headers.get('Origin');
    if (request.method === 'OPTIONS') {
      return withCors(new Response(null, { status: 204, headers: corsHeaders }), origin, isAllowedOrigin);
    }
    // Whatever Host the caller used (localhost, 127.0.0.1), the handlers match the server's own URL.
    const forwarded = new Request(new URL(pathname + search, url), {
      method: request.method,
      headers: request.headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer(),
    });
    const response = await getResponse(api.handlers, forwarded);
    if (response?.type === 'error') {
      // A forced network failure: the connection drops without an answer.
      incoming.socket.destroy();
      return new Response(null, { status: 502 });
    }
    const found =
      response ??
      Response.json({ success: false, errorCode: 'NOT_FOUND', message: 'No such endpoint.' }, { status: 404 });
    return withCors(found, origin, isAllowedOrigin);
  }

  server.on('request', getRequestListener((request, env) => answer(request, env as HttpBindings), { overrideGlobalObjects: false }));

  return {
    url,
    boundAddress,
    api,
    // Standalone (no `this`): it is handed around as an option.
    sendMagicLink: ({ email, url: link, expiresAt }) => {
      api.deliver({ to: email, kind: 'magic-link', link, expiresAt: expiresAt.getTime() });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
