/** A path on this shop (`/account`), or `fallback` for anything else (`//evil.test`, `https://…`, `javascript:`). */
export function localPath(value: string | string[] | undefined, fallback: string): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : fallback;
}
