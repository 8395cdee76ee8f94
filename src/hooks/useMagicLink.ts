import type { UseMutationResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../core/errors.js';
import type { MagicLinkVariables } from '../client/types.js';
import { magicLinkMutationOptions } from './mutationOptions.js';
import { useBizKitHubMutation, type BizKitHubHookOptions } from './useBizKitHubMutation.js';

/**
 * Passwordless sign-in done safely (server mode): your handler e-mails a one-time link, and only
 * following it signs the customer in. A TanStack mutation with the key `['bizkithub', 'magic-link']`.
 * It resolves the same way whether or not the address has an account.
 */
export function useMagicLink<TContext = unknown>(
  options?: BizKitHubHookOptions<void, MagicLinkVariables, TContext>,
): UseMutationResult<void, BizKitHubError, MagicLinkVariables, TContext> {
  return useBizKitHubMutation(magicLinkMutationOptions, options);
}
