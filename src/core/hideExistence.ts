import type { EndpointErrorCode } from './endpoints.js';
import { BizKitHubError, isBizKitHubError } from './errors.js';

/** The endpoints whose failures can tell whether an address has an account. */
export type SignInEndpoint = 'login' | 'magic-auth';

interface ExistenceFold<E extends SignInEndpoint> {
  /** The codes that tell an address with an account from one without. */
  readonly codes: readonly EndpointErrorCode<E>[];
  /** The one answer they all read as (the code itself included). */
  readonly as: EndpointErrorCode<E>;
}

/**
 * With `hideAccountExistence`, what each sign-in endpoint's failures read as: the one rule the
 * forms, the server handler and the magic link's verify route all apply, so that no mode tells an
 * address apart by its answer. E002 "no customer", E003 "no password yet", E005 "banned" and, in
 * magic-auth, E007 "not confirmed yet" read as E004, whose magic-auth text ("could not sign you in
 * with this e-mail address") names no cause and offers no action. Login's E007 stays: BizKitHub
 * answers it only after the right password, so it tells nothing to whoever lacks that password,
 * and folding it would tell a customer with the right password that it is wrong.
 */
export const hiddenExistence: { readonly [E in SignInEndpoint]: ExistenceFold<E> } = Object.freeze({
  login: Object.freeze({ codes: Object.freeze(['E002', 'E003', 'E005'] as const), as: 'E004' }),
  'magic-auth': Object.freeze({ codes: Object.freeze(['E002', 'E003', 'E005', 'E007'] as const), as: 'E004' }),
});

/**
 * `error` as the customer is told it: with `hide`, a sign-in failure that `hiddenExistence` folds
 * becomes its one answer, without the upstream status (which could differ per code); anything
 * else is returned as it is.
 */
export function hideExistence<T>(error: T, hide: boolean): T | BizKitHubError {
  if (!hide || !isBizKitHubError(error) || error.kind !== 'api') return error;
  const fold: ExistenceFold<SignInEndpoint> | undefined = hiddenExistence[error.endpoint as SignInEndpoint];
  const code = error.code as EndpointErrorCode<SignInEndpoint>;
  return fold && (code === fold.as || fold.codes.includes(code)) ? new BizKitHubError({ kind: 'api', endpoint: error.endpoint, code: fold.as }) : error;
}
