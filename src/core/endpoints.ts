/** The five customer endpoints, by the name used in error keys and mutation keys. */
export const endpointPaths = {
  login: '/api/v1/customer/login',
  'magic-auth': '/api/v1/customer/magic-auth',
  'register-account': '/api/v1/customer/register-account',
  'reset-password': '/api/v1/customer/reset-password',
  'set-new-password': '/api/v1/customer/set-new-password',
} as const;

export type Endpoint = keyof typeof endpointPaths;

/**
 * Everything a `BizKitHubError` can come from: the five endpoints, account-info, and the routes
 * of your own server handler that have no BizKitHub endpoint of their own.
 */
export type Operation = Endpoint | 'account-info' | 'session' | 'sign-out' | 'magic-link';

// Pure: a bundle that never reads the list (or the paths) drops both.
export const endpoints = /* @__PURE__ */ Object.keys(endpointPaths) as Endpoint[];

/** Documented error codes of each endpoint (reset-password documents none). */
export const endpointErrorCodes = {
  login: ['E001', 'E002', 'E003', 'E004', 'E005', 'E006', 'E007'],
  'magic-auth': ['E001', 'E002', 'E003', 'E004', 'E005', 'E006', 'E007'],
  'register-account': ['E001', 'E002', 'E003', 'E004'],
  'reset-password': [],
  'set-new-password': ['E001', 'E002', 'E003', 'E004'],
} as const satisfies Record<Endpoint, readonly string[]>;

/** The documented codes of endpoint `E` (of every endpoint when `E` is left out): `EndpointErrorCode<'login'>` is E001–E007. */
export type EndpointErrorCode<E extends Endpoint = Endpoint> = (typeof endpointErrorCodes)[E][number];

/** Codes that mean "too many attempts, wait": the forms hold the submit button for a cooldown. */
export const throttleCodes: Partial<Record<Endpoint, string>> = {
  login: 'E006',
  'magic-auth': 'E006',
  'register-account': 'E004',
};
