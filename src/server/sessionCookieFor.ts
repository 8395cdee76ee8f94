import { BizKitHubError } from '../core/errors.js';
import { identityIdPattern } from '../core/session.js';
import type { ResolvedOptions } from './resolveOptions.js';

/** The `Set-Cookie` for a new session, after checking that BizKitHub's identityId has the documented shape. */
export function sessionCookieFor(identityId: string | undefined, config: ResolvedOptions, endpoint: 'login' | 'magic-auth'): string {
  if (identityId === undefined || !identityIdPattern.test(identityId)) {
    throw new BizKitHubError({ kind: 'invalid-response', endpoint, status: 200 });
  }
  return config.cookie.serialize(identityId);
}
