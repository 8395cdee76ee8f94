import type { Endpoint } from './endpoints.js';
import { BizKitHubError } from './errors.js';
import { redact } from './redact.js';
import { parseRetryAfter } from './retryAfter.js';

type JsonObject = Record<string, unknown>;

const documentedCode = /^E\d{3}$/;
// Platform codes that mean "too many requests" rather than "refused".
const rateLimitCode = /TOO_MANY|RATE_LIMIT/;

/**
 * Turns a fetch Response into the endpoint's success body or one BizKitHubError.
 * The failure body is parsed tolerantly: the code may be in `errorCode`, `code`,
 * `error.code` or a string `error`, on any status, including `success: false` on 200.
 */
export async function parseResponse(endpoint: Endpoint, response: Response): Promise<JsonObject> {
  const { status } = response;
  const text = await response.text();
  const body = parseJson(text);

  const code = body ? readCode(body) : undefined;
  const serverMessage = body ? readMessage(body) : undefined;
  // A code means failure unless the body says success: true outright (a success may carry other fields).
  const failed = !response.ok || body?.success === false || (code !== undefined && body?.success !== true);

  if (status === 429 || (failed && code !== undefined && rateLimitCode.test(code))) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), readRetryAfter(body));
    return fail({ kind: 'rate-limit', endpoint, code, status, retryAfterMs, serverMessage });
  }
  if (failed && code !== undefined) {
    const kind = documentedCode.test(code) ? 'api' : 'platform';
    return fail({ kind, endpoint, code, status, serverMessage });
  }
  if (!response.ok) {
    return fail({ kind: body ? 'http' : text.trim() === '' ? 'http' : 'invalid-response', endpoint, status, serverMessage });
  }
  if (!body || body.success !== true) {
    // 200 with something that is not the documented JSON (an HTML page from a proxy, `success: false`
    // without a code, an empty body) must never pass for success.
    return fail({ kind: body?.success === false ? 'api' : 'invalid-response', endpoint, status, serverMessage });
  }
  return body;
}

function fail(init: ConstructorParameters<typeof BizKitHubError>[0]): never {
  throw new BizKitHubError({
    ...init,
    serverMessage: init.serverMessage === undefined ? undefined : redact(init.serverMessage),
  });
}

function parseJson(text: string): JsonObject | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function readCode(body: JsonObject): string | undefined {
  const { error } = body;
  return (
    nonEmptyString(body.errorCode) ??
    nonEmptyString(body.code) ??
    (isObject(error) ? nonEmptyString(error.code) : undefined) ??
    // A string `error` is a code only when it looks like one, not a sentence.
    (typeof error === 'string' && /^[A-Z][A-Z0-9_]*$/.test(error.trim()) ? error.trim() : undefined)
  );
}

function readMessage(body: JsonObject): string | undefined {
  const { error } = body;
  return (
    nonEmptyString(body.message) ??
    (isObject(error) ? nonEmptyString(error.message) : undefined) ??
    (typeof error === 'string' ? nonEmptyString(error) : undefined)
  );
}

function readRetryAfter(body: JsonObject | undefined): unknown {
  if (!body) return undefined;
  const { error } = body;
  return body.retry_after ?? body.retryAfter ?? (isObject(error) ? (error.retry_after ?? error.retryAfter) : undefined);
}
