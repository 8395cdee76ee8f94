import { accountInfo } from './accountInfo.js';
import type { ClientConfig } from './config.js';
import { parseSession } from './parseSession.js';
import { handlerPath } from '../core/routes.js';
import { send } from './send.js';
import type { SessionState } from '../core/session.js';
import type { RequestOptions } from './types.js';

/**
 * Fetches who is signed in over HTTP. Server mode asks your handler's `GET /session` (the cookie
 * travels with it); direct mode asks account-info with the identity the last sign-in returned, kept
 * in memory only. Resolves `'signed-in'` or `'signed-out'`; rejects with a `BizKitHubError` when it
 * cannot ask (the caller decides what that means: `useSession` retries, `useAccount` says `'unavailable'`).
 */
export async function fetchSession(config: ClientConfig, requestOptions: RequestOptions = {}): Promise<SessionState> {
  if (config.mode === 'server') {
    return send(config, { operation: 'session', method: 'GET', path: handlerPath('session'), signal: requestOptions.signal }, (response) =>
      parseSession('session', response),
    );
  }
  const holder = config.identity;
  const current = holder?.current;
  if (holder === undefined || current === undefined) return { status: 'signed-out' };
  const session = await accountInfo(config, { identityId: current }, requestOptions);
  // Signed out elsewhere (expired, or revoked by an operator): forget it here too.
  if (session.status === 'signed-out' && holder.current === current) holder.current = undefined;
  return session;
}
