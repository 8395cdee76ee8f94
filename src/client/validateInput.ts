import type * as z from 'zod/mini';
import type { Endpoint } from './endpoints.js';
import { BizKitHubError } from './errors.js';

/**
 * Checks a request with the same zod schema the forms use. On failure nothing is sent:
 * the error names each bad field with the catalog key of its message.
 */
export function validateInput<T>(endpoint: Endpoint, schema: z.ZodMiniType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'input');
    fields[field] ??= issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
  }
  throw new BizKitHubError({ kind: 'validation', endpoint, fields, cause: result.error });
}
