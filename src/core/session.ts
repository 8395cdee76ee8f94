import type { Account } from './account.js';

/**
 * The optional routes a server handler serves, as its `GET /session` answers them
 * (`{ loggedIn, account?, features: { magicLink: true } }`). A feature that is absent is not served.
 */
export interface HandlerFeatures {
  /** `POST /magic-link` and its link pages: the handler has the `magicLink` option. */
  magicLink?: boolean | undefined;
}

/**
 * Who is looking at a page: signed in with the account, signed out, or unknown because BizKitHub
 * (or your handler) could not be asked (an outage or a timeout), which is never mistaken for either.
 * The one shape of a session everywhere: `useSession().data`, `useAccount()`, the browser client's
 * `fetchSession()`, the server's `readSession()`, `auth()` of the Next.js and React Router entries,
 * and `<BizKitHubProvider initialSession>`, which takes it so the first paint already knows.
 * `account` is on every status (undefined unless signed in), so `const { status, account } = …` reads it.
 */
export type SessionState = (
  | { status: 'signed-in'; account: Account }
  | { status: 'signed-out'; account?: undefined }
  | { status: 'unavailable'; account?: undefined }
) & {
  /**
   * What the server handler serves beyond its fixed routes: only its `GET /session` answer, read in
   * the browser in server mode, carries it. Absent in direct mode and on the server.
   */
  features?: HandlerFeatures | undefined;
};

/** Where the client sends its requests. */
export type ClientMode = 'direct' | 'server';

/**
 * What login (and magic-auth) resolve with. In direct mode the session token itself, to keep in
 * an httpOnly cookie of your own; in server mode nothing: your server already set that cookie.
 */
export type IdentityResult =
  | { mode: 'direct'; identityId: string }
  | { mode: 'server'; identityId?: undefined };

/** The shape of a BizKitHub session token (identityId): 32 letters and digits. Anything else is refused. */
export const identityIdPattern = /^[A-Za-z0-9]{32}$/;
