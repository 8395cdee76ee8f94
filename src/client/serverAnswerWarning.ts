import { warnOnce } from '../core/devWarning.js';
import { isResponse, parseJsonText, readText } from './parseResponse.js';
import type { RefusalReason } from '../core/refusalReason.js';

/** What a developer can do about each refusal of the handler (the server's log says more). */
const fixOf: Record<RefusalReason, string> | undefined =
  process.env.NODE_ENV === 'production'
    ? undefined
    : {
        'origin-mismatch':
          "this page's origin is not the shop origin the handler was configured with: browse the shop at its configured origin, or add this origin to the handler's allowedOrigins.",
        'cross-site': 'the browser says another site sent the request: call the handler from pages of the shop itself.',
        'unknown-route': 'the handler has no route of this path: serverUrl must be the path the handler is mounted at.',
        'not-configured': 'the feature is not configured in createBizKitHubHandler (magic links need its magicLink option).',
        'method-not-allowed': 'the route does not take this method: a proxy or a custom fetch changed the request.',
        'body-too-large': 'the body is over the handler’s limit: a proxy or a custom fetch changed the request.',
        'unsupported-media-type': 'the body was not sent as JSON: a proxy or a custom fetch changed the request.',
        'rate-limit-client': "this client's budget of the route is spent: wait, or raise the handler's limits for development.",
        'rate-limit-address': "this address's budget is spent: wait, or use another address while developing.",
        'rate-limit-global': "the shop-wide budget of the route is spent: wait, or raise the handler's limits.",
        'store-full': 'the handler’s store has no room for a new token: see its size, or use a shared store (Redis).',
        'store-unavailable': 'the handler’s store failed or did not answer in time: see the server’s log.',
        'upstream-unavailable': 'BizKitHub did not answer as documented: see the server’s log.',
        'mailer-failed': 'the handler’s sendMagicLink threw, so no link was mailed: see the server’s log.',
        'internal-error': 'the handler failed unexpectedly: see the server’s log.',
      };

/** A reason as the handler writes them: a short lower-case word list, never free text. */
const reasonShape = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * Development only (the caller guards it with `process.env.NODE_ENV`, so production builds drop it):
 * warns once when the answer from `serverUrl` is not the server handler's, a 404 without a reason or
 * a body that is not JSON below 500, which means no handler is mounted there; and once per reason when the handler
 * refused, with that reason and its fix. Reads a clone, so the caller still reads the answer. The
 * customer's message stays the catalog's generic one: this text is for the developer's console.
 */
export async function warnAboutServerAnswer(base: string, method: string, url: URL, response: Response): Promise<void> {
  if (!isResponse(response) || typeof response.clone !== 'function') return;
  const contentType = response.headers?.get?.('Content-Type') ?? '';
  // A success in JSON is the handler's: nothing to read twice.
  if (response.ok && /\bjson\b/i.test(contentType)) return;
  const body = parseJsonText(await readText(response.clone()));
  const where = `${method} ${url.origin}${url.pathname}`;
  const reason = body?.reason;
  if (typeof reason === 'string' && reasonShape.test(reason)) {
    const fix = fixOf?.[reason as RefusalReason] ?? 'see docs/server.md of @bizkithub/auth-react.';
    warnOnce(`server-refusal:${reason}`, `the server handler refused ${where} (HTTP ${response.status}, reason "${reason}"): ${fix}`);
    return;
  }
  // The handler's JSON says `success` (its 404 may relay a platform code of BizKitHub's); JSON of
  // another shape is someone else's only on a 404. A 5xx page is a server's fault (its log says
  // which), not a missing handler.
  if ((body !== undefined && (typeof body.success === 'boolean' || response.status !== 404)) || response.status >= 500) return;
  const type = contentType.split(';')[0]?.trim();
  const answer = body === undefined ? `and a body that is not JSON${type ? ` (${type})` : ''}` : 'and no reason';
  warnOnce(
    `server-answer:${base}`,
    `serverUrl "${base}" answered ${where} with HTTP ${response.status} ${answer}: that is not createBizKitHubHandler, which answers JSON. ` +
      'Is the handler mounted at that path? Mount it there, or point serverUrl at it (see docs/server.md of @bizkithub/auth-react).',
  );
}
