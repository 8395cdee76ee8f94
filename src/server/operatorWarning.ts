const lastWarned = new Map<string, number>();
const quietMs = 60_000;

/**
 * A console warning for whoever runs the shop, in every environment: something that weakens a
 * protection right now (the store is down, full or slow). At most one line per `id` a minute, so
 * an outage is one line, not one per request. Never a secret, an address or an e-mail in `message`.
 */
export function warnOperator(id: string, message: string): void {
  const now = Date.now();
  const last = lastWarned.get(id);
  if (last !== undefined && now - last < quietMs) return;
  lastWarned.set(id, now);
  console.warn(`@bizkithub/auth-react: ${message}`);
}
