// What the handler tells its operator (faults for `onError`, lines for the logger): words that the
// options, the answers and the reporter all use, kept in a leaf so none of them imports another for them.

/**
 * Why the handler failed a request (see {@link HandlerErrorEvent}):
 * - `store-full`: the store had no room for a new entry (503);
 * - `store-unavailable`: a store call failed or did not answer (503);
 * - `upstream-unavailable`: BizKitHub was unreachable (502), too slow (504), or answered something
 *   that is not its documented shape (502, or its own non-2xx status);
 * - `upstream-refused`: BizKitHub refused the call itself with a platform code such as
 *   `PUBLIC_API_KEY_DOES_NOT_EXIST` (a wrong key or setup, passed to the browser as it came);
 * - `mailer-failed`: `magicLink.sendMagicLink` threw (502);
 * - `internal-error`: anything else that threw (500).
 */
export type HandlerFaultReason =
  | 'store-full'
  | 'store-unavailable'
  | 'upstream-unavailable'
  | 'upstream-refused'
  | 'mailer-failed'
  | 'internal-error';

/**
 * One fault of the handler, for `onError`: every 5xx, every store fault, every upstream fault and
 * every timeout. It names the rule and the cause, never a customer: the cause's text is redacted
 * (API keys, tokens, identityIds, e-mail and IP addresses, and every value the request carried are
 * replaced), and no stack, header or body is included.
 */
export interface HandlerErrorEvent {
  /** The handler's route, without `basePath`: `'/login'`, `'/magic-link/verify'`… */
  route: string;
  /** The request's method: `'POST'`, `'GET'`, `'HEAD'`. */
  method: string;
  /**
   * What the browser got: the 5xx of a fault, BizKitHub's own status for `upstream-refused`, or
   * 303 for the magic link's error page.
   */
  status: number;
  /** Which fault; the same word as the `reason` of the answer's body where it has one. */
  reason: HandlerFaultReason;
  /** How long the request took in the handler, in whole milliseconds. */
  durationMs: number;
  /** The error behind the fault (a store's own error, a `BizKitHubError`…): its name and redacted message. */
  cause: { name: string; message: string } | undefined;
}

/** Where the handler writes its log lines (`console` by default, or pino, winston…). */
export interface HandlerLogger {
  /** One line, at warn level. It never holds a secret or a customer's data. */
  warn(message: string): void;
}
