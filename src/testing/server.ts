/// <reference types="node" />
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { getResponse } from 'msw';
import { createMockBizKitHub } from './createMockBizKitHub.js';
import { answerMockRoute, mockRoutesPrefix } from './mailboxRoutes.js';
import type { MockBizKitHub, MockBizKitHubOptions } from './types.js';

export type {
  MockAccount,
  MockAccountSeed,
  MockBizKitHub,
  MockBizKitHubOptions,
  MockCustomerEndpoint,
  MockDelivery,
  MockEmail,
  MockEndpoint,
  MockOutcome,
  MockRequest,
  MockServerModeOptions,
  MockSession,
} from './types.js';
export type {
  BizKitHubHandlerOptions,
  MagicLinkLimits,
  MagicLinkMessage,
  MagicLinkOptions,
  MagicLinkStore,
  RegisterOptions,
  ResetPasswordOptions,
  SessionCookieOptions,
} from '../server/index.js';

/** Options of `startMockBizKitHubServer`: the emulator's options and where to listen. */
export interface MockBizKitHubServerOptions extends Omit<MockBizKitHubOptions, 'baseUrl'> {
  /** The TCP port; `0` picks a free one (read it from `url`). @default 0 */
  port?: number | undefined;
  /** The interface to bind. Anything but loopback exposes the emulator to the network. @default '127.0.0.1' */
  host?: string | undefined;
}

/** A running mock server. */
export interface MockBizKitHubServer {
  /** Its origin, e.g. `http://127.0.0.1:41234`: the `baseUrl` for a client or a server handler. */
  readonly url: string;
  /** The emulator behind it, for arranging and asserting in-process (`seed`, `outbox`, `forceNext`, …). */
  readonly api: MockBizKitHub;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

const corsHeaders = {
  'Access-Control-Allow-Methods': 'GET, POST',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, Accept',
  'Access-Control-Max-Age': '600',
};

function urlHost(address: AddressInfo): string {
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return host.includes(':') ? `[${host}]` : host;
}

/** Lets a page of any origin call the emulated API directly, as it calls BizKitHub in direct mode. */
function withCors(response: Response, origin: string | null): Response {
  if (origin === null) return response;
  const headers = new Headers(response.headers);
  headers.set('Access-Control-Allow-Origin', origin);
  headers.append('Vary', 'Origin');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Starts the embedded BizKitHub as a real HTTP server (on 127.0.0.1 unless told otherwise), for
 * apps and end-to-end tests: the emulated API at `url`, plus a mailbox at `url/__mock/mailbox`
 * (see the README's testing section). Node only; `@hono/node-server` serves the handlers.
 *
 * @example
 * const mock = await startMockBizKitHubServer({ accounts: [{ email: 'jana@example.com', password: 'correct horse' }] });
 * const client = createBizKitHubClient({ apiKey: 'DEV_…', baseUrl: mock.url });
 * // …
 * await mock.close();
 */
export async function startMockBizKitHubServer(options: MockBizKitHubServerOptions = {}): Promise<MockBizKitHubServer> {
  const { port = 0, host = '127.0.0.1', ...emulatorOptions } = options;
  if (!(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
    throw new TypeError('startMockBizKitHubServer: port must be an integer from 0 to 65535.');
  }
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `http://${urlHost(server.address() as AddressInfo)}:${(server.address() as AddressInfo).port}`;
  const api = createMockBizKitHub({ ...emulatorOptions, baseUrl: url });

  async function answer(request: Request, { incoming }: HttpBindings): Promise<Response> {
    const { pathname, search } = new URL(request.url);
    if (pathname.startsWith(mockRoutesPrefix)) return answerMockRoute(api, request, url);
    const origin = request.headers.get('Origin');
    if (request.method === 'OPTIONS') {
      return withCors(new Response(null, { status: 204, headers: corsHeaders }), origin);
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
    return withCors(found, origin);
  }

  server.on('request', getRequestListener((request, env) => answer(request, env as HttpBindings), { overrideGlobalObjects: false }));

  return {
    url,
    api,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
