/**
 * What BizKitHub's account-info says about the customer looking at the page. The identityId is
 * never part of it: it stays in the server's HttpOnly cookie (server mode) or in the client's
 * memory (direct mode).
 */
export interface Account {
  /** The customer's reference number (16 characters). */
  cuRefNo: string;
  email: string;
  firstName?: string | undefined;
  lastName?: string | undefined;
  /** A company contact has `companyName` without first and last name. */
  companyName?: string | undefined;
  phone?: string | undefined;
  premium?: boolean | undefined;
  /** True when an operator has blocked the account (signing in again is refused with E005). */
  ban?: boolean | undefined;
  creditBalance: number;
}

/**
 * The optional routes a server handler serves, as its `GET /session` answers them
 * (`{ loggedIn, account?, features: { magicLink: true } }`). A feature that is absent is not served.
 */
export interface HandlerFeatures {
  /** `POST /magic-link` and its link pages: the handler has the `magicLink` option. */
  magicLink?: boolean | undefined;
}

/**
 * The answer of `GET {serverUrl}/session`, `getSession()` and `useSession().data`. Only the server
 * handler's `/session` answer carries `features`; in direct mode, and from `getSession()`, it is absent.
 */
export type Session = ({ loggedIn: false } | { loggedIn: true; account: Account }) & {
  /** What the server handler serves beyond its fixed routes (server mode only). */
  features?: HandlerFeatures | undefined;
};

/**
 * Who is looking at a page as a server sees it (`auth()` of `@bizkithub/auth-react/nextjs`):
 * signed in with the account, signed out, or unknown because BizKitHub could not be asked (an
 * outage or a timeout), which is never mistaken for either. `<BizKitHubProvider initialSession>`
 * takes it, so the first paint already knows.
 */
export type SessionState =
  | { status: 'signed-in'; account: Account }
  | { status: 'signed-out' }
  | { status: 'unavailable' };

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
