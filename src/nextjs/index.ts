/**
 * `@bizkithub/auth-react/nextjs`: the server half for the Next.js App Router (15 and 16) in a few
 * lines. Server-only: import it from Server Components, route handlers, `proxy.ts` and server
 * actions, never from a `'use client'` module.
 */
export { createNextAuth } from './createNextAuth.js';
export { SignedIn, SignedOut } from './serverComponents.js';
export type { ServerSignedInProps, ServerSignedOutProps } from './serverComponents.js';
export type { NextAuth, NextAuthOptions, ProxyRequest, RequireAuthOptions, SignOutOptions } from './types.js';
export { safeReturnPath } from '../core/returnTo.js';
export { BizKitHubError, isBizKitHubError } from '../core/errors.js';
export type { BizKitHubErrorInit, BizKitHubErrorKind } from '../core/errors.js';
// The error's typed codes, narrowed by its endpoint.
export type { BizKitHubErrorCode, BizKitHubErrorConstructor, BizKitHubErrorOf, PlatformErrorCode } from '../core/errors.js';
export type { EndpointErrorCode } from '../core/endpoints.js';
export type { Endpoint, Operation } from '../core/endpoints.js';
export type { Account, SessionState } from '../core/session.js';
export type {
  BizKitHubHandlerOptions,
  RegisterOptions,
  ResetPasswordOptions,
  SessionCookieOptions,
  SignInLimits,
} from '../server/types.js';
export type { MagicLinkLimits, MagicLinkMessage, MagicLinkOptions, MagicLinkStore } from '../server/magicLinkTypes.js';
export type { HandlerErrorEvent, HandlerFaultReason, HandlerLogger } from '../server/handlerEvents.js';
