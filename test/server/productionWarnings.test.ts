// @vitest-environment node
// Issue 34: in production, the two settings that quietly weaken every limit each say so, once.
import type { MagicLinkMessage } from '../../src/server/index.js';
import { devKey } from '../support/keys.js';
import { captureConsole, freshServer } from './abuseSupport.js';
import { browserRequest, shopOrigin, startUpstream, verified } from './support.js';

startUpstream();
const console_ = captureConsole();
const server = freshServer();

beforeEach(() => {
  vi.stubEnv('NODE_ENV', 'production');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

it('the memory store warns once in production that limits and hiding hold per instance only', () => {
  server().createBizKitHubHandler({ apiKey: devKey });
  server().createBizKitHubHandler({ apiKey: devKey, store: server().createMemoryStore() });
  const lines = console_.take();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/hold per instance only\. Share one store \(createUnstorageStore on Redis\)/);
});

it('with no client address, one client cannot make the next customer wait, and production says once how to give the address', async () => {
  const sent: MagicLinkMessage[] = [];
  // Next.js route handlers pass no peer address: the default there.
  const handler = server().createBizKitHubHandler({ apiKey: devKey, origin: shopOrigin, magicLink: { sendMagicLink: (message) => void sent.push(message) } });
  console_.take();
  for (let index = 0; index < 25; index += 1) await handler(browserRequest('/magic-link', { body: { email: `one-client${index}@example.com` } }));
  for (let index = 0; index < 35; index += 1) await handler(browserRequest('/login', { body: { email: `one-client${index}@example.com`, password: 'wrong' } }));
  const customer = await handler(browserRequest('/magic-link', { body: { email: verified.email } }));
  expect(customer.status).toBe(200);
  expect(sent).toHaveLength(26);
  const signedIn = await handler(browserRequest('/login', { body: { email: verified.email, password: String(verified.password) } }));
  expect(signedIn.headers.get('set-cookie')).toMatch(/^__Host-auth-id=/);
  const lines = console_.take();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/cannot tell the client's IP address, so its per-IP limits \(sign-in, magic links\) are off\. .*trustProxyHops.*getClientIp/);
  expect(lines[0]).not.toMatch(/@example|\d+\.\d+\.\d+\.\d+/);
});
