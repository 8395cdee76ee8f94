import { useMutation, useMutationState } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  createBizKitHubClient,
  isBizKitHubError,
  loginMutationOptions,
  useBizKitHubClient,
  useErrorMessage,
  useLogin,
  useMagicAuth,
  useRegister,
  useResetPassword,
  useSetNewPassword,
  type BizKitHubError,
} from '../../src/index.js';
import { devKey } from '../support/keys.js';
import { banned, unverified, startMockBizKitHub, verified } from '../support/mockServer.js';
import { createTestQueryClient, providerWrapper } from '../support/renderWithProvider.js';

const api = startMockBizKitHub();

describe('useLogin', () => {
  test('signs a seeded customer in and exposes the identityId', async () => {
    const { result } = renderHook(() => useLogin(), { wrapper: providerWrapper() });
    act(() => result.current.mutate({ email: verified.email, password: 'correct horse' }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.identityId).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(api.requests[0]?.apiKey).toBe(devKey);
  });

  test('a wrong password is a typed BizKitHubError, and onError gets it', async () => {
    const onError = vi.fn();
    const { result } = renderHook(() => useLogin({ onError }), { wrapper: providerWrapper() });
    act(() => result.current.mutate({ email: verified.email, password: 'wrong' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(isBizKitHubError(result.current.error)).toBe(true);
    expect(result.current.error).toMatchObject({ kind: 'api', endpoint: 'login', code: 'E004' });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(result.current.data).toBeUndefined();
  });

  test('runs under the stable mutation key', async () => {
    const queryClient = createTestQueryClient();
    const { result } = renderHook(
      () => ({
        login: useLogin(),
        states: useMutationState({ filters: { mutationKey: ['bizkithub', 'login'] }, select: (m) => m.state.status }),
      }),
      { wrapper: providerWrapper({}, queryClient) },
    );
    act(() => result.current.login.mutate({ email: banned.email, password: 'secret' }));
    await waitFor(() => expect(result.current.states).toEqual(['error']));
    expect(result.current.login.error?.code).toBe('E005');
  });
});

describe('the other hooks', () => {
  test('useMagicAuth signs in by e-mail', async () => {
    const { result } = renderHook(() => useMagicAuth(), { wrapper: providerWrapper() });
    act(() => result.current.mutate({ email: verified.email }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.identityId).toHaveLength(32);
  });

  test('useRegister registers and BizKitHub mails a verification link; signing in before confirming is E007', async () => {
    const wrapper = providerWrapper();
    const { result } = renderHook(() => ({ register: useRegister(), login: useLogin() }), { wrapper });
    act(() => result.current.register.mutate({ email: 'new@example.com', password: 'pw', firstName: 'Nová' }));
    await waitFor(() => expect(result.current.register.isSuccess).toBe(true));
    expect(api.lastEmail('new@example.com')?.kind).toBe('verification');
    act(() => result.current.login.mutate({ email: 'new@example.com', password: 'pw' }));
    await waitFor(() => expect(result.current.login.error?.code).toBe('E007'));
  });

  test('useResetPassword then useSetNewPassword with the mailed token changes the password', async () => {
    const { result } = renderHook(
      () => ({ reset: useResetPassword(), set: useSetNewPassword(), login: useLogin() }),
      { wrapper: providerWrapper() },
    );
    act(() => result.current.reset.mutate({ email: verified.email, expirationTime: '1h' }));
    await waitFor(() => expect(result.current.reset.isSuccess).toBe(true));
    const token = api.lastEmail(verified.email)?.token ?? '';
    expect(token).toMatch(/^[A-Za-z0-9]{32}$/);
    act(() => result.current.set.mutate({ token, password: 'brand new' }));
    await waitFor(() => expect(result.current.set.isSuccess).toBe(true));
    act(() => result.current.login.mutate({ email: verified.email, password: 'brand new' }));
    await waitFor(() => expect(result.current.login.isSuccess).toBe(true));
  });

  test('useSetNewPassword with an unknown token fails with E003', async () => {
    const { result } = renderHook(() => useSetNewPassword(), { wrapper: providerWrapper() });
    act(() => result.current.mutate({ token: 'x'.repeat(32), password: 'pw' }));
    await waitFor(() => expect(result.current.error?.code).toBe('E003'));
  });

  test('client-side validation rejects without a request', async () => {
    const { result } = renderHook(() => useResetPassword(), { wrapper: providerWrapper() });
    act(() => result.current.mutate({ email: 'not an address' }));
    await waitFor(() => expect(result.current.error?.kind).toBe('validation'));
    expect(api.requests).toHaveLength(0);
  });
});

describe('BizKitHubProvider', () => {
  test('a hook outside the provider throws one sentence that says what to wrap the app in', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useBizKitHubClient())).toThrow(/inside <BizKitHubProvider>.*QueryClientProvider/);
    expect(() => renderHook(() => useLogin())).toThrow(/inside <BizKitHubProvider>/);
  });

  test('a given client is used as is', () => {
    const client = createBizKitHubClient({ apiKey: devKey });
    const { result } = renderHook(() => useBizKitHubClient(), { wrapper: providerWrapper({ client }) });
    expect(result.current).toBe(client);
  });

  test('the client is kept across renders while its options stay the same', () => {
    const { result, rerender } = renderHook(() => useBizKitHubClient(), { wrapper: providerWrapper() });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  test('a bad key does not blank the page: the developer reads the client sentence once, every call rejects typed', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result } = renderHook(() => useBizKitHubClient(), { wrapper: providerWrapper({ apiKey: 'DEV_short' }) });
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/not a BizKitHub key/));
    expect(String(error.mock.calls)).not.toContain('DEV_short');
    await expect(result.current.login({ email: 'jana@example.com', password: 'x' })).rejects.toMatchObject({
      kind: 'platform',
      code: 'PUBLIC_API_KEY_IS_NOT_IN_VALID_FORMAT',
    });
  });

  test('the option factories drive a plain useMutation too', async () => {
    const client = createBizKitHubClient({ apiKey: devKey });
    const { result } = renderHook(() => useMutation(loginMutationOptions(client)), { wrapper: providerWrapper() });
    act(() => result.current.mutate({ email: unverified.email, password: 'secret' }));
    await waitFor(() => expect((result.current.error as BizKitHubError | null)?.code).toBe('E007'));
  });
});

