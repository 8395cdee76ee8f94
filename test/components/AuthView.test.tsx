// One component for the whole auth area, switching views by prop or by path, in jsdom and Chromium.
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { AuthView, en, type AuthViewProps } from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { providerWrapper } from '../support/renderWithProvider.js';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function visit(path: string) {
  window.history.replaceState(null, '', path);
}

function renderView(props: AuthViewProps = {}, provider: Parameters<typeof providerWrapper>[0] = {}) {
  const user = userEvent.setup();
  const view = render(<AuthView {...props} />, { wrapper: providerWrapper({ navigate: undefined, ...provider }) });
  return { user, ...view };
}

const heading = () => screen.getByRole('heading', { level: 1 });

describe('AuthView chooses its view', () => {
  test.each([
    ['sign-in', en['login.title']],
    ['sign-up', en['register.title']],
    ['magic-link', en['magicAuth.title']],
    ['forgot-password', en['resetPassword.title']],
    ['reset-password', en['setNewPassword.title']],
    ['signUp', en['register.title']],
    ['no-such-view', en['login.title']],
  ])('view="%s": the page’s h1 and document title are "%s"', async (view, title) => {
    renderView({ view });
    await waitFor(() => expect(heading()).toHaveTextContent(title));
    await waitFor(() => expect(document.title).toBe(title));
  });

  test('by the last segment of the path, with the shop’s own segments; unknown falls back to sign-in', async () => {
    visit('/konto/registrace');
    const { unmount } = renderView({ paths: { signUp: 'registrace' } });
    await waitFor(() => expect(heading()).toHaveTextContent(en['register.title']));
    unmount();
    visit('/auth/whatever');
    renderView();
    await waitFor(() => expect(heading()).toHaveTextContent(en['login.title']));
  });

  test('the document title follows titleTemplate and the provider’s language', async () => {
    renderView({ view: 'forgot-password', titleTemplate: '%s · Tea & Kettle' }, { locale: 'cs' });
    await waitFor(() => expect(document.title).toBe(`${cs['resetPassword.title']} · Tea & Kettle`));
  });
});

describe('AuthView moves between views', () => {
  test('without navigate: links to the sibling views that keep ?returnTo=', async () => {
    visit('/auth/sign-in?returnTo=%2Fbasket');
    renderView();
    await waitFor(() =>
      expect(screen.getByRole('link', { name: en['action.registerInstead'] })).toHaveAttribute('href', '/auth/sign-up?returnTo=%2Fbasket'),
    );
    expect(screen.getByRole('link', { name: en['action.forgotPassword'] })).toHaveAttribute('href', '/auth/forgot-password?returnTo=%2Fbasket');
  });

  test('with basePath, from any page', async () => {
    visit('/checkout');
    renderView({ view: 'forgot-password', basePath: '/auth/' });
    await waitFor(() => expect(screen.getByRole('link', { name: en['action.signIn'] })).toHaveAttribute('href', '/auth/sign-in'));
  });

  test('with navigate: through the router, and the view follows at once (a router that keeps the component mounted)', async () => {
    visit('/auth/sign-in?returnTo=%2Fbasket');
    const navigate = vi.fn((href: string) => window.history.pushState(null, '', href));
    const { user } = renderView({}, { navigate });
    await user.click(await screen.findByRole('button', { name: en['action.registerInstead'] }));
    expect(navigate).toHaveBeenCalledWith('/auth/sign-up?returnTo=%2Fbasket');
    await waitFor(() => expect(heading()).toHaveTextContent(en['register.title']));
    await user.click(screen.getByRole('button', { name: en['action.signInInstead'] }));
    expect(navigate).toHaveBeenLastCalledWith('/auth/sign-in?returnTo=%2Fbasket');
    await waitFor(() => expect(heading()).toHaveTextContent(en['login.title']));
  });
});
