import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import {
  BizKitHubProvider,
  LoginForm,
  SignedIn,
  SignedOut,
  SignOutButton,
  useLogin,
  useSession,
  useSignOut,
  type Account,
} from '../../src/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { devKey } from '../support/keys.js';
import { createTestQueryClient, testCatalogs } from '../support/renderWithProvider.js';

const page = new URL(location.href).origin;
const account: Account = { cuRefNo: 'CU00000000000042', email: 'jana@example.com', firstName: 'Jana', creditBalance: 0 };

/** A stand-in for createBizKitHubHandler: a cookie it remembers, the wire format it speaks. */
function fakeShopServer() {
  const state = { signedIn: false, signOutFails: false, requests: [] as string[] };
  const handlers = [
    http.post(`${page}/api/auth/login`, async ({ request }) => {
      state.requests.push('POST /login');
      const { password } = (await request.json()) as { password: string };
      if (password !== 'correct horse') return HttpResponse.json({ success: false, errorCode: 'E004' });
      state.signedIn = true;
      return HttpResponse.json({ success: true });
    }),
    http.get(`${page}/api/auth/session`, () => {
      state.requests.push('GET /session');
      return HttpResponse.json(state.signedIn ? { loggedIn: true, account } : { loggedIn: false });
    }),
    http.post(`${page}/api/auth/sign-out`, () => {
      state.requests.push('POST /sign-out');
      if (state.signOutFails) return HttpResponse.error();
      state.signedIn = false;
      return HttpResponse.json({ success: true });
    }),
  ];
  return { state, handlers };
}

