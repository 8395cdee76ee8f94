import type { HttpHandler } from 'msw';
import type { MagicLinkOptions } from '../server/magicLinkTypes.js';
import type { BizKitHubHandlerOptions } from '../server/types.js';

/** The five customer endpoints (each a POST), by their path segment. */
export type MockCustomerEndpoint = 'login' | 'magic-auth' | 'register-account' | 'reset-password' | 'set-new-password';

/** Every endpoint the emulator serves: the five customer POSTs and `account-info` (a GET). */
export type MockEndpoint = MockCustomerEndpoint | 'account-info';

/** A customer to put into the emulator's store. */
export interface MockAccountSeed {
  /** Stored normalized (trimmed, lower-cased). */
  email: string;
  /** Absent: a contact without a registered account (login answers E003, register-account creates the account). */
  password?: string | undefined;
  /** Whether the verification link was followed. @default true */
  verified?: boolean | undefined;
  /** @default false */
  banned?: boolean | undefined;
  /** Reported by account-info; a register-account that sends one replaces it. */
  firstName?: string | undefined;
  /** Reported by account-info; a register-account that sends one replaces it. */
  lastName?: string | undefined;
  /** Earlier passwords: set-new-password refuses them with E002. */
  previousPasswords?: readonly string[] | undefined;
  /** The customer reference number, exactly 16 characters. @default derived from the e-mail, the same on every run */
  cuRefNo?: string | undefined;
  /** What account-info reports as `creditBalance`. @default 0 */
  creditBalance?: number | undefined;
  /** Reported by account-info only when set. */
  premium?: boolean | undefined;
  /** A company contact: reported by account-info, usually without first and last name. */
  companyName?: string | undefined;
  /** `+<country code> <local number>`, e.g. `+420 777123456`. */
  phone?: string | undefined;
}

/** A read-only snapshot of a stored customer, for assertions. */
export interface MockAccount {
  /** Normalized (trimmed, lower-cased), as stored. */
  readonly email: string;
  /** `undefined` for a contact without a registered account. */
  readonly password: string | undefined;
  /** Replaced and seeded passwords: set-new-password refuses them (and the current one) with E002. */
  readonly previousPasswords: readonly string[];
  /** Whether the verification link was followed: login and magic-auth answer E007 until it is. */
  readonly verified: boolean;
  /** Login and magic-auth answer E005, register-account E003; account-info reports `ban: true`. */
  readonly banned: boolean;
  /** From the seed, or the last register-account that sent one. */
  readonly firstName: string | undefined;
  /** From the seed, or the last register-account that sent one. */
  readonly lastName: string | undefined;
  /** 16 characters, stable for an e-mail across `reset()` and restarts unless seeded. */
  readonly cuRefNo: string;
  /** What account-info reports as `creditBalance`. */
  readonly creditBalance: number;
  /** Reported by account-info only when set. */
  readonly premium: boolean | undefined;
  /** From the seed, or the last register-account that sent one. */
  readonly companyName: string | undefined;
  /** From the seed, or the last register-account that sent one. */
  readonly phone: string | undefined;
  /** Every other profile field register-account received (phone, companyName, newsletter, groups, …). */
  readonly profile: Readonly<Record<string, unknown>>;
}

/** An e-mail the emulated platform "sent". */
export interface MockEmail {
  /** Unique within the outbox, e.g. `email-3`. */
  readonly id: string;
  /** The normalized recipient address. */
  readonly to: string;
  /** `magic-link` mail is not sent by BizKitHub but by the shop's own server, through `deliver()`. */
  readonly kind: 'verification' | 'reset-password' | 'magic-link';
  /**
   * Verification and reset mail: 32 alphanumeric characters, for `api.verify()` or set-new-password.
   * Magic-link mail: the link's `token` query value (empty when the link has none).
   */
  readonly token: string;
  /**
   * The link the e-mail carries. Reset: `${shopUrl}/set-new-password#token=…` (without `shopUrl`,
   * `https://shop.example/set-new-password?token=…`). Confirmation: the mock server's
   * `${url}/__mock/verify?token=…`; in memory, `<returnUrl's origin, else shopUrl's, else
   * https://shop.example>/verify?token=…`, a page no one serves (use `api.verify(token)`).
   */
  readonly link: string;
  /** `now()` when it was sent. */
  readonly sentAt: number;
  /** Reset e-mails (and magic-link mail that gave one): `now()` from which the token is no longer valid. */
  readonly expiresAt?: number;
}

