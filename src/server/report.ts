import { developmentAtRunTime } from '../core/devWarning.js';
import { isBizKitHubError } from '../core/errors.js';
import { redact } from '../core/redact.js';
import type { RefusalReason } from '../core/refusalReason.js';
import { describeRefusal, faultHint } from './devWarnings.js';
import { bodyOf } from './readJsonBody.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { outcomeOf } from './responses.js';
import type { HandlerErrorEvent, HandlerLogger } from './handlerEvents.js';

const prefix = '@bizkithub/auth-react/server: ';
const logEveryMs = 60_000;
const ipv4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
// A magic link's token (base64url, 43 characters) and any secret a URL carries in its query.
const base64urlToken = /[A-Za-z0-9_-]{43,}/g;
const secretInQuery = /([?&](?:token|apikey|identityid)=)[^&#\s"']+/gi;
// Two or more groups of hex digits around `::`, or eight groups: an IPv6 address.
const ipv6 = /\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\b/gi;

/** Every value the request carried that could be personal or secret: body strings, query values, cookies, forwarded addresses. */
function valuesOf(request: Request, config: ResolvedOptions, env: unknown): string[] {
  const values: string[] = [config.upstream.apiKey ?? ''];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') values.push(value);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  collect(bodyOf(request));
  for (const value of new URL(request.url).searchParams.values()) values.push(value);
  for (const pair of (request.headers.get('cookie') ?? '').split(';')) values.push(pair.slice(pair.indexOf('=') + 1).trim());
  for (const entry of (request.headers.get('x-forwarded-for') ?? '').split(',')) values.push(entry.trim());
  const ip = config.clientIp(request, env);
  if (ip !== undefined) values.push(ip);
  // Longest first, so that a value inside another is not replaced half-way.
  return values.filter((value) => value.length >= 3).sort((a, b) => b.length - a.length);
}

/** `text` without anything the request carried, nor anything shaped like a key, token, address or IP. */
function scrub(text: string, values: readonly string[]): string {
  let result = text;
  for (const value of values) result = result.split(value).join('[redacted]');
  result = result.replace(secretInQuery, '$1[redacted]').replace(base64urlToken, '[redacted]');
  return redact(result.replace(ipv4, '[ip]').replace(ipv6, (match) => (match.includes('::') || match.split(':').length === 8 ? '[ip]' : match)));
}

function nameAndMessage(error: unknown): { name: string; message: string } {
  if (typeof error !== 'object' || error === null) return { name: typeof error, message: String(error) };
  const { name, message } = error as { name?: unknown; message?: unknown };
  return { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : '' };
}

/**
 * The cause's name and message, with the error under a `BizKitHubError` added (the network's
 * "ECONNREFUSED", a fetch's TypeError): that is what an operator acts on.
 */
function causeOf(error: unknown, values: readonly string[]): HandlerErrorEvent['cause'] {
  if (error === undefined) return undefined;
  const { name, message } = nameAndMessage(error);
  const inner = isBizKitHubError(error) && error.cause !== undefined ? nameAndMessage(error.cause) : undefined;
  const full = inner ? `${message} (${inner.name}: ${inner.message})` : message;
  return { name: scrub(name, values), message: scrub(full, values) };
}

/** One line per key at most once a minute, saying how many were held back since. */
function createThrottle(logger: HandlerLogger) {
  const last = new Map<string, { at: number; held: number }>();
  return (key: string, line: string) => {
    const now = Date.now();
    const seen = last.get(key);
    if (seen && now - seen.at < logEveryMs) {
      seen.held += 1;
      return;
    }
    const held = seen?.held ?? 0;
    last.set(key, { at: now, held: 0 });
    logger.warn(`${prefix}${line}${held > 0 ? ` (${held} more since the last such line)` : ''}`);
  };
}

/** What the handler answered, for its log and `onError`. */
export interface Answer {
  request: Request;
  env: unknown;
  /** The route that answered, or undefined when none matched. */
  route: string | undefined;
  response: Response;
  startedAt: number;
}

/**
 * Reports the handler's refusals and faults. In development, one warning per reason naming what it
 * saw and the fix; in production, each reason at most once a minute, with no request data. Faults go
 * to `onError`, or by default to the logger at most once a minute per reason.
 */
export function createReporter(config: ResolvedOptions, routes: readonly string[]): (answer: Answer) => void {
  const logger = config.logger;
  const throttled = createThrottle(logger);
  const warned = new Set<RefusalReason>();

  const defaultOnError = (event: HandlerErrorEvent) => {
    const cause = event.cause ? `: ${event.cause.name}: ${event.cause.message}` : '';
    throttled(
      `fault:${event.reason}`,
      // Below 500 the customer got an answer all the same (sign-in goes on without the store).
      `${event.method} ${event.route} ${event.status < 500 ? `answered ${event.status} despite` : `failed with ${event.status}`} ${event.reason} after ${event.durationMs} ms${cause}. ${faultHint(event.reason)}`,
    );
  };
  const onError = config.onError ?? defaultOnError;

  return ({ request, env, route, response, startedAt }) => {
    const outcome = outcomeOf(response);
    if (!outcome) return;
    const { reason, fault } = outcome;
    if (fault !== undefined) {
      const values = valuesOf(request, config, env);
      const event: HandlerErrorEvent = {
        route: route ?? '',
        method: request.method,
        status: response.status,
        reason: fault,
        durationMs: Math.max(0, Math.round(performance.now() - startedAt)),
        cause: causeOf(outcome.cause, values),
      };
      try {
        onError(event);
      } catch {
        // A failing onError must not turn the answer into another one.
      }
      return;
    }
    if (reason === undefined) return;
    const where = `${request.method} ${route ?? '(no route)'}`;
    if (developmentAtRunTime()) {
      if (warned.has(reason)) return;
      warned.add(reason);
      logger.warn(`${prefix}${where} refused with ${response.status} ${reason}. ${describeRefusal(reason, { request, route, response, routes }, config)}`);
      return;
    }
    throttled(`refusal:${reason}`, `${where} refused with ${response.status} ${reason}. See "Why a request was refused" in docs/server.md.`);
  };
}
