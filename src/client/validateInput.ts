import { checkRequest, type RequestChecks } from '../schemas/requests.js';
import type { Endpoint } from '../core/endpoints.js';
import { BizKitHubError } from '../core/errors.js';

/**
 * Checks a request with the rules the forms' zod schemas state (src/schemas/requests.ts, zod-free).
 * On failure nothing is sent: the error names each bad field with the catalog key of its message.
 */
export function validateInput(endpoint: Endpoint, checks: RequestChecks, input: unknown): object {
  const result = checkRequest(checks, input);
  if (result.ok) return result.data;
  throw new BizKitHubError({ kind: 'validation', endpoint, fields: result.fields });
}
