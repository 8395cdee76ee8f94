import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { forwardRef, type ReactNode } from 'react';
import {
  BizKitHubProvider,
  en,
  LoginForm,
  RegisterForm,
  ResetPasswordForm,
  SetNewPasswordForm,
  useLoginForm,
  type LinkSlotProps,
} from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { startMockBizKitHub, verified } from '../support/mockServer.js';
import { createTestQueryClient, providerWrapper } from '../support/renderWithProvider.js';
import { setupUser } from '../support/user.js';

const api = startMockBizKitHub();

async function wrongPassword(props: Parameters<typeof LoginForm>[0] = {}) {
  const user = setupUser();
  render(<LoginForm {...props} />, { wrapper: providerWrapper() });
  await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
  await user.type(screen.getByLabelText(en['field.password.label']), 'wrong password');
  await user.click(screen.getByRole('button', { name: en['login.submit'] }));
  return { user, alert: await screen.findByRole('alert') };
}

describe('actions appear once', () => {
  test('after a wrong password "Forgot your password?" is in the alert only, not repeated under the form', async () => {
    const { alert } = await wrongPassword({ resetPasswordHref: '/forgot', registerHref: '/register' });
    expect(within(alert).getByRole('link', { name: en['action.forgotPassword'] })).toHaveAttribute('href', '/forgot');
    expect(screen.getAllByRole('link', { name: en['action.forgotPassword'] })).toHaveLength(1);
    // The other footer link stays.
    expect(screen.getByRole('link', { name: en['action.registerInstead'] })).toHaveAttribute('href', '/register');
  });

  test('register ends with "Already have an account? Sign in"; after E002 "Sign in" is offered once, in the alert', async () => {
    const user = setupUser();
    render(<RegisterForm loginHref="/sign-in" resetPasswordHref="/forgot" />, { wrapper: providerWrapper() });
    expect(screen.getByRole('link', { name: en['action.loginInstead'] })).toHaveAttribute('href', '/sign-in');
    await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
    await user.type(screen.getByLabelText(en['field.password.label']), 'whatever');
    await user.click(screen.getByRole('button', { name: en['register.submit'] }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: en['action.login'] })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByRole('link', { name: en['action.loginInstead'] })).not.toBeInTheDocument();
  });
});

describe('success panels', () => {
  test('LoginForm’s panel has its own heading, an icon hidden from assistive technology, and focus on the news', async () => {
    const user = setupUser();
    render(<LoginForm />, { wrapper: providerWrapper() });
    await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
    await user.type(screen.getByLabelText(en['field.password.label']), 'correct horse');
    await user.click(screen.getByRole('button', { name: en['login.submit'] }));
    expect(await screen.findByRole('heading', { name: en['login.success.title'] })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: en['login.title'] })).not.toBeInTheDocument();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(en['login.success']);
    expect(status).toHaveFocus();
    // Focused by code, not a control: styles.css draws no control ring on [data-focus-target].
    expect(status).toHaveAttribute('data-focus-target');
    const icon = status.querySelector('svg');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(icon).toHaveAttribute('focusable', 'false');
  });
});

describe('language and descriptions', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  test('the form carries lang only when its language differs from the page’s, and follows the page', async () => {
    document.documentElement.lang = 'cs-CZ';
    render(<LoginForm />, { wrapper: providerWrapper({ locale: 'cs' }) });
    const form = screen.getByRole('form', { name: cs['login.title'] });
    expect(form).not.toHaveAttribute('lang');
    act(() => {
      document.documentElement.lang = 'en';
    });
    await waitFor(() => expect(form).toHaveAttribute('lang', 'cs'));
  });

  test('a field’s error replaces its hint in the description, not repeated after it', async () => {
    const user = setupUser();
    render(<RegisterForm fields={['phone']} />, { wrapper: providerWrapper() });
    const phone = screen.getByLabelText(/^Phone/);
    expect(phone).toHaveAccessibleDescription(en['field.phone.hint']);
    await user.type(phone, '777');
    await user.click(screen.getByRole('button', { name: en['register.submit'] }));
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(en['validation.phone.invalid']);
    // The hint is still on the page, just not read again.
    expect(screen.getByText(en['field.phone.hint'])).toBeInTheDocument();
  });
});

test.each([
  ['the account’s username when the page knows it', verified.email],
  ['an empty one when it does not (Chromium asks for the field)', undefined],
])('SetNewPasswordForm gives password managers %s, unseen and never sent', async (_case, email) => {
  const user = setupUser();
  const { container } = render(<SetNewPasswordForm token={'B'.repeat(32)} email={email} confirmPassword={false} />, {
    wrapper: providerWrapper(),
  });
  const username = container.querySelector('input[autocomplete="username"]');
  expect(username).toHaveAttribute('name', 'username');
  expect(username).toHaveValue(email ?? '');
  expect(username).not.toBeVisible();
  api.forceNext('set-new-password', { code: 'E001' });
  await user.type(screen.getByLabelText(en['field.newPassword.label']), 'brand new');
  await user.click(screen.getByRole('button', { name: en['setNewPassword.submit'] }));
  await screen.findByRole('alert');
  expect(api.requests[0]?.body).toEqual({ token: 'B'.repeat(32), password: 'brand new' });
});

