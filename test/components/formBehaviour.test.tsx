import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import {
  forwardRef,
  StrictMode,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import {
  BizKitHubError,
  BizKitHubProvider,
  defaultComponents,
  en,
  isBizKitHubError,
  LoginForm,
  MagicAuthForm,
  type AuthFormComponents,
  type LinkSlotProps,
  type Messages,
} from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { devKey } from '../support/keys.js';
import { startMockBizKitHub, verified } from '../support/mockServer.js';
import { createTestQueryClient, providerWrapper } from '../support/renderWithProvider.js';
import { emailInput, fillAndSubmit, passwordInput, renderLogin, submitButton } from '../support/loginForm.js';
import { setupUser } from '../support/user.js';

const api = startMockBizKitHub();

const catalogs: Record<'en' | 'cs', Messages> = { en, cs };
const verifiedPassword = 'correct horse';

/** The element an input's aria-describedby points at. */
function description(input: HTMLElement): HTMLElement | null {
  const ids = input.getAttribute('aria-describedby');
  return ids ? document.getElementById(ids) : null;
}

describe.each(['en', 'cs'] as const)('validation before any request (%s)', (locale) => {
  const messages = catalogs[locale];

  test('an empty submit marks both fields, describes them, focuses the e-mail and sends nothing', async () => {
    const onError = vi.fn();
    const { user } = renderLogin({ onError }, { locale });
    await user.click(submitButton(messages));

    const email = emailInput(messages);
    const password = passwordInput(messages);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(description(email)).toHaveTextContent(messages['validation.email.required']);
    expect(description(password)).toHaveTextContent(messages['validation.password.required']);
    expect(email).toHaveAccessibleDescription(messages['validation.email.required']);
    expect(password).toHaveAccessibleDescription(messages['validation.password.required']);
    expect(email).toHaveFocus();
    // Field messages are not the form's alert.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
    expect(onError).not.toHaveBeenCalled();
  });

  test('a malformed e-mail gets its own message, keeps what was typed and sends nothing', async () => {
    const { user } = renderLogin({}, { locale });
    await fillAndSubmit(user, 'jana@', 'anything', messages);

    const email = emailInput(messages);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(description(email)).toHaveTextContent(messages['validation.email.invalid']);
    expect(email).toHaveAccessibleDescription(messages['validation.email.invalid']);
    expect(passwordInput(messages)).not.toHaveAttribute('aria-invalid');
    expect(email).toHaveFocus();
    expect(email).toHaveValue('jana@');
    expect(passwordInput(messages)).toHaveValue('anything');
    expect(api.requests).toHaveLength(0);
  });
});

describe('validation details', () => {
  test('focus goes to the first invalid field: the password when only it is missing', async () => {
    const { user } = renderLogin();
    await user.type(emailInput(), verified.email);
    await user.click(submitButton());
    await waitFor(() => expect(passwordInput()).toHaveAttribute('aria-invalid', 'true'));
    expect(passwordInput()).toHaveFocus();
    expect(emailInput()).not.toHaveAttribute('aria-invalid');
    expect(emailInput()).not.toHaveAttribute('aria-describedby');
    expect(api.requests).toHaveLength(0);
  });

  test('fixing a field clears its error, then the submit goes through', async () => {
    const onSuccess = vi.fn();
    const { user } = renderLogin({ onSuccess });
    await user.click(submitButton());
    const email = emailInput();
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    const field = email.closest('[data-field="email"]');
    expect(field).toHaveAttribute('data-invalid', 'true');
    expect(email).toHaveAttribute('data-invalid', 'true');

    await user.type(email, verified.email);
    await waitFor(() => expect(email).not.toHaveAttribute('aria-invalid'));
    expect(field).not.toHaveAttribute('data-invalid');
    expect(email).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByText(en['validation.email.required'])).not.toBeInTheDocument();

    await user.type(passwordInput(), verifiedPassword);
    await user.click(submitButton());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(api.requests).toHaveLength(1);
  });

  test('MagicAuthForm checks the e-mail too', async () => {
    const user = setupUser();
    render(<MagicAuthForm />, { wrapper: providerWrapper({ locale: 'cs' }) });
    const email = screen.getByLabelText(cs['field.email.label']);
    await user.type(email, 'not an address');
    await user.click(screen.getByRole('button', { name: cs['magicAuth.submit'] }));
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(cs['validation.email.invalid']);
    expect(email).toHaveFocus();
    expect(api.requests).toHaveLength(0);
  });
});

