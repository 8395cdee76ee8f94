import type { UseMutationResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../client/errors.js';
import type { IdentityResult, MagicAuthVariables } from '../client/types.js';
import { magicAuthMutationOptions } from './mutationOptions.js';
import { useBizKitHubMutation, type BizKitHubHookOptions } from './useBizKitHubMutation.js';

/** Signs a customer in by e-mail alone. A TanStack mutation with the key `['bizkithub', 'magic-auth']`. */
export function useMagicAuth<TContext = unknown>(
  options?: BizKitHubHookOptions<IdentityResult, MagicAuthVariables, TContext>,
): UseMutationResult<IdentityResult, BizKitHubError, MagicAuthVariables, TContext> {
  return useBizKitHubMutation(magicAuthMutationOptions, options, { signsIn: true });
}
