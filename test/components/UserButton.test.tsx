// The account corner of a header: a WAI-ARIA menu button over the session, in jsdom and in Chromium
// (focus and keys are what a keyboard user gets).
import { render, screen, waitFor, within } from '@testing-library/react';
import { startTransport } from '#mock-transport';
import { createBizKitHubClient, en, UserButton, type UserButtonProps } from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { createMockBizKitHub, type MockAccountSeed } from '../../src/testing/index.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { setupUser } from '../support/user.js';

const jana: MockAccountSeed = {
  email: 'jana@example.com',
  password: 'correct horse',
  firstName: 'Jana',
  lastName: 'Nováková',
  premium: true,
  creditBalance: 1234.5,
};
const acme: MockAccountSeed = { email: 'orders@acme.example', password: 'correct horse', companyName: 'ACME s.r.o.' };
const api = createMockBizKitHub({ accounts: [jana, acme] });
let transport: { stop: () => void } | undefined;
beforeAll(async () => {
  transport = await startTransport([...api.serverModeHandlers(), ...api.handlers]);
});
afterEach(() => api.reset());
afterAll(() => transport?.stop());

/** Signs in through the shop's handler, as a sign-in page before this one would have. */
async function signInAs({ email, password = '' }: MockAccountSeed) {
  await createBizKitHubClient({ serverUrl: '/api/auth' }).login({ email, password });
}

function renderButton(props: UserButtonProps = {}, provider: Parameters<typeof providerWrapper>[0] = {}) {
  const navigate = vi.fn();
  const user = setupUser();
  render(<UserButton accountHref="/account" ordersHref="/account/orders" {...props} />, {
    wrapper: providerWrapper({ serverUrl: '/api/auth', apiKey: undefined, navigate, ...provider }),
  });
  return { user, navigate };
}

const trigger = () => screen.findByRole('button', { name: 'Account menu for Jana Nováková' });
const menuItems = () => within(screen.getByRole('menu')).getAllByRole('menuitem');

describe('UserButton signed in', () => {
  test('closed: initials and the first name; a menu button that is not expanded', async () => {
    await signInAs(jana);
    renderButton();
    const button = await trigger();
    expect(button).toHaveTextContent(/^Jana$/);
    expect(button.querySelector('.bkh-avatar')).toHaveAttribute('data-initials', 'JN');
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  test('open: full name, e-mail, premium badge and the credit in the provider’s language; the links, then sign out', async () => {
    await signInAs(jana);
    const { user } = renderButton({ items: [{ label: 'Wishlist', href: '/wishlist' }] });
    await user.click(await trigger());
    expect(await trigger()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Jana Nováková')).toBeVisible();
    expect(screen.getByText('jana@example.com')).toBeVisible();
    expect(screen.getByText(en['account.premium'])).toBeVisible();
    const euros = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(1234.5);
    expect(screen.getByText((_, element) => element?.textContent === `Store credit: ${euros}` && element.children.length === 0)).toBeVisible();
    expect(menuItems().map((item) => item.textContent)).toEqual(['Your account', 'Your orders', 'Wishlist', 'Sign out']);
    expect(screen.getByRole('menu')).toHaveAttribute('id', (await trigger()).getAttribute('aria-controls'));
  });

  test('in Czech, with the credit in Czech notation and another currency', async () => {
    await signInAs(jana);
    const { user } = renderButton({ currency: 'CZK' }, { locale: 'cs' });
    await user.click(await screen.findByRole('button', { name: 'Nabídka účtu: Jana Nováková' }));
    const crowns = new Intl.NumberFormat('cs', { style: 'currency', currency: 'CZK' }).format(1234.5);
    // Compared as written: Czech puts non-breaking spaces into the amount.
    expect(screen.getByText((_, element) => element?.textContent === `Kredit: ${crowns}` && element.children.length === 0)).toBeVisible();
    expect(menuItems().map((item) => item.textContent)).toEqual([cs['account.yourAccount'], cs['account.yourOrders'], cs['signOut.submit']]);
  });

  test('a company contact: a one-letter company mark and the company’s name', async () => {
    await signInAs(acme);
    renderButton();
    const button = await screen.findByRole('button', { name: 'Account menu for ACME s.r.o.' });
    expect(button).toHaveTextContent(/^ACME s\.r\.o\.$/);
    expect(button.querySelector('[data-kind="company"]')).toHaveAttribute('data-initials', 'A');
  });

  test('keyboard: Enter opens on the first item, arrows wrap, Home and End, Escape closes back onto the button', async () => {
    await signInAs(jana);
    const { user } = renderButton();
    const button = await trigger();
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(menuItems()[0]).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    expect(menuItems()[1]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(menuItems()[0]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(menuItems()[2]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(menuItems()[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(menuItems()[2]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(menuItems()[2]).toHaveFocus());
    await user.keyboard('{Escape}');
    await user.keyboard(' ');
    await waitFor(() => expect(menuItems()[0]).toHaveFocus());
  });

  test('keyboard alone: open the menu, reach sign-out, sign out, and land signed out on the sign-in link', async () => {
    await signInAs(jana);
    const onSignedOut = vi.fn();
    const { user } = renderButton({ onSignedOut, loginHref: '/login' });
    await trigger();
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(menuItems()[0]).toHaveFocus());
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('Sign out');
    await user.keyboard('{Enter}');
    const signIn = await screen.findByRole('link', { name: 'Sign in' });
    expect(signIn).toHaveAttribute('href', '/login');
    await waitFor(() => expect(signIn).toHaveFocus());
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(api.browserCookies['auth-id']).toBeUndefined();
  });

  test('a menu link goes through the provider’s navigate (and closes the menu); a click outside closes it', async () => {
    await signInAs(jana);
    const { user, navigate } = renderButton();
    await user.click(await trigger());
    await user.click(screen.getByRole('menuitem', { name: 'Your orders' }));
    expect(navigate).toHaveBeenCalledWith('/account/orders');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(await trigger());
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(document.body);
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  });
});

describe('UserButton before and without a session', () => {
  test('signed out: a sign-in link (through navigate)', async () => {
    const { user, navigate } = renderButton();
    const link = await screen.findByRole('link', { name: 'Sign in' });
    expect(link).toHaveAttribute('href', '/sign-in');
    await user.click(link);
    expect(navigate).toHaveBeenCalledWith('/sign-in');
  });

  test('while the session loads: a placeholder of the button’s size that says so, then the button', async () => {
    await signInAs(jana);
    api.setLatency(300);
    renderButton();
    const placeholder = document.querySelector('.bkh-user-placeholder');
    expect(placeholder).toHaveAttribute('aria-busy', 'true');
    expect(placeholder).toHaveTextContent(en['account.loading']);
    await trigger();
    expect(document.querySelector('.bkh-user-placeholder')).toBeNull();
  });

  test('when the session cannot be read: neither the button nor a sign-in link', async () => {
    await signInAs(jana);
    api.forceNext('account-info', { networkError: true });
    renderButton();
    await waitFor(() => expect(document.querySelector('.bkh-user-button')).toHaveAttribute('data-state', 'unavailable'));
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(document.querySelector('.bkh-user-placeholder')).toHaveTextContent(en['account.unavailable']);
  });
});