const shop = fakeShopServer();
const api = createMockBizKitHub({ accounts: [{ email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' }] });
const server = setupServer(...shop.handlers, ...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  Object.assign(shop.state, { signedIn: false, signOutFails: false, requests: [] });
  api.reset();
});
afterAll(() => server.close());

function wrapper(props: { serverUrl?: string; apiKey?: string; locale?: string }, queryClient = createTestQueryClient()) {
  return function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        {/* A router that stays: the form's move to "/" after sign-in must not leave the test page. */}
        <BizKitHubProvider catalogs={testCatalogs} navigate={() => undefined} {...props}>
          {children}
        </BizKitHubProvider>
      </QueryClientProvider>
    );
  };
}

function AccountHeader() {
  return (
    <header>
      <SignedIn>{(signedIn) => <p>Hello, {signedIn.firstName}</p>}</SignedIn>
      <SignedIn>
        <SignOutButton />
      </SignedIn>
      <SignedOut>
        <a href="/sign-in">Sign in</a>
      </SignedOut>
    </header>
  );
}

describe('server mode', () => {
  test('useSession is a query under [bizkithub, session] answering the handler’s /session', async () => {
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useSession(), { wrapper: wrapper({ serverUrl: '/api/auth' }, queryClient) });
    await waitFor(() => expect(result.current.data).toEqual({ status: 'signed-out' }));
    expect(queryClient.getQueryData(['bizkithub', 'session'])).toEqual({ status: 'signed-out' });
  });

  test('signing in with LoginForm refreshes the session: the header greets the customer; onSuccess gets { mode: server }', async () => {
    const onSuccess = vi.fn();
    render(
      <>
        <AccountHeader />
        <LoginForm onSuccess={onSuccess} />
      </>,
      { wrapper: wrapper({ serverUrl: '/api/auth' }) },
    );
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('E-mail'), 'jana@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Hello, Jana')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(onSuccess).toHaveBeenCalledWith({ mode: 'server' });
    expect(shop.state.requests).toEqual(['GET /session', 'POST /login', 'GET /session']);
  });

  test('a failed sign-in does not ask for the session again', async () => {
    render(
      <>
        <AccountHeader />
        <LoginForm />
      </>,
      { wrapper: wrapper({ serverUrl: '/api/auth' }) },
    );
    await screen.findByRole('link', { name: 'Sign in' });
    await userEvent.type(screen.getByLabelText('E-mail'), 'jana@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('alert');
    expect(shop.state.requests).toEqual(['GET /session', 'POST /login']);
  });

  test('SignOutButton signs out: every mounted view shows signed out at once, other bizkithub queries are reset', async () => {
    shop.state.signedIn = true;
    const queryClient = createTestQueryClient();
    const profile = vi.fn(async () => (shop.state.signedIn ? 'loyalty points of Jana' : 'no account'));
    function Profile() {
      const { data } = useQuery({ queryKey: ['bizkithub', 'profile'], queryFn: profile });
      return <p>{data ?? 'no profile'}</p>;
    }
    const onSignedOut = vi.fn();
    render(
      <>
        <AccountHeader />
        <SignedIn>
          <Profile />
        </SignedIn>
        <SignedIn>{(signedIn) => <p>Menu of {signedIn.email}</p>}</SignedIn>
        <SignOutButton onSignedOut={onSignedOut}>Leave</SignOutButton>
      </>,
      { wrapper: wrapper({ serverUrl: '/api/auth' }, queryClient) },
    );
    expect(await screen.findByText('Hello, Jana')).toBeInTheDocument();
    expect(await screen.findByText('loyalty points of Jana')).toBeInTheDocument();
    const requestsBefore = shop.state.requests.length;

    const [firstSignOut] = screen.getAllByRole('button', { name: 'Sign out' });
    if (!firstSignOut) throw new Error('no Sign out button');
    await userEvent.click(firstSignOut);
    await waitFor(() => expect(screen.queryByText('Hello, Jana')).not.toBeInTheDocument());
    expect(screen.queryByText('Menu of jana@example.com')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(queryClient.getQueryData(['bizkithub', 'profile'])).not.toBe('loyalty points of Jana');
    // Signed out is known without asking the server again.
    expect(shop.state.requests.slice(requestsBefore)).not.toContain('GET /session');
    expect(shop.state.requests.slice(requestsBefore)).toContain('POST /sign-out');
    expect(onSignedOut).not.toHaveBeenCalled(); // the other button was used
  });

  test('a sign-out that fails is announced, and the customer stays signed in', async () => {
    shop.state.signedIn = true;
    shop.state.signOutFails = true;
    render(<AccountHeader />, { wrapper: wrapper({ serverUrl: '/api/auth', locale: 'cs' }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Odhlásit se' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/připojení/);
    expect(screen.getByText('Hello, Jana')).toBeInTheDocument();
  });

  test('SignedIn and SignedOut show nothing while the session is loading or could not be read', async () => {
    server.use(http.get(`${page}/api/auth/session`, () => new HttpResponse('<h1>502</h1>', { status: 502 })));
    const { result } = renderHook(() => useSession(), { wrapper: wrapper({ serverUrl: '/api/auth' }) });
    render(<AccountHeader />, { wrapper: wrapper({ serverUrl: '/api/auth' }) });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'invalid-response', status: 502 });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('direct mode (key in the browser, identity in memory only)', () => {
  test('useLogin then useSession: account-info answers for the identity login returned; useSignOut forgets it', async () => {
    const { result } = renderHook(() => ({ login: useLogin(), session: useSession(), signOut: useSignOut() }), {
      wrapper: wrapper({ apiKey: devKey }),
    });
    await waitFor(() => expect(result.current.session.data).toEqual({ status: 'signed-out' }));
    await act(() => result.current.login.mutateAsync({ email: 'jana@example.com', password: 'correct horse' }));
    await waitFor(() => expect(result.current.session.data?.status).toBe('signed-in'));
    expect(result.current.session.data).toMatchObject({ status: 'signed-in', account: { email: 'jana@example.com', firstName: 'Jana' } });
    expect(JSON.stringify(result.current.session.data)).not.toMatch(/[A-Za-z0-9]{32}/);
    expect(localStorage.length).toBe(0);
    expect(document.cookie).toBe('');

    await act(() => result.current.signOut.mutateAsync());
    await waitFor(() => expect(result.current.session.data).toEqual({ status: 'signed-out' }));
    const accountInfoCalls = api.requests.filter(({ endpoint }) => endpoint === 'account-info').length;
    const refetched = await act(() => result.current.session.refetch());
    expect(refetched.data).toEqual({ status: 'signed-out' });
    expect(api.requests.filter(({ endpoint }) => endpoint === 'account-info')).toHaveLength(accountInfoCalls);
  });

  test('an operator revoking the sessions signs the customer out on the next check', async () => {
    const { result } = renderHook(() => ({ login: useLogin(), session: useSession() }), { wrapper: wrapper({ apiKey: devKey }) });
    await act(() => result.current.login.mutateAsync({ email: 'jana@example.com', password: 'correct horse' }));
    await waitFor(() => expect(result.current.session.data?.status).toBe('signed-in'));
    expect(api.revokeSessions('jana@example.com')).toBe(1);
    await act(() => result.current.session.refetch());
    await waitFor(() => expect(result.current.session.data).toEqual({ status: 'signed-out' }));
  });
});
