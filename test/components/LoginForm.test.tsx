import { act, render, screen, waitFor, within } from '@testing-library/react';
import { type UserEvent } from '@testing-library/user-event';
import {
  en,
  formatMessage,
  LoginForm,
  RegisterForm,
  type BizKitHubError,
  type BizKitHubProviderProps,
  type MessageKey,
  type Messages,
} from '../../src/index.js';
import { formatWait } from '../../src/i18n/formatWait.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { banned, contact, startMockBizKitHub, unverified, verified } from '../support/mockServer.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { emailInput, fillAndSubmit, passwordInput, renderLogin, submitButton } from '../support/loginForm.js';
import { setupUser } from '../support/user.js';

const api = startMockBizKitHub();

const catalogs: Record<'en' | 'cs', Messages> = { en, cs };
const verifiedPassword = 'correct horse';
const seededPassword = 'secret';
/** The sample key printed in BizKitHub's docs: well-formed, refused by the platform. */
const sampleKey = 'PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE';

/**
 * The sentence the form's alert shows once it shows (the catalog keeps non-breaking spaces, so
 * compare text as is); a throttle's alert also speaks the wait, unseen, after it.
 */
async function alertText(): Promise<string> {
  const alert = await screen.findByRole('alert');
  return alert.querySelector('p')?.textContent ?? '';
}

/** Clicks submit again and waits until the answer has been handled (the form no longer busy). */
async function resubmit(user: UserEvent, onError: ReturnType<typeof vi.fn>, failures: number, messages: Messages) {
  await user.click(submitButton(messages));
  await waitFor(() => {
    expect(onError).toHaveBeenCalledTimes(failures);
    expect(submitButton(messages)).not.toHaveAttribute('aria-busy');
  });
}

