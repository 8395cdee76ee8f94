import type { Operation } from '../core/endpoints.js';
import { BizKitHubError } from '../core/errors.js';
import { interpretResponse, isResponse, parseJsonText, readText } from './parseResponse.js';
import type { Account, Session } from '../core/session.js';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The account fields a page may show; anything else (the identityId above all) is dropped. */
function readAccount(body: JsonObject): Account | undefined {
  const { cuRefNo, email, creditBalance } = body;
  if (typeof cuRefNo !== 'string' || typeof email !== 'string' || email === '') return undefined;
  const balance = typeof creditBalance === 'string' ? Number(creditBalance) : creditBalance;
  if (typeof balance !== 'number' || !Number.isFinite(balance)) return undefined;
  const account: Account = { cuRefNo, email, creditBalance: balance };
  const firstName = optionalString(body.firstName);
  const lastName = optionalString(body.lastName);
  const companyName = optionalString(body.companyName);
  const phone = optionalString(body.phone);
  if (firstName !== undefined) account.firstName = firstName;
  if (lastName !== undefined) account.lastName = lastName;
  if (companyName !== undefined) account.companyName = companyName;
  if (phone !== undefined) account.phone = phone;
  if (typeof body.premium === 'boolean') account.premium = body.premium;
  if (typeof body.ban === 'boolean') account.ban = body.ban;
  return account;
}

/**
 * Reads an account-info answer (direct mode) or a server handler's `/session` answer (server mode):
 * `{ loggedIn: false }`, or `{ loggedIn: true, … }` with the account. A failure becomes the same
 * `BizKitHubError` as any endpoint's; a body of another shape is `invalid-response`, never a session.
 */
export async function parseSession(operation: Operation, response: Response): Promise<Session> {
  // Read once, capped like every body (over 1 MB it is refused below). What is no response is not
  // read: interpretResponse refuses it as invalid-response, as it does for every endpoint.
  const text = isResponse(response) ? await readText(response) : undefined;
  const body = parseJsonText(text);
  const hasError = isObject(body) && (body.success === false || body.errorCode !== undefined || body.error !== undefined);
  if (isObject(body) && response.ok && !hasError && typeof body.loggedIn === 'boolean') {
    // The server handler's optional routes; only an explicit `true` turns one on.
    const features = isObject(body.features) && body.features.magicLink === true ? { features: { magicLink: true } } : {};
    if (!body.loggedIn) return { loggedIn: false, ...features };
    // The server handler nests the account; BizKitHub's account-info lays it flat.
    const account = readAccount(isObject(body.account) ? body.account : body);
    if (account) return { loggedIn: true, account, ...features };
    throw new BizKitHubError({ kind: 'invalid-response', endpoint: operation, status: response.status });
  }
  // A failure throws its typed error here; anything else that passes is not a session.
  interpretResponse(operation, response, text, body);
  throw new BizKitHubError({ kind: 'invalid-response', endpoint: operation, status: response.status });
}
