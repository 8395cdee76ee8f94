import type { RefusalReason } from '../core/refusalReason.js';
import type { ResolvedOptions } from './resolveOptions.js';
import type { HandlerFaultReason } from './handlerEvents.js';
import { loginFailureLimit, loginWindowMs } from './loginLock.js';

/** What the request looked like, for a development warning. */
export interface RefusedRequest {
  request: Request;
  /** The handler's route (`/login`), or undefined when none matched. */
  route: string | undefined;
  response: Response;
  /** The routes the handler serves, for "no such route". */
  routes: readonly string[];
}

/** A header as seen, quoted and cut short: it may be anything a client wrote. */
function seen(value: string | null | undefined): string {
  if (value === null || value === undefined) return 'none';
  return JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value);
}

function originMismatch({ request }: RefusedRequest, config: ResolvedOptions): string {
  const origin = (request.headers.get('origin') ?? '').slice(0, 120);
  if (config.allowedOrigins) {
    return `Origin ${origin} is not on allowedOrigins (${[...config.allowedOrigins].join(', ')}). Browse the shop at one of them, or add ${origin} to allowedOrigins.`;
  }
  if (config.origin !== undefined) {
    return `Origin ${origin} is not the configured origin ${config.origin} (the origin option). Browse the shop at its configured origin, or add it to allowedOrigins.`;
  }
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin.startsWith('http://') && (origin === new URL(request.url).origin || origin === `http://${host ?? ''}`)) {
    return (
      `Origin ${origin} is plain http:// on a host other than localhost, which the default rule refuses (a page injected into ` +
      'plain HTTP could act on the shop). Serve the shop over https, or name this origin in origin or allowedOrigins.'
    );
  }
  return (
    `Origin ${origin} is neither this request's origin (${new URL(request.url).origin}) nor https:// plus its Host (${seen(host)}); ` +
    'plain http:// passes only on localhost. Set origin to the shop\'s public origin, or list its origins in allowedOrigins.'
  );
}

function crossSite({ request }: RefusedRequest): string {
  const origin = request.headers.get('origin');
  const fetchSite = seen(request.headers.get('sec-fetch-site'));
  if (origin === null) {
    return (
      `The request has no Origin header (Sec-Fetch-Site: ${fetchSite}). Browsers send one with every POST, so a server or a tool sent it. ` +
      'If your own server calls the handler, set allowRequestsWithoutOrigin: true.'
    );
  }
  if (origin === 'null') {
    return (
      `The request came with Origin: null and Sec-Fetch-Site: ${fetchSite}: a page with Referrer-Policy: no-referrer on another site, ` +
      'a sandboxed frame, or a browser that sends no Sec-Fetch-Site (Safari before 16.4, plain http on a host other than localhost). Serve the shop over https at its origin.'
    );
  }
  return `Origin ${seen(origin)} is another site (Sec-Fetch-Site: ${fetchSite}). If that site is yours, add it to allowedOrigins.`;
}

function unknownRoute({ request, routes }: RefusedRequest, config: ResolvedOptions): string {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith(`${config.basePath}/`)) {
    return (
      `${seen(pathname)} is outside basePath ${config.basePath}. Point the browser's serverUrl at the handler's basePath, ` +
      'or set basePath to where your server mounts the handler (see docs/server.md).'
    );
  }
  if (pathname.endsWith('/magic-auth')) {
    return 'magic-auth is never forwarded: it would sign in any e-mail for anyone. Use the magicLink option and POST /magic-link (see docs/magic-links.md).';
  }
  return `${seen(pathname)} is no route of the handler. Its routes under ${config.basePath}: ${routes.join(', ')}.`;
}

/**
 * What the development warning of a refusal says: what the handler saw, and the fix. Only ever
 * logged outside production; it may quote the request's headers and path, never its body or cookies.
 */
export function describeRefusal(reason: RefusalReason, refused: RefusedRequest, config: ResolvedOptions): string {
  const { request, response } = refused;
  switch (reason) {
    case 'origin-mismatch':
      return originMismatch(refused, config);
    case 'cross-site':
      return crossSite(refused);
    case 'unknown-route':
      return unknownRoute(refused, config);
    case 'not-configured':
      return (
        `${new URL(request.url).pathname} needs the magicLink option: createBizKitHubHandler({ …, origin, magicLink: { sendMagicLink } }). ` +
        'See docs/magic-links.md.'
      );
    case 'method-not-allowed':
      return `${request.method} is not a method of this route; it answers ${response.headers.get('allow') ?? 'none'}.`;
    case 'body-too-large':
      return `The body (Content-Length: ${seen(request.headers.get('content-length'))}) is over 16 kB; no request of this API needs more. Send only the form's fields.`;
    case 'unsupported-media-type':
      return `Content-Type ${seen(request.headers.get('content-type'))} is not JSON. Send the body as application/json (the browser client does).`;
    case 'rate-limit-client':
      return (
        `This client spent its ${refused.route === '/login' ? 'sign-in budget (loginLimits.perIp)' : 'magic-link budget (magicLink.limits.perIp)'}. ` +
        'When every customer shares one address (a proxy in front of the handler without trustProxyHops or getClientIp), they share this budget too.'
      );
    case 'rate-limit-address':
      return refused.route === '/login'
        ? `This address failed to sign in ${loginFailureLimit} times in ${loginWindowMs / 60_000} minutes: the hideAccountExistence lock answers E006, ` +
          'as BizKitHub would, for known and unknown addresses alike, until the window ends.'
        : 'This mailbox was sent its share of magic links (magicLink.limits.perEmail); it may ask again after windowMs.';
    case 'rate-limit-global':
      return 'The shop-wide magic-link budget (magicLink.limits.global) is spent until the window ends.';
    default:
      return faultHint(reason);
  }
}

/** The operator's next step for a fault; the same in every environment, and it quotes nothing. */
export function faultHint(reason: HandlerFaultReason | RefusalReason): string {
  switch (reason) {
    case 'store-full':
      return 'The store has no room: raise createMemoryStore({ maxEntries }), or use a shared store such as createUnstorageStore on Redis.';
    case 'store-unavailable':
      return (
        'The store failed or did not answer: check the server behind it (Redis) and storeTimeoutMs. Until it answers, sign-in goes on ' +
        'without its per-client limit and the hideAccountExistence lock (answers stay alike for known and unknown addresses), and magic links answer 503.'
      );
    case 'upstream-unavailable':
      return 'BizKitHub did not answer as documented: check baseUrl, the network to it, and timeoutMs.';
    case 'upstream-refused':
      return 'BizKitHub refused the call itself: check apiKey and baseUrl, and that the client address reaches it (trustProxyHops, getClientIp).';
    case 'mailer-failed':
      return 'magicLink.sendMagicLink threw, so the link was not mailed: check your mailer.';
    default:
      return 'An unexpected error: see its cause.';
  }
}
