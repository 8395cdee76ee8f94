import type { UseMutationResult } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import type { BizKitHubError } from '../../core/errors.js';
import type { IdentityResult, MagicAuthVariables, MagicLinkVariables } from '../../client/types.js';
import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import { useMagicAuth } from '../../hooks/useMagicAuth.js';
import { useMagicLink } from '../../hooks/useMagicLink.js';
import { magicAuthSchema } from '../../schemas/magicAuth.js';
import { magicLinkSchema } from '../../schemas/magicLink.js';
import { magicAuthFormTexts } from './texts.js';
import type { AuthFormOptions } from '../AuthFormProps.js';
import { useAuthForm, type AuthFormState } from '../useAuthForm.js';
import { loginTarget, useGoAfterLogin, type LoginDestination } from '../useLoginDestination.js';

/** The magic-auth form's fields, as `defaultValues` and react-hook-form's `register` name them. */
export interface MagicAuthFormValues {
  /** Trimmed, with its domain in ASCII, before it is sent. */
  email: string;
  /** `<MagicAuthForm>` shows it with `fields={['firstName']}`; a blank one is not sent. */
  firstName: string;
  /** `<MagicAuthForm>` shows it with `fields={['lastName']}`; a blank one is not sent. */
  lastName: string;
}

/**
 * Options of `useMagicAuthForm` (and so of `<MagicAuthForm>`): the callbacks of each mode, where to go
 * after signing in, the cooldown.
 */
export interface UseMagicAuthFormOptions extends AuthFormOptions<MagicAuthFormValues>, LoginDestination {
  /** Direct mode: called with the new session once the customer is signed in. */
  onSuccess?: ((result: IdentityResult) => void) | undefined;
  /** Direct mode: the referring customer's reference number (cuRefNo, 16 characters), sent along unseen. */
  referralId?: string | undefined;
  /** Server mode: called with the address once the sign-in link was sent. */
  onLinkSent?: ((email: string) => void) | undefined;
}

/** What `useMagicAuthForm` returns; `mode` says which request a submit sends. */
export type MagicAuthFormState = AuthFormState<MagicAuthFormValues, { email: string }> & {
  /** `'server'`: a submit asks your handler to mail a one-time link; `'direct'`: it calls magic-auth at once. */
  mode: 'server' | 'direct';
};

/**
 * Passwordless sign-in for markup of your own. In server mode (`<BizKitHubProvider serverUrl>`) a
 * submit asks your handler to mail a one-time link (`result` is set once it was sent, and a second
 * `onSubmit()` sends it again); in direct mode it calls magic-auth, safe only after you proved the address.
 */
export function useMagicAuthForm({
  onSuccess,
  onError,
  defaultValues,
  customerRealIp,
  cooldownMs,
  referralId,
  returnTo,
  afterLoginPath,
  onLinkSent,
}: UseMagicAuthFormOptions = {}): MagicAuthFormState {
  const goOn = useGoAfterLogin({ returnTo, afterLoginPath });
  const { source, locale } = useBizKitHub();
  // Both are plain mutations: calling the two keeps the hooks' order whatever the mode.
  const magicAuth = useMagicAuth();
  const magicLink = useMagicLink();
  const server = source.mode === 'server';
  // One form for both requests: the schema and the mutation follow the provider's mode.
  const schema = (server ? magicLinkSchema : magicAuthSchema) as unknown as z.ZodMiniType<MagicAuthFormValues, MagicAuthFormValues>;
  const mutation = (server ? magicLink : magicAuth) as unknown as UseMutationResult<
    IdentityResult | void,
    BizKitHubError,
    MagicAuthVariables | MagicLinkVariables
  >;
  const form = useAuthForm({
    endpoint: 'magic-auth',
    schema,
    defaultValues: { email: '', firstName: '', lastName: '', ...defaultValues },
    mutation,
    toVariables: (values): MagicAuthVariables | MagicLinkVariables =>
      // The e-mailed link lands where a sign-in here would have gone (the handler checks it again).
      server
        ? { ...values, returnTo: loginTarget({ returnTo, afterLoginPath }, window.location.origin), locale }
        : { ...values, referralId, customerRealIp },
    toResult: ({ email }) => ({ email }),
    onSuccess: (data, variables) => {
      if (server) onLinkSent?.(variables.email);
      else if (data) {
        onSuccess?.(data);
        goOn();
      }
    },
    onError,
    cooldownMs,
    // A mailed link signs nobody in yet: "check your inbox" stays whatever the session does.
    signsIn: !server,
    texts: magicAuthFormTexts,
  });
  return { ...form, mode: server ? 'server' : 'direct' };
}
