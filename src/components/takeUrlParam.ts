/**
 * Reads a one-time parameter from the page URL (`?name=`, and with `fromFragment` also `#name=`,
 * which no server or Referer ever sees) and removes it from the address bar, so it leaks neither
 * through history nor the Referer header. The rest of the query and fragment stay as they were.
 * `null` when the URL has none. Call it after mount: server rendering has no URL.
 */
export function takeUrlParam(name: string, { fromFragment = false }: { fromFragment?: boolean } = {}): string | null {
  const url = new URL(window.location.href);
  const fragment = new URLSearchParams(fromFragment ? url.hash.slice(1) : '');
  const inQuery = url.searchParams.has(name);
  const inFragment = fragment.has(name);
  if (!inQuery && !inFragment) return null;
  const found = url.searchParams.get(name) ?? fragment.get(name);
  url.searchParams.delete(name);
  let hash = url.hash;
  if (inFragment) {
    fragment.delete(name);
    hash = fragment.size > 0 ? `#${fragment.toString()}` : '';
  }
  window.history.replaceState(window.history.state, '', url.pathname + url.search + hash);
  return found;
}
