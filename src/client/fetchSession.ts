import { accountInfo } from './accountInfo.js';
import type { ClientConfig } from './config.js';
import { parseSession } from './parseSession.js';
import { handlerPath } from '../core/routes.js';
import { send } from './send.js';
import type { Session } from '../core/session.js';
import type { RequestOptions } from './types.js';

/**
 * Who is signed in. Server mode asks your handler's `GET /session` (the cookie travels with it);
 * direct mode asks account-info with the identity the last sign-in returned, kept in memory only.
 */
export async function fetchSession(config: ClientConfig, requestOptions: RequestOptions = {}): Promise<Session> {
  if (config.mode === 'server') {
    return send(config, { operation: 'session', method: 'GET', path: handlerPath('session'), signal: requestOptions.signal }, (response) =>
      parseSession('session', response),
    );
  }
  const holder = config.identity;
  const current = holder?.current;
  if (holder === undefined || current === undefined) return { loggedIn: false };
  const session = await accountInfo(config, { identityId: current }, requestOptions);
  // Signed out elsewhere (expired, or revoked by an operator): forget it here too.
  if (!session.loggedIn && holder.current === current) holder.current = undefined;
  return session;
}
