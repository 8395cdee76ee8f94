import type { UseMutationOptions } from '@tanstack/react-query';
import type { Endpoint } from '../core/endpoints.js';
import type { BizKitHubError } from '../core/errors.js';
import { login } from '../client/login.js';
import { magicAuth } from '../client/magicAuth.js';
import { registerAccount } from '../client/registerAccount.js';
import { requestMagicLink } from '../client/requestMagicLink.js';
import { resetPassword } from '../client/resetPassword.js';
import { setNewPassword } from '../client/setNewPassword.js';
import { signOut } from '../client/signOut.js';
import type { ClientSource } from '../client/config.js';
import { isClientObject } from './clientSource.js';
import type {
  IdentityResult,
  LoginVariables,
  MagicAuthVariables,
  MagicLinkVariables,
  RegisterAccountVariables,
  ResetPasswordVariables,
  SetNewPasswordVariables,
} from '../client/types.js';

/** The stable mutation key of an endpoint: `['bizkithub', endpoint]`. */
export type BizKitHubMutationKey<E extends Endpoint | 'magic-link' | 'sign-out' = Endpoint> = readonly ['bizkithub', E];

/** `useMutation` options of one endpoint, with its key and mutationFn filled in. */
export type BizKitHubMutationOptions<TData, TVariables, E extends Endpoint | 'magic-link' | 'sign-out'> = Omit<
  UseMutationOptions<TData, BizKitHubError, TVariables>,
  'mutationKey' | 'mutationFn'
> & { mutationKey: BizKitHubMutationKey<E>; mutationFn: (variables: TVariables) => Promise<TData> };

// A settled mutation keeps its variables (e-mail, password, token) and its data (the identityId) in
// the MutationCache for gcTime, 5 minutes by default: drop it as soon as nothing observes it.
const gcTime = 0;

/**
 * Options for `useMutation` (or `queryClient.getMutationCache()`) that sign a customer in.
 * Every factory sets `gcTime: 0`, so a password does not outlive the component that sent it;
 * call the mutation's `reset()` once you handled its result to drop it even while mounted.
 */
export function loginMutationOptions(client: ClientSource): BizKitHubMutationOptions<IdentityResult, LoginVariables, 'login'> {
  return {
    gcTime,
    mutationKey: ['bizkithub', 'login'],
    mutationFn: (variables) => (isClientObject(client) ? client.login(variables) : login(client, variables)),
  };
}

/**
 * Options for `useMutation` that sign a customer in (or up) by e-mail alone: direct mode, only after
 * you proved the address yourself (server mode mails a link: `magicLinkMutationOptions`). `gcTime: 0`,
 * as every factory.
 */
export function magicAuthMutationOptions(
  client: ClientSource,
): BizKitHubMutationOptions<IdentityResult, MagicAuthVariables, 'magic-auth'> {
  return {
    gcTime,
    mutationKey: ['bizkithub', 'magic-auth'],
    mutationFn: (variables) => (isClientObject(client) ? client.magicAuth(variables) : magicAuth(client, variables)),
  };
}

/** Options for `useMutation` that register an account; BizKitHub e-mails a verification link. */
export function registerMutationOptions(
  client: ClientSource,
): BizKitHubMutationOptions<void, RegisterAccountVariables, 'register-account'> {
  return {
    gcTime,
    mutationKey: ['bizkithub', 'register-account'],
    mutationFn: (variables) => (isClientObject(client) ? client.registerAccount(variables) : registerAccount(client, variables)),
  };
}

/** Options for `useMutation` that ask BizKitHub to e-mail a one-time link to set a new password. */
export function resetPasswordMutationOptions(
  client: ClientSource,
): BizKitHubMutationOptions<void, ResetPasswordVariables, 'reset-password'> {
  return {
    gcTime,
    mutationKey: ['bizkithub', 'reset-password'],
    mutationFn: (variables) => (isClientObject(client) ? client.resetPassword(variables) : resetPassword(client, variables)),
  };
}

/** Options for `useMutation` that set a new password with the one-time token from the reset e-mail. */
export function setNewPasswordMutationOptions(
  client: ClientSource,
): BizKitHubMutationOptions<void, SetNewPasswordVariables, 'set-new-password'> {
  return {
    gcTime,
    mutationKey: ['bizkithub', 'set-new-password'],
    mutationFn: (variables) => (isClientObject(client) ? client.setNewPassword(variables) : setNewPassword(client, variables)),
  };
}

/** Options for `useMutation` that ask your server handler to e-mail a one-time sign-in link (server mode). */
export function magicLinkMutationOptions(
  client: ClientSource,
): BizKitHubMutationOptions<void, MagicLinkVariables, 'magic-link'> {
  return {
    gcTime,
    mutationKey: ['bizkithub', 'magic-link'],
    mutationFn: (variables) => (isClientObject(client) ? client.requestMagicLink(variables) : requestMagicLink(client, variables)),
  };
}

/**
 * Options for `useMutation` that sign the customer out: your handler forgets the cookie (server
 * mode), or the in-memory identity is forgotten (direct mode). `useSignOut` adds what happens to
 * the cached session afterwards.
 */
export function signOutMutationOptions(client: ClientSource): BizKitHubMutationOptions<void, void, 'sign-out'> {
  return {
    gcTime,
    mutationKey: ['bizkithub', 'sign-out'],
    mutationFn: () => (isClientObject(client) ? client.signOut() : signOut(client)),
  };
}
