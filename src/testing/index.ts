export { createMockBizKitHub, defaultAccountInfoPath, defaultMockBaseUrl } from './createMockBizKitHub.js';
export { serverModeApiKey } from './serverModeHandlers.js';
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
  MockServerModeOptions,
  MockSession,
} from './types.js';
