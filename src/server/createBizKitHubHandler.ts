import { BizKitHubError, isBizKitHubError } from '../client/errors.js';
import type {
  LoginVariables,
  RegisterAccountVariables,
  ResetPasswordVariables,
  SetNewPasswordVariables,
} from '../client/types.js';
import { isIpAddress, normalizeCustomerIp } from '../schemas/fields.js';
import { readSession } from './getSession.js';
import { readJsonBody, type JsonBody } from './readJsonBody.js';
import { resolveOptions, type ResolvedOptions } from './resolveOptions.js';
import { errorResponse, jsonResponse, refusal } from './responses.js';
import { identityIdPattern } from './sessionCookie.js';
import type { BizKitHubHandler, BizKitHubHandlerOptions } from './types.js';

type Method = 'GET' | 'POST';
type RouteHandler = (request: Request) => Promise<Response>;
type Route = Partial<Record<Method, RouteHandler>>;

/** With `hideAccountExistence`, "no such customer" and "no account" read as "wrong e-mail or password". */
export function hideExistence(error: unknown, hide: boolean): unknown {
  if (!hide || !isBizKitHubError(error) || error.kind !== 'api' || (error.code !== 'E002' && error.code !== 'E003')) return error;
  return new BizKitHubError({ kind: 'api', endpoint: error.endpoint, code: 'E004', status: error.status });
}

/** The browser's body with `customerRealIp` replaced by the address the server saw (or left out). */
export function withClientIp(body: JsonBody, request: Request, config: ResolvedOptions): JsonBody {
  const { customerRealIp: _ignored, ...rest } = body;
  const ip = config.getClientIp(request);
  return typeof ip === 'string' && isIpAddress(normalizeCustomerIp(ip)) ? { ...rest, customerRealIp: ip } : rest;
}

/** The `Set-Cookie` for a new session, after checking that BizKitHub's identityId has the documented shape. */
export function sessionCookieFor(identityId: string, config: ResolvedOptions, endpoint: 'login' | 'magic-auth'): string {
  if (!identityIdPattern.test(identityId)) throw new BizKitHubError({ kind: 'invalid-response', endpoint, status: 200 });
  return config.cookie.serialize(identityId);
}

function isAllowedOrigin(request: Request, config: ResolvedOptions): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  if (config.allowedOrigins) return config.allowedOrigins.has(origin);
  return origin === new URL(request.url).origin || origin === config.origin;
}

/**
 * The server half of production mode: one Web-standard `(request) => response` function that keeps
 * the API key and the session on your server. The browser calls it through
 * `<BizKitHubProvider serverUrl="/api/auth">`.
 *
 * Routes under `basePath`: `POST /login` (sets the HttpOnly session cookie), `POST /register-account`,
 * `POST /reset-password`, `POST /set-new-password`, `GET /session`, `POST /sign-out`, and with
 * `magicLink` `POST /magic-link` and `GET /magic-link/verify`. `/magic-auth` is never forwarded:
 * it would hand a session for any e-mail to anyone.
 *
 * @example
 * // app/api/auth/[...path]/route.ts (Next.js)
 * const handler = createBizKitHubHandler({ apiKey: process.env.BIZKITHUB_API_KEY! });
 * export { handler as GET, handler as POST };
 */
export function createBizKitHubHandler(options: BizKitHubHandlerOptions): BizKitHubHandler {
  const config = resolveOptions(options);
  const { client, cookie } = config;

  const post = (run: (body: JsonBody, request: Request) => Promise<Response>, allowEmpty = false): RouteHandler =>
    async (request) => {
      if (!isAllowedOrigin(request, config)) return refusal(403);
      const read = await readJsonBody(request, { allowEmpty });
      if ('response' in read) return read.response;
      return run(read.body, request);
    };

  const success = () => jsonResponse({ success: true });

  const routes = new Map<string, Route>(Object.entries({
    '/login': {
      POST: post(async (body, request) => {
        let identityId: string;
        try {
          const result = await client.login(withClientIp(body, request, config) as unknown as LoginVariables);
          identityId = result.identityId ?? '';
        } catch (error) {
          throw hideExistence(error, config.hideAccountExistence);
        }
        return jsonResponse({ success: true }, 200, { 'Set-Cookie': sessionCookieFor(identityId, config, 'login') });
      }),
    },
    '/register-account': {
      POST: post(async (body, request) => {
        await client.registerAccount(withClientIp(body, request, config) as unknown as RegisterAccountVariables);
        return success();
      }),
    },
    '/reset-password': {
      POST: post(async (body, request) => {
        await client.resetPassword(withClientIp(body, request, config) as unknown as ResetPasswordVariables);
        return success();
      }),
    },
    '/set-new-password': {
      POST: post(async (body, request) => {
        await client.setNewPassword(withClientIp(body, request, config) as unknown as SetNewPasswordVariables);
        return success();
      }),
    },
    '/session': {
      GET: async (request) => {
        const cookieHeader = request.headers.get('cookie');
        const session = await readSession(config, cookieHeader);
        // A stale or revoked session: make the browser forget it. An outage threw above and keeps it.
        const headers: Record<string, string> =
          !session.loggedIn && cookie.isPresent(cookieHeader) ? { 'Set-Cookie': cookie.clear() } : {};
        return jsonResponse(session, 200, headers);
      },
    },
    '/sign-out': {
      POST: post(async () => jsonResponse({ success: true }, 200, { 'Set-Cookie': cookie.clear() }), true),
    },
  } satisfies Record<string, Route>));

  return async (request) => {
    try {
      const { pathname } = new URL(request.url);
      const prefix = `${config.basePath}/`;
      const route = pathname.startsWith(prefix) ? routes.get(`/${pathname.slice(prefix.length).replace(/\/$/, '')}`) : undefined;
      if (!route) return refusal(404);
      const run = route[request.method as Method];
      if (!run) return refusal(405, { Allow: Object.keys(route).join(', ') });
      return await run(request);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