describe('LoginForm: signing in', () => {
  test('a seeded customer signs in: onSuccess gets the identityId and the success text replaces the form', async () => {
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const { user } = renderLogin({ onSuccess, onError });

    await fillAndSubmit(user, verified.email, verifiedPassword);

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const [result] = onSuccess.mock.calls[0] ?? [];
    expect(result).toEqual({ mode: 'direct', identityId: expect.stringMatching(/^[A-Za-z0-9]{32}$/) });
    expect(onError).not.toHaveBeenCalled();
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.endpoint).toBe('login');
    expect(api.requests[0]?.body).toEqual({ email: verified.email, password: verifiedPassword });

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(en['login.success']);
    // Focus lands on the news instead of on a button that no longer exists.
    expect(status).toHaveFocus();
    expect(screen.queryByLabelText(en['field.password.label'])).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('the success text is Czech under locale cs', async () => {
    const { user } = renderLogin({}, { locale: 'cs' });
    await fillAndSubmit(user, verified.email, verifiedPassword, cs);
    expect(await screen.findByText(cs['login.success'])).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(cs['login.success']);
  });

  test('customerRealIp is sent along with the credentials', async () => {
    const { user } = renderLogin({ customerRealIp: '203.0.113.7' });
    await fillAndSubmit(user, verified.email, verifiedPassword);
    await screen.findByText(en['login.success']);
    expect(api.requests[0]?.body).toEqual({ email: verified.email, password: verifiedPassword, customerRealIp: '203.0.113.7' });
  });
});

type LoginCode = 'E001' | 'E002' | 'E003' | 'E004' | 'E005' | 'E006' | 'E007';

/** How each documented code is reached: by the emulator's real rules where it has them, else forced. */
const reachCode: Record<LoginCode, (user: UserEvent, onError: ReturnType<typeof vi.fn>, messages: Messages) => Promise<void>> = {
  E001: async (user, _onError, messages) => {
    api.forceNext('login', { code: 'E001' });
    await fillAndSubmit(user, verified.email, verifiedPassword, messages);
  },
  E002: (user, _onError, messages) => fillAndSubmit(user, 'nobody@example.com', 'whatever', messages),
  E003: (user, _onError, messages) => fillAndSubmit(user, contact.email, 'anything', messages),
  E004: (user, _onError, messages) => fillAndSubmit(user, verified.email, 'wrong password', messages),
  E005: (user, _onError, messages) => fillAndSubmit(user, banned.email, seededPassword, messages),
  E006: async (user, onError, messages) => {
    // Five wrong passwords within the window: the sixth attempt is throttled.
    await fillAndSubmit(user, verified.email, 'wrong password', messages);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    for (let failures = 2; failures <= 5; failures += 1) await resubmit(user, onError, failures, messages);
    expect(onError.mock.calls.map(([error]) => (error as BizKitHubError).code)).toEqual(['E004', 'E004', 'E004', 'E004', 'E004']);
    await user.click(submitButton(messages));
  },
  E007: (user, _onError, messages) => fillAndSubmit(user, unverified.email, seededPassword, messages),
};

describe.each(['en', 'cs'] as const)('LoginForm: documented codes in %s', (locale) => {
  const messages = catalogs[locale];
  test.each(Object.keys(reachCode) as LoginCode[])('%s shows its own catalog sentence in the alert', async (code) => {
    const onError = vi.fn();
    const onSuccess = vi.fn();
    const { user } = renderLogin({ onError, onSuccess }, { locale });

    await reachCode[code](user, onError, messages);

    const key: MessageKey = `error.login.${code}`;
    await waitFor(() => expect(onError.mock.calls.at(-1)?.[0]).toMatchObject({ kind: 'api', endpoint: 'login', code }));
    expect(await alertText()).toBe(messages[key]);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});

describe('LoginForm: what an error offers', () => {
  test.each(['E002', 'E003'] as const)('%s offers "Create an account" in the alert, and clicking it calls onRegister', async (code) => {
    const onRegister = vi.fn();
    const { user } = renderLogin({ onRegister });
    await reachCode[code](user, vi.fn(), en);

    const alert = await screen.findByRole('alert');
    const register = within(alert).getByRole('button', { name: en['action.register'] });
    expect(register).toHaveAttribute('type', 'button');
    await user.click(register);
    expect(onRegister).toHaveBeenCalledTimes(1);
    // The action is a plain button: it submits nothing.
    expect(api.requests).toHaveLength(1);
  });

  test.each(['E002', 'E003'] as const)('%s offers a register link when registerHref is given', async (code) => {
    const { user } = renderLogin({ registerHref: '/register' });
    await reachCode[code](user, vi.fn(), en);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: en['action.register'] })).toHaveAttribute('href', '/register');
  });

  test('the register action is localized in cs', async () => {
    const { user } = renderLogin({ onRegister: vi.fn() }, { locale: 'cs' });
    await reachCode.E002(user, vi.fn(), cs);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: cs['action.register'] })).toBeInTheDocument();
  });

  test('without onRegister or registerHref the alert offers no register action', async () => {
    const { user } = renderLogin();
    await reachCode.E003(user, vi.fn(), en);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(en['error.login.E003']);
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
    expect(within(alert).queryByRole('link')).not.toBeInTheDocument();
  });

  test('E005 offers no register action even when onRegister is given, but the support contact when given', async () => {
    const onContactSupport = vi.fn();
    const { user } = renderLogin({ onRegister: vi.fn(), onContactSupport });
    await reachCode.E005(user, vi.fn(), en);
    const alert = await screen.findByRole('alert');
    expect(within(alert).queryByRole('button', { name: en['action.register'] })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: en['action.contactSupport'] }));
    expect(onContactSupport).toHaveBeenCalledTimes(1);
  });

  test('E005 with supportHref links to support; without it the alert offers nothing', async () => {
    const { user, unmount } = renderLogin({ supportHref: 'mailto:help@shop.example' });
    await reachCode.E005(user, vi.fn(), en);
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: en['action.contactSupport'] })).toHaveAttribute(
      'href',
      'mailto:help@shop.example',
    );
    unmount();
    const again = renderLogin();
    await reachCode.E005(again.user, vi.fn(), en);
    expect(within(await screen.findByRole('alert')).queryByRole('link')).not.toBeInTheDocument();
  });

  test('E007 (not verified yet) names the address and when registering again sends a new e-mail; no action before then', async () => {
    const onRegister = vi.fn();
    const { user } = renderLogin({ onRegister });
    await reachCode.E007(user, vi.fn(), en);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(formatMessage(en['confirmation.pending'], { email: unverified.email, wait: formatWait(600_000, 'en') }));
    // A countdown, not announced: the sentence above says the wait once.
    const countdown = alert.querySelector('[data-confirmation-countdown]');
    expect(countdown).toHaveAttribute('aria-hidden', 'true');
    expect(['10:00', '9:59', '9:58'].map((time) => formatMessage(en['confirmation.countdown'], { time }))).toContain(countdown?.textContent);
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
    // Not offered under the form either while the wait runs: registering would be refused (E004).
    expect(screen.queryByRole('button', { name: en['action.registerAgain'] })).not.toBeInTheDocument();
  });

  /**
   * The clock moves on by `ms`, as while a tab sleeps in the background, and the countdown's next
   * second runs: one re-render instead of one per second.
   */
  async function timePasses(ms: number) {
    vi.setSystemTime(Date.now() + ms - 1_000);
    await act(async () => vi.advanceTimersByTime(1_000));
  }

  test('E007: once ten minutes have passed since the first refusal, "Register again" is offered, in the alert only', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'setTimeout', 'Date'] });
    try {
      const onRegister = vi.fn();
      const { user } = renderLogin({ onRegister });
      await reachCode.E007(user, vi.fn(), en);
      const alert = await screen.findByRole('alert');
      expect(within(alert).queryByRole('button', { name: en['action.registerAgain'] })).not.toBeInTheDocument();
      await timePasses(600_000);
      expect(alert).toHaveTextContent(formatMessage(en['confirmation.ready'], { email: unverified.email }));
      await user.click(within(alert).getByRole('button', { name: en['action.registerAgain'] }));
      expect(onRegister).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('button', { name: en['action.registerInstead'] })).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  test('E007 after a registration on this page: the wait counts from the registration, not from the refusal', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'setTimeout', 'Date'] });
    try {
      const user = setupUser({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
      // One provider for both, as one page session.
      render(
        <>
          <RegisterForm />
          <LoginForm />
        </>,
        { wrapper: providerWrapper() },
      );
      const [registerEmail, loginEmail] = screen.getAllByLabelText(en['field.email.label']);
      const [registerPassword, loginPassword] = screen.getAllByLabelText(en['field.password.label']);
      await user.type(registerEmail as HTMLElement, 'new@example.com');
      await user.type(registerPassword as HTMLElement, 'long enough 1');
      await user.click(screen.getByRole('button', { name: en['register.submit'] }));
      await screen.findByText(formatMessage(en['register.success.body'], { email: 'new@example.com' }));
      await timePasses(240_000);
      await user.type(loginEmail as HTMLElement, 'new@example.com');
      await user.type(loginPassword as HTMLElement, 'long enough 1');
      await user.click(screen.getByRole('button', { name: en['login.submit'] }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(formatMessage(en['confirmation.pending'], { email: 'new@example.com', wait: formatWait(360_000, 'en') }));
      expect(['6:00', '5:59', '5:58'].map((time) => formatMessage(en['confirmation.countdown'], { time }))).toContain(
        alert.querySelector('[data-confirmation-countdown]')?.textContent,
      );
    } finally {
      vi.useRealTimers();
    }
  });

  test('E007 tells the customer to confirm the e-mail address first', async () => {
    const { user } = renderLogin();
    await reachCode.E007(user, vi.fn(), en);
    expect(await alertText()).toMatch(/not been confirmed.*confirmation e-mail/);
  });

  test('E004 offers "Forgot your password?" in the alert', async () => {
    const onResetPassword = vi.fn();
    const { user } = renderLogin({ onResetPassword });
    await reachCode.E004(user, vi.fn(), en);
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: en['action.forgotPassword'] }));
    expect(onResetPassword).toHaveBeenCalledTimes(1);
  });
});

