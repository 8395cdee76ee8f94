// One component for the whole auth area, switching views by prop or by path, in jsdom and Chromium.
import { act, render, screen, waitFor } from '@testing-library/react';
import type { ComponentType } from 'react';
import {
  AuthView,
  defaultAuthViewPaths,
  en,
  LoginForm,
  MagicAuthForm,
  RegisterForm,
  ResetPasswordForm,
  SetNewPasswordForm,
  type AuthViewName,
  type AuthViewProps,
} from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { setupUser } from '../support/user.js';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function visit(path: string) {
  window.history.replaceState(null, '', path);
}

function renderView(props: AuthViewProps = {}, provider: Parameters<typeof providerWrapper>[0] = {}) {
  const user = setupUser();
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
    ['register', en['register.title']],
    ['resetPassword', en['resetPassword.title']],
    ['setNewPassword', en['setNewPassword.title']],
    ['no-such-view', en['login.title']],
  ])('view="%s": the page’s h1 and document title are "%s"', async (view, title) => {
    renderView({ view });
    await waitFor(() => expect(heading()).toHaveTextContent(title));
    await waitFor(() => expect(document.title).toBe(title));
  });

  test('by the last segment of the path, with the shop’s own segments; unknown falls back to login', async () => {
    visit('/konto/registrace');
    const { unmount } = renderView({ paths: { register: 'registrace' } });
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

// Each view is named for the form it renders (its message namespace too), and its default path
// segment, the customer's word, leads to the same form.
const formOfView: Record<AuthViewName, ComponentType> = {
  login: LoginForm,
  register: RegisterForm,
  magicAuth: MagicAuthForm,
  resetPassword: ResetPasswordForm,
  setNewPassword: SetNewPasswordForm,
};

/** What a customer meets in the rendered form: its headings, field labels and buttons, by text. */
function formOutline(container: HTMLElement) {
  const texts = (selector: string) => [...container.querySelectorAll(selector)].map((element) => element.textContent);
  return { headings: texts('h1, h2'), labels: texts('label'), buttons: texts('button') };
}

describe('AuthView renders the form each view is named for', () => {
  test.each(Object.keys(formOfView) as AuthViewName[])('view="%s", by name and by its default path segment', async (name) => {
    const Form = formOfView[name];
    // A page as the reset e-mail opens it, so the new-password form shows its fields (it takes the token away).
    const openedFromMail = () => visit('/auth/page#token=made-up-reset-token');
    openedFromMail();
    const alone = render(<Form />, { wrapper: providerWrapper({ navigate: undefined }) });
    const expected = formOutline(alone.container);
    alone.unmount();
    // The form's own title and submit: the view's name is the form's message namespace.
    expect(expected.headings).toEqual([en[`${name}.title`]]);
    expect(expected.buttons).toContain(en[`${name}.submit`]);
    // Every view's props at once, each marked: only the shown form's arrive.
    const marked = Object.fromEntries(Object.keys(formOfView).map((other) => [`${other}Props`, { description: `props of ${other}` }]));
    for (const view of [name, defaultAuthViewPaths[name]]) {
      openedFromMail();
      const { container, unmount } = renderView({ view, ...marked });
      await waitFor(() => expect(heading()).toHaveTextContent(en[`${name}.title`]));
      expect({ view, ...formOutline(container) }).toEqual({ view, ...expected });
      expect(screen.queryAllByText(/^props of /).map((element) => element.textContent)).toEqual([`props of ${name}`]);
      unmount();
    }
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
    await waitFor(() => expect(screen.getByRole('link', { name: en['action.login'] })).toHaveAttribute('href', '/auth/sign-in'));
  });

  test('with navigate: links whose plain click goes through the router, and the view follows at once (a router that keeps the component mounted)', async () => {
    visit('/auth/sign-in?returnTo=%2Fbasket');
    const navigate = vi.fn((href: string) => window.history.pushState(null, '', href));
    const { user } = renderView({}, { navigate });
    // Still links (a screen reader hears "link"; ctrl/⌘-click opens a tab), with the real address.
    const register = await screen.findByRole('link', { name: en['action.registerInstead'] });
    expect(register).toHaveAttribute('href', '/auth/sign-up?returnTo=%2Fbasket');
    await user.click(register);
    expect(navigate).toHaveBeenCalledWith('/auth/sign-up?returnTo=%2Fbasket');
    await waitFor(() => expect(heading()).toHaveTextContent(en['register.title']));
    await user.click(screen.getByRole('link', { name: en['action.loginInstead'] }));
    expect(navigate).toHaveBeenLastCalledWith('/auth/sign-in?returnTo=%2Fbasket');
    await waitFor(() => expect(heading()).toHaveTextContent(en['login.title']));
  });

  test('with navigate: a ctrl/⌘-click or a middle click is left to the browser (a new tab), not the router', async () => {
    visit('/auth/sign-in');
    const navigate = vi.fn();
    renderView({}, { navigate });
    const register = await screen.findByRole('link', { name: en['action.registerInstead'] });
    // What the form decided, read after React's handler; then the test page itself stays put.
    const prevented: boolean[] = [];
    const stayHere = (event: Event) => {
      prevented.push(event.defaultPrevented);
      event.preventDefault();
    };
    document.addEventListener('click', stayHere);
    try {
      for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
        act(() => register.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init })));
        expect({ init, routed: navigate.mock.calls.length, prevented: prevented.at(-1) }).toEqual({ init, routed: 0, prevented: false });
      }
      // The plain click moves to sign-up: React renders that inside act.
      act(() => register.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
      expect({ routed: navigate.mock.calls.length, prevented: prevented.at(-1) }).toEqual({ routed: 1, prevented: true });
    } finally {
      document.removeEventListener('click', stayHere);
    }
  });
});
