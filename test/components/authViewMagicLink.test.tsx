import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { startTransport } from '#mock-transport';
import { AuthView, en, SignOutButton, useSession } from '../../src/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { createTestQueryClient, providerWrapper } from '../support/renderWithProvider.js';

// Issue 31: AuthView's login view offers the magicAuth view only where the handler serves it,
// as the handler's GET /session answer says ({ …, features: { magicLink: true } }).
const api = createMockBizKitHub({ accounts: [{ email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' }] });
let transport: { stop: () => void } | undefined;
beforeAll(async () => {
  transport = await startTransport([
    ...api.serverModeHandlers({ basePath: '/with-links', magicLink: { errorPath: '/auth/magic-link' } }),
    ...api.serverModeHandlers({ basePath: '/no-links' }),
    // A handler of another make that says nothing clear about its features.
    http.get('*/odd/session', () => HttpResponse.json({ loggedIn: false, features: { magicLink: 'yes' } })),
    ...api.handlers,
  ]);
});
afterEach(() => {
  api.reset();
  window.history.replaceState(null, '', '/');
});
afterAll(() => transport?.stop());

const offer = () => screen.queryByRole('link', { name: en['action.magicLinkInstead'] });

/** What a page's header does (`<UserButton>`, `<SignedIn>`): it reads the session, and so learns the handler's features. */
function SessionReader() {
  useSession();
  return null;
}

function renderSignIn(serverUrl: string | undefined, withSignOut = false, withSession = true) {
  window.history.replaceState(null, '', '/auth/sign-in?returnTo=%2Fbasket');
  const navigate = vi.fn((href: string) => window.history.pushState(null, '', href));
  const queryClient = createTestQueryClient();
  const page = (header: boolean) => <>{header && <SessionReader />}{withSignOut && <SignOutButton />}<AuthView titleTemplate={false} /></>;
  const { rerender } = render(page(withSession), {
    wrapper: providerWrapper(serverUrl === undefined ? { navigate } : { serverUrl, apiKey: undefined, navigate }, queryClient),
  });
  /** The page's header mounts (a client-side navigation to a page that has one). */
  const mountHeader = () => rerender(page(true));
  /** Resolves once the page has the handler's /session answer. */
  const answered = () => waitFor(() => expect(queryClient.getQueryData(['bizkithub', 'session'])).toBeDefined());
  return { navigate, answered, mountHeader, queryClient };
}

test('the handler’s GET /session names its optional routes only when it serves them', async () => {
  expect(await (await fetch('/with-links/session')).json()).toEqual({ loggedIn: false, features: { magicLink: true } });
  expect(await (await fetch('/no-links/session')).json()).toEqual({ loggedIn: false });
});

describe('AuthView links to the magicAuth view only when the handler serves it', () => {
  test('a handler with magicLink: the login view offers it, keeping ?returnTo=, and the magicAuth view works', async () => {
    const { navigate } = renderSignIn('/with-links');
    const link = await screen.findByRole('link', { name: en['action.magicLinkInstead'] });
    expect(link).toHaveAttribute('href', '/auth/magic-link?returnTo=%2Fbasket');
    await userEvent.click(link);
    expect(navigate).toHaveBeenCalledWith('/auth/magic-link?returnTo=%2Fbasket');
    await userEvent.type(await screen.findByLabelText(en['field.email.label']), 'jana@example.com');
    await userEvent.click(screen.getByRole('button', { name: en['magicLink.submit'] }));
    expect(await screen.findByRole('heading', { name: en['magicLink.sent.title'] })).toBeInTheDocument();
    expect(api.lastEmail('jana@example.com')?.kind).toBe('magic-link');
  });

  test('signing out keeps the offer: what the handler serves did not change with the customer', async () => {
    const login = await fetch('/with-links/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'jana@example.com', password: 'correct horse' }),
    });
    expect(login.ok).toBe(true);
    renderSignIn('/with-links', true);
    await screen.findByRole('link', { name: en['action.magicLinkInstead'] });
    await userEvent.click(screen.getByRole('button', { name: en['signOut.submit'] }));
    await waitFor(() => expect(api.browserCookies['auth-id']).toBeUndefined());
    expect(screen.getByRole('link', { name: en['action.magicLinkInstead'] })).toBeInTheDocument();
  });

  test('a handler without magicLink: no offer, once its answer came', async () => {
    const { answered } = renderSignIn('/no-links');
    await answered();
    expect(screen.getByLabelText(en['field.email.label'])).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en['action.forgotPassword'] })).toBeInTheDocument();
    expect(offer()).not.toBeInTheDocument();
  });

  test('an answer that does not say true plainly offers nothing (fail closed)', async () => {
    const { answered } = renderSignIn('/odd');
    await answered();
    expect(screen.getByRole('link', { name: en['action.forgotPassword'] })).toBeInTheDocument();
    expect(offer()).not.toBeInTheDocument();
  });

  test('AuthView alone does not ask /session: no offer until something on the page read the session, then the offer', async () => {
    const { mountHeader, queryClient } = renderSignIn('/with-links', false, false);
    await waitFor(() => expect(screen.getByRole('link', { name: en['action.forgotPassword'] })).toBeInTheDocument());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(offer()).not.toBeInTheDocument();
    expect(queryClient.getQueryState(['bizkithub', 'session'])).toBeUndefined();
    mountHeader();
    expect(await screen.findByRole('link', { name: en['action.magicLinkInstead'] })).toHaveAttribute('href', '/auth/magic-link?returnTo=%2Fbasket');
  });

  test('direct mode: no offer (magic-auth there signs in on an e-mail alone), and no request for it', async () => {
    renderSignIn(undefined);
    await waitFor(() => expect(screen.getByRole('link', { name: en['action.forgotPassword'] })).toBeInTheDocument());
    expect(offer()).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });
});