describe('LoginForm: every kind of failure shows its own sentence, never success', () => {
  async function failWith(provider: Partial<BizKitHubProviderProps> = {}) {
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const { user } = renderLogin({ onSuccess, onError }, provider);
    await fillAndSubmit(user, verified.email, verifiedPassword);
    const text = await alertText();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(screen.queryByText(en['login.success'])).not.toBeInTheDocument();
    // The form stays, with what the customer typed.
    expect(emailInput()).toHaveValue(verified.email);
    expect(passwordInput()).toHaveValue(verifiedPassword);
    const error = onError.mock.calls[0]?.[0] as BizKitHubError | undefined;
    return { text, error };
  }

  test('a network failure', async () => {
    api.forceNext('login', { networkError: true });
    const { text, error } = await failWith();
    expect(text).toBe(en['error.network']);
    expect(error?.kind).toBe('network');
  });

  test('a network failure in cs', async () => {
    api.forceNext('login', { networkError: true });
    const onError = vi.fn();
    const { user } = renderLogin({ onError }, { locale: 'cs' });
    await fillAndSubmit(user, verified.email, verifiedPassword, cs);
    expect(await alertText()).toBe(cs['error.network']);
  });

  test('no answer within timeoutMs', async () => {
    api.forceNext('login', { delayMs: 1_000 });
    const { text, error } = await failWith({ timeoutMs: 50 });
    expect(text).toBe(en['error.timeout']);
    expect(error?.kind).toBe('timeout');
    // The abandoned request has reached the emulator (and taken its forced answer) before the
    // next test arranges its own; in a busy browser it may arrive after the form has timed out.
    await waitFor(() => expect(api.requests).toHaveLength(1));
  });

  test('HTTP 429 with Retry-After says how long to wait: once, in the alert (unseen), and in the countdown', async () => {
    // A minute: long enough that the cooldown cannot end (and take the alert away) while a loaded
    // machine runs this test; the countdown may have ticked a second or two by the last check.
    api.forceNext('login', { rateLimit: { retryAfterSeconds: 60 } });
    const { text, error } = await failWith();
    expect(text).toBe(en['error.rateLimit']);
    expect(screen.getByRole('alert').textContent).toBe(`${en['error.rateLimit']} ${formatMessage(en['cooldown.started'], { wait: formatWait(60_000, 'en') })}`);
    const countdown = (time: string) => formatMessage(en['cooldown.countdown'], { time });
    expect(screen.getByText((_, element) => ['1:00', '0:59', '0:58'].map(countdown).includes(element?.textContent ?? '') && element?.children.length === 0)).toBeVisible();
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterMs: 60_000 });
  });

  test('HTTP 429 with Retry-After in cs', async () => {
    api.forceNext('login', { rateLimit: { retryAfterSeconds: 60 } });
    const { user } = renderLogin({}, { locale: 'cs' });
    await fillAndSubmit(user, verified.email, verifiedPassword, cs);
    expect(await alertText()).toBe(cs['error.rateLimit']);
    expect(screen.getByRole('alert').textContent).toBe(
      `${cs['error.rateLimit']} ${formatMessage(cs['cooldown.started'], { wait: formatWait(60_000, 'cs') })}`,
    );
  });

  test('HTTP 429 without any wait', async () => {
    api.forceNext('login', { platformCode: 'INTERNAL_TOO_MANY_REQUESTS' });
    const { text, error } = await failWith();
    expect(text).toBe(en['error.rateLimit']);
    expect(error).toMatchObject({ kind: 'rate-limit', status: 429, retryAfterMs: undefined });
  });

  test('a key the platform refuses (the docs sample key)', async () => {
    const { text, error } = await failWith({ apiKey: sampleKey });
    expect(text).toBe(en['error.platform.apiKey']);
    expect(error).toMatchObject({ kind: 'platform', code: 'PUBLIC_API_KEY_DOES_NOT_EXIST', status: 404 });
    expect(document.body.textContent).not.toContain('Public API key does not exist');
  });

  test('a platform code about the customer IP', async () => {
    api.forceNext('login', { platformCode: 'INTERNAL_ACCOUNT_CAN_NOT_DETERMINATE_USER_IP' });
    const { text, error } = await failWith();
    expect(text).toBe(en['error.platform.ip']);
    expect(error?.kind).toBe('platform');
  });

  test('a non-JSON 502 page from a proxy reads as an outage', async () => {
    api.forceNext('login', { nonJson: 502 });
    const { text, error } = await failWith();
    expect(text).toBe(en['error.server']);
    expect(error).toMatchObject({ kind: 'invalid-response', status: 502 });
    expect(document.body.textContent).not.toContain('upstream server');
  });

  test('a success without identityId is an error, never a success', async () => {
    api.forceNext('login', { successWithoutIdentity: true });
    const { text, error } = await failWith();
    expect(text).toBe(en['error.invalidResponse']);
    expect(error?.kind).toBe('invalid-response');
    expect(screen.queryByRole('status')).not.toHaveTextContent(en['login.success']);
  });

  test("the server's own message never reaches the page", async () => {
    const serverText = 'Internal: rule 42 matched for jana';
    api.forceNext('login', { code: 'E004', message: serverText });
    const { text, error } = await failWith();
    expect(text).toBe(en['error.login.E004']);
    expect(error?.serverMessage).toContain('rule 42');
    expect(document.body.textContent).not.toContain(serverText);
    expect(document.body.innerHTML).not.toContain('rule 42');
  });

  test("a platform's own message never reaches the page either", async () => {
    api.forceNext('login', { platformCode: 'PUBLIC_API_KEY_IS_NOT_ACTIVE', message: 'Key DEV_abc is disabled by admin' });
    const { text } = await failWith();
    expect(text).toBe(en['error.platform.apiKey']);
    expect(document.body.innerHTML).not.toContain('disabled by admin');
  });
});

