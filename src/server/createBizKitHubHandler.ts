import { sessionBodyFor } from './readSession.js';
import { registerAccount } from '../client/registerAccount.js';
import { resetPassword } from '../client/resetPassword.js';
import { setNewPassword } from '../client/setNewPassword.js';
import type {
  RegisterAccountVariables,
  ResetPasswordVariables,
  SetNewPasswordVariables,
} from '../client/types.js';
import { parseDuration } from '../schemas/duration.js';
import { createMagicLinkRoutes } from './magicLink.js';
import type { JsonBody } from './readJsonBody.js';
import { createReporter } from './report.js';
import { resolveOptions, type ResolvedOptions } from './resolveOptions.js';
import { errorResponse, jsonResponse, refusal } from './responses.js';
import { checkReturnUrl } from './returnUrl.js';
import type { HandlerPath, MagicLinkRoute } from '../core/routes.js';
import { clientIpOf, withClientIp } from './clientIpOf.js';
import { postRoute, type Method, type Route } from './routes.js';
import { createLoginRoute } from './loginRoute.js';
import type { BizKitHubHandler, BizKitHubHandlerOptions } from './types.js';

/**
 * The handler's routes by path, one for each route of the table (`handlerRoutes` in core/routes.ts):
 * a route the table lists and the handler lacks, or a path the table does not list, fails to
 * compile. The magic-link routes are `undefined` until the `magicLink` option is given.
 */
export type RouteTable = {
  readonly [P in HandlerPath]: P extends HandlerPath<MagicLinkRoute> ? Route | undefined : Route;
};

/** register-account's body with what the browser may not choose replaced by the server's choice. */
async function registerBody(body: JsonBody, request: Request, config: ResolvedOptions): Promise<JsonBody> {
  const { returnUrl, groups, referralId, ...rest } = body;
  const { register } = config;
  const result: JsonBody = { ...rest };
  const allowedReturnUrl = checkReturnUrl(returnUrl, config.origin, config.allowedReturnOrigins) ?? register.returnUrl;
  if (allowedReturnUrl !== undefined) result.returnUrl = allowedReturnUrl;
  if (register.fields.has('referralId') && referralId !== undefined) result.referralId = referralId;
  if (register.groups) {
    const chosen = await register.groups(request);
    if (chosen !== undefined) result.groups = [...chosen];
  } else if (register.fields.has('groups') && groups !== undefined) {
    result.groups = groups;
  }
  return result;
}

/** reset-password's body with `expirationTime` at most `resetPassword.maxExpiration` (and that when none is sent). */
function resetBody(body: JsonBody, config: ResolvedOptions): JsonBody {
  const { maxExpiration, maxExpirationMs } = config.resetPassword;
  const asked = typeof body.expirationTime === 'string' ? parseDuration(body.expirationTime) : undefined;
  // A malformed value is left for the request check to refuse; a missing or longer one gets the cap.
  if (typeof body.expirationTime === 'string' && asked === undefined) return body;
  return { ...body, expirationTime: asked !== undefined && asked > 0 && asked <= maxExpirationMs ? body.expirationTime : maxExpiration };
}

/**
 * The server half of production mode: one Web-standard `(request) => response` function that keeps
 * the API key and the session on your server. The browser calls it through
 * `<BizKitHubProvider serverUrl="/api/auth">`.
 *
 * Routes under `basePath`: `POST /login` (sets the HttpOnly session cookie), `POST /register-account`,
 * `POST /reset-password`, `POST /set-new-password`, `GET /session`, `POST /sign-out`, and with
 * `magicLink` `POST /magic-link` and `/magic-link/verify`. `/magic-auth` is never forwarded:
 * it would hand a session for any e-mail to anyone.
 *
 * Every call to BizKitHub is stateless: nothing about one customer stays in the handler between
 * requests.
 *
 * @example
 * const handler = createBizKitHubHandler({ apiKey: process.env.BIZKITHUB_API_KEY!, origin: 'https://shop.example' });
 * Deno.serve(handler); // or Bun.serve({ fetch: handler }), toNodeHandler(handler); on Next.js, createNextAuth
 */