describe('after a failed request', () => {
  test('nothing the customer typed is lost, and the next attempt can succeed', async () => {
    api.forceNext('login', { networkError: true });
    const onSuccess = vi.fn();
    const { user } = renderLogin({ onSuccess });
    await fillAndSubmit(user, verified.email, verifiedPassword);
    expect((await screen.findByRole('alert')).textContent).toBe(en['error.network']);
    expect(emailInput()).toHaveValue(verified.email);
    expect(passwordInput()).toHaveValue(verifiedPassword);

    await user.click(submitButton());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(api.requests).toHaveLength(2);
  });

  test('the alert of the last attempt goes away when the customer submits again', async () => {
    api.forceNext('login', { code: 'E001' });
    api.setLatency(300);
    const { user } = renderLogin();
    await fillAndSubmit(user, verified.email, 'wrong password');
    expect((await screen.findByRole('alert')).textContent).toBe(en['error.login.E001']);
    await user.click(submitButton());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((await screen.findByRole('alert')).textContent).toBe(en['error.login.E004']);
  });

  test('onError receives the BizKitHubError itself', async () => {
    const onError = vi.fn();
    const { user } = renderLogin({ onError });
    await fillAndSubmit(user, verified.email, 'wrong password');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    const [error] = onError.mock.calls[0] ?? [];
    expect(error).toBeInstanceOf(BizKitHubError);
    expect(isBizKitHubError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'BizKitHubError', kind: 'api', endpoint: 'login', code: 'E004' });
  });
});

describe('while a request is pending', () => {
  test('the button is busy and aria-disabled, shows the pending label, and a second click or Enter sends nothing', async () => {
    // The request waits at a gate that this test opens after the clicks below: they land while it is
    // pending however slow the machine is, and nothing waits longer than it must.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sent: string[] = [];
    const gatedFetch: typeof fetch = async (input, init) => {
      sent.push(String(input instanceof Request ? input.url : input));
      await gate;
      return fetch(input, init);
    };
    const onSuccess = vi.fn();
    const { user, container } = renderLogin({ onSuccess }, { fetch: gatedFetch });
    await fillAndSubmit(user, verified.email, verifiedPassword);

    const pending = screen.getByRole('button', { name: en['login.submitting'] });
    expect(pending).toHaveAttribute('type', 'submit');
    expect(pending).toHaveAttribute('aria-busy', 'true');
    expect(pending).toHaveAttribute('aria-disabled', 'true');
    expect(pending).toHaveAttribute('data-pending', 'true');
    // aria-disabled rather than disabled: the button keeps keyboard focus.
    expect(pending).toBeEnabled();
    expect(container.querySelector('form')).toHaveAttribute('data-pending', 'true');
    expect(screen.queryByRole('button', { name: en['login.submit'] })).not.toBeInTheDocument();

    await user.click(pending);
    await user.click(pending);
    await user.type(passwordInput(), '{Enter}');
    pending.focus();
    await user.keyboard('{Enter}');
    expect(sent).toHaveLength(1);
    expect(screen.getByRole('button', { name: en['login.submitting'] })).toHaveAttribute('aria-busy', 'true');

    release();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(sent).toHaveLength(1);
    expect(api.requests).toHaveLength(1);
  });

  test('the button is back to normal after a failure', async () => {
    api.setLatency(300);
    const { user, container } = renderLogin();
    await fillAndSubmit(user, verified.email, 'wrong password');
    expect(screen.getByRole('button', { name: en['login.submitting'] })).toHaveAttribute('aria-busy', 'true');
    await screen.findByRole('alert');
    const button = submitButton();
    expect(button).not.toHaveAttribute('aria-busy');
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).not.toHaveAttribute('data-pending');
    expect(container.querySelector('form')).not.toHaveAttribute('data-pending');
  });

  test('MagicAuthForm shows its pending label and ignores a double click', async () => {
    api.setLatency(400);
    const user = setupUser();
    const onSuccess = vi.fn();
    render(<MagicAuthForm onSuccess={onSuccess} />, { wrapper: providerWrapper() });
    await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
    await user.dblClick(screen.getByRole('button', { name: en['magicAuth.submit'] }));
    expect(screen.getByRole('button', { name: en['magicAuth.submitting'] })).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(api.requests).toHaveLength(1);
  });

  test('two submits within one tick, before React re-renders, still send one request', async () => {
    const onSuccess = vi.fn();
    const { user } = renderLogin({ onSuccess });
    await user.type(emailInput(), verified.email);
    await user.type(passwordInput(), verifiedPassword);
    const button = submitButton();
    // A tap faster than a render: the second click still sees the form as idle.
    act(() => {
      button.click();
      button.click();
    });
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(api.requests).toHaveLength(1);
  });
});