describe('LoginForm: password visibility', () => {
  test('the toggle is a pressed/unpressed button that switches the input type and keeps the value', async () => {
    const { user } = renderLogin();
    const password = passwordInput();
    const toggle = screen.getByRole('button', { name: en['password.show'] });
    expect(toggle).toHaveAttribute('type', 'button');
    expect(toggle).toHaveAttribute('data-state', 'hidden');
    expect(toggle).not.toHaveAttribute('aria-pressed');
    expect(password).toHaveAttribute('type', 'password');

    await user.type(password, 'p4ss word');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('data-state', 'visible');
    expect(toggle).not.toHaveAttribute('aria-pressed');
    expect(password).toHaveAttribute('type', 'text');
    expect(password).toHaveValue('p4ss word');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('data-state', 'hidden');
    expect(toggle).not.toHaveAttribute('aria-pressed');
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveValue('p4ss word');
    // Toggling never submits.
    expect(api.requests).toHaveLength(0);
    expect(screen.queryByText(en['validation.email.required'])).not.toBeInTheDocument();
  });

  test('the toggle has a Czech name under locale cs', async () => {
    const { user } = renderLogin({}, { locale: 'cs' });
    const toggle = screen.getByRole('button', { name: cs['password.show'] });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('data-state', 'visible');
    expect(toggle).not.toHaveAttribute('aria-pressed');
    expect(passwordInput(cs)).toHaveAttribute('type', 'text');
    expect(screen.queryByRole('button', { name: en['password.show'] })).not.toBeInTheDocument();
  });
});

