import { render, screen, waitFor, within } from '@testing-library/react';
import {
  en,
  formatMessage,
  useLoginForm,
  useMagicAuthForm,
  useRegisterForm,
  useResetPasswordForm,
  useSetNewPasswordForm,
  type IdentityResult,
} from '../../src/index.js';
import { registerCooldownMs } from '../../src/components/useAuthForm.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { startMockBizKitHub, verified } from '../support/mockServer.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { setupUser } from '../support/user.js';

const api = startMockBizKitHub();

/**
 * A sign-in card in someone else's markup: no slots, no classes, no styles.css. Only the hook's
 * return value drives it, as an integrator's design system would use it.
 */
function AcmeSignIn({ onSuccess }: { onSuccess?: (result: IdentityResult) => void }) {
  const { register, onSubmit, fieldError, errorMessage, pending, cooldown, result } = useLoginForm({ onSuccess });
  if (result) return <p role="status">Welcome, {result.email}</p>;
  return (
    <form aria-label="Acme sign-in" noValidate onSubmit={onSubmit}>
      <label>
        Acme e-mail
        <input type="email" autoComplete="username" {...register('email')} aria-invalid={fieldError('email') !== undefined} />
      </label>
      {fieldError('email') ? <small data-testid="email-error">{fieldError('email')}</small> : null}
      <label>
        Acme password
        <input type="password" autoComplete="current-password" {...register('password')} />
      </label>
      {errorMessage ? <div role="alert">{errorMessage}</div> : null}
      <div role="status">{cooldown.announcement}</div>
      {cooldown.active ? <span data-testid="countdown">{cooldown.countdown}</span> : null}
      <button type="submit" disabled={pending || cooldown.active}>
        {pending ? 'Wait…' : 'Go'}
      </button>
    </form>
  );
}

async function signIn(email: string, password: string) {
  const user = setupUser();
  await user.type(screen.getByLabelText('Acme e-mail'), email);
  await user.type(screen.getByLabelText('Acme password'), password);
  await user.click(screen.getByRole('button', { name: 'Go' }));
  return user;
}

describe('useLoginForm: a sign-in card in markup of your own', () => {
  test('signs in: onSuccess gets the session, result keeps only the e-mail', async () => {
    const onSuccess = vi.fn();
    render(<AcmeSignIn onSuccess={onSuccess} />, { wrapper: providerWrapper() });
    await signIn(verified.email, 'correct horse');
    expect(await screen.findByText(`Welcome, ${verified.email}`)).toHaveAttribute('role', 'status');
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ identityId: expect.stringMatching(/^[A-Za-z0-9]{32}$/) }));
    expect(api.requests.map((request) => request.body)).toEqual([{ email: verified.email, password: 'correct horse' }]);
  });

  test('field and form errors come localized in the provider’s language; an invalid form sends nothing', async () => {
    render(<AcmeSignIn />, { wrapper: providerWrapper({ locale: 'cs' }) });
    const user = await signIn('not an address', 'x');
    expect(await screen.findByTestId('email-error')).toHaveTextContent(cs['validation.email.invalid']);
    expect(screen.getByLabelText('Acme e-mail')).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests).toHaveLength(0);

    await user.clear(screen.getByLabelText('Acme e-mail'));
    await user.type(screen.getByLabelText('Acme e-mail'), verified.email);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(cs['error.login.E004']);
  });

  test('a throttle gives the cooldown: the announcement text, a countdown, and submits are ignored', async () => {
    api.forceNext('login', { rateLimit: { retryAfterSeconds: 120 } });
    render(<AcmeSignIn />, { wrapper: providerWrapper() });
    await signIn(verified.email, 'correct horse');
    expect(await screen.findByRole('alert')).toHaveTextContent(en['error.rateLimit']);
    expect(screen.getByTestId('countdown')).toHaveTextContent(formatMessage(en['cooldown.countdown'], { time: '2:00' }));
    expect(screen.getByRole('button', { name: 'Go' })).toBeDisabled();
    expect(api.requests).toHaveLength(1);
  });
});

