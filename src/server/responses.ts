import { isBizKitHubError } from '../core/errors.js';
import type { RefusalReason } from '../core/refusalReason.js';
import { isPositiveNumber } from '../core/retryAfter.js';
import { withText } from './answerText.js';
import type { HandlerFaultReason } from './handlerEvents.js';
import { isStoreFailure, storeFaultOf } from './storeFault.js';

/** Every answer is about one customer's session: no cache may keep it. */
const commonHeaders = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } as const;
const jsonHeaders = { ...commonHeaders, 'Content-Type': 'application/json; charset=utf-8' } as const;

/**
 * Headers with any number of `Set-Cookie` lines. A plain object while it holds them all (no cookie
 * or one): server adapters write such a Response without building a `Headers` (@hono/node-server's
 * fast path); two or more cookies need one line each, so a list of pairs.
 */
function buildHeaders(base: Record<string, string>, extra: Record<string, string>, cookies: readonly string[]): HeadersInit {
  const headers: Record<string, string> = { ...base };
  for (const name of Object.keys(extra)) if (name !== 'Set-Cookie') headers[name] = extra[name] as string;
  if (cookies.length > 1) return [...Object.entries(headers), ...cookies.map((cookie): [string, string] => ['Set-Cookie', cookie])];
  if (cookies.length === 1) headers['Set-Cookie'] = cookies[0] as string;
  return headers;
}

const noCookies: readonly string[] = [];

function cookiesOf(extra: Record<string, string>, more: readonly string[]): readonly string[] {
  const cookie = extra['Set-Cookie'];
  if (cookie === undefined) return more;
  return more.length === 0 ? [cookie] : [cookie, ...more];
}

export function jsonResponse(body: unknown, status = 200, extraHeaders: Record<string, string> = {}, moreCookies = noCookies): Response {
  const cookies = cookiesOf(extraHeaders, moreCookies);
  const text = JSON.stringify(body);
  return withText(new Response(text, { status, headers: buildHeaders(jsonHeaders, extraHeaders, cookies) }), text);
}

/** A 303 "see other" to `location` (after a form post or a followed link). */
export function redirectResponse(location: string, extraHeaders: Record<string, string> = {}, moreCookies = noCookies): Response {
  const cookies = cookiesOf(extraHeaders, moreCookies);
  return withText(new Response(null, { status: 303, headers: buildHeaders({ ...commonHeaders, Location: location }, extraHeaders, cookies) }), null);
}

/** An HTML page (the magic link's confirmation step); `head` answers its headers without the body. */
export function htmlResponse(html: string | null, headers: Record<string, string>): Response {
  return withText(new Response(html, { status: 200, headers: { ...commonHeaders, ...headers } }), html);
}

/** What an answer meant, for the handler's log and `onError`: the refusal's reason, or the fault and its cause. */
export interface Outcome {
  reason?: RefusalReason | undefined;
  fault?: HandlerFaultReason | undefined;
  cause?: unknown;
}

// Kept beside the Response rather than in it: the body is the browser's, the cause is the operator's.
const outcomes = new WeakMap<Response, Outcome>();

/** Why the handler answered `response` as it did, when it refused or failed. */
export function outcomeOf(response: Response): Outcome | undefined {
  return outcomes.get(response);
}

function withOutcome(response: Response, outcome: Outcome): Response {
  outcomes.set(response, outcome);
  return response;
}

const faultReasons: ReadonlySet<RefusalReason> = new Set(['store-full', 'store-unavailable', 'upstream-unavailable', 'mailer-failed', 'internal-error']);

/**
 * `{ success: false, reason }` for the handler's own refusals (403, 404, 405, 413, 415, 429, 503).
 * A fault's reason (a store's 503) reaches `onError` too, without a cause: prefer `faultResponse`.
 */
export function refusal(status: number, reason: RefusalReason, extraHeaders?: Record<string, string>): Response {
  const fault = faultReasons.has(reason) ? (reason as HandlerFaultReason) : undefined;
  return withOutcome(jsonResponse({ success: false, reason }, status, extraHeaders), { reason, fault });
}

/**
 * `response`, an answer in BizKitHub's own shape that the handler gave in its stead (the login
 * lock's E006, alike for every address), marked with the rule that gave it for the log: the
 * body stays BizKitHub's, so the customer (and a prober) cannot tell it from BizKitHub's.
 */
export function answeredBy(response: Response, reason: RefusalReason): Response {
  return withOutcome(response, { reason });
}

/** A 5xx `{ success: false, reason }` for a fault, keeping its cause for `onError`. */
export function faultResponse(status: number, fault: Exclude<HandlerFaultReason, 'upstream-refused'>, cause: unknown): Response {
  return withOutcome(jsonResponse({ success: false, reason: fault }, status), { reason: fault, fault, cause });
}

/**
 * Which fault `error` is: the store, BizKitHub (down, slow, malformed, or refusing the key), or
 * anything else (internal). Undefined for BizKitHub's answers about the customer: a code, a limit,
 * input it refused.
 */
function faultOf(error: unknown): HandlerFaultReason | undefined {
  if (isStoreFailure(error)) return storeFaultOf(error);
  if (!isBizKitHubError(error)) return 'internal-error';
  switch (error.kind) {
    case 'api':
    case 'rate-limit':
    case 'validation':
      return undefined;
    case 'platform':
      return 'upstream-refused';
    default:
      return 'upstream-unavailable';
  }
}

/** `response` (a page the flow answers with anyway, such as the magic link's error page) marked with `error`'s fault. */
export function reportFault(response: Response, error: unknown): Response {
  const fault = faultOf(error);
  return fault === undefined ? response : withOutcome(response, { fault, cause: error });
}

export function invalidRequest(fields?: Readonly<Record<string, string>>): Response {
  return jsonResponse({ success: false, errorCode: 'INVALID_REQUEST', ...(fields ? { fields } : {}) }, 400);
}

function validStatus(status: number | undefined, fallback: number): number {
  return status !== undefined && Number.isInteger(status) && status >= 200 && status <= 599 ? status : fallback;
}

/**
 * Writes a failure in the documented shape so that the browser client reads the same typed
 * `BizKitHubError` (kind, code, status, retryAfterMs) as it would straight from BizKitHub.
 * BizKitHub's own `message` is never passed on: it is for developers and may name the key.
 */
export function errorResponse(error: unknown): Response {
  if (isStoreFailure(error)) return faultResponse(503, storeFaultOf(error), error);
  if (!isBizKitHubError(error)) return faultResponse(500, 'internal-error', error);
  switch (error.kind) {
    case 'api':
    case 'platform':
      return reportFault(
        jsonResponse({ success: false, ...(error.code === undefined ? {} : { errorCode: error.code }) }, validStatus(error.status, 200)),
        error,
      );
    case 'rate-limit': {
      const status = error.status !== undefined && error.status >= 400 ? validStatus(error.status, 429) : 429;
      const wait = error.retryAfterMs;
      const headers: Record<string, string> =
        isPositiveNumber(wait) ? { 'Retry-After': String(Math.ceil(wait / 1000)) } : {};
      return jsonResponse({ success: false, errorCode: error.code ?? 'RATE_LIMIT_EXCEEDED' }, status, headers);
    }
    case 'http':
      return faultResponse(validStatus(error.status, 502), 'upstream-unavailable', error);
    case 'validation':
      return invalidRequest(error.fields ?? {});
    case 'timeout':
      return faultResponse(504, 'upstream-unavailable', error);
    case 'invalid-response':
    case 'network':
    case 'aborted':
    default:
      return faultResponse(502, 'upstream-unavailable', error);
  }
}
