import { act, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { Activity, type ReactNode } from 'react';
import { startTransport } from '#mock-transport';
import {
  AuthView,
  en,
  LoginForm,
  MagicAuthForm,
  RegisterForm,
  SignedIn,
  SignedOut,
  SignOutButton,
  UserButton,
  useSignOut,
} from '../../src/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { createTestQueryClient, providerWrapper } from '../support/renderWithProvider.js';

// Issue 31: a "you are signed in" panel never outlives the session that produced it, whether the
// form is on screen or kept hidden by React's <Activity> (as Next's Cache Components keep a route).
const api = createMockBizKitHub({ accounts: [{ email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' }] });
let transport: { stop: () => void } | undefined;
beforeAll(async () => {
  transport = await startTransport([...api.serverModeHandlers({ magicLink: { errorPath: '/sign-in' } }), ...api.handlers]);
});
afterEach(() => api.reset());
afterAll(() => transport?.stop());

const serverPage = (queryClient = createTestQueryClient()) => ({
  wrapper: providerWrapper({ serverUrl: '/api/auth', apiKey: undefined }, queryClient),
});

function CustomSignOut() {
  const signOut = useSignOut();
  return (
    <button type="button" onClick={() => signOut.mutate()}>
      my sign-out
    </button>
  );
}

/** A header that knows the session, and a route that a router may keep hidden. */
function Shop({ hidden, children }: { hidden: boolean; children?: ReactNode }) {
  return (
    <>
      <header>
        <UserButton />
        <SignedIn>
          <p>Hello, Jana</p>
          <SignOutButton />
          <CustomSignOut />
        </SignedIn>
        <SignedOut>
          <p>Signed out</p>
        </SignedOut>
      </header>
      <Activity mode={hidden ? 'hidden' : 'visible'}>{children}</Activity>
    </>
  );
}

/** The shop with a switch that hides the route, as a client-side navigation away would. */
function renderShop(form: ReactNode, queryClient = createTestQueryClient()) {
  const view = render(<Shop hidden={false}>{form}</Shop>, serverPage(queryClient));
  return { hide: (hidden: boolean) => view.rerender(<Shop hidden={hidden}>{form}</Shop>), queryClient };
}

async function signInWithPassword() {
  await userEvent.type(await screen.findByLabelText(en['field.email.label']), 'jana@example.com');
  await userEvent.type(screen.getByLabelText(en['field.password.label']), 'correct horse');
  await userEvent.click(screen.getByRole('button', { name: en['login.submit'] }));
  expect(await screen.findByText(en['login.success'])).toBeInTheDocument();
  expect(await screen.findByText('Hello, Jana')).toBeInTheDocument();
}

/** Another tab signs out (same cookie jar), and this page's session query asks again. */
async function signOutInAnotherTab(queryClient: ReturnType<typeof createTestQueryClient>) {
  expect((await fetch('/api/auth/sign-out', { method: 'POST' })).ok).toBe(true);
  await act(() => queryClient.refetchQueries({ queryKey: ['bizkithub', 'session'] }));
}

const signOutSources = {
  '<UserButton>': async () => {
    await userEvent.click(screen.getByRole('button', { name: /Account menu/ }));
    await userEvent.click(screen.getByRole('menuitem', { name: en['signOut.submit'] }));
  },
  '<SignOutButton>': () => userEvent.click(screen.getByRole('button', { name: en['signOut.submit'] })),
  useSignOut: () => userEvent.click(screen.getByRole('button', { name: 'my sign-out' })),
  'another tab (a session refetch says signed out)': (queryClient: ReturnType<typeof createTestQueryClient>) =>
    signOutInAnotherTab(queryClient),
};

describe('a sign-in form returns to its form when the session ends', () => {
  for (const [source, signOut] of Object.entries(signOutSources)) {
    test(`LoginForm on screen, signed out by ${source}`, async () => {
      const { queryClient } = renderShop(<LoginForm />);
      await signInWithPassword();
      await signOut(queryClient);
      expect(await screen.findByText('Signed out')).toBeInTheDocument();
      expect(screen.queryByText(en['login.success'])).not.toBeInTheDocument();
      expect(screen.getByLabelText(en['field.email.label'])).toBeInTheDocument();
      // No password survives the round trip.
      expect(screen.getByLabelText(en['field.password.label'])).toHaveValue('');
    });

    test(`LoginForm hidden by <Activity>, signed out by ${source}, shows its form when it comes back`, async () => {
      const { queryClient, hide } = renderShop(<LoginForm />);
      await signInWithPassword();
      hide(true);
      await signOut(queryClient);
      expect(await screen.findByText('Signed out')).toBeInTheDocument();
      hide(false);
      expect(await screen.findByLabelText(en['field.email.label'])).toBeVisible();
      expect(screen.queryByText(en['login.success'])).not.toBeInTheDocument();
    });
  }

  test('while the session lasts, a hidden LoginForm keeps its success panel (Activity keeps state)', async () => {
    const { hide } = renderShop(<LoginForm />);
    await signInWithPassword();
    hide(true);
    hide(false);
    expect(screen.getByText(en['login.success'])).toBeVisible();
    expect(screen.queryByLabelText(en['field.email.label'])).not.toBeInTheDocument();
  });

  test('the form can sign in again after it came back', async () => {
    renderShop(<LoginForm />);
    await signInWithPassword();
    await userEvent.click(screen.getByRole('button', { name: en['signOut.submit'] }));
    await screen.findByText('Signed out');
    await userEvent.clear(screen.getByLabelText(en['field.email.label']));
    await signInWithPassword();
  });

  test('AuthView’s login view, hidden, returns to its form after a sign-out', async () => {
    const { hide } = renderShop(<AuthView view="sign-in" titleTemplate={false} />);
    await signInWithPassword();
    hide(true);
    await userEvent.click(screen.getByRole('button', { name: en['signOut.submit'] }));
    await screen.findByText('Signed out');
    hide(false);
    expect(await screen.findByLabelText(en['field.email.label'])).toBeVisible();
  });

  test('<UserButton> sign-out: the form comes back, and focus stays on the header’s sign-in link', async () => {
    render(
      <>
        <UserButton />
        <LoginForm />
      </>,
      serverPage(),
    );
    await userEvent.type(await screen.findByLabelText(en['field.email.label']), 'jana@example.com');
    await userEvent.type(screen.getByLabelText(en['field.password.label']), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: en['login.submit'] }));
    await userEvent.click(await screen.findByRole('button', { name: /Jana/ }));
    await userEvent.click(screen.getByRole('menuitem', { name: en['signOut.submit'] }));
    const signInLink = await screen.findByRole('link', { name: en['account.login'] });
    expect(await screen.findByLabelText(en['field.email.label'])).toBeInTheDocument();
    // The customer acted in the header: the form reappearing does not pull focus away from it.
    await waitFor(() => expect(signInLink).toHaveFocus());
  });

  test('MagicAuthForm in direct mode, hidden by <Activity>, returns to its form after a sign-out', async () => {
    const view = (hidden: boolean) => (
      <>
        <SignOutButton />
        <Activity mode={hidden ? 'hidden' : 'visible'}>
          <MagicAuthForm />
        </Activity>
      </>
    );
    const { rerender } = render(view(false), { wrapper: providerWrapper() });
    await userEvent.type(screen.getByLabelText(en['field.email.label']), 'jana@example.com');
    await userEvent.click(screen.getByRole('button', { name: en['magicAuth.submit'] }));
    expect(await screen.findByText(en['magicAuth.success'])).toBeInTheDocument();
    rerender(view(true));
    await userEvent.click(screen.getByRole('button', { name: en['signOut.submit'] }));
    await waitFor(() => expect(screen.getByRole('button', { name: en['signOut.submit'] })).not.toHaveAttribute('aria-busy'));
    rerender(view(false));
    expect(await screen.findByLabelText(en['field.email.label'])).toBeVisible();
    expect(screen.queryByText(en['magicAuth.success'])).not.toBeInTheDocument();
  });

  test('MagicAuthForm in direct mode returns to its form after a sign-out', async () => {
    render(
      <>
        <SignOutButton />
        <MagicAuthForm />
      </>,
      { wrapper: providerWrapper() },
    );
    await userEvent.type(screen.getByLabelText(en['field.email.label']), 'jana@example.com');
    await userEvent.click(screen.getByRole('button', { name: en['magicAuth.submit'] }));
    expect(await screen.findByText(en['magicAuth.success'])).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: en['signOut.submit'] }));
    expect(await screen.findByLabelText(en['field.email.label'])).toBeInTheDocument();
    expect(screen.queryByText(en['magicAuth.success'])).not.toBeInTheDocument();
  });
});