/** A mail the shop's own server sends (a magic link), handed to the emulator's mailbox by `deliver()`. */
export interface MockDelivery {
  /** The recipient; stored normalized. */
  to: string;
  /** The one kind a shop's server sends itself. */
  kind: 'magic-link';
  /** An absolute http(s) URL; its `token` query value becomes the mail's `token`. */
  link: string;
  /** When the link stops working, if the sender says. */
  expiresAt?: number | undefined;
}

/** A session the emulator issued (login or magic-auth) that has not ended. */
export interface MockSession {
  /** What login or magic-auth answered: the token account-info takes. */
  readonly identityId: string;
  /** The normalized e-mail of the account it belongs to. */
  readonly email: string;
  /** Which endpoint issued it. */
  readonly endpoint: 'login' | 'magic-auth';
  /** `now()` when it was issued. */
  readonly issuedAt: number;
  /** `now()` from which account-info answers `{ loggedIn: false }` (about three months after issue). */
  readonly expiresAt: number;
}

/** Retry hints of a forced HTTP 429. */
export interface MockRateLimit {
  /** Sent as `Retry-After: <seconds>` and `retry_after`. @default 60 (when no date is given either) */
  retryAfterSeconds?: number | undefined;
  /** Sent as `Retry-After: <HTTP date>` when no seconds are given; `retry_after` is computed from it. */
  retryAfterDate?: Date | undefined;
}

/**
 * A one-time answer for the next call of an endpoint (see `forceNext`). Forced answers skip the
 * API-key check and do not touch the store, except `delayMs`, which answers normally after the wait.
 */
export type MockOutcome =
  /** The documented failure body `{ success: false, errorCode, message }` with `errorStatus`. */
  | { code: string; message?: string | undefined }
  /** A platform failure `{ success: false, errorCode, message }`; status defaults by code (404 for key codes, 429, else 400). */
  | { platformCode: string; status?: number | undefined; message?: string | undefined }
  /** HTTP 429 with `Retry-After`, `X-RateLimit-*` and `{ error: { code: 'RATE_LIMIT_EXCEEDED', message, retry_after } }`. */
  | { rateLimit: MockRateLimit }
  /** The request fails at the network level (`fetch` rejects). */
  | { networkError: true }
  /** An HTML error page with this HTTP status, as a proxy would answer. */
  | { nonJson: number }
  /** Hangs this long, then answers normally. */
  | { delayMs: number }
  /** `{ success: true }` on HTTP 200 without `identityId`: a success of the wrong shape. */
  | { successWithoutIdentity: true };

/** A request the emulator received, in arrival order. */
export interface MockRequest {
  /** The endpoint it was for. */
  readonly endpoint: MockEndpoint;
  /** The parsed JSON body; `undefined` when the body was not JSON, and for account-info (a GET). */
  readonly body: unknown;
  /** From `?apiKey=` or else `Authorization: Bearer`; `undefined` when neither carries one. */
  readonly apiKey: string | undefined;
  /** The full URL as received, query included. */
  readonly url: string;
  /** `now()` on arrival. */
  readonly receivedAt: number;
}

/** Options of `createMockBizKitHub`. */
export interface MockBizKitHubOptions {
  /** Handlers match `${baseUrl}/api/v1/customer/<endpoint>`. @default 'https://api.bizkithub.com' */
  baseUrl?: string | undefined;
  /** Delay before every answer, in ms. @default 0 */
  latencyMs?: number | undefined;
  /** The clock for throttling, token expiry and timestamps. @default Date.now */
  now?: (() => number) | undefined;
  /** `false` emulates a proxy that adds the key on its server: no key checks. @default true */
  requireApiKey?: boolean | undefined;
  /** HTTP status of documented endpoint failures (`E00x`). The docs document only 200. @default 200 */
  errorStatus?: number | undefined;
  /** Seeded at creation and again on every `reset()`. */
  accounts?: readonly MockAccountSeed[] | undefined;
  /** The account-info handler matches `${baseUrl}${accountInfoPath}` (a GET). @default '/contact/v1/get-account-info' */
  accountInfoPath?: string | undefined;
  /**
   * Your shop's URL (an origin, or an origin and a base path), so that the e-mailed links lead to it:
   * - a reset e-mail links to `${shopUrl}/set-new-password#token=…`: render `SetNewPasswordForm`
   *   there (it reads the token from the fragment, which no server log or `Referer` sees);
   * - a confirmation e-mail, from `startMockBizKitHubServer`, links to the mock's own
   *   `/__mock/verify?token=…`, which confirms and redirects (303) to the registration's `returnUrl`,
   *   else to `${shopUrl}/`. In memory there is no route to follow: confirm with `api.verify(mail.token)`.
   *
   * Without it, reset links go to `https://shop.example/set-new-password?token=…`, and the server's
   * confirmation route answers JSON `{ verified: true }` when the registration sent no `returnUrl`.
   * @default undefined
   */
  shopUrl?: string | undefined;
}

