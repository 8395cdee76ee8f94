export { createBizKitHubClient } from './createClient.js';
export { createClientConfig, defaultAccountInfoPath, defaultBaseUrl, defaultTimeoutMs } from './config.js';
export type { ClientConfig, ClientConfigSettings, ClientSource } from './config.js';
// One function per endpoint over a shared config: a page bundles only the calls it makes.
export { login } from './login.js';
export { magicAuth } from './magicAuth.js';
export { registerAccount } from './registerAccount.js';
export { resetPassword } from './resetPassword.js';
export { setNewPassword } from './setNewPassword.js';
export { requestMagicLink } from './requestMagicLink.js';
export { signOut } from './signOut.js';
export { accountInfo } from './accountInfo.js';
export { fetchSession } from './fetchSession.js';
export { safeReturnPath } from '../core/returnTo.js';
export { BizKitHubError, isBizKitHubError } from '../core/errors.js';
export { authUnavailableDigest, isAuthUnavailable } from '../core/authUnavailable.js';
export { endpointErrorCodes, throttleCodes } from '../core/endpoints.js';
export { endpoints } from '../core/routes.js';
export type {
  BizKitHubErrorCode,
  BizKitHubErrorConstructor,
  BizKitHubErrorInit,
  BizKitHubErrorKind,
  BizKitHubErrorOf,
  PlatformErrorCode,
} from '../core/errors.js';
export type { Endpoint, EndpointErrorCode, Operation } from '../core/endpoints.js';
export type {
  Account,
  ApiKeyPlacement,
  BizKitHubClient,
  BizKitHubClientOptions,
  ClientMode,
  IdentityResult,
  LoginVariables,
  MagicAuthVariables,
  MagicLinkVariables,
  RegisterAccountVariables,
  RequestOptions,
  ResetPasswordVariables,
  SetNewPasswordVariables,
} from './types.js';
export type { HandlerFeatures, SessionState } from '../core/session.js';

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
