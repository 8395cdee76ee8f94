import type { UseMutationResult } from '@tanstack/react-query';
import {
  loginMutationOptions,
  useLogin,
  useMagicAuth,
  useRegister,
  useResetPassword,
  useSetNewPassword,
  type BizKitHubError,
  type BizKitHubClient,
  type IdentityResult,
  type LoginVariables,
  type MagicAuthVariables,
  type RegisterAccountVariables,
  type ResetPasswordVariables,
  type SetNewPasswordVariables,
} from '../../src/index.js';

test('each hook is a mutation typed with its variables, data and BizKitHubError', () => {
  expectTypeOf(useLogin).returns.toEqualTypeOf<UseMutationResult<IdentityResult, BizKitHubError, LoginVariables, unknown>>();
  expectTypeOf(useMagicAuth).returns.toEqualTypeOf<
    UseMutationResult<IdentityResult, BizKitHubError, MagicAuthVariables, unknown>
  >();
  expectTypeOf(useRegister).returns.toEqualTypeOf<UseMutationResult<void, BizKitHubError, RegisterAccountVariables, unknown>>();
  expectTypeOf(useResetPassword).returns.toEqualTypeOf<
    UseMutationResult<void, BizKitHubError, ResetPasswordVariables, unknown>
  >();
  expectTypeOf(useSetNewPassword).returns.toEqualTypeOf<
    UseMutationResult<void, BizKitHubError, SetNewPasswordVariables, unknown>
  >();
});

test('the usual TanStack options are accepted, typed, and the key cannot be replaced', () => {
  useLogin({
    onSuccess: (data, variables) => {
      if (data.mode === 'direct') expectTypeOf(data.identityId).toBeString();
      else expectTypeOf(data.identityId).toEqualTypeOf<undefined>();
      expectTypeOf(variables.email).toBeString();
    },
    onError: (error) => {
      expectTypeOf(error.kind).toEqualTypeOf<BizKitHubError['kind']>();
      expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
    },
    retry: false,
    gcTime: 0,
  });
  // @ts-expect-error the hook owns its mutationKey
  useLogin({ mutationKey: ['other'] });
  // @ts-expect-error and its mutationFn
  useRegister({ mutationFn: async () => undefined });
  const { mutate } = useSetNewPassword();
  // @ts-expect-error token is required
  mutate({ password: 'x' });
});

test('a mutation context type flows from onMutate to onError', () => {
  useResetPassword({
    onMutate: () => ({ startedAt: 1 }),
    onError: (_error, _variables, context) => {
      expectTypeOf(context).toEqualTypeOf<{ startedAt: number } | undefined>();
    },
  });
});

test('option factories carry the stable key', () => {
  const options = loginMutationOptions({} as BizKitHubClient);
  expectTypeOf<typeof options.mutationKey>().toEqualTypeOf<readonly ['bizkithub', 'login']>();
  expectTypeOf(options.mutationFn).parameter(0).toEqualTypeOf<LoginVariables>();
});
