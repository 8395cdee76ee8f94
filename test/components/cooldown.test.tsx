// The wait after throttling (E006, HTTP 429): the button held, one countdown, one announcement.
// A fake clock drives it, not a browser: this runs once, in jsdom (formBehaviour.test.tsx, about focus
// and keys, runs in Chromium).
import { act, render, screen, waitFor } from '@testing-library/react';
import { en, formatMessage, LoginForm, MagicAuthForm, type Messages } from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { startMockBizKitHub, verified } from '../support/mockServer.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { fillAndSubmit, passwordInput, renderLogin, submitButton } from '../support/loginForm.js';
import { setupUser } from '../support/user.js';

const api = startMockBizKitHub();
const verifiedPassword = 'correct horse';

describe('cooldown after throttling', () => {
  // Only the clock the cooldown reads; time also runs on by itself so requests and React keep working.
  beforeEach(() => {
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function fakeTimerUser() {
    return setupUser({ advanceTimers: vi.advanceTimersByTime });
  }

  function advance(ms: number) {
    act(() => {
      vi.advanceTimersByTime(ms);
    });
  }

  const countdown = (time: string, messages: Messages = en) => formatMessage(messages['cooldown.countdown'], { time });
  const started = (wait: string, messages: Messages = en) => formatMessage(messages['cooldown.started'], { wait });
  /** The alert's visible sentence and all it announces (the sentence and, unseen, the wait). */
  const alertParts = (alert: HTMLElement) => ({ shown: alert.querySelector('p')?.textContent, spoken: alert.textContent });

  test('E006 with no Retry-After holds the button for the default 30 s, says "in a moment" and announces it once, with the alert', async () => {
    api.forceNext('login', { code: 'E006' });
    const { user } = renderLogin({}, {}, fakeTimerUser());
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toBeEmptyDOMElement();

    await fillAndSubmit(user, verified.email, 'wrong password');
    const soon = en['cooldown.startedSoon'];
    expect(alertParts(await screen.findByRole('alert'))).toEqual({
      shown: en['error.login.E006'],
      spoken: `${en['error.login.E006']} ${soon}`,
    });
    const button = submitButton();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-cooldown', 'true');
    // The 30 s are our guess: no exact time anywhere, and the polite region stays quiet (the alert spoke).
    expect(screen.getByText(soon, { selector: '[data-cooldown]' })).toBeVisible();
    expect(screen.queryByText(/0:\d\d/)).not.toBeInTheDocument();
    expect(status.textContent).toBe('');

    advance(10_000);
    expect(status.textContent).toBe('');
    expect(button).toHaveAttribute('aria-disabled', 'true');

    // Submits during the cooldown send nothing.
    await user.click(button);
    await user.type(passwordInput(), '{Enter}');
    expect(api.requests).toHaveLength(1);
    expect(screen.getByRole('alert').querySelector('p')?.textContent).toBe(en['error.login.E006']);

    advance(19_000);
    expect(button).toHaveAttribute('aria-disabled', 'true');

    advance(1_000);
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).not.toHaveAttribute('data-cooldown');
    expect(screen.queryByText(soon, { selector: '[data-cooldown]' })).not.toBeInTheDocument();
    // The stale "please wait" alert goes with the wait.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(status.textContent).toBe(en['cooldown.ended']);

    // And the button works again.
    await user.click(button);
    await waitFor(() => expect(api.requests).toHaveLength(2));
    expect((await screen.findByRole('alert')).textContent).toBe(en['error.login.E004']);
  });

  test('cooldownMs sets the wait after a throttling code without Retry-After, told once by the alert, counted down once', async () => {
    api.forceNext('login', { code: 'E006' });
    const user = fakeTimerUser();
    render(<LoginForm cooldownMs={10_000} />, { wrapper: providerWrapper() });
    await fillAndSubmit(user, verified.email, 'wrong password');
    expect(alertParts(await screen.findByRole('alert')).spoken).toBe(`${en['error.login.E006']} ${started('in 10 seconds')}`);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    expect(screen.getByText(countdown('0:10'))).toBeInTheDocument();
    advance(1_000);
    expect(screen.getByText(countdown('0:09'))).toBeInTheDocument();
    advance(8_000);
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
    advance(1_000);
    expect(submitButton()).not.toHaveAttribute('aria-disabled');
    expect(status.textContent).toBe(en['cooldown.ended']);
  });

  test('a 429 with Retry-After: 90 shows one wait: the countdown from the same source, the alert with no second time', async () => {
    api.forceNext('login', { rateLimit: { retryAfterSeconds: 90 } });
    const { user } = renderLogin({}, {}, fakeTimerUser());
    await fillAndSubmit(user, verified.email, verifiedPassword);
    const alert = await screen.findByRole('alert');
    // Visible: the sentence without a time, and the countdown; announced once: the sentence and the wait.
    expect(alertParts(alert)).toEqual({
      shown: en['error.rateLimit'],
      spoken: `${en['error.rateLimit']} ${started('in 90 seconds')}`,
    });
    expect(screen.getByText(countdown('1:30'))).toBeVisible();
    expect(screen.getByRole('status').textContent).toBe('');
    advance(3_000);
    expect(screen.getByText(countdown('1:27'))).toBeInTheDocument();
    expect(alert.querySelector('p')?.textContent).toBe(en['error.rateLimit']);
  });

  test('a 429 with Retry-After: 5 holds the button for 5 s, not the default', async () => {
    api.forceNext('login', { rateLimit: { retryAfterSeconds: 5 } });
    const { user } = renderLogin({}, {}, fakeTimerUser());
    await fillAndSubmit(user, verified.email, verifiedPassword);
    expect(alertParts(await screen.findByRole('alert')).spoken).toBe(`${en['error.rateLimit']} ${started('in 5 seconds')}`);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    expect(screen.getByText(countdown('0:05'))).toBeInTheDocument();
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');

    advance(4_000);
    expect(screen.getByText(countdown('0:01'))).toBeInTheDocument();
    await user.click(submitButton());
    expect(api.requests).toHaveLength(1);

    advance(1_000);
    expect(submitButton()).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(status.textContent).toBe(en['cooldown.ended']);
  });

  test.each([
    ['a 429 without any wait', { platformCode: 'INTERNAL_TOO_MANY_REQUESTS' }],
    ['a 429 asking for no wait (Retry-After: 0)', { rateLimit: { retryAfterSeconds: 0 } }],
  ] as const)('%s falls back to the default 30 s, said as "in a moment"', async (_label, outcome) => {
    api.forceNext('login', outcome);
    const { user } = renderLogin({}, {}, fakeTimerUser());
    await fillAndSubmit(user, verified.email, verifiedPassword);
    expect((await screen.findByRole('alert')).textContent).toBe(`${en['error.rateLimit']} ${en['cooldown.startedSoon']}`);
    advance(29_000);
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
    advance(1_000);
    expect(submitButton()).not.toHaveAttribute('aria-disabled');
  });

  test('the cooldown speaks Czech under locale cs, and MagicAuthForm has one too', async () => {
    api.forceNext('magic-auth', { code: 'E006' });
    const user = fakeTimerUser();
    render(<MagicAuthForm />, { wrapper: providerWrapper({ locale: 'cs' }) });
    await user.type(screen.getByLabelText(cs['field.email.label']), verified.email);
    await user.click(screen.getByRole('button', { name: cs['magicAuth.submit'] }));
    expect(alertParts(await screen.findByRole('alert'))).toEqual({
      shown: cs['error.magic-auth.E006'],
      spoken: `${cs['error.magic-auth.E006']} ${cs['cooldown.startedSoon']}`,
    });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    await user.click(screen.getByRole('button', { name: cs['magicAuth.submit'] }));
    expect(api.requests).toHaveLength(1);
    advance(30_000);
    expect(status.textContent).toBe(cs['cooldown.ended']);
    expect(screen.getByRole('button', { name: cs['magicAuth.submit'] })).not.toHaveAttribute('aria-disabled');
  });
});
