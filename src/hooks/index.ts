export { BizKitHubProvider, useBizKitHubClient } from './BizKitHubProvider.js';
export type { BizKitHubProviderProps } from './BizKitHubProvider.js';
export {
  loginMutationOptions,
  magicAuthMutationOptions,
  magicLinkMutationOptions,
  registerMutationOptions,
  resetPasswordMutationOptions,
  setNewPasswordMutationOptions,
  signOutMutationOptions,
} from './mutationOptions.js';
export type { BizKitHubMutationKey, BizKitHubMutationOptions } from './mutationOptions.js';
export type { BizKitHubHookOptions } from './useBizKitHubMutation.js';
export { useLogin } from './useLogin.js';
export { useMagicAuth } from './useMagicAuth.js';
export { useRegister } from './useRegister.js';
export { useResetPassword } from './useResetPassword.js';
export { useSetNewPassword } from './useSetNewPassword.js';
export { useErrorMessage } from './useErrorMessage.js';
export { useAccount } from './useAccount.js';
export type { AccountState } from './useAccount.js';
export { useSession } from './useSession.js';
export type { UseSessionOptions } from './useSession.js';
export { useSignOut } from './useSignOut.js';
export type { UseSignOutOptions } from './useSignOut.js';
export { bizkithubKey, sessionQueryKey } from './queryKeys.js';
export { useMagicLink } from './useMagicLink.js';
