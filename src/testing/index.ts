export { createMockBizKitHub, defaultMockBaseUrl } from './createMockBizKitHub.js';
export type {
  MockAccount,
  MockAccountSeed,
  MockBizKitHub,
  MockBizKitHubOptions,
  MockEmail,
  MockEndpoint,
  MockOutcome,
  MockRateLimit,
  MockRequest,
} from './types.js';
