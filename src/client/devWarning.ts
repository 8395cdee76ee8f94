const warned = new Set<string>();

/** Outside production builds. Bundlers replace process.env.NODE_ENV; a browser without it counts as development. */
export function isDevelopment(): boolean {
  return typeof process === 'undefined' || process.env?.NODE_ENV !== 'production';
}

/**
 * A console warning for the developer, once per `id` and only outside production builds.
 * The text must never contain a secret (key, password, token, identityId).
 */
export function warnOnce(id: string, message: string): void {
  if (warned.has(id) || !isDevelopment()) return;
  warned.add(id);
  console.warn(`@bizkithub/auth-react: ${message}`);
}