describe('"check your inbox" says nothing about a session, and stays', () => {
  test('MagicAuthForm’s link-sent panel (server mode) stays after a sign-out', async () => {
    // Signed in already (with a password, earlier): the header offers to sign out.
    const login = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'jana@example.com', password: 'correct horse' }),
    });
    expect(login.ok).toBe(true);
    const { hide } = renderShop(<MagicAuthForm />);
    await screen.findByText('Hello, Jana');
    await userEvent.type(screen.getByLabelText(en['field.email.label']), 'jana@example.com');
    await userEvent.click(screen.getByRole('button', { name: en['magicLink.submit'] }));
    await screen.findByRole('heading', { name: en['magicLink.sent.title'] });
    hide(true);
    await userEvent.click(screen.getByRole('button', { name: en['signOut.submit'] }));
    await screen.findByText('Signed out');
    hide(false);
    expect(screen.getByRole('heading', { name: en['magicLink.sent.title'] })).toBeVisible();
  });

  test('RegisterForm’s confirmation panel stays after a sign-out', async () => {
    render(
      <>
        <SignOutButton />
        <RegisterForm />
      </>,
      { wrapper: providerWrapper() },
    );
    await userEvent.type(screen.getByLabelText(en['field.email.label']), 'new@example.com');
    const [password, confirm] = screen.getAllByLabelText(/password/i, { selector: 'input' });
    await userEvent.type(password as HTMLElement, 'a long enough password');
    if (confirm) await userEvent.type(confirm, 'a long enough password');
    await userEvent.click(screen.getByRole('button', { name: en['register.submit'] }));
    const panel = await screen.findByRole('heading', { name: en['register.success.title'] });
    await userEvent.click(screen.getByRole('button', { name: en['signOut.submit'] }));
    await waitFor(() => expect(screen.getByRole('button', { name: en['signOut.submit'] })).not.toHaveAttribute('aria-busy'));
    expect(panel).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en['register.submit'] })).not.toBeInTheDocument();
  });
});
