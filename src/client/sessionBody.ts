import type { Account } from '../core/account.js';
import type { HandlerFeatures, SessionState } from '../core/session.js';

/**
 * The wire body of a session, as the server handler's `GET /session` sends it (BizKitHub's
 * account-info lays the account flat instead). Private to the wire: the client reads it into a
 * `SessionState` (parseSession), and no entry exports it.
 */
export type SessionBody = ({ loggedIn: false } | { loggedIn: true; account: Account }) & {
  features?: HandlerFeatures | undefined;
};

/** What the handler's `GET /session` answers for a known session (an outage is answered as a failure, never as a body). */
export function sessionBodyOf(state: SessionState & { status: 'signed-in' | 'signed-out' }): SessionBody {
  return state.status === 'signed-in' ? { loggedIn: true, account: state.account } : { loggedIn: false };
}
