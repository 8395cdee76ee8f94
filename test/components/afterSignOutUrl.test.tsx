import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { en, SignOutButton, UserButton, type Account } from '../../src/index.js';
import { providerWrapper } from '../support/renderWithProvider.js';

// Issue 31: <UserButton afterSignOutUrl> and <SignOutButton afterSignOutUrl> leave the page once the
// session is gone, through the provider's navigate; without the prop the page stays, as before.
const page = new URL(location.href).origin;
const account: Account = { cuRefNo: 'CU00000000000042', email: 'jana@example.com', firstName: 'Jana', creditBalance: 0 };
const shop = { signedIn: true, signOutFails: false, log: [] as string[] };
const server = setupServer(
  http.get(`${page}/api/auth/session`, () => HttpResponse.json(shop.signedIn ? { loggedIn: true, account } : { loggedIn: false })),
  http.post(`${page}/api/auth/sign-out`, () => {
    if (shop.signOutFails) return HttpResponse.json({ success: false }, { status: 503 });
    shop.signedIn = false;
    shop.log.push('signed out');
    return HttpResponse.json({ success: true });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => Object.assign(shop, { signedIn: true, signOutFails: false, log: [] }));
afterAll(() => server.close());

function renderWith(ui: React.ReactElement) {
  const navigate = vi.fn((href: string) => shop.log.push(`navigate ${href}`));
  const onSessionChange = vi.fn(() => shop.log.push('session changed'));
  render(ui, { wrapper: providerWrapper({ serverUrl: '/api/auth', apiKey: undefined, navigate, onSessionChange }) });
  return navigate;
}

async function signOutFromMenu() {
  await userEvent.click(await screen.findByRole('button', { name: /Jana/ }));
  await userEvent.click(screen.getByRole('menuitem', { name: en['signOut.submit'] }));
}

describe('afterSignOutUrl', () => {
  test('<SignOutButton afterSignOutUrl="/"> goes home through navigate, after the session is gone and onSignedOut', async () => {
    const onSignedOut = vi.fn(() => shop.log.push('onSignedOut'));
    const navigate = renderWith(<SignOutButton afterSignOutUrl="/" onSignedOut={onSignedOut} />);
    await userEvent.click(screen.getByRole('button', { name: en['signOut.submit'] }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/'));
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(shop.log).toEqual(['signed out', 'session changed', 'onSignedOut', 'navigate /']);
  });

  test('<UserButton afterSignOutUrl="/goodbye"> goes there through navigate after signing out from the menu', async () => {
    const navigate = renderWith(<UserButton afterSignOutUrl="/goodbye" />);
    await signOutFromMenu();
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/goodbye'));
    expect(shop.log).toEqual(['signed out', 'session changed', 'navigate /goodbye']);
  });

  test('by default both stay on the page: the header shows the sign-in link, nothing navigates', async () => {
    const navigate = renderWith(
      <>
        <UserButton />
        <SignOutButton />
      </>,
    );
    await signOutFromMenu();
    expect(await screen.findByRole('link', { name: en['account.login'] })).toBeInTheDocument();
    shop.signedIn = true;
    await userEvent.click(screen.getByRole('button', { name: en['signOut.submit'] }));
    await waitFor(() => expect(shop.log.filter((entry) => entry === 'signed out')).toHaveLength(2));
    expect(navigate).not.toHaveBeenCalled();
  });

  test('a failed sign-out goes nowhere: the session may still be there', async () => {
    shop.signOutFails = true;
    const navigate = renderWith(<SignOutButton afterSignOutUrl="/" />);
    await userEvent.click(screen.getByRole('button', { name: en['signOut.submit'] }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(navigate).not.toHaveBeenCalled();
  });
});
