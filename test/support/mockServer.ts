// '#mock-transport' is msw/node in the jsdom project and msw/browser in Chromium (see vite.config.ts).
import { startTransport } from '#mock-transport';
import { createMockBizKitHub, type MockAccountSeed, type MockBizKitHubOptions } from '../../src/testing/index.js';

export const verified: MockAccountSeed = { email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' };
export const unverified: MockAccountSeed = { email: 'petr@example.com', password: 'secret', verified: false };
export const contact: MockAccountSeed = { email: 'contact@example.com' };
export const banned: MockAccountSeed = { email: 'banned@example.com', password: 'secret', banned: true };

/** The embedded BizKitHub, answering this test file's requests and reset between tests. */
export function startMockBizKitHub(
  accounts: MockAccountSeed[] = [verified, unverified, contact, banned],
  options: Omit<MockBizKitHubOptions, 'accounts'> = {},
) {
  const api = createMockBizKitHub({ ...options, accounts });
  let transport: { stop: () => void } | undefined;
  beforeAll(async () => {
    transport = await startTransport(api.handlers);
  });
  afterEach(() => api.reset());
  afterAll(() => transport?.stop());
  return api;
}
