export { createMockBizKitHub, defaultAccountInfoPath, defaultMockBaseUrl } from './createMockBizKitHub.js';
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
  MockRateLimit,
  MockRequest,
  MockSession,
} from './types.js';
