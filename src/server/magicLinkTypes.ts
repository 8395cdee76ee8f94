/**
 * Where the magic-link flow keeps its one-time tokens (as hashes), its used-token tombstones and
 * its throttling counters. One process can use `createMemoryStore()`; several instances of a shop
 * must share one store, e.g. `createUnstorageStore(storage)` on Redis.
 */
export interface MagicLinkStore {
  /** Stores `value` under `key` for `ttlMs` milliseconds, replacing any earlier value. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** The value under `key`, or `undefined` when there is none or it expired. */
  get(key: string): Promise<string | undefined>;
  /**
   * Removes the value under `key` and returns it, atomically: of any number of concurrent calls
   * for one key, at most one gets the value.
   */
  take(key: string): Promise<string | undefined>;
  /**
   * Adds 1 to the counter under `key` and returns the new count. A counter that did not exist
   * starts at 1 and disappears `windowMs` after that first increment.
   */
  increment(key: string, windowMs: number): Promise<number>;
}

/** What `sendMagicLink` gets: mail `url` to `email`. */
export interface MagicLinkMessage {
  /** The address as the customer typed it, trimmed. */
  email: string;
  /** The one-time link (`{origin}{basePath}/magic-link/verify?token=…`). Do not log it. */
  url: string;
  /** The locale the form asked for (`cs`, `en-GB`…), if any: write the e-mail in it. */
  locale: string | undefined;
  /** When the link stops working. */
  expiresAt: Date;
}

/** How many links may be requested, on the same store (so the limits hold across instances). */
export interface MagicLinkLimits {
  /**
   * Per mailbox: lower-cased, with any `+tag` removed (and dots, for Gmail), so variants of one
   * address share one count.
   * @default 5
   */
  perEmail?: number | undefined;
  /**
   * Per IPv4 address, or per IPv6 /64. When the handler cannot tell the client's address, this
   * limit is off (one warning) rather than one bucket that one client could fill for everyone.
   * @default 20
   */
  perIp?: number | undefined;
  /**
   * Links mailed in one window across all addresses and IPs together: stops a mail bomb spread
   * over many addresses and networks. Past it, requests answer 429 with `Retry-After`. Keep it many
   * times `perIp`, so that a handful of clients cannot spend it for every customer.
   * @default 1000 (50 clients' full per-IP budgets)
   */
  global?: number | undefined;
  /**
   * The window both limits count in, in milliseconds.
   * @default 900000 (15 minutes)
   */
  windowMs?: number | undefined;
}

/**
 * The handler's `magicLink` option: sign-in by a one-time link mailed to the address. Giving it
 * turns on `POST /magic-link` and `GET /magic-link/verify`; without it both answer `not-configured`.
 */
export interface MagicLinkOptions {
  /**
   * Sends the e-mail. If it throws, the request answers 502 (`mailer-failed`) and the token is
   * discarded; the handler's `onError` gets the error's name and message, with the link and the
   * address left out. Never log `url` yourself.
   */
  sendMagicLink(message: MagicLinkMessage): Promise<void> | void;
  /**
   * How long a link works, in milliseconds.
   * @default 900000 (15 minutes)
   */
  expiresIn?: number | undefined;
  /**
   * Tokens, tombstones and counters. Give every instance of the shop the same shared store.
   * @default the handler's `store`
   */
  store?: MagicLinkStore | undefined;
  /** Throttling: see each field for its default. */
  limits?: MagicLinkLimits | undefined;
  /**
   * The same-origin path a failed verification redirects to, with `?error=<reason>` added:
   * `used`, `expired`, `invalid`, `rate-limit`, `unavailable`, or BizKitHub's code `E001`…`E007`.
   * Point it at the page with your magic-link form.
   * @default '/'
   */
  errorPath?: string | undefined;
  /**
   * Other origins `returnTo` may lead to (absolute URLs on them are kept). Same-origin paths
   * are always allowed; anything else falls back to `/`.
   * @default []
   */
  allowedReturnOrigins?: readonly string[] | undefined;
}
