import type { HttpHandler } from 'msw';

/** The five customer endpoints the emulator serves, by their path segment. */
export type MockEndpoint = 'login' | 'magic-auth' | 'register-account' | 'reset-password' | 'set-new-password';

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
  firstName?: string | undefined;
  lastName?: string | undefined;
  /** Earlier passwords: set-new-password refuses them with E002. */
  previousPasswords?: readonly string[] | undefined;
}

/** A read-only snapshot of a stored customer, for assertions. */
export interface MockAccount {
  readonly email: string;
  /** `undefined` for a contact without a registered account. */
  readonly password: string | undefined;
  readonly previousPasswords: readonly string[];
  readonly verified: boolean;
  readonly banned: boolean;
  readonly firstName: string | undefined;
  readonly lastName: string | undefined;
  /** Every other profile field register-account received (phone, companyName, newsletter, groups, …). */
  readonly profile: Readonly<Record<string, unknown>>;
}

/** An e-mail the emulated platform "sent". */
export interface MockEmail {
  /** Unique within the outbox, e.g. `email-3`. */
  readonly id: string;
  /** The normalized recipient address. */
  readonly to: string;
  readonly kind: 'verification' | 'reset-password';
  /** 32 alphanumeric characters: pass it to `api.verify()` or to set-new-password. */
  readonly token: string;
  /** The link the e-mail carries, with `?token=`. */
  readonly link: string;
  /** `now()` when it was sent. */
  readonly sentAt: number;
  /** Reset e-mails only: `now()` from which the token answers E004. */
  readonly expiresAt?: number;
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
  readonly endpoint: MockEndpoint;
  /** The parsed JSON body; `undefined` when the body was not JSON. */
  readonly body: unknown;
  /** From `?apiKey=` or else `Authorization: Bearer`; `undefined` when neither carries one. */
  readonly apiKey: string | undefined;
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
}

/** An in-memory BizKitHub customer-auth API behind MSW handlers. */
export interface MockBizKitHub {
  /** For `setupServer(...api.handlers)`, `setupWorker(...api.handlers)` or msw-storybook-addon's `parameters.msw.handlers`. */
  readonly handlers: HttpHandler[];
  /** Empties the store, outbox, request log, forced answers and failure counters, restores the creation-time latency and re-seeds the creation-time accounts. */
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
}
