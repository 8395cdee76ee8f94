import type { Operation } from '../core/endpoints.js';
import { BizKitHubError, type BizKitHubErrorKind } from '../core/errors.js';
import { redact } from '../core/redact.js';
import { parseRetryAfter } from '../core/retryAfter.js';

type JsonObject = Record<string, unknown>;

/** The largest body read: a bigger answer is `invalid-response`, whatever its Content-Length said. */
const defaultMaxBodyBytes = 1_048_576;

export interface ParseResponseOptions {
  /**
   * The longest wait a `Retry-After` or `retry_after` may impose; longer waits are cut to this.
   * @default 3600000
   */
  maxRetryAfterMs?: number | undefined;
  /**
   * The largest body read, in bytes.
   * @default 1048576
   */
  maxBodyBytes?: number | undefined;
}

const documentedCode = /^E\d{3}$/;
// A platform code: upper case words joined by `_` (PUBLIC_API_KEY_IS_EMPTY, INTERNAL_TOO_MANY_REQUESTS).
const platformCode = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
// Platform codes that mean "too many requests" rather than "refused".
const rateLimitCode = /TOO_MANY|RATE_LIMIT/;

/**
 * Turns a fetch Response into the endpoint's success body or one BizKitHubError.
 * The failure body is parsed tolerantly: the code may be in `errorCode`, `code`,
 * `error.code` or a string `error`, on any status, including `success: false` on 200.
 * It fails closed: a `success: true` that also carries an error, or a body over `maxBodyBytes`,
 * is `invalid-response`, never a success.
 */
export async function parseResponse(
  endpoint: Operation,
  response: Response,
  options: ParseResponseOptions = {},
): Promise<JsonObject> {
  // A value that is no response is not read: `interpretResponse` refuses it.
  const text = isResponse(response) ? await readText(response, options.maxBodyBytes) : undefined;
  return interpretResponse(endpoint, response, text, parseJsonText(text), options);
}

/** The body text as a JSON object, when it is one (an empty or blank text is not JSON either). */
export function parseJsonText(text: string | undefined): JsonObject | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Something with a numeric `status`: what a fetch (even a custom one) must resolve with. */
export function isResponse(value: unknown): value is Response {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number';
}

/**
 * `parseResponse` on a body that was already read (`text`, undefined when it was too big) and
 * parsed (`body`), so that a caller that looked at the body first does not read it twice.
 */
export function interpretResponse(
  endpoint: Operation,
  response: Response,
  text: string | undefined,
  body: JsonObject | undefined,
  options: ParseResponseOptions = {},
): JsonObject {
  if (!isResponse(response)) throw new BizKitHubError({ kind: 'invalid-response', endpoint });
  const { status } = response;
  if (text === undefined) throw new BizKitHubError({ kind: 'invalid-response', endpoint, status });

  const { code, serverMessage, retryAfter } = readError(body);
  // A code means failure unless the body says success: true outright (a success may carry other fields).
  const failed = !response.ok || body?.success === false || (code !== undefined && body?.success !== true);
  let kind: BizKitHubErrorKind;
  let retryAfterMs: number | undefined;

  if (response.ok && body?.success === true && carriesError(body)) {
    // `success: true` beside an error code: the answer contradicts itself, so it is no success.
    kind = 'invalid-response';
  } else if (status === 429 || (failed && code !== undefined && rateLimitCode.test(code))) {
    kind = 'rate-limit';
    // parseRetryAfter applies the default limit itself.
    retryAfterMs = parseRetryAfter(readHeader(response, 'Retry-After'), retryAfter, Date.now(), options.maxRetryAfterMs);
  } else if (failed && code !== undefined) {
    kind = documentedCode.test(code) ? 'api' : 'platform';
  } else if (!response.ok) {
    kind = body || text.trim() === '' ? 'http' : 'invalid-response';
  } else if (body?.success !== true) {
    // 200 with something that is not the documented JSON (an HTML page from a proxy, `success: false`
    // without a code, an empty body) must never pass for success.
    kind = body?.success === false ? 'api' : 'invalid-response';
  } else {
    return body;
  }
  // The last two kinds are reached only without a code (`code` is undefined there).
  throw new BizKitHubError({ kind, endpoint, code, status, retryAfterMs, serverMessage });
}

