import type { EndpointErrorCode } from './endpoints.js';
import { BizKitHubError } from './errors.js';

/** The endpoints whose failures can tell whether an address has an account. */
export type SignInEndpoint = 'login' | 'magic-auth';

/** What every code of `foldedCodes` reads as: E004, whose texts name no cause. */
export const hiddenAnswer: EndpointErrorCode<SignInEndpoint> = 'E004';

/**
 * With `hideAccountExistence`, the failures of each sign-in endpoint that read as one answer,
 * `hiddenAnswer`: the one rule the forms, the server handler and the magic link's verify route
 * apply, so that no mode tells an address with an account from one without. E002 "no customer",
 * E003 "no password yet", E005 "banned" and, in magic-auth, which asks for no password, E007 "not
 * confirmed yet", with E004 itself (so that its upstream status does not tell it apart either).
 * Login's E007 stays: BizKitHub answers it only after the right password, so it tells nothing to
 * whoever lacks that password, and folding it would tell a customer with the right password that
 * it is wrong.
 */
export const foldedCodes: { readonly [E in SignInEndpoint]: readonly EndpointErrorCode<E>[] } = Object.freeze({
  login: Object.freeze(['E002', 'E003', 'E004', 'E005'] as const),
  'magic-auth': Object.freeze(['E002', 'E003', 'E004', 'E005', 'E007'] as const),
});

/**
 * `error` as the customer is told it: with `hide`, a sign-in failure of `foldedCodes` becomes
 * `hiddenAnswer`, without the upstream status (which could differ per code); any other error is
 * returned as it is.
 */
export function hideExistence(error: BizKitHubError, hide: boolean): BizKitHubError {
  const folded: readonly string[] | undefined = foldedCodes[error.endpoint as SignInEndpoint];
  return hide && error.kind === 'api' && folded?.includes(error.code ?? '') ? new BizKitHubError({ kind: 'api', endpoint: error.endpoint, code: hiddenAnswer }) : error;
}
