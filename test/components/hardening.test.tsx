// The attacks of the security review (issue 9) on the forms. Runs on React 19 (jsdom)
// and on React 18.3 (the react18 project), which renders `javascript:` hrefs as it is given them.
import { render, screen, waitFor } from '@testing-library/react';
import { version } from 'react';
import type { MockInstance } from 'vitest';
import {
  createBizKitHubClient,
  en,
  formatMessage,
  LoginForm,
  MagicAuthForm,
  RegisterForm,
  SetNewPasswordForm,
  type BizKitHubProviderProps,
} from '../../src/index.js';
import { devKey } from '../support/keys.js';
import { startMockBizKitHub, verified } from '../support/mockServer.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { setupUser } from '../support/user.js';

const api = startMockBizKitHub();

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

const sentence = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const submitLogin = () => screen.getByRole('button', { name: en['login.submit'] });

async function signInAttempt(props: Partial<BizKitHubProviderProps> = {}, email = verified.email) {
  const user = setupUser();
  const view = render(<LoginForm resetPasswordHref="/forgot" registerHref="/register" />, { wrapper: providerWrapper(props) });
  await user.type(screen.getByLabelText(en['field.email.label']), email);
  await user.type(screen.getByLabelText(en['field.password.label']), 'a password');
  await user.click(submitLogin());
  return { user, ...view };
}

test('the forms run on the React this project was asked to test', () => {
  // The react18 project sets BKH_REACT (vite.config.ts); the others run the installed React 19.
  const asked = typeof process === 'undefined' ? undefined : process.env.BKH_REACT;
  expect(version).toMatch(new RegExp(`^${(asked ?? '19').replace('.', '\\.')}\\.`));
});

