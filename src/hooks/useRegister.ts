import type { UseMutationResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../core/errors.js';
import type { RegisterAccountVariables } from '../client/types.js';
import { registerMutationOptions } from './mutationOptions.js';
import { useBizKitHubMutation, type BizKitHubHookOptions } from './useBizKitHubMutation.js';

/** Registers an account; BizKitHub e-mails a verification link. A TanStack mutation with the key `['bizkithub', 'register-account']`. */
export function useRegister<TContext = unknown>(
  options?: BizKitHubHookOptions<void, RegisterAccountVariables, TContext>,
): UseMutationResult<void, BizKitHubError, RegisterAccountVariables, TContext> {
  return useBizKitHubMutation(registerMutationOptions, options);
}
