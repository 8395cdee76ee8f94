import { useMutation, useQueryClient, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../core/errors.js';
import { useBizKitHub } from './BizKitHubProvider.js';
import type { ClientSource } from '../client/config.js';
import { sessionQueryKey } from './queryKeys.js';

/** The usual TanStack mutation options, less the key and function the hook fills in. */
export type BizKitHubHookOptions<TData, TVariables, TContext = unknown> = Omit<
  UseMutationOptions<TData, BizKitHubError, TVariables, TContext>,
  'mutationKey' | 'mutationFn'
>;

/**
 * Glue shared by the endpoint hooks: the provider's config (or client), the endpoint's options, the caller's
 * options. A mutation that `signsIn` marks the session stale, so every `useSession` asks again, and
 * tells the provider's `onSessionChange`.
 */
export function useBizKitHubMutation<TData, TVariables, TContext>(
  optionsFor: (client: ClientSource) => UseMutationOptions<TData, BizKitHubError, TVariables>,
  options: BizKitHubHookOptions<TData, TVariables, TContext> | undefined,
  { signsIn = false }: { signsIn?: boolean } = {},
): UseMutationResult<TData, BizKitHubError, TVariables, TContext> {
  const { source, sessionChanged } = useBizKitHub();
  const queryClient = useQueryClient();
  const endpointOptions = optionsFor(source) as UseMutationOptions<TData, BizKitHubError, TVariables, TContext>;
  return useMutation<TData, BizKitHubError, TVariables, TContext>({
    ...endpointOptions,
    ...options,
    mutationKey: endpointOptions.mutationKey,
    mutationFn: endpointOptions.mutationFn,
    onSuccess: signsIn
      ? (...args) => {
          void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
          sessionChanged();
          return options?.onSuccess?.(...args);
        }
      : options?.onSuccess,
  });
}
