/// <reference types="node" />
import { startMockServer, type MockBizKitHubServer, type MockBizKitHubServerOptions } from './mockServer.js';

export { mockMailboxSender, type MockMailboxSenderOptions } from './mockMailboxSender.js';

export type { MockBizKitHubServer, MockBizKitHubServerOptions } from './mockServer.js';
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

/**
 * Starts the embedded BizKitHub as a real HTTP server (on 127.0.0.1 unless told otherwise), for
 * apps and end-to-end tests: the emulated API at `url`, plus a mailbox at `url/__mock/mailbox`
 * (see the README's testing section). Node only; `@hono/node-server` serves the handlers.
 *
 * Needs the optional peers `msw`, `@hono/node-server` and `hono`
 * (`npm install --save-dev msw @hono/node-server hono`): without one, it rejects with an `Error`
 * whose message names what is missing and gives that line.
 *
 * @example
 * const mock = await startMockBizKitHubServer({ accounts: [{ email: 'jana@example.com', password: 'correct horse' }] });
 * const client = createBizKitHubClient({ apiKey: 'DEV_…', baseUrl: mock.url });
 * // …
 * await mock.close();
 */
export function startMockBizKitHubServer(options: MockBizKitHubServerOptions = {}): Promise<MockBizKitHubServer> {
  return startMockServer(options);
}
