import type { ResolvedOptions } from './resolveOptions.js';
import { refusal } from './responses.js';

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a state-changing request comes from a page of the shop. The whole `Origin` (scheme
 * included) must be `origin` or on `allowedOrigins`. Without those, it must be the request's own
 * origin, or `https://` plus the Host the browser sent (or the proxy's X-Forwarded-Host), as
 * Next.js does for Server Actions, because frameworks such as `next start` build `request.url` on
 * their own idea of the host; plain `http://` only on a loopback host, so that a page injected
 * into plain HTTP cannot act on an HTTPS shop. A request with no `Origin` (or `Origin: null`)
 * passes only with `Sec-Fetch-Site: same-origin`, or, without one, when `allowRequestsWithoutOrigin` is set.
 */
export function isAllowedOrigin(request: Request, config: ResolvedOptions): boolean {
  const origin = request.headers.get('origin');
  const sameOrigin = request.headers.get('sec-fetch-site') === 'same-origin';
  if (origin === null) return config.allowRequestsWithoutOrigin || sameOrigin;
  // A page served with `Referrer-Policy: no-referrer` (the magic link's confirmation page, a reset
  // page) sends its POSTs with `Origin: null`; `Sec-Fetch-Site`, which no page can set, then tells.
  if (origin === 'null') return sameOrigin;
  if (config.allowedOrigins) return config.allowedOrigins.has(origin);
  if (config.origin !== undefined) return origin === config.origin;
  const requestUrl = new URL(request.url);
  const originUrl = parseUrl(origin);
  if (!originUrl || originUrl.origin !== origin) return false;
  if (origin === requestUrl.origin && (originUrl.protocol === 'https:' || loopbackHosts.has(originUrl.hostname))) return true;
  const host = (request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host'))?.toLowerCase();
  if (host === undefined || originUrl.host !== host) return false;
  return originUrl.protocol === 'https:' || loopbackHosts.has(originUrl.hostname);
}

/**
 * The 403 for a request `isAllowedOrigin` refused, naming the check that failed: `cross-site` when
 * the browser says another site sent it or sent no usable Origin, else `origin-mismatch` (an
 * Origin that is not the shop's).
 */
export function originRefusal(request: Request): Response {
  const origin = request.headers.get('origin');
  const crossSite = origin === null || origin === 'null' || request.headers.get('sec-fetch-site') === 'cross-site';
  return refusal(403, crossSite ? 'cross-site' : 'origin-mismatch');
}