describe('LoginForm: links under the form', () => {
  test('"Forgot your password?" calls onResetPassword', async () => {
    const onResetPassword = vi.fn();
    const { user } = renderLogin({ onResetPassword });
    await user.click(screen.getByRole('button', { name: en['action.forgotPassword'] }));
    expect(onResetPassword).toHaveBeenCalledTimes(1);
    expect(api.requests).toHaveLength(0);
  });

  test('resetPasswordHref and registerHref render links', () => {
    renderLogin({ resetPasswordHref: '/forgot', registerHref: '/register' });
    expect(screen.getByRole('link', { name: en['action.forgotPassword'] })).toHaveAttribute('href', '/forgot');
    expect(screen.getByRole('link', { name: en['action.registerInstead'] })).toHaveAttribute('href', '/register');
  });

  test('without targets there are no links or extra buttons', () => {
    renderLogin();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([en['password.show'], en['login.submit']]);
  });

  test('onRegister shows "Don’t have an account yet? Create one" under the form too', async () => {
    const onRegister = vi.fn();
    const { user } = renderLogin({ onRegister });
    await user.click(screen.getByRole('button', { name: en['action.registerInstead'] }));
    expect(onRegister).toHaveBeenCalledTimes(1);
  });
});

describe('LoginForm: markup', () => {
  test('the inputs carry the attributes browsers and password managers read', () => {
    renderLogin();
    const email = emailInput();
    expect(email).toHaveAttribute('type', 'email');
    // The address signs in: password managers pair "username" with the current password.
    expect(email).toHaveAttribute('autocomplete', 'username');
    expect(email).toHaveAttribute('inputmode', 'email');
    expect(email).toHaveAttribute('autocapitalize', 'none');
    expect(email).toHaveAttribute('spellcheck', 'false');
    expect(email).toBeRequired();
    expect(email).toHaveAttribute('name', 'email');

    const password = passwordInput();
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    expect(password).toBeRequired();
    expect(password).toHaveAttribute('name', 'password');

    const form = screen.getByRole('form', { name: en['login.title'] });
    expect(form).toHaveAttribute('novalidate');
    expect(screen.getByRole('heading', { name: en['login.title'] })).toBeInTheDocument();
    expect(submitButton()).toHaveAttribute('type', 'submit');
    expect(submitButton()).not.toHaveAttribute('aria-disabled');
  });

  test('labels are real <label for> elements: clicking one focuses its input', async () => {
    const { user } = renderLogin();
    for (const input of [emailInput(), passwordInput()]) {
      const label = document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
      expect(label).toBeInstanceOf(HTMLLabelElement);
      expect(input.id).not.toBe('');
      await user.click(label as HTMLLabelElement);
      expect(input).toHaveFocus();
    }
  });

  test('labels are localized in cs', () => {
    renderLogin({}, { locale: 'cs' });
    expect(screen.getByLabelText(cs['field.password.label'])).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: cs['login.submit'] })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: cs['login.title'] })).toBeInTheDocument();
  });

  test('showTitle={false} drops the heading but keeps the form named', () => {
    renderLogin({ showTitle: false });
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: en['login.title'] })).toBeInTheDocument();
  });

  test('two forms on one page have distinct ids and keep their errors apart', async () => {
    const user = setupUser();
    render(
      <>
        <LoginForm />
        <LoginForm />
      </>,
      { wrapper: providerWrapper() },
    );
    const emails = screen.getAllByLabelText(en['field.email.label']);
    const passwords = screen.getAllByLabelText(en['field.password.label']);
    expect(emails).toHaveLength(2);
    expect(passwords).toHaveLength(2);
    const ids = [...emails, ...passwords].map((input) => input.id);
    expect(new Set(ids).size).toBe(4);
    const headingIds = screen.getAllByRole('heading').map((heading) => heading.id);
    expect(new Set(headingIds).size).toBe(2);
    const forms = screen.getAllByRole('form');
    expect(forms.map((form) => form.getAttribute('aria-labelledby'))).toEqual(headingIds);

    const [, second] = forms;
    await user.click(within(second as HTMLElement).getByRole('button', { name: en['login.submit'] }));
    const secondEmail = within(second as HTMLElement).getByLabelText(en['field.email.label']);
    await waitFor(() => expect(secondEmail).toHaveAttribute('aria-invalid', 'true'));
    const message = document.getElementById(secondEmail.getAttribute('aria-describedby') ?? '');
    expect(message).toHaveTextContent(en['validation.email.required']);
    expect(second).toContainElement(message);
    expect(emails[0]).not.toHaveAttribute('aria-invalid');
    expect(secondEmail).toHaveFocus();
  });
});
