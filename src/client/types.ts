
import type { ClientMode, IdentityResult, SessionState } from '../core/session.js';

export type { Account } from '../core/account.js';
export type { ClientMode, IdentityResult } from '../core/session.js';

/** Where the API key travels. */
export type ApiKeyPlacement = 'query' | 'header';

/**
 * The options of `createBizKitHubClient` and `<BizKitHubProvider>`: server mode with `serverUrl`
 * (production), or direct mode with `apiKey` and `baseUrl`.
 */
export interface BizKitHubClientOptions {
  /**
   * Server mode (production): the URL where your `createBizKitHubHandler` is mounted, relative to
   * the page (`'/api/auth'`) or absolute. No key is in the browser, and the session lives in an
   * HttpOnly cookie that your server sets. Cannot be combined with `apiKey` or `baseUrl`.
   */
  serverUrl?: string | undefined;
  /**
   * The organisation's key, `PROD…`, `DEV_…` (or `ROOT…` on a server only), 32 characters.
   * May be left out only together with a `baseUrl` of your own proxy that adds the key on its server.
   */
  apiKey?: string | undefined;
  /**
   * Direct mode: where the API lives, BizKitHub itself or a proxy of yours that adds the key.
   * Absolute, or relative to the page (`'/bizkithub'`) in a browser.
   * @default 'https://api.bizkithub.com'
   */
  baseUrl?: string | undefined;
  /**
   * Direct mode: the path of BizKitHub's account-info under `baseUrl` (its pages disagree on prefixes).
   * @default '/contact/v1/get-account-info'
   */
  accountInfoPath?: string | undefined;
  /**
   * How long to wait for an answer before failing with `kind: 'timeout'`. Holds even when a custom
   * `fetch` ignores the AbortSignal or the body never ends.
   * @default 15000
   */
  timeoutMs?: number | undefined;
  /**
   * The longest wait a server's `Retry-After` or `retry_after` may impose on the forms; a longer
   * one is cut to this (a garbage or past value counts as no wait given).
   * @default 3600000
   */
  maxRetryAfterMs?: number | undefined;
  /**
   * The fetch implementation to use.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch | undefined;
  /**
   * `'query'` sends `?apiKey=` (the documented way); `'header'` sends `Authorization: Bearer`.
   * @default 'query'
   */
  apiKeyIn?: ApiKeyPlacement | undefined;
}

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the request; the call then rejects with `kind: 'aborted'`. */
  signal?: AbortSignal | undefined;
}

/** What `login` sends: the customer's e-mail and password. */
export interface LoginVariables {
  /** Trimmed before sending. */
  email: string;
  /** At least one character, sent as typed (never trimmed). */
  password: string;
  /** The customer's IP as your server saw it; `::1`, `0.0.0.0`, `localhost` and `''` mean 127.0.0.1. */
  customerRealIp?: string | undefined;
}

/** What `magicAuth` sends: the address to sign in (or up) without a password, and optional names. */
export interface MagicAuthVariables {
  /** Trimmed, with its domain in ASCII, before it is sent. */
  email: string;
  /** Sent along to BizKitHub with the sign-in; trimmed, and left out when blank. */
  firstName?: string | undefined;
  /** Sent along to BizKitHub with the sign-in; trimmed, and left out when blank. */
  lastName?: string | undefined;
  /** The customer's IP as your server saw it (see `LoginVariables`). */
  customerRealIp?: string | undefined;
  /** The referring customer's reference number (cuRefNo), 16 characters. */
  referralId?: string | undefined;
}

/** What `registerAccount` sends: e-mail and password, and whatever profile the new account starts with. */
export interface RegisterAccountVariables {
  /** Trimmed, with its domain in ASCII, before it is sent. */
  email: string;
  /** At least one character, sent as typed (never trimmed). */
  password: string;
  /** The customer's full name, as one text. */
  name?: string | undefined;
  /** Trimmed, as every optional text here, and left out when blank. */
  firstName?: string | undefined;
  /** Trimmed and left out when blank, as `firstName`. */
  lastName?: string | undefined;
  /** `+<calling code> <number>`, e.g. `+420 777123456`. */
  phone?: string | undefined;
  /** A company contact gives this and no first and last name. */
  companyName?: string | undefined;
  /** The company ID (IČO in Czechia). */
  companyRegistrationNumber?: string | undefined;
  /** The VAT ID (DIČ in Czechia). */
  taxIdentificationNumber?: string | undefined;
  /** Street and number. */
  streetAddress?: string | undefined;
  /** The city or town of the address. */
  city?: string | undefined;
  /** The district of the city. */
  cityPart?: string | undefined;
  /** The region or state of the address, where the country has them. */
  stateRegion?: string | undefined;
  /** Sent as typed (trimmed): its format is the country's, not checked here. */
  postalCode?: string | undefined;
  /** Two-letter country code, e.g. `CZ`. */
  country?: string | undefined;
  /** @default false (on the server) */
  newsletter?: boolean | undefined;
  /** e.g. `cs`. */
  primaryLocale?: string | undefined;
  /** Customer groups to put the new account in; blank names are dropped. */
  groups?: readonly string[] | undefined;
  /** The customer's IP as your server saw it (see `LoginVariables`). */
  customerRealIp?: string | undefined;
  /** The referring customer's reference number (cuRefNo), 16 characters. */
  referralId?: string | undefined;
  /** An absolute http(s) URL the verification e-mail leads back to. */
  returnUrl?: string | undefined;
}

