const warned = new Set<string>();

/**
 * Outside production, read when it runs: what a Node server's `NODE_ENV` says. The server half uses
 * this form, which no build replaces, so that its warnings follow the server's environment. The
 * browser half guards its development text with `process.env.NODE_ENV !== 'production'` instead,
 * which the package's production build (and an app's bundler) replaces, so that the text is dropped.
 */
export function developmentAtRunTime(): boolean {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NODE_ENV !== 'production';
}

/**
 * A console warning for the developer, once per `id`. Callers give it only outside production (see
 * `developmentAtRunTime`). The text must never contain a secret (key, password, token, identityId).
 */
export function warnOnce(id: string, message: string): void {
  if (warned.has(id)) return;
  warned.add(id);
  console.warn(`@bizkithub/auth-react: ${message}`);
}
