/**
 * BizKitHub's five customer endpoints, by the name used in their paths, error keys and mutation keys.
 * Direct mode calls each at `{baseUrl}/api/v1/customer/<endpoint>` ({@link endpointPath}).
 */
export const endpoints = /* @__PURE__ */ Object.freeze([
  'login',
  'magic-auth',
  'register-account',
  'reset-password',
  'set-new-password',
] as const);

/** One of BizKitHub's five customer endpoints. */
export type Endpoint = (typeof endpoints)[number];

/** Where BizKitHub serves an endpoint, under `baseUrl` (direct mode). */
export function endpointPath<E extends Endpoint>(endpoint: E): `/api/v1/customer/${E}` {
  return `/api/v1/customer/${endpoint}`;
}

/**
 * The routes of `createBizKitHubHandler`, under its `basePath` (server mode): the browser client
 * calls `{serverUrl}/<route>`. `magic-auth` is not one: forwarded, it would hand a session for any
 * e-mail to anyone.
 */
export const handlerRoutes = /* @__PURE__ */ Object.freeze([
  'login',
  'register-account',
  'reset-password',
  'set-new-password',
  'session',
  'sign-out',
  'magic-link',
  'magic-link/verify',
] as const);

/** One route of the server handler, without `basePath`'s slash: `'login'`, `'magic-link/verify'`… */
export type HandlerRoute = (typeof handlerRoutes)[number];

/** The routes that exist once the handler's `magicLink` option is given (without it they answer 404 `not-configured`). */
export type MagicLinkRoute = Extract<HandlerRoute, `magic-link${string}`>;

/** A route's path under the handler's `basePath`: `'/login'`. */
export type HandlerPath<R extends HandlerRoute = HandlerRoute> = `/${R}`;

/** Where the handler serves a route, under `basePath` (and where the client calls it, under `serverUrl`). */
export function handlerPath<R extends HandlerRoute>(route: R): HandlerPath<R> {
  return `/${route}`;
}