/** The body as text, read chunk by chunk up to `maxBytes`; `undefined` when it is bigger or not bytes. */
export async function readText(response: Response, maxBytes = defaultMaxBodyBytes): Promise<string | undefined> {
  const stream: unknown = response.body;
  if (stream === null) return '';
  if (!isStream(stream)) return typeof response.text === 'function' ? capped(await response.text(), maxBytes) : undefined;
  const reader = stream.getReader();
  // One decoder per body, decoding as the chunks come (`stream: true` keeps a character split
  // between two chunks whole): the same text as decoding all the bytes at once, without a copy.
  const utf8 = new TextDecoder();
  let text = '';
  let size = 0;
  let ended = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // Checked without instanceof: the chunks may come from another realm (jsdom, a worker).
      if (!ArrayBuffer.isView(value)) return undefined;
      size += value.byteLength;
      if (size > maxBytes) return undefined;
      text += utf8.decode(value, { stream: true });
    }
    ended = true;
  } finally {
    // Stop the download of whatever is left (an over-long body) and free the stream; a body read
    // to its end needs neither (the server reads one per session check).
    if (!ended) reader.cancel().catch(() => undefined);
  }
  return text + utf8.decode();
}

function isStream(value: unknown): value is ReadableStream<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { getReader?: unknown }).getReader === 'function';
}

function capped(text: string, maxBytes: number): string | undefined {
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
  if (text.length * 3 <= maxBytes) return text;
  return new TextEncoder().encode(text).byteLength <= maxBytes ? text : undefined;
}

function readHeader(response: Response, name: string): string | null {
  const { headers } = response;
  return typeof headers?.get === 'function' ? headers.get(name) : null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A code as servers write them: short, letters, digits and `_.-`, nothing shaped like a secret. */
function codeOf(value: unknown, shape = /^[A-Za-z0-9_.-]+$/): string | undefined {
  const code = nonEmptyString(value);
  return code !== undefined && code.length <= 64 && shape.test(code) && redact(code) === code ? code : undefined;
}

/**
 * An error beside `success: true`: a non-empty `errorCode`, any `error` but null or false, or a
 * `code` shaped like a documented or platform code. A stray numeric or lower-case `code` is harmless.
 */
function carriesError(body: JsonObject): boolean {
  const { errorCode, error, code } = body;
  const hasErrorCode = errorCode !== undefined && errorCode !== null && errorCode !== false && String(errorCode).trim() !== '';
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const codeLooksLikeError = typeof code === 'string' && (documentedCode.test(code.trim()) || platformCode.test(code.trim()));
  return hasErrorCode || hasError || codeLooksLikeError;
}

/**
 * The code, the server's message and the body's wait, wherever the body put them: at the top, in an
 * `error` object, or as a string `error`.
 */
function readError(body: JsonObject | undefined): { code?: string | undefined; serverMessage?: string | undefined; retryAfter?: unknown } {
  if (!body) return {};
  const { error } = body;
  const nested: JsonObject = isObject(error) ? error : {};
  return {
    code:
      codeOf(body.errorCode) ??
      codeOf(body.code) ??
      codeOf(nested.code) ??
      // A string `error` is a code only when it looks like one, not a sentence.
      codeOf(error, /^[A-Z][A-Z0-9_]*$/),
    serverMessage: nonEmptyString(body.message) ?? nonEmptyString(nested.message) ?? nonEmptyString(error),
    retryAfter: body.retry_after ?? body.retryAfter ?? nested.retry_after ?? nested.retryAfter,
  };
}
