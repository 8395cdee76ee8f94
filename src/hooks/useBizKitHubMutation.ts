import { useMutation, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../client/errors.js';
import type { BizKitHubClient } from '../client/types.js';
import { useBizKitHubClient } from './BizKitHubProvider.js';

/** The usual TanStack mutation options, less the key and function the hook fills in. */
export type BizKitHubHookOptions<TData, TVariables, TContext = unknown> = Omit<
  UseMutationOptions<TData, BizKitHubError, TVariables, TContext>,
  'mutationKey' | 'mutationFn'
>;

/** Glue shared by the five hooks: the provider's client, the endpoint's options, the caller's options. */
export function useBizKitHubMutation<TData, TVariables, TContext>(
  optionsFor: (client: BizKitHubClient) => UseMutationOptions<TData, BizKitHubError, TVariables>,
  options: BizKitHubHookOptions<TData, TVariables, TContext> | undefined,
): UseMutationResult<TData, BizKitHubError, TVariables, TContext> {
  const client = useBizKitHubClient();
  const { mutationKey, mutationFn } = optionsFor(client);
  return useMutation<TData, BizKitHubError, TVariables, TContext>({ ...options, mutationKey, mutationFn });
}
