import type { UseMutationResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../core/errors.js';
import type { ResetPasswordVariables } from '../client/types.js';
import { resetPasswordMutationOptions } from './mutationOptions.js';
import { useBizKitHubMutation, type BizKitHubHookOptions } from './useBizKitHubMutation.js';

/** Asks BizKitHub to e-mail a one-time link to set a new password. A TanStack mutation with the key `['bizkithub', 'reset-password']`. */
export function useResetPassword<TContext = unknown>(
  options?: BizKitHubHookOptions<void, ResetPasswordVariables, TContext>,
): UseMutationResult<void, BizKitHubError, ResetPasswordVariables, TContext> {
  return useBizKitHubMutation(resetPasswordMutationOptions, options);
}
