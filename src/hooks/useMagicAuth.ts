import type { UseMutationResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../core/errors.js';
import type { IdentityResult, MagicAuthVariables } from '../client/types.js';
import { magicAuthMutationOptions } from './mutationOptions.js';
import { useBizKitHubMutation, type BizKitHubHookOptions } from './useBizKitHubMutation.js';

/**
 * Signs a customer in by e-mail alone. A TanStack mutation with the key `['bizkithub', 'magic-auth']`.
 *
 * BizKitHub's magic-auth returns a session for any e-mail address it is given, with no proof that
 * the address belongs to whoever asks. Call it only after you have proven that yourself (for example
 * a code you mailed and checked on your server). A storefront uses `useMagicLink` (or
 * `<MagicAuthForm>`) in server mode instead, where the handler mails a one-time link first.
 */
export function useMagicAuth<TContext = unknown>(
  options?: BizKitHubHookOptions<IdentityResult, MagicAuthVariables, TContext>,
): UseMutationResult<IdentityResult, BizKitHubError, MagicAuthVariables, TContext> {
  return useBizKitHubMutation(magicAuthMutationOptions, options, { signsIn: true });
}
