import type { Session, SessionState } from '../core/session.js';

/** The provider's `initialSession` as `useSession` data; nothing when the server could not tell. */
export function sessionOf(state: SessionState | undefined): Session | undefined {
  if (state?.status === 'signed-in') return { loggedIn: true, account: state.account };
  if (state?.status === 'signed-out') return { loggedIn: false };
  return undefined;
}
