/**
 * `@bizkithub/auth-react/react-router`: the server half for React Router 7 in framework mode (the
 * successor of Remix) in a few lines. Server-only: import it from `*.server.ts` modules, loaders,
 * actions and middleware, never from a component.
 */
export { createReactRouterAuth } from './createReactRouterAuth.js';
export type { AuthMiddleware, ReactRouterAuth, ReactRouterAuthOptions, RequestArgs, RequireAuthOptions } from './types.js';
export { safeReturnPath } from '../client/returnTo.js';
export { BizKitHubError, isBizKitHubError } from '../client/errors.js';
export type { BizKitHubErrorInit, BizKitHubErrorKind } from '../client/errors.js';
export type { Endpoint, Operation } from '../client/endpoints.js';
export type { Account, SessionState } from '../client/session.js';
export type {
  BizKitHubHandlerOptions,
  RegisterOptions,
  ResetPasswordOptions,
  SessionCookieOptions,
} from '../server/types.js';
export type { MagicLinkLimits, MagicLinkMessage, MagicLinkOptions, MagicLinkStore } from '../server/magicLinkTypes.js';