describe('language', () => {
  test("changing the provider's locale re-renders labels, field errors and a shown error in Czech, keeping the input", async () => {
    const queryClient = createTestQueryClient();
    function App({ locale }: { locale: string }) {
      return (
        <QueryClientProvider client={queryClient}>
          <BizKitHubProvider apiKey={devKey} locale={locale} catalogs={[cs]}>
            <LoginForm onResetPassword={() => undefined} />
          </BizKitHubProvider>
        </QueryClientProvider>
      );
    }
    const user = setupUser();
    const { rerender } = render(<App locale="en" />);
    await fillAndSubmit(user, verified.email, 'wrong password');
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('p')?.textContent).toBe(en['error.login.E004']);
    expect(within(alert).getByRole('button', { name: en['action.forgotPassword'] })).toBeInTheDocument();

    rerender(<App locale="cs" />);
    expect(screen.getByRole('alert').querySelector('p')?.textContent).toBe(cs['error.login.E004']);
    expect(within(screen.getByRole('alert')).getByRole('button', { name: cs['action.forgotPassword'] })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: cs['login.title'] })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: cs['login.submit'] })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: cs['password.show'] })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: cs['action.forgotPassword'] }).length).toBeGreaterThan(0);
    expect(passwordInput(cs)).toHaveValue('wrong password');
    expect(emailInput(cs)).toHaveValue(verified.email);
    expect(screen.queryByText(en['error.login.E004'])).not.toBeInTheDocument();

    // A field error follows the language too.
    await user.clear(emailInput(cs));
    await user.click(screen.getByRole('button', { name: cs['login.submit'] }));
    await waitFor(() => expect(emailInput(cs)).toHaveAccessibleDescription(cs['validation.email.required']));
    rerender(<App locale="en" />);
    expect(emailInput()).toHaveAccessibleDescription(en['validation.email.required']);
    expect(api.requests).toHaveLength(1);
  });

  test("the provider's messages override single texts and the rest keep the locale", async () => {
    const overrides = { 'login.submit': 'Log in', 'field.email.label': 'Your e-mail', 'error.login.E004': 'Those details do not match.' };
    const user = setupUser();
    render(<LoginForm />, { wrapper: providerWrapper({ messages: overrides }) });
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Your e-mail')).toBeInTheDocument();
    expect(screen.getByLabelText(en['field.password.label'])).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your e-mail'), verified.email);
    await user.type(passwordInput(), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Those details do not match.');
  });

  test('overrides lay on top of a Czech catalog', () => {
    render(<LoginForm />, { wrapper: providerWrapper({ locale: 'cs', messages: { 'login.submit': 'Vstoupit' } }) });
    expect(screen.getByRole('button', { name: 'Vstoupit' })).toBeInTheDocument();
    expect(screen.getByLabelText(cs['field.password.label'])).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: cs['login.title'] })).toBeInTheDocument();
  });
});

