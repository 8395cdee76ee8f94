import { invalidRequest, refusal } from './responses.js';

/** No request of this API needs more; a larger body is refused before it is parsed. */
const maxBodyBytes = 16 * 1024;

export type JsonBody = Record<string, unknown>;

// The body each request carried, so that a fault's report can leave its values (a password, an
// address) out of the cause's message. Gone with the request.
const bodies = new WeakMap<Request, JsonBody>();

/** The JSON object `readJsonBody` read from `request`, if it read one. */
export function bodyOf(request: Request): JsonBody | undefined {
  return bodies.get(request);
}

// Stateless between calls (no `stream` option), so one serves every request.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const type = value.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** The body's bytes, or undefined as soon as they pass `limit` (a lying Content-Length does not help). */
export async function readCapped(request: Request, limit: number): Promise<Uint8Array | undefined> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return undefined;
  if (declared !== null && /^\d+$/.test(declared)) {
    // A body that came over HTTP is framed by its Content-Length: no more than `declared` bytes can
    // arrive, so it may be read whole. That is what adapters optimise (@hono/node-server reads it
    // straight from the socket, where `request.body` builds a web stream per request). A Request
    // built in-process with a length that lies is still refused once read.
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.byteLength > limit ? undefined : bytes;
  }
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The request's JSON object, or the refusal to send instead: 415 for another content type,
 * 413 over 16 kB, 400 for a body that is not a JSON object. `allowEmpty` accepts a POST with no
 * body and no content type (sign-out) as `{}`.
 */
export async function readJsonBody(
  request: Request,
  { allowEmpty = false }: { allowEmpty?: boolean } = {},
): Promise<{ body: JsonBody } | { response: Response }> {
  const contentType = request.headers.get('content-type');
  if (!(allowEmpty && contentType === null) && !isJsonContentType(contentType)) return { response: refusal(415, 'unsupported-media-type') };
  const bytes = await readCapped(request, maxBodyBytes);
  if (bytes === undefined) return { response: refusal(413, 'body-too-large') };
  if (allowEmpty && bytes.byteLength === 0) return { body: {} };
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch {
    return { response: invalidRequest() };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { response: invalidRequest() };
  bodies.set(request, value as JsonBody);
  return { body: value as JsonBody };
}
