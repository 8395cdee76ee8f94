import type { UseMutationResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../core/errors.js';
import type { IdentityResult, LoginVariables } from '../client/types.js';
import { loginMutationOptions } from './mutationOptions.js';
import { useBizKitHubMutation, type BizKitHubHookOptions } from './useBizKitHubMutation.js';

/** Signs a customer in with e-mail and password. A TanStack mutation with the key `['bizkithub', 'login']`. */
export function useLogin<TContext = unknown>(
  options?: BizKitHubHookOptions<IdentityResult, LoginVariables, TContext>,
): UseMutationResult<IdentityResult, BizKitHubError, LoginVariables, TContext> {
  return useBizKitHubMutation(loginMutationOptions, options, { signsIn: true });
}
