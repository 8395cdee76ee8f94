/**
 * `@bizkithub/auth-react/react-router`: the server half for React Router 7 in framework mode (the
 * successor of Remix) in a few lines. Server-only: import it from `*.server.ts` modules, loaders,
 * actions and middleware, never from a component.
 */
export { createReactRouterAuth } from './createReactRouterAuth.js';
export type { AuthMiddleware, ReactRouterAuth, ReactRouterAuthOptions, RequestArgs, RequireAuthOptions } from './types.js';
export { safeReturnPath } from '../core/returnTo.js';
export { BizKitHubError, isBizKitHubError } from '../core/errors.js';
export type { BizKitHubErrorInit, BizKitHubErrorKind } from '../core/errors.js';
export type { Endpoint, Operation } from '../core/endpoints.js';
export type { Account } from '../core/account.js';
export type { HandlerFeatures, SessionState } from '../core/session.js';
// The handler's own option types (BizKitHubHandlerOptions, MagicLinkOptions, MagicLinkMessage…) are
// exported by '@bizkithub/auth-react/server' only: one home per name.