/**
 * Options of `api.serverModeHandlers()`: the server handler's own options, except where it reaches
 * BizKitHub (`baseUrl`, `fetch`: always this emulator, in-process).
 */
export interface MockServerModeOptions extends Partial<Omit<BizKitHubHandlerOptions, 'baseUrl' | 'fetch' | 'magicLink'>> {
  /**
   * Where the handler is mounted; the MSW handlers match every request under it.
   * @default '/api/auth'
   */
  basePath?: string | undefined;
  /**
   * The shop's origin. Given, the handlers match `${origin}${basePath}/*` (for Node tests without a
   * page); left out, they match `basePath` on the page's own origin.
   * @default undefined (the page's origin; with `magicLink`, `location.origin` is passed on as `origin`)
   */
  origin?: string | undefined;
  /**
   * The handler's key, sent to the emulator.
   * @default 'DEV_EmbeddedServerModeKeyNotReal'
   */
  apiKey?: string | undefined;
  /**
   * Turns the magic-link routes on. Without `sendMagicLink` the links go to the emulator's mailbox
   * (`api.outbox`, kind `magic-link`), as `api.deliver` would put them.
   * @default undefined (off)
   */
  magicLink?: (Omit<MagicLinkOptions, 'sendMagicLink'> & Partial<Pick<MagicLinkOptions, 'sendMagicLink'>>) | undefined;
}

/** An in-memory BizKitHub customer-auth API behind MSW handlers. */
export interface MockBizKitHub {
  /** For `setupServer(...api.handlers)`, `setupWorker(...api.handlers)` or msw-storybook-addon's `parameters.msw.handlers`. */
  readonly handlers: HttpHandler[];
  /** Empties the store, outbox, sessions, request log, forced answers, failure counters and the server-mode cookie jar, restores the creation-time latency and re-seeds the creation-time accounts. */
  reset(): void;
  /** Adds customers; one with an e-mail already stored replaces it. */
  seed(accounts: readonly MockAccountSeed[]): void;
  /** Every e-mail sent so far, oldest first (a fresh copy on each read). */
  readonly outbox: readonly MockEmail[];
  /** The newest e-mail, optionally the newest one to this address (normalized before comparing). */
  lastEmail(to?: string): MockEmail | undefined;
  /** Follows a verification link: marks its account verified. `false` for an unknown or already used token. */
  verify(token: string): boolean;
  /** Changes the delay before every answer. */
  setLatency(ms: number): void;
  /** The next call of `endpoint` answers with `outcome`, once. Several calls queue up, first in first out. */
  forceNext(endpoint: MockEndpoint, outcome: MockOutcome): void;
  /** Every request received so far, oldest first (a fresh copy on each read). */
  readonly requests: readonly MockRequest[];
  /** A snapshot of the stored customer with this e-mail (normalized before lookup). */
  getAccount(email: string): MockAccount | undefined;
  /** The sessions still valid (issued, not revoked, not expired), oldest first; only this e-mail's when given. */
  sessions(email?: string): readonly MockSession[];
  /**
   * Ends every session of this e-mail, as an operator signing a customer out everywhere in the
   * administration does: account-info answers `{ loggedIn: false }` for them from now on.
   * Returns how many sessions ended.
   */
  revokeSessions(email: string): number;
  /**
   * Puts a mail the shop's own server sends (a magic link) into the outbox, beside the mail the
   * platform sends. Throws a `TypeError` for an invalid address, kind or link.
   */
  deliver(mail: MockDelivery): MockEmail;
  /**
   * A `fetch` answered by this emulator's handlers in-process, with no request interception:
   * `createBizKitHubClient({ fetch: api.fetch })`, or a server handler's `fetch` option. A request no
   * handler matches rejects with a `TypeError`, as `fetch` does for a network error; an aborted
   * signal rejects with its reason.
   */
  readonly fetch: typeof fetch;
  /**
   * MSW handlers that run server mode with no server: the real `createBizKitHubHandler` (with a
   * made-up `DEV_` key and `fetch: api.fetch`) answers `{basePath}/*` on the page's origin, and a
   * cookie jar of this emulator plays the browser's HttpOnly jar (nothing reaches `document.cookie`).
   * Point the browser side at it with `serverUrl: basePath`.
   *
   * @example
   * setupServer(...api.serverModeHandlers()); // then <BizKitHubProvider serverUrl="/api/auth">
   */
  serverModeHandlers(options?: MockServerModeOptions): HttpHandler[];
  /** What the emulated browser's cookie jar holds for server mode (name → value); `reset()` empties it. */
  readonly browserCookies: Readonly<Record<string, string>>;
}
