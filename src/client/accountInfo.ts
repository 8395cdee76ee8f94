import type { ClientConfig } from './config.js';
import { parseSession } from './parseSession.js';
import { send } from './send.js';
import { identityIdPattern, type SessionState } from '../core/session.js';
import type { RequestOptions } from './types.js';

/**
 * Direct mode: BizKitHub's account-info for a session token you keep yourself (for example on
 * your own server, read from your own HttpOnly cookie). Never includes the identityId.
 */
export async function accountInfo(config: ClientConfig, { identityId }: { identityId: string }, { signal }: RequestOptions = {}): Promise<SessionState> {
  if (config.mode === 'server') {
    throw new TypeError('createBizKitHubClient: accountInfo() calls BizKitHub directly; in server mode use fetchSession().');
  }
  // A malformed identity cannot be signed in: no need to put it into a URL.
  if (typeof identityId !== 'string' || !identityIdPattern.test(identityId)) return { status: 'signed-out' };
  return send(config, { operation: 'account-info', method: 'GET', path: config.accountInfoPath, query: { identityId }, signal }, (response) =>
    parseSession('account-info', response),
  );
}
