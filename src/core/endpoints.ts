import type { Endpoint } from './routes.js';

// The endpoint names live with the route table; every module that reads codes imports them here too.
export type { Endpoint } from './routes.js';

/**
 * Everything a `BizKitHubError` can come from: the five endpoints, account-info, and the routes
 * of your own server handler that have no BizKitHub endpoint of their own.
 */
export type Operation = Endpoint | 'account-info' | 'session' | 'sign-out' | 'magic-link';

// Each freeze is marked pure: a bundle that never reads the table drops the inner calls too.
/** Documented error codes of each endpoint (reset-password documents none). */
export const endpointErrorCodes = /* @__PURE__ */ Object.freeze({
  login: /* @__PURE__ */ Object.freeze(['E001', 'E002', 'E003', 'E004', 'E005', 'E006', 'E007'] as const),
  'magic-auth': /* @__PURE__ */ Object.freeze(['E001', 'E002', 'E003', 'E004', 'E005', 'E006', 'E007'] as const),
  'register-account': /* @__PURE__ */ Object.freeze(['E001', 'E002', 'E003', 'E004'] as const),
  'reset-password': /* @__PURE__ */ Object.freeze([] as const),
  'set-new-password': /* @__PURE__ */ Object.freeze(['E001', 'E002', 'E003', 'E004'] as const),
} satisfies Record<Endpoint, readonly string[]>);

/** The documented codes of endpoint `E` (of every endpoint when `E` is left out): `EndpointErrorCode<'login'>` is E001–E007. */
export type EndpointErrorCode<E extends Endpoint = Endpoint> = (typeof endpointErrorCodes)[E][number];

/** Codes that mean "too many attempts, wait": the forms hold the submit button for a cooldown. */
export const throttleCodes: Readonly<Partial<Record<Endpoint, EndpointErrorCode>>> = /* @__PURE__ */ Object.freeze({
  login: 'E006',
  'magic-auth': 'E006',
  'register-account': 'E004',
});
