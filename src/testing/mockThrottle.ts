/** Failed logins (E004) of one e-mail within this window throttle it. */
const throttleWindowMs = 15 * 60_000;
/** This many failures within the window: every further attempt answers E006. */
const throttleLimit = 5;

/** The emulated platform's lock on failed logins, per e-mail: after `throttleLimit` failures within the window, E006. */
export class MockThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number) {}

  clear(): void {
    this.failures.clear();
  }

  /** Failures within the window, oldest first, after dropping those that have aged out. */
  private recent(email: string): number[] {
    const now = this.now();
    const recent = (this.failures.get(email) ?? []).filter((at) => now - at < throttleWindowMs);
    if (recent.length > 0) this.failures.set(email, recent);
    else this.failures.delete(email);
    return recent;
  }

  isThrottled(email: string): boolean {
    return this.recent(email).length >= throttleLimit;
  }

  recordFailure(email: string): void {
    this.failures.set(email, [...this.recent(email), this.now()]);
  }

  /** A successful login clears the count. */
  forget(email: string): void {
    this.failures.delete(email);
  }
}
