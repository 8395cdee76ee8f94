import type {
  LoginVariables,
  RegisterAccountVariables,
  ResetPasswordVariables,
  SetNewPasswordVariables,
} from '../client/types.js';
import { readSession } from './getSession.js';
import { createMagicLinkRoutes } from './magicLink.js';
import type { JsonBody } from './readJsonBody.js';
import { resolveOptions } from './resolveOptions.js';
import { errorResponse, jsonResponse, refusal } from './responses.js';
import { hideExistence, postRoute, sessionCookieFor, withClientIp, type Method, type Route } from './routes.js';
import type { BizKitHubHandler, BizKitHubHandlerOptions } from './types.js';

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

  const post = (run: (body: JsonBody, request: Request) => Promise<Response>, allowEmpty = false) =>
    postRoute(config, run, { allowEmpty });

  const success = () => jsonResponse({ success: true });

  const routes = new Map<string, Route>(Object.entries({
    '/login': {
      POST: post(async (body, request) => {
        let identityId: string | undefined;
        try {
          const result = await client.login(withClientIp(body, request, config) as unknown as LoginVariables);
          identityId = result.identityId;
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
    ...(options.magicLink ? createMagicLinkRoutes(options.magicLink, config) : {}),
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
