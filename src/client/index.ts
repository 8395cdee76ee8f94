export { createBizKitHubClient, defaultAccountInfoPath, defaultBaseUrl, defaultTimeoutMs } from './createClient.js';
export { BizKitHubError, isBizKitHubError } from './errors.js';
export { endpointErrorCodes, endpointPaths, endpoints, throttleCodes } from './endpoints.js';
export type { BizKitHubErrorInit, BizKitHubErrorKind } from './errors.js';
export type { Endpoint, EndpointErrorCode, Operation } from './endpoints.js';
export type * from './types.js';

// React-free helpers for route handlers, Server Components and loaders (this entry has no "use client").
export { formatMessage, type MessageParams } from '../i18n/formatMessage.js';
export { getErrorMessage, getErrorMessageKey, translate } from '../i18n/getErrorMessage.js';
export { resolveMessages } from '../i18n/catalogs.js';
export { en } from '../i18n/locales/en.js';
export { shippedLocales } from '../i18n/messages.js';
export type { BuiltInLocale, MessageKey, Messages } from '../i18n/messages.js';
export {
  loginSchema,
  magicAuthSchema,
  magicLinkSchema,
  registerAccountSchema,
  resetPasswordSchema,
  setNewPasswordSchema,
} from '../schemas/index.js';
