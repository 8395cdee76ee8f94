import type { UseMutationResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../core/errors.js';
import type { SetNewPasswordVariables } from '../client/types.js';
import { setNewPasswordMutationOptions } from './mutationOptions.js';
import { useBizKitHubMutation, type BizKitHubHookOptions } from './useBizKitHubMutation.js';

/** Sets a new password with the one-time token from the reset e-mail. A TanStack mutation with the key `['bizkithub', 'set-new-password']`. */
export function useSetNewPassword<TContext = unknown>(
  options?: BizKitHubHookOptions<void, SetNewPasswordVariables, TContext>,
): UseMutationResult<void, BizKitHubError, SetNewPasswordVariables, TContext> {
  return useBizKitHubMutation(setNewPasswordMutationOptions, options);
}
