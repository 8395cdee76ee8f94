import type { MockSession } from './types.js';
import { randomAlphanumeric } from './random.js';

/** The sessions the emulated platform issued (login, magic-auth), by identityId, each until it expires. */
export class MockSessions {
  private readonly sessions = new Map<string, MockSession>();

  constructor(
    private readonly now: () => number,
    private readonly lifetimeMs: number,
  ) {}

  clear(): void {
    this.sessions.clear();
  }

  /** A new session of `email`; its identityId. */
  issue(email: string, endpoint: MockSession['endpoint']): string {
    const identityId = randomAlphanumeric();
    const issuedAt = this.now();
    this.sessions.set(identityId, Object.freeze({ identityId, email, endpoint, issuedAt, expiresAt: issuedAt + this.lifetimeMs }));
    return identityId;
  }

  /** The session of `identityId` while it lasts. */
  find(identityId: string | undefined): MockSession | undefined {
    const session = identityId ? this.sessions.get(identityId) : undefined;
    return session && this.now() < session.expiresAt ? session : undefined;
  }

  /** The sessions that last, of `address` (normalized) when given. */
  live(address: string | undefined): readonly MockSession[] {
    const now = this.now();
    return [...this.sessions.values()].filter((session) => now < session.expiresAt && (address === undefined || session.email === address));
  }

  /** Ends every session of `address`; how many were still live. */
  revoke(address: string): number {
    let ended = 0;
    for (const [identityId, session] of this.sessions) {
      if (session.email !== address) continue;
      this.sessions.delete(identityId);
      if (this.now() < session.expiresAt) ended += 1;
    }
    return ended;
  }
}
