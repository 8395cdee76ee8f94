// The client layer (also available React-free as '@bizkithub/auth-react/client').
export {
  BizKitHubError,
  createBizKitHubClient,
  endpointErrorCodes,
  endpoints,
  isBizKitHubError,
} from './client/index.js';
export type * from './client/index.js';

// Request schemas, shared by the client's input check and the forms.
export {
  loginSchema,
  magicAuthSchema,
  magicLinkSchema,
  registerAccountSchema,
  resetPasswordSchema,
  setNewPasswordSchema,
} from './schemas/index.js';

// Hooks.
export {
  BizKitHubProvider,
  loginMutationOptions,
  magicAuthMutationOptions,
  magicLinkMutationOptions,
  registerMutationOptions,
  resetPasswordMutationOptions,
  setNewPasswordMutationOptions,
  bizkithubKey,
  sessionQueryKey,
  useBizKitHubClient,
  useErrorMessage,
  useLogin,
  useMagicAuth,
  useMagicLink,
  useRegister,
  useResetPassword,
  useSession,
  useSetNewPassword,
  useSignOut,
} from './hooks/index.js';
export type * from './hooks/index.js';

// Messages.
// English is built in; every other catalog is its own entry: '@bizkithub/auth-react/locales/cs', …
export { en, formatMessage, getErrorMessage, getErrorMessageKey, resolveMessages, shippedLocales, translate } from './i18n/index.js';
export type { BuiltInLocale, MessageKey, Messages } from './i18n/index.js';

// Drop-in forms.
export {
  defaultComponents,
  defaultCooldownMs,
  LoginForm,
  MagicAuthForm,
  RegisterForm,
  registerCooldownMs,
  ResetPasswordForm,
  SetNewPasswordForm,
  SignedIn,
  SignedOut,
  SignOutButton,
  useLoginForm,
  useMagicAuthForm,
  useRegisterForm,
  useResetPasswordForm,
  useSetNewPasswordForm,
} from './components/index.js';
export type * from './components/index.js';
