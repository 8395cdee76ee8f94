import { BizKitHubError, isBizKitHubError } from '../core/errors.js';
import { isIpAddress, normalizeCustomerIp } from '../schemas/rules.js';
import { readJsonBody, type JsonBody } from './readJsonBody.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { refusal } from './responses.js';
import { identityIdPattern } from '../core/session.js';

export type Method = 'GET' | 'POST' | 'HEAD';
export type RouteHandler = (request: Request, env: unknown) => Promise<Response>;
export type Route = Partial<Record<Method, RouteHandler>>;

/** Codes that tell whether an address has an account (E002 none, E003 no password, E005 banned). */
const revealingCodes = new Set(['E002', 'E003', 'E005']);

/** With `hideAccountExistence`, "no such customer", "no account" and "banned" read as "wrong e-mail or password". */
export function hideExistence(error: unknown, hide: boolean): unknown {
  if (!hide || !isBizKitHubError(error) || error.kind !== 'api' || !revealingCodes.has(error.code ?? '')) return error;
  return new BizKitHubError({ kind: 'api', endpoint: error.endpoint, code: 'E004', status: error.status });
}

/** The client's address from the one source the options trust, when it is one BizKitHub accepts. */
export function clientIpOf(request: Request, env: unknown, config: ResolvedOptions): string | undefined {
  const ip = config.clientIp(request, env);
  return typeof ip === 'string' && isIpAddress(normalizeCustomerIp(ip)) ? ip : undefined;
}

/** The browser's body with `customerRealIp` replaced by the address the server trusts (or left out). */
export function withClientIp(body: JsonBody, ip: string | undefined): JsonBody {
  const { customerRealIp: _ignored, ...rest } = body;
  return ip === undefined ? rest : { ...rest, customerRealIp: ip };
}

/** The `Set-Cookie` for a new session, after checking that BizKitHub's identityId has the documented shape. */
export function sessionCookieFor(identityId: string | undefined, config: ResolvedOptions, endpoint: 'login' | 'magic-auth'): string {
  if (identityId === undefined || !identityIdPattern.test(identityId)) {
    throw new BizKitHubError({ kind: 'invalid-response', endpoint, status: 200 });
  }
  return config.cookie.serialize(identityId);
}

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

/** A POST route behind the guards: allowed Origin (403), JSON (415), at most 16 kB (413), an object (400). */
export function postRoute(
  config: ResolvedOptions,
  run: (body: JsonBody, request: Request, env: unknown) => Promise<Response>,
  { allowEmpty = false }: { allowEmpty?: boolean } = {},
): RouteHandler {
  return async (request, env) => {
    if (!isAllowedOrigin(request, config)) return originRefusal(request);
    const read = await readJsonBody(request, { allowEmpty });
    if ('response' in read) return read.response;
    return run(read.body, request, env);
  };
}
