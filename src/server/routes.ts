import { BizKitHubError, isBizKitHubError } from '../client/errors.js';
import { isIpAddress, normalizeCustomerIp } from '../schemas/rules.js';
import { readJsonBody, type JsonBody } from './readJsonBody.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { refusal } from './responses.js';
import { identityIdPattern } from '../client/session.js';

export type Method = 'GET' | 'POST';
export type RouteHandler = (request: Request) => Promise<Response>;
export type Route = Partial<Record<Method, RouteHandler>>;

/** With `hideAccountExistence`, "no such customer" and "no account" read as "wrong e-mail or password". */
export function hideExistence(error: unknown, hide: boolean): unknown {
  if (!hide || !isBizKitHubError(error) || error.kind !== 'api' || (error.code !== 'E002' && error.code !== 'E003')) return error;
  return new BizKitHubError({ kind: 'api', endpoint: error.endpoint, code: 'E004', status: error.status });
}

/** The address `getClientIp` gives, when it is one BizKitHub accepts. */
export function clientIpOf(request: Request, config: ResolvedOptions): string | undefined {
  const ip = config.getClientIp(request);
  return typeof ip === 'string' && isIpAddress(normalizeCustomerIp(ip)) ? ip : undefined;
}

/** The browser's body with `customerRealIp` replaced by the address the server saw (or left out). */
export function withClientIp(body: JsonBody, request: Request, config: ResolvedOptions): JsonBody {
  const { customerRealIp: _ignored, ...rest } = body;
  const ip = clientIpOf(request, config);
  return ip === undefined ? rest : { ...rest, customerRealIp: ip };
}

/** The `Set-Cookie` for a new session, after checking that BizKitHub's identityId has the documented shape. */
export function sessionCookieFor(identityId: string | undefined, config: ResolvedOptions, endpoint: 'login' | 'magic-auth'): string {
  if (identityId === undefined || !identityIdPattern.test(identityId)) {
    throw new BizKitHubError({ kind: 'invalid-response', endpoint, status: 200 });
  }
  return config.cookie.serialize(identityId);
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * The default compares the Origin with the request's own origin, and its host with the Host the
 * browser sent (or the proxy's X-Forwarded-Host), as Next.js does for Server Actions: frameworks
 * such as `next start` build `request.url` on their own idea of the host. A cross-site page cannot
 * make a browser send another Host, nor X-Forwarded-Host without a preflight this handler refuses.
 */
function isAllowedOrigin(request: Request, config: ResolvedOptions): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  if (config.allowedOrigins) return config.allowedOrigins.has(origin);
  if (origin === new URL(request.url).origin || origin === config.origin) return true;
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  const originHost = hostOf(origin);
  return originHost !== undefined && host !== null && originHost === host.toLowerCase();
}

/** A POST route behind the guards: allowed Origin (403), JSON (415), at most 16 kB (413), an object (400). */
export function postRoute(
  config: ResolvedOptions,
  run: (body: JsonBody, request: Request) => Promise<Response>,
  { allowEmpty = false }: { allowEmpty?: boolean } = {},
): RouteHandler {
  return async (request) => {
    if (!isAllowedOrigin(request, config)) return refusal(403);
    const read = await readJsonBody(request, { allowEmpty });
    if ('response' in read) return read.response;
    return run(read.body, request);
  };
}
