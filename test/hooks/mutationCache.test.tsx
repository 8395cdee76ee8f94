// Passwords and identities do not linger in TanStack Query's MutationCache (issue 9): before, five
// failed sign-ins and one success left six copies of { email, password } and the identityId there
// for five minutes, readable by anything holding the QueryClient.
import { useMutation, type QueryClient } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import {
  createBizKitHubClient,
  en,
  LoginForm,
  loginMutationOptions,
  magicAuthMutationOptions,
  registerMutationOptions,
  resetPasswordMutationOptions,
  setNewPasswordMutationOptions,
  useLogin,
} from '../../src/index.js';
import { devKey } from '../support/keys.js';
import { createTestQueryClient, providerWrapper } from '../support/renderWithProvider.js';
import { setupUser } from '../support/user.js';

const identityId = 'Zq0rS4mX8yT2vB6nC1dF5gH9jK3lP7wE';
const wrongPasswords = ['wrong-1', 'wrong-2', 'wrong-3', 'wrong-4', 'wrong-5'];
const rightPassword = 'the-right-password';

/** Answers E004 five times, then a session. */
function scriptedFetch(): typeof globalThis.fetch {
  let calls = 0;
  return (async () => {
    calls += 1;
    const body = calls <= 5 ? { success: false, errorCode: 'E004' } : { success: true, identityId };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof globalThis.fetch;
}

/** Everything the MutationCache holds, as text: variables, data, errors of every mutation. */
function cacheText(queryClient: QueryClient): string {
  return JSON.stringify(queryClient.getMutationCache().getAll().map((mutation) => mutation.state));
}

function expectNoSecrets(queryClient: QueryClient) {
  const text = cacheText(queryClient);
  for (const secret of [...wrongPasswords, rightPassword, identityId]) expect(text).not.toContain(secret);
}

test('every mutation option factory sets gcTime: 0', () => {
  const client = createBizKitHubClient({ apiKey: devKey });
  for (const factory of [
    loginMutationOptions,
    magicAuthMutationOptions,
    registerMutationOptions,
    resetPasswordMutationOptions,
    setNewPasswordMutationOptions,
  ]) {
    expect(factory(client).gcTime).toBe(0);
  }
});

test('useLogin: after 5 failures and 1 success only the observed mutation is left, and none once the hook is gone', async () => {
  const queryClient = createTestQueryClient();
  const { result, unmount } = renderHook(() => useLogin(), {
    wrapper: providerWrapper({ fetch: scriptedFetch() }, queryClient),
  });
  for (const password of wrongPasswords) {
    await act(async () => {
      await result.current.mutateAsync({ email: 'jan@example.com', password }).catch(() => undefined);
    });
  }
  await act(async () => {
    await result.current.mutateAsync({ email: 'jan@example.com', password: rightPassword });
  });
  // TanStack tells observers on its own schedule (a timer), which act() does not always wait for.
  await waitFor(() => expect(result.current.data).toEqual({ mode: 'direct', identityId }));

  // The failed attempts left the cache as soon as the next one replaced them.
  await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(1));
  for (const password of wrongPasswords) expect(cacheText(queryClient)).not.toContain(password);

  // What README tells hook users: reset() (or unmounting) once the result is handled.
  act(() => result.current.reset());
  await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
  expectNoSecrets(queryClient);
  unmount();
});

test('useMutation(loginMutationOptions(client)), a hook of your own: nothing is left after unmount', async () => {
  const queryClient = createTestQueryClient();
  const client = createBizKitHubClient({ apiKey: devKey, fetch: scriptedFetch() });
  const { result, unmount } = renderHook(() => useMutation(loginMutationOptions(client)), {
    wrapper: providerWrapper({}, queryClient),
  });
  for (const password of [...wrongPasswords, rightPassword]) {
    await act(async () => {
      await result.current.mutateAsync({ email: 'jan@example.com', password }).catch(() => undefined);
    });
  }
  unmount();
  await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
  expectNoSecrets(queryClient);
});

test('LoginForm: after 5 failures and 1 success the cache holds no password or identityId, while the form is still mounted', async () => {
  const queryClient = createTestQueryClient();
  const onSuccess = vi.fn();
  const user = setupUser();
  render(<LoginForm onSuccess={onSuccess} />, { wrapper: providerWrapper({ fetch: scriptedFetch() }, queryClient) });
  const submit = () => screen.getByRole('button', { name: en['login.submit'] });
  await user.type(screen.getByLabelText(en['field.email.label']), 'jan@example.com');
  const password = screen.getByLabelText(en['field.password.label']);
  for (const wrong of wrongPasswords) {
    await user.clear(password);
    await user.type(password, wrong);
    await user.click(submit());
    await screen.findByRole('alert');
    await waitFor(() => expect(submit()).not.toHaveAttribute('aria-busy'));
    expectNoSecrets(queryClient);
  }
  await user.clear(password);
  await user.type(password, rightPassword);
  await user.click(submit());
  await waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ mode: 'direct', identityId }));

  await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
  expectNoSecrets(queryClient);
});