/** A magic-link request (server mode): the handler mails a one-time link that signs the customer in. */
export interface MagicLinkVariables {
  /** The address to mail the link to; trimmed, with its domain in ASCII. */
  email: string;
  /** Kept with the link and sent to magic-auth when it is followed; trimmed, left out when blank. */
  firstName?: string | undefined;
  /** Kept with the link and sent to magic-auth when it is followed; trimmed, left out when blank. */
  lastName?: string | undefined;
  /** A path on your shop to land on after the link signs the customer in, e.g. `/account`. @default '/' (on the server) */
  returnTo?: string | undefined;
  /** The language of the e-mail, e.g. `cs`. */
  locale?: string | undefined;
}

/** What `resetPassword` sends: the address to mail a set-new-password link to. */
export interface ResetPasswordVariables {
  /** Trimmed, with its domain in ASCII. BizKitHub answers alike whether or not it has an account. */
  email: string;
  /** How long the e-mailed link stays valid, e.g. `3h 20m`. */
  expirationTime?: string | undefined;
  /** The customer's IP as your server saw it (see `LoginVariables`). */
  customerRealIp?: string | undefined;
}

/** What `setNewPassword` sends: the one-time token from the reset e-mail and the new password. */
export interface SetNewPasswordVariables {
  /** The one-time token from the reset e-mail. */
  token: string;
  /** The new password: at least one character, sent as typed. */
  password: string;
  /** The customer's IP as your server saw it (see `LoginVariables`). */
  customerRealIp?: string | undefined;
}


/**
 * What `createBizKitHubClient` returns (in React, `useBizKitHubClient()` gives the provider's): one
 * method per endpoint, each rejecting with a `BizKitHubError`. Import single endpoint functions
 * instead (`login(config, …)`) when the bundle should carry only those.
 */
export interface BizKitHubClient {
  /** `'server'` with `serverUrl`, else `'direct'`. */
  readonly mode: ClientMode;
  /** Signs a customer in with e-mail and password. */
  login(variables: LoginVariables, options?: RequestOptions): Promise<IdentityResult>;
  /**
   * Signs a customer in (or up) by e-mail alone, with no proof that the address is theirs: call it
   * only after you proved that yourself. Storefronts use `requestMagicLink` in server mode instead.
   */
  magicAuth(variables: MagicAuthVariables, options?: RequestOptions): Promise<IdentityResult>;
  /** Registers an account; BizKitHub e-mails a verification link. */
  registerAccount(variables: RegisterAccountVariables, options?: RequestOptions): Promise<void>;
  /** Asks BizKitHub to e-mail a one-time link to set a new password. */
  resetPassword(variables: ResetPasswordVariables, options?: RequestOptions): Promise<void>;
  /** Sets a new password with the one-time token from that e-mail. */
  setNewPassword(variables: SetNewPasswordVariables, options?: RequestOptions): Promise<void>;
  /**
   * Fetches who is signed in over HTTP: `'signed-in'` with the account, or `'signed-out'`. Server
   * mode asks your handler's `GET /session` (the cookie travels with it); direct mode asks
   * account-info with the identity the last login returned, kept in memory only. Rejects with a
   * `BizKitHubError` when it cannot ask.
   */
  fetchSession(options?: RequestOptions): Promise<SessionState>;
  /**
   * Server mode: asks your handler to e-mail a one-time sign-in link (the safe magic-auth). It
   * resolves the same way whether or not the address has an account.
   */
  requestMagicLink(variables: MagicLinkVariables, options?: RequestOptions): Promise<void>;
  /** Server mode: your handler forgets the cookie. Direct mode: the in-memory identity is forgotten. */
  signOut(options?: RequestOptions): Promise<void>;
  /**
   * Direct mode: BizKitHub's account-info for a session token you keep yourself (for example on
   * your own server, read from your own HttpOnly cookie). Never includes the identityId.
   */
  accountInfo(variables: { identityId: string }, options?: RequestOptions): Promise<SessionState>;
}