test('the Link slot gets the URL as href and as to, so a router link that reads `to` works as it is', () => {
  const RouterLink = forwardRef<HTMLAnchorElement, { to: string; className?: string | undefined; children?: ReactNode }>(
    ({ to, ...props }, ref) => <a {...props} ref={ref} href={`/app${to}`} data-router="" />,
  );
  const { unmount } = render(<LoginForm registerHref="/register" components={{ Link: RouterLink }} />, {
    wrapper: providerWrapper(),
  });
  expect(screen.getByRole('link', { name: en['action.registerInstead'] })).toHaveAttribute('href', '/app/register');
  unmount();
  // The default <a> does not print `to`.
  render(<LoginForm registerHref="/register" />, { wrapper: providerWrapper() });
  const plain = screen.getByRole('link', { name: en['action.registerInstead'] });
  expect(plain).toHaveAttribute('href', '/register');
  expect(plain).not.toHaveAttribute('to');
  expect<LinkSlotProps['to']>('/x').toBe('/x');
});

describe('a wrong or missing key no longer blanks the page', () => {
  function App({ apiKey, children }: { apiKey: string | undefined; children: ReactNode }) {
    return (
      <QueryClientProvider client={createTestQueryClient()}>
        <BizKitHubProvider apiKey={apiKey}>
          <h1>Shop</h1>
          {children}
        </BizKitHubProvider>
      </QueryClientProvider>
    );
  }

  test('in development the form’s place shows the configuration error, and the console has it once', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <App apiKey="not-a-key-0001">
        <LoginForm />
        <RegisterForm />
      </App>,
    );
    expect(screen.getByRole('heading', { name: 'Shop' })).toBeInTheDocument();
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(2);
    for (const alert of alerts) expect(alert).toHaveTextContent(/configuration error.*apiKey is not a BizKitHub key/);
    expect(alerts[0]?.textContent).not.toContain('not-a-key-0001');
    expect(error.mock.calls.filter(([message]) => String(message).includes('not a BizKitHub key'))).toHaveLength(1);
    error.mockRestore();
  });

  // Production is read from process.env.NODE_ENV, as bundlers replace it: only Node can stub it here.
  test.runIf(/\bjsdom\b/i.test(navigator.userAgent))('in production the customer reads the localized "not available" sentence', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubEnv('NODE_ENV', 'production');
    try {
      render(
        <App apiKey={undefined}>
          <LoginForm />
        </App>,
      );
      expect(screen.getByRole('alert')).toHaveTextContent(en['error.platform.apiKey']);
    } finally {
      vi.unstubAllEnvs();
      error.mockRestore();
    }
  });

  test('hooks reject with a typed BizKitHubError, which a form hook shows as the localized key error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onError = vi.fn();
    function Probe() {
      const form = useLoginForm({ onError });
      return (
        <form aria-label="probe" onSubmit={form.onSubmit} noValidate>
          <input aria-label="mail" {...form.register('email')} />
          <input aria-label="pass" {...form.register('password')} />
          <button type="submit">go</button>
          {form.errorMessage ? <p role="alert">{form.errorMessage}</p> : null}
        </form>
      );
    }
    render(
      <App apiKey="PROD_short">
        <Probe />
      </App>,
    );
    const user = setupUser();
    await user.type(screen.getByLabelText('mail'), verified.email);
    await user.type(screen.getByLabelText('pass'), 'x');
    await user.click(screen.getByRole('button', { name: 'go' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(en['error.platform.apiKey']);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ name: 'BizKitHubError', kind: 'platform', code: 'PUBLIC_API_KEY_IS_NOT_IN_VALID_FORMAT' });
    expect(api.requests).toHaveLength(0);
    error.mockRestore();
  });
});

describe('the logo slot', () => {
  const logo = <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Tea & Kettle" />;

  test('sits above the title, on the form and on its result panel', async () => {
    const user = setupUser();
    render(<ResetPasswordForm logo={logo} classNames={{ logo: 'shop-logo' }} />, { wrapper: providerWrapper() });
    const mark = screen.getByRole('img', { name: 'Tea & Kettle' });
    const title = screen.getByRole('heading', { name: en['resetPassword.title'] });
    expect(mark.parentElement).toHaveClass('bkh-logo', 'shop-logo');
    expect(mark.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.type(screen.getByLabelText(en['field.email.label']), 'jana@example.com');
    await user.click(screen.getByRole('button', { name: en['resetPassword.submit'] }));
    await screen.findByRole('heading', { name: en['resetPassword.success.title'] });
    expect(screen.getByRole('img', { name: 'Tea & Kettle' })).toBeInTheDocument();
  });

  test('renders nothing of its own without a logo', () => {
    const { container } = render(<ResetPasswordForm />, { wrapper: providerWrapper() });
    expect(container.querySelector('.bkh-logo')).toBeNull();
  });
});
