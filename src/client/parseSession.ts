import type { Operation } from '../core/endpoints.js';
import { BizKitHubError } from '../core/errors.js';
import { interpretResponse, isResponse, parseJsonText, readText } from './parseResponse.js';
import { readAccount } from '../core/account.js';
import type { SessionState } from '../core/session.js';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The one reading of a session's wire body into a `SessionState`: an account-info answer (direct
 * mode) or a server handler's `/session` answer (server mode), `{ loggedIn: false }` or
 * `{ loggedIn: true, … }` with the account (through the account allow-list, `readAccount`). A
 * failure becomes the same `BizKitHubError` as any endpoint's; a body of another shape is
 * `invalid-response`, never a session.
 */
export async function parseSession(operation: Operation, response: Response): Promise<SessionState> {
  // Read once, capped like every body (over 1 MB it is refused below). What is no response is not
  // read: interpretResponse refuses it as invalid-response, as it does for every endpoint.
  const text = isResponse(response) ? await readText(response) : undefined;
  const body = parseJsonText(text);
  const hasError = isObject(body) && (body.success === false || body.errorCode !== undefined || body.error !== undefined);
  if (isObject(body) && response.ok && !hasError && typeof body.loggedIn === 'boolean') {
    // The server handler's optional routes, said by the handler alone (never by account-info);
    // only an explicit `true` turns one on.
    const features = operation === 'session' && isObject(body.features) && body.features.magicLink === true ? { features: { magicLink: true } } : {};
    if (!body.loggedIn) return { status: 'signed-out', ...features };
    // The server handler nests the account; BizKitHub's account-info lays it flat.
    const account = readAccount(isObject(body.account) ? body.account : body);
    if (account) return { status: 'signed-in', account, ...features };
    throw new BizKitHubError({ kind: 'invalid-response', endpoint: operation, status: response.status });
  }
  // A failure throws its typed error here; anything else that passes is not a session.
  interpretResponse(operation, response, text, body);
  throw new BizKitHubError({ kind: 'invalid-response', endpoint: operation, status: response.status });
}
