/**
 * Why the server handler refused a request: the `reason` of its failure body
 * (`{ "success": false, "reason": "origin-mismatch" }`). Every refusal and every fault of the
 * handler carries one (BizKitHub's own answers carry its `errorCode` instead),
 * so a developer can tell an origin mismatch from a missing route or a full store. A reason names
 * the rule that refused, never an account, an address or a secret.
 */
export const refusalReasons = /* @__PURE__ */ Object.freeze([
  // 403
  /** The request's `Origin` is not the shop's configured origin (or one of `allowedOrigins`). */
  'origin-mismatch',
  /** `Sec-Fetch-Site` says another site sent the request, or the browser's origin check failed. */
  'cross-site',
  // 404
  /** No route of the handler has this path. */
  'unknown-route',
  /** The route exists, but its feature is not configured (magic links without `magicLink`). */
  'not-configured',
  // 405, 413, 415
  'method-not-allowed',
  'body-too-large',
  'unsupported-media-type',
  // 429: which limit refused
  /** The per-client (IP, IPv6 /64) budget of this route is spent. */
  'rate-limit-client',
  /** The per-address budget (links to one mailbox, the sign-in lock) is spent. */
  'rate-limit-address',
  /** The shop-wide budget of this route is spent. */
  'rate-limit-global',
  // 503
  /** The store has no room for a new token. */
  'store-full',
  /** The store failed or did not answer in time. */
  'store-unavailable',
  /** BizKitHub is down, slow (504) or answered something that is not its documented shape (502). */
  'upstream-unavailable',
  // 502, 500
  /** `magicLink.sendMagicLink` threw: the link was not mailed, and is discarded. */
  'mailer-failed',
  /** The handler failed in a way it did not expect (a bug, a callback of yours that threw). */
  'internal-error',
] as const);

/** Why the server handler refused a request; see {@link refusalReasons}. */
export type RefusalReason = (typeof refusalReasons)[number];
