import {
  BizKitHubError,
  isBizKitHubError,
  type BizKitHubErrorCode,
  type PlatformErrorCode,
} from '../../src/index.js';

// Checked by `npm run typecheck` (tsc includes test/): the codes an editor offers, per endpoint.
declare const error: BizKitHubError;

test('narrowing by endpoint narrows the documented codes', () => {
  if (error.endpoint === 'login') {
    expectTypeOf(error.code).toEqualTypeOf<
      'E001' | 'E002' | 'E003' | 'E004' | 'E005' | 'E006' | 'E007' | PlatformErrorCode | undefined
    >();
  }
  if (error.endpoint === 'register-account') {
    expectTypeOf(error.code).toEqualTypeOf<'E001' | 'E002' | 'E003' | 'E004' | PlatformErrorCode | undefined>();
    // @ts-expect-error E005 is a login code: register-account documents E001–E004 only.
    void (error.code === 'E005');
  }
  if (error.endpoint === 'set-new-password') {
    expectTypeOf(error.code).toEqualTypeOf<'E001' | 'E002' | 'E003' | 'E004' | PlatformErrorCode | undefined>();
  }
  if (error.endpoint === 'reset-password' || error.endpoint === 'session') {
    // No documented endpoint code: only platform codes (and codes no table lists).
    expectTypeOf(error.code).toEqualTypeOf<PlatformErrorCode | undefined>();
    // @ts-expect-error reset-password documents no E-codes.
    void (error.code === 'E001');
  }
});

test('a typo or an undocumented code does not compile', () => {
  // @ts-expect-error no endpoint documents E008.
  void (error.code === 'E008');
  // @ts-expect-error a lower-case typo of E004.
  void (error.code === 'e004');
  // @ts-expect-error not a code of any table.
  const code: BizKitHubErrorCode<'login'> = 'E4';
  void code;
  // A documented code compares, on any endpoint's union.
  void (error.code === 'E004');
  void (error.code === 'PUBLIC_API_KEY_DOES_NOT_EXIST');
});

test('a platform code is any WORDS_JOINED name, the documented ones offered by name', () => {
  expectTypeOf<'PUBLIC_API_KEY_IS_EMPTY'>().toExtend<PlatformErrorCode>();
  expectTypeOf<'SOME_NEWER_PLATFORM_CODE'>().toExtend<PlatformErrorCode>();
  expectTypeOf<'E004'>().not.toExtend<PlatformErrorCode>();
});

test('the constructor, instanceof and the guard give the endpoint’s error', () => {
  const login = new BizKitHubError({ kind: 'api', endpoint: 'login', code: 'E004' });
  expectTypeOf(login).toEqualTypeOf<BizKitHubError<'login'>>();
  expectTypeOf(login.endpoint).toEqualTypeOf<'login'>();
  const caught: unknown = login;
  if (caught instanceof BizKitHubError) expectTypeOf(caught).toEqualTypeOf<BizKitHubError>();
  if (isBizKitHubError(caught)) {
    expectTypeOf(caught.kind).toEqualTypeOf<BizKitHubError['kind']>();
    if (caught.endpoint === 'magic-auth') {
      expectTypeOf(caught.code).toEqualTypeOf<'E001' | 'E002' | 'E003' | 'E004' | 'E005' | 'E006' | 'E007' | PlatformErrorCode | undefined>();
    }
  }
});
