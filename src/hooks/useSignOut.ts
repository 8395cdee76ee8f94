import { useMutation, useQueryClient, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../core/errors.js';
import type { SessionState } from '../core/session.js';
import { useBizKitHub } from './BizKitHubProvider.js';
import { signOutMutationOptions } from './mutationOptions.js';
import { bizkithubKey, sessionQueryKey } from './queryKeys.js';

/** `useMutation` options of `useSignOut` (its callbacks, `retry`…); the key and the request are its own. */
export type UseSignOutOptions<TContext = unknown> = Omit<
  UseMutationOptions<void, BizKitHubError, void, TContext>,
  'mutationKey' | 'mutationFn'
>;

const signedOut: SessionState = { status: 'signed-out' };

/**
 * Signs the customer out: your handler forgets the cookie (server mode), or the in-memory identity
 * is forgotten (direct mode). Then every mounted `useSession` shows signed out at once, every
 * other `['bizkithub', …]` query is reset, and every sign-in form's "you are signed in" (mounted or
 * kept hidden by a router) returns to its form, so no view keeps showing the old account.
 * A TanStack mutation with the key `['bizkithub', 'sign-out']`.
 */
export function useSignOut<TContext = unknown>(
  options?: UseSignOutOptions<TContext>,
): UseMutationResult<void, BizKitHubError, void, TContext> {
  const { source, sessionChanged } = useBizKitHub();
  const queryClient = useQueryClient();
  const { mutationKey, mutationFn, gcTime } = signOutMutationOptions(source);
  return useMutation<void, BizKitHubError, void, TContext>({
    gcTime,
    ...options,
    mutationKey,
    mutationFn,
    onSuccess: async (...args) => {
      await queryClient.cancelQueries({ queryKey: bizkithubKey });
      // Known without asking: the session is gone. Everything else about the account is reset.
      // Set even where no useSession asks yet: a signed-in form's success panel follows this answer.
      // What the handler serves (features) has not changed with the customer.
      queryClient.setQueryData<SessionState>(sessionQueryKey, (old) => (old?.features ? { ...signedOut, features: old.features } : signedOut));
      await queryClient.resetQueries({ queryKey: bizkithubKey, predicate: ({ queryKey }) => queryKey[1] !== sessionQueryKey[1] });
      sessionChanged();
      return options?.onSuccess?.(...args);
    },
  });
}