describe('useErrorMessage', () => {
  test('gives the sentence in the provider locale and follows a locale change', async () => {
    const queryClient = createTestQueryClient();
    let locale = 'cs';
    const wrapper = ({ children }: { children?: ReactNode }) => providerWrapper({ locale }, queryClient)({ children });
    const { result, rerender } = renderHook(
      () => {
        const login = useLogin();
        return { login, message: useErrorMessage(login.error) };
      },
      { wrapper },
    );
    expect(result.current.message).toBeUndefined();
    act(() => result.current.login.mutate({ email: verified.email, password: 'wrong' }));
    await waitFor(() => expect(result.current.message).toBe('Nesprávný e-mail nebo heslo.'));
    locale = 'en';
    rerender();
    expect(result.current.message).toBe('The e-mail address or password is not correct.');
  });

  test('gives undefined without an error, and the generic sentence, never its text, for a foreign error', () => {
    const { result, rerender } = renderHook(({ error }: { error: unknown }) => useErrorMessage(error), {
      wrapper: providerWrapper(),
      initialProps: { error: null as unknown },
    });
    expect(result.current).toBeUndefined();
    rerender({ error: new Error('Secret server text') });
    expect(result.current).toBe('Something went wrong. Please try again.');
  });

  test('a network failure reads as the overridden sentence', async () => {
    api.forceNext('login', { networkError: true });
    const wrapper = providerWrapper({ messages: { 'error.network': 'Offline, sorry.' } });
    const { result } = renderHook(() => {
      const login = useLogin();
      return { login, message: useErrorMessage(login.error) };
    }, { wrapper });
    act(() => result.current.login.mutate({ email: verified.email, password: 'correct horse' }));
    await waitFor(() => expect(result.current.message).toBe('Offline, sorry.'));
  });
});