describe('styling hooks and slots', () => {
  test('classNames add classes to the named parts next to the stable bkh- classes', async () => {
    const user = setupUser();
    const { container } = render(
      <LoginForm
        className="page-form"
        classNames={{
          root: 'acme-root',
          title: 'acme-title',
          field: 'acme-field',
          label: 'acme-label',
          input: 'acme-input',
          error: 'acme-error',
          alert: 'acme-alert',
          button: 'acme-button',
          toggle: 'acme-toggle',
          status: 'acme-status',
        }}
      />,
      { wrapper: providerWrapper() },
    );
    const form = container.querySelector('form');
    expect(form).toHaveClass('bkh-root', 'acme-root', 'page-form');
    expect(screen.getByRole('heading')).toHaveClass('bkh-title', 'acme-title');
    expect(emailInput()).toHaveClass('bkh-input', 'acme-input');
    expect(emailInput().closest('[data-field]')).toHaveClass('bkh-field', 'acme-field');
    expect(container.querySelector(`label[for="${CSS.escape(emailInput().id)}"]`)).toHaveClass('bkh-label', 'acme-label');
    expect(submitButton()).toHaveClass('bkh-button', 'acme-button');
    expect(screen.getByRole('button', { name: en['password.show'] })).toHaveClass('bkh-toggle', 'acme-toggle');
    expect(screen.getByRole('status')).toHaveClass('bkh-status', 'acme-status');

    await user.click(submitButton());
    await waitFor(() => expect(emailInput()).toHaveAttribute('aria-invalid', 'true'));
    expect(description(emailInput())).toHaveClass('bkh-error', 'acme-error');

    await user.type(emailInput(), verified.email);
    await user.type(passwordInput(), 'wrong password');
    await user.click(submitButton());
    expect(await screen.findByRole('alert')).toHaveClass('bkh-alert', 'acme-alert');
  });

  test('slots composed from the exported defaultComponents keep what the defaults do: refs reach the elements, the link prints no `to`', async () => {
    // A design system that only adds its marks to the defaults (the forms themselves render plain elements).
    const Input = forwardRef<HTMLInputElement, ComponentPropsWithoutRef<'input'>>(function Input(props, ref) {
      return <defaultComponents.Input {...props} ref={ref} data-design-system="input" />;
    });
    const Link = (props: LinkSlotProps) => <defaultComponents.Link {...props} data-design-system="link" />;
    const user = setupUser();
    render(<LoginForm components={{ Input, Link }} registerHref="/register" />, { wrapper: providerWrapper() });

    expect(emailInput()).toHaveAttribute('data-design-system', 'input');
    const link = screen.getByRole('link', { name: en['action.registerInstead'] });
    expect(link).toHaveAttribute('href', '/register');
    expect(link).toHaveAttribute('data-design-system', 'link');
    expect(link).not.toHaveAttribute('to');
    // react-hook-form focuses the first invalid field through the default Input's forwarded ref.
    await user.click(submitButton());
    await waitFor(() => expect(emailInput()).toHaveAttribute('aria-invalid', 'true'));
    expect(emailInput()).toHaveFocus();
    expect(api.requests).toHaveLength(0);
  });

  test('custom Input, Button and Alert components are used and everything still works through forwarded refs', async () => {
    const CustomInput = forwardRef<HTMLInputElement, ComponentPropsWithoutRef<'input'>>(function CustomInput(props, ref) {
      return <input {...props} ref={ref} data-design-system="input" />;
    });
    const CustomButton = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'>>(function CustomButton(props, ref) {
      return <button {...props} ref={ref} data-design-system="button" />;
    });
    const CustomAlert = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function CustomAlert(props, ref) {
      return <div {...props} ref={ref} data-design-system="alert" />;
    });
    const components: Partial<AuthFormComponents> = { Input: CustomInput, Button: CustomButton, Alert: CustomAlert };
    const onSuccess = vi.fn();
    const onRegister = vi.fn();
    const user = setupUser();
    render(<LoginForm components={components} onSuccess={onSuccess} onRegister={onRegister} />, {
      wrapper: providerWrapper(),
    });

    const email = emailInput();
    const password = passwordInput();
    expect(email).toHaveAttribute('data-design-system', 'input');
    expect(password).toHaveAttribute('data-design-system', 'input');
    expect(email).toHaveAttribute('autocomplete', 'username');
    for (const button of screen.getAllByRole('button')) expect(button).toHaveAttribute('data-design-system', 'button');

    // react-hook-form focuses the first invalid field through the Input's ref.
    await user.click(submitButton());
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveFocus();
    expect(api.requests).toHaveLength(0);

    // The toggle still works through the custom Button.
    await user.type(password, 'x');
    await user.click(screen.getByRole('button', { name: en['password.show'] }));
    expect(password).toHaveAttribute('type', 'text');
    await user.clear(password);

    await user.type(email, 'nobody@example.com');
    await user.type(password, 'whatever');
    await user.click(submitButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-design-system', 'alert');
    expect(alert.textContent).toContain(en['error.login.E002']);
    await user.click(within(alert).getByRole('button', { name: en['action.register'] }));
    expect(onRegister).toHaveBeenCalledTimes(1);

    await user.clear(email);
    await user.clear(password);
    await user.type(email, verified.email);
    await user.type(password, verifiedPassword);
    await user.click(submitButton());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(api.requests.map((request) => request.body)).toEqual([
      { email: 'nobody@example.com', password: 'whatever' },
      { email: verified.email, password: verifiedPassword },
    ]);
  });

  test('a custom Status receives the success announcement and focus', async () => {
    const CustomStatus = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function CustomStatus(props, ref) {
      return <div {...props} ref={ref} data-design-system="status" />;
    });
    const user = setupUser();
    render(<MagicAuthForm components={{ Status: CustomStatus }} />, { wrapper: providerWrapper() });
    await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
    await user.click(screen.getByRole('button', { name: en['magicAuth.submit'] }));
    const status = await screen.findByText(en['magicAuth.success']);
    const region = status.closest('[role="status"]');
    expect(region).toHaveAttribute('data-design-system', 'status');
    expect(region).toHaveFocus();
  });
});

describe('React StrictMode', () => {
  /** The usual providers (a fresh QueryClient per test) under <StrictMode>. */
  function strictWrapper() {
    const Providers = providerWrapper();
    return function StrictProviders({ children }: { children?: ReactNode }) {
      return (
        <StrictMode>
          <Providers>{children}</Providers>
        </StrictMode>
      );
    };
  }

  test('LoginForm still signs in and sends exactly one request', async () => {
    const onSuccess = vi.fn();
    const user = setupUser();
    render(<LoginForm onSuccess={onSuccess} />, { wrapper: strictWrapper() });
    await fillAndSubmit(user, verified.email, verifiedPassword);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status')).toHaveTextContent(en['login.success']);
    expect(api.requests).toHaveLength(1);
  });

  test('MagicAuthForm still signs in and sends exactly one request', async () => {
    const onSuccess = vi.fn();
    const user = setupUser();
    render(<MagicAuthForm onSuccess={onSuccess} />, { wrapper: strictWrapper() });
    await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
    await user.click(screen.getByRole('button', { name: en['magicAuth.submit'] }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(api.requests).toHaveLength(1);
  });
});