describe('the other form hooks', () => {
  test('useRegisterForm: register E004 waits the documented ten minutes, and says so', async () => {
    function Probe() {
      const form = useRegisterForm();
      return (
        <form aria-label="join" onSubmit={form.onSubmit} noValidate>
          <input aria-label="mail" {...form.register('email')} />
          <input aria-label="pass" {...form.register('password')} />
          <button type="submit">join</button>
          <output data-testid="wait">{`${form.cooldown.totalMs}|${form.cooldown.message}`}</output>
          {form.result ? <p role="status">{form.result.email}</p> : null}
        </form>
      );
    }
    api.forceNext('register-account', { code: 'E004' });
    render(<Probe />, { wrapper: providerWrapper() });
    const user = setupUser();
    await user.type(screen.getByLabelText('mail'), 'again@example.com');
    await user.type(screen.getByLabelText('pass'), 'secret');
    await user.click(screen.getByRole('button', { name: 'join' }));
    await waitFor(() =>
      expect(screen.getByTestId('wait')).toHaveTextContent(
        `${registerCooldownMs}|${formatMessage(en['cooldown.started'], { wait: 'in 10 minutes' })}`,
      ),
    );
  });

  test('useResetPasswordForm: result holds the address the link went to', async () => {
    function Probe() {
      const form = useResetPasswordForm({ expirationTime: '1h' });
      return form.result ? (
        <p role="status">{form.result.email}</p>
      ) : (
        <form aria-label="reset" onSubmit={form.onSubmit} noValidate>
          <input aria-label="mail" {...form.register('email')} />
          <button type="submit">send</button>
        </form>
      );
    }
    render(<Probe />, { wrapper: providerWrapper() });
    const user = setupUser();
    await user.type(screen.getByLabelText('mail'), ` ${verified.email} `);
    await user.click(screen.getByRole('button', { name: 'send' }));
    expect(await screen.findByRole('status')).toHaveTextContent(verified.email);
    expect(api.requests[0]?.body).toEqual({ email: verified.email, expirationTime: '1h' });
  });

  test('useSetNewPasswordForm: hasToken says when there is no link to use; a reused password lands on its field', async () => {
    function Probe({ token }: { token: string }) {
      const form = useSetNewPasswordForm({ token, confirmPassword: false });
      if (form.hasToken === false) return <p role="alert">no token</p>;
      return (
        <form aria-label="new" onSubmit={form.onSubmit} noValidate>
          <input aria-label="pw" {...form.register('password')} />
          <span data-testid="pw-error">{form.fieldError('password')}</span>
          <button type="submit">save</button>
        </form>
      );
    }
    const { rerender } = render(<Probe token="" />, { wrapper: providerWrapper() });
    expect(screen.getByRole('alert')).toHaveTextContent('no token');
    rerender(<Probe token={'A'.repeat(32)} />);
    api.forceNext('set-new-password', { code: 'E002' });
    const user = setupUser();
    await user.type(screen.getByLabelText('pw'), 'used before');
    await user.click(screen.getByRole('button', { name: 'save' }));
    await waitFor(() => expect(screen.getByTestId('pw-error')).toHaveTextContent(en['error.set-new-password.E002']));
  });

  test('useMagicAuthForm: direct mode signs in with the e-mail alone; mode says which request a submit sends', async () => {
    const onSuccess = vi.fn();
    function Probe() {
      const form = useMagicAuthForm({ onSuccess });
      return (
        <form aria-label={`magic ${form.mode}`} onSubmit={form.onSubmit} noValidate>
          <input aria-label="mail" {...form.register('email')} />
          <button type="submit">go</button>
          {form.result ? <p role="status">{form.result.email}</p> : null}
        </form>
      );
    }
    render(<Probe />, { wrapper: providerWrapper() });
    const form = screen.getByRole('form', { name: 'magic direct' });
    const user = setupUser();
    await user.type(within(form).getByLabelText('mail'), verified.email);
    await user.click(within(form).getByRole('button', { name: 'go' }));
    expect(await screen.findByRole('status')).toHaveTextContent(verified.email);
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ identityId: expect.any(String) }));
  });

  test('useMagicAuthForm alone, in English, says what a documented code means (its own texts, not a generic failure)', async () => {
    function Probe() {
      const form = useMagicAuthForm();
      return (
        <form aria-label="magic" onSubmit={form.onSubmit} noValidate>
          <input aria-label="mail" {...form.register('email')} />
          <button type="submit">go</button>
          {form.errorMessage ? <p role="alert">{form.errorMessage}</p> : null}
        </form>
      );
    }
    render(<Probe />, { wrapper: providerWrapper() });
    api.forceNext('magic-auth', { code: 'E005' });
    const user = setupUser();
    await user.type(screen.getByLabelText('mail'), verified.email);
    await user.click(screen.getByRole('button', { name: 'go' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(en['error.magic-auth.E005']);
  });
});
