import { accountInfo } from '../client/accountInfo.js';
import type { Account, Session } from '../core/session.js';
import { resolveOptions, type ResolvedOptions } from './resolveOptions.js';
import type { BizKitHubHandlerOptions } from './types.js';

/** A `Cookie` header, or something that carries one. */
export type CookieSource = Request | Pick<Headers, 'get'> | string | null | undefined;

const resolved = new WeakMap<BizKitHubHandlerOptions, ResolvedOptions>();

function resolveOnce(options: BizKitHubHandlerOptions): ResolvedOptions {
  let value = resolved.get(options);
  if (!value) {
    value = resolveOptions(options);
    resolved.set(options, value);
  }
  return value;
}

function cookieHeaderOf(source: CookieSource): string | null | undefined {
  if (typeof source === 'string' || source === null || source === undefined) return source;
  // Duck-typed: Next.js's headers() and another realm's Request are not this realm's classes.
  // Headers-like first: Next's headers() also has a `headers` field, a plain object without get().
  return 'get' in source ? source.get('cookie') : source.headers.get('cookie');
}

/** Only the fields a page may show: whatever else account-info sends (the identityId) stays out. */
function publicAccount(account: Account): Account {
  const { cuRefNo, email, firstName, lastName, companyName, phone, premium, ban, creditBalance } = account;
  const copy: Account = { cuRefNo, email, creditBalance };
  if (firstName !== undefined) copy.firstName = firstName;
  if (lastName !== undefined) copy.lastName = lastName;
  if (companyName !== undefined) copy.companyName = companyName;
  if (phone !== undefined) copy.phone = phone;
  if (premium !== undefined) copy.premium = premium;
  if (ban !== undefined) copy.ban = ban;
  return copy;
}

/**
 * Asks account-info about the identity in the cookie, statelessly. Two values of the cookie
 * (cookie tossing) read as signed out. Rejects with a `BizKitHubError` when it cannot ask.
 */
export async function fetchSessionFor({ upstream, cookie }: ResolvedOptions, cookieHeader: string | null | undefined): Promise<Session> {
  const identityId = cookie.read(cookieHeader);
  if (identityId === undefined) return { loggedIn: false };
  const session = await accountInfo(upstream, { identityId });
  return session.loggedIn ? { loggedIn: true, account: publicAccount(session.account) } : { loggedIn: false };
}

/**
 * Who is looking at this page: the same answer as `GET {basePath}/session`, for Server
 * Components, loaders and middleware. Pass the request (or its headers, or its `Cookie` header)
 * and the handler's options object.
 *
 * Rejects with a `BizKitHubError` when account-info cannot be asked (BizKitHub unreachable,
 * timeout…): catch it to render the page as signed out, or to show an outage notice.
 *
 * @example
 * // app/layout.tsx (Next.js)
 * const session = await getSession(await headers(), authOptions);
 * return session.loggedIn ? <AccountMenu account={session.account} /> : <SignInLink />;
 */
export async function getSession(source: CookieSource, options: BizKitHubHandlerOptions): Promise<Session> {
  return fetchSessionFor(resolveOnce(options), cookieHeaderOf(source));
}