export function createBizKitHubHandler(options: BizKitHubHandlerOptions): BizKitHubHandler {
  return handlerFor(resolveOptions(options), options.magicLink);
}

/** The handler over options already checked (createNextAuth resolves them once for it and for auth()). */
export function handlerFor(config: ResolvedOptions, magicLink: BizKitHubHandlerOptions['magicLink']): BizKitHubHandler {
  const { upstream, cookie } = config;

  const post = (run: (body: JsonBody, request: Request, env: unknown) => Promise<Response>, allowEmpty = false) =>
    postRoute(config, run, { allowEmpty });

  const success = () => jsonResponse({ success: true });

  const magicLinkRoutes = magicLink ? createMagicLinkRoutes(magicLink, config) : undefined;
  const table: RouteTable = {
    '/login': { POST: createLoginRoute(config) },
    '/register-account': {
      POST: post(async (body, request, env) => {
        const sent = withClientIp(await registerBody(body, request, config), clientIpOf(request, env, config));
        await registerAccount(upstream, sent as unknown as RegisterAccountVariables);
        return success();
      }),
    },
    '/reset-password': {
      POST: post(async (body, request, env) => {
        await resetPassword(upstream, withClientIp(resetBody(body, config), clientIpOf(request, env, config)) as unknown as ResetPasswordVariables);
        return success();
      }),
    },
    '/set-new-password': {
      POST: post(async (body, request, env) => {
        await setNewPassword(upstream, withClientIp(body, clientIpOf(request, env, config)) as unknown as SetNewPasswordVariables);
        return success();
      }),
    },
    '/session': {
      GET: async (request) => {
        const cookieHeader = request.headers.get('cookie');
        const session = await sessionBodyFor(config, cookieHeader);
        // A stale, revoked or doubled session: make the browser forget it. An outage threw above and keeps it.
        const headers: Record<string, string> =
          !session.loggedIn && cookie.isPresent(cookieHeader) ? { 'Set-Cookie': cookie.clear() } : {};
        // The optional routes this handler serves, so the forms offer only views that work (absent: none).
        return jsonResponse(magicLink ? { ...session, features: { magicLink: true } } : session, 200, headers);
      },
    },
    '/sign-out': {
      POST: post(async () => jsonResponse({ success: true }, 200, { 'Set-Cookie': cookie.clear() }), true),
    },
    '/magic-link': magicLinkRoutes?.['/magic-link'],
    '/magic-link/verify': magicLinkRoutes?.['/magic-link/verify'],
  };
  const routes = new Map<string, Route>();
  // Routes that exist once their option is given: without it they say so, not "no such route".
  const unconfigured = new Set<string>();
  for (const [path, route] of Object.entries(table)) {
    if (route) routes.set(path, route);
    else unconfigured.add(path);
  }
  const report = createReporter(config, [...routes.keys()]);

  async function answer(request: Request, env: unknown, path: string | undefined): Promise<Response> {
    try {
      const route = path === undefined ? undefined : routes.get(path);
      if (!route) return refusal(404, path !== undefined && unconfigured.has(path) ? 'not-configured' : 'unknown-route');
      // Own properties only: a method named `constructor` or `toString` is not a route.
      const method = request.method as Method;
      const run = Object.hasOwn(route, method) ? route[method] : undefined;
      if (!run) return refusal(405, 'method-not-allowed', { Allow: Object.keys(route).join(', ') });
      return await run(request, env);
    } catch (error) {
      return errorResponse(error);
    }
  }

  return async (request, env) => {
    const startedAt = performance.now();
    const { pathname } = new URL(request.url);
    const prefix = `${config.basePath}/`;
    const path = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length).replace(/\/$/, '')}` : undefined;
    const response = await answer(request, env, path);
    try {
      report({ request, env, route: path !== undefined && (routes.has(path) || unconfigured.has(path)) ? path : undefined, response, startedAt });
    } catch {
      // A logger that throws must not change what the browser gets.
    }
    return response;
  };
}