describe('…Href props accept only relative URLs, http(s): and mailto:', () => {
  test.each([
    ['javascript:alert(document.cookie)', 'javascript:'],
    ['JavaScript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    [' data:text/html,<script>alert(1)</script>', 'data:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
  ])('%j is not rendered, and the developer is warned', (href, scheme) => {
    render(<LoginForm resetPasswordHref={href} registerHref={href} />, { wrapper: providerWrapper() });
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(document.querySelector('a[href]')).toBeNull();
    expect(document.body.innerHTML).not.toMatch(/script:|data:/i);
    // Warned once per scheme in this module; a later test with the same scheme finds it already told.
    if (warn.mock.calls.length > 0) expect(String(warn.mock.calls[0]?.[0])).toContain(scheme);
  });

  test('the warning names the scheme, never the whole URL', () => {
    render(<LoginForm registerHref="ftp://user:secret@files.example/x" />, { wrapper: providerWrapper() });
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('ftp:');
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('secret');
  });

  test('a refused href with an onClick falls back to the button', async () => {
    const onRegister = vi.fn();
    render(<LoginForm registerHref="javascript:void(0)" onRegister={onRegister} />, { wrapper: providerWrapper() });
    expect(screen.queryByRole('link')).toBeNull();
    await setupUser().click(screen.getByRole('button', { name: en['action.registerInstead'] }));
    expect(onRegister).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['/register', '/register'],
    ['../register?from=login#top', '../register?from=login#top'],
    ['https://shop.example/forgot', 'https://shop.example/forgot'],
    ['mailto:help@shop.example', 'mailto:help@shop.example'],
  ])('%s is rendered as given', (href, expected) => {
    render(<LoginForm registerHref={href} />, { wrapper: providerWrapper() });
    expect(screen.getByRole('link', { name: en['action.registerInstead'] })).toHaveAttribute('href', expected);
    expect(warn).not.toHaveBeenCalled();
  });

  test('the panel that replaces SetNewPasswordForm without a token refuses javascript: too', () => {
    render(<SetNewPasswordForm token="" requestNewLinkHref="javascript:alert(1)" />, { wrapper: providerWrapper() });
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('hideAccountExistence', () => {
  /** The form's markup with React's generated ids normalized. */
  const markup = (container: HTMLElement) =>
    (container.querySelector('form')?.outerHTML ?? '').replace(/(_r_|:r|«r)[0-9a-z]+(_|:|»)/g, 'ID');

  async function loginMarkup(code: string, hide: boolean) {
    api.forceNext('login', { code });
    const { container, unmount } = await signInAttempt({ hideAccountExistence: hide });
    await screen.findByRole('alert');
    await waitFor(() => expect(submitLogin()).not.toHaveAttribute('aria-busy'));
    const html = markup(container);
    unmount();
    return html;
  }

  // Three sign-ins in a row: on React 18 (its deps transformed on first use) and a busy machine, more than 5 s.
  test('login: E002, E003 and E004 leave the very same DOM', { timeout: 15_000 }, async () => {
    const [e002, e003, e004] = [await loginMarkup('E002', true), await loginMarkup('E003', true), await loginMarkup('E004', true)];
    expect(e002).toBe(e004);
    expect(e003).toBe(e004);
    expect(e004).toContain(sentence(en['error.login.E004']).slice(0, 20));
  });

  test('login: off by default, the three answers guide the customer differently', { timeout: 15_000 }, async () => {
    const [e002, e003, e004] = [await loginMarkup('E002', false), await loginMarkup('E003', false), await loginMarkup('E004', false)];
    expect(new Set([e002, e003, e004]).size).toBe(3);
  });

  test('magic-auth: E002, E003 and E004 leave the very same DOM', async () => {
    const magicMarkup = async (code: string) => {
      api.forceNext('magic-auth', { code });
      const user = setupUser();
      const { container, unmount } = render(<MagicAuthForm registerHref="/register" />, {
        wrapper: providerWrapper({ hideAccountExistence: true }),
      });
      await user.type(screen.getByLabelText(en['field.email.label']), 'someone@example.com');
      await user.click(screen.getByRole('button', { name: en['magicAuth.submit'] }));
      await screen.findByRole('alert');
      const html = markup(container);
      unmount();
      return html;
    };
    const [e002, e003, e004] = [await magicMarkup('E002'), await magicMarkup('E003'), await magicMarkup('E004')];
    expect(e002).toBe(e004);
    expect(e003).toBe(e004);
    expect(e004).not.toContain('href="/register"');
  });

  test('onError still receives the real code, for the integrator’s own logs', async () => {
    api.forceNext('login', { code: 'E002' });
    const onError = vi.fn();
    const user = setupUser();
    render(<LoginForm onError={onError} />, { wrapper: providerWrapper({ hideAccountExistence: true }) });
    await user.type(screen.getByLabelText(en['field.email.label']), 'nobody@example.com');
    await user.type(screen.getByLabelText(en['field.password.label']), 'x');
    await user.click(submitLogin());
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'E002' })));
  });
});

describe('cooldowns the server dictates', () => {
  const countdown = () => document.querySelector('[data-cooldown=""]')?.textContent ?? '';

  test('Retry-After: 99999999 locks the form for one hour (h:mm:ss), not 3.17 years', async () => {
    api.forceNext('login', { rateLimit: { retryAfterSeconds: 99_999_999 } });
    await signInAttempt();
    await waitFor(() => expect(countdown()).toContain('1:00:00'));
    expect(countdown()).not.toContain('1666666');
    expect(submitLogin()).toHaveAttribute('aria-disabled', 'true');
  });

  test('a cooldown survives unmounting and mounting the form again within the provider', async () => {
    api.forceNext('login', { rateLimit: { retryAfterSeconds: 3600 } });
    const Wrapper = providerWrapper();
    const user = setupUser();
    const { rerender } = render(<LoginForm />, { wrapper: Wrapper });
    await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
    await user.type(screen.getByLabelText(en['field.password.label']), 'x');
    await user.click(submitLogin());
    await waitFor(() => expect(submitLogin()).toHaveAttribute('aria-disabled', 'true'));

    // A route change: the form goes away and comes back; the provider stays.
    rerender(<p>another page</p>);
    expect(screen.queryByRole('form')).toBeNull();
    rerender(<LoginForm />);
    expect(submitLogin()).toHaveAttribute('aria-disabled', 'true');
    expect(countdown()).toMatch(/1:00:00|59:5\d/);

    await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
    await user.type(screen.getByLabelText(en['field.password.label']), 'correct horse');
    await user.click(submitLogin());
    expect(api.requests).toHaveLength(1);
  });

  test('an endless cooldownMs is refused: the form is not locked for ever', async () => {
    api.forceNext('login', { code: 'E006' });
    const user = setupUser();
    render(<LoginForm cooldownMs={Number.POSITIVE_INFINITY} />, { wrapper: providerWrapper() });
    await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
    await user.type(screen.getByLabelText(en['field.password.label']), 'correct horse');
    await user.click(submitLogin());
    await screen.findByRole('alert');
    await waitFor(() => expect(submitLogin()).not.toHaveAttribute('aria-busy'));
    expect(submitLogin()).not.toHaveAttribute('aria-disabled');
    await user.click(submitLogin());
    await waitFor(() => expect(api.requests).toHaveLength(2));
  });
});

describe('the reset token in the URL fragment', () => {
  let originalUrl = '';
  beforeEach(() => {
    originalUrl = window.location.href;
  });
  afterEach(() => window.history.replaceState(window.history.state, '', originalUrl));

  async function mailedToken() {
    await createBizKitHubClient({ apiKey: devKey }).resetPassword({ email: verified.email });
    const mail = api.lastEmail(verified.email);
    if (mail?.kind !== 'reset-password') throw new Error('no reset e-mail');
    return mail.token;
  }

  test('#token= is read, sent, and removed from the address bar; other fragment parts stay', async () => {
    const token = await mailedToken();
    window.history.replaceState(null, '', `/reset?utm=1#token=${token}&step=2`);
    const user = setupUser();
    render(<SetNewPasswordForm confirmPassword={false} />, { wrapper: providerWrapper() });
    await waitFor(() => expect(window.location.hash).toBe('#step=2'));
    expect(window.location.search).toBe('?utm=1');
    expect(window.location.href).not.toContain(token);

    await user.type(screen.getByLabelText(en['field.newPassword.label']), 'a new password');
    await user.click(screen.getByRole('button', { name: en['setNewPassword.submit'] }));
    await screen.findByText(en['setNewPassword.success.title']);
    expect(api.requests.at(-1)?.body).toMatchObject({ token });
  });

  test('a fragment of only the token is removed whole', async () => {
    window.history.replaceState(null, '', '/reset#token=ABC');
    render(<SetNewPasswordForm />, { wrapper: providerWrapper() });
    await waitFor(() => expect(window.location.hash).toBe(''));
    expect(window.location.href).not.toContain('ABC');
  });
});

describe('phones typed the usual ways', () => {
  async function registerWithPhone(phone: string) {
    const user = setupUser();
    render(<RegisterForm fields={['phone']} />, { wrapper: providerWrapper() });
    await user.type(screen.getByLabelText(en['field.email.label']), 'new.customer@example.com');
    await user.type(screen.getByLabelText(en['field.password.label']), 'a password');
    await user.type(screen.getByLabelText(new RegExp(en['field.phone.label'])), phone);
    await user.click(screen.getByRole('button', { name: en['register.submit'] }));
  }

  test('00420 777 123 456 is sent as +420 777123456', async () => {
    await registerWithPhone('00420 777 123 456');
    await screen.findByText(en['register.success.title']);
    expect(api.requests[0]?.body).toMatchObject({ phone: '+420 777123456' });
  });

  test('a number without its calling code gets the message that shows the expected form', async () => {
    await registerWithPhone('777 123 456');
    expect(await screen.findByText(en['validation.phone.invalid'])).toBeInTheDocument();
    expect(en['validation.phone.invalid']).toContain('+420 777123456');
    expect(api.requests).toHaveLength(0);
  });
});

test('after a successful sign-in no password is left in the form', async () => {
  const { container } = await signInAttempt({}, verified.email);
  // The emulator refuses 'a password': try again with the right one.
  await screen.findByRole('alert');
  const user = setupUser();
  const password = screen.getByLabelText(en['field.password.label']);
  await user.clear(password);
  await user.type(password, 'correct horse');
  await user.click(submitLogin());
  await screen.findByText(formatMessage(en['login.success'], {}));
  expect(container.querySelector('input[type="password"]')).toBeNull();
  expect(container.innerHTML).not.toContain('correct horse');
});
