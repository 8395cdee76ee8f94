import { setupServer } from 'msw/node';
import { createMockBizKitHub, type MockAccountSeed } from '../../src/testing/index.js';

export const verified: MockAccountSeed = { email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' };
export const unverified: MockAccountSeed = { email: 'petr@example.com', password: 'secret', verified: false };
export const contact: MockAccountSeed = { email: 'contact@example.com' };
export const banned: MockAccountSeed = { email: 'banned@example.com', password: 'secret', banned: true };

/** The embedded BizKitHub on msw/node, reset between tests. */
export function startMockBizKitHub(accounts: MockAccountSeed[] = [verified, unverified, contact, banned]) {
  const api = createMockBizKitHub({ accounts });
  const server = setupServer(...api.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => api.reset());
  afterAll(() => server.close());
  return api;
}
