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
export type {
  BizKitHubHandlerOptions,
  HandlerErrorEvent,
  HandlerFaultReason,
  HandlerLogger,
  MagicLinkLimits,
  MagicLinkMessage,
  MagicLinkOptions,
  MagicLinkStore,
  RegisterOptions,
  ResetPasswordOptions,
  SessionCookieOptions,
  SignInLimits,
} from '../server/index.js';
