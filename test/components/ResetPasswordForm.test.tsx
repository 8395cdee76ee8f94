import { render, screen, waitFor, within } from '@testing-library/react';
import { en, ResetPasswordForm, type Messages, type ResetPasswordFormProps } from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { banned, startMockBizKitHub, verified } from '../support/mockServer.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { setupUser } from '../support/user.js';

const api = startMockBizKitHub();

const catalogs = { en, cs } satisfies Record<string, Messages>;
type Locale = keyof typeof catalogs;

/** Catalog texts keep one-letter words on their line with U+00A0; the DOM queries compare collapsed whitespace. */
const sentence = (text: string) => text.replace(/\s+/g, ' ').trim();

function renderReset(props: ResetPasswordFormProps = {}, locale: Locale = 'en') {
  const user = setupUser();
  const view = render(<ResetPasswordForm {...props} />, { wrapper: providerWrapper({ locale }) });
  const t = catalogs[locale];
  const request = async (email: string) => {
    if (email !== '') await user.type(screen.getByLabelText(t['field.email.label']), email);
    await user.click(screen.getByRole('button', { name: t['resetPassword.submit'] }));
  };
  return { user, request, ...view };
}

describe('ResetPasswordForm: success', () => {
  test('says "if an account exists" naming the address, mails the token and calls onSuccess', async () => {
    const onSuccess = vi.fn();
    const { request } = renderReset({ onSuccess });
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();
    expect(
      screen.getByText('Enter the e-mail address of your account and we will send you a link to set a new password.'),
    ).toBeInTheDocument();
    await request(`  ${verified.email} `);

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(`If an account exists for ${verified.email}, we have sent a link to set a new password to that address.`);
    expect(status).toHaveFocus();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(onSuccess).toHaveBeenCalledWith({ email: verified.email });
    expect(api.requests.map((r) => r.body)).toEqual([{ email: verified.email }]);
    expect(api.lastEmail(verified.email)).toMatchObject({ kind: 'reset-password', to: verified.email });
  });

  test.each(['en', 'cs'] as const)(
    'reads the same for a seeded and an unknown address in %s: no account enumeration',
    async (locale) => {
      const t = catalogs[locale];
      const first = renderReset({}, locale);
      await first.request(verified.email);
      await screen.findByRole('heading', { name: t['resetPassword.success.title'] });
      const known = screen.getByRole('status').textContent ?? '';
      first.unmount();

      const second = renderReset({}, locale);
      await second.request('nobody@example.com');
      await screen.findByRole('heading', { name: t['resetPassword.success.title'] });
      const unknown = screen.getByRole('status').textContent ?? '';

      expect(sentence(known)).toBe(sentence(t['resetPassword.success.body'].replace('{email}', verified.email)));
      expect(known.replace(verified.email, '<address>')).toBe(unknown.replace('nobody@example.com', '<address>'));
      // The emulator mailed only the real customer, and both requests were answered as a success.
      expect(api.outbox.map((mail) => mail.to)).toEqual([verified.email]);
      expect(api.requests.map((r) => (r.body as { email: string }).email)).toEqual([verified.email, 'nobody@example.com']);
    },
  );

  test('a banned customer gets the same answer as anyone else', async () => {
    const { request } = renderReset();
    await request(banned.email);
    await screen.findByRole('heading', { name: 'Check your inbox' });
    expect(screen.getByRole('status')).toHaveTextContent(
      `If an account exists for ${banned.email}, we have sent a link to set a new password to that address.`,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('in Czech', async () => {
    const { request } = renderReset({}, 'cs');
    expect(screen.getByRole('heading', { name: 'Obnovení hesla' })).toBeInTheDocument();
    await request(verified.email);
    expect(await screen.findByRole('heading', { name: 'Zkontrolujte svou e-mailovou schránku' })).toBeInTheDocument();
    expect(sentence(screen.getByRole('status').textContent ?? '')).toBe(
      `Pokud k adrese ${verified.email} existuje účet, poslali jsme na ni odkaz pro nastavení nového hesla.`,
    );
  });

  test('`expirationTime` reaches the request and the emulator keeps the link that long', async () => {
    const { request } = renderReset({ expirationTime: '3h 20m', customerRealIp: '::1' });
    await request(verified.email);
    await screen.findByRole('heading', { name: 'Check your inbox' });
    expect(api.requests[0]?.body).toEqual({ email: verified.email, expirationTime: '3h 20m', customerRealIp: '127.0.0.1' });
    const mail = api.lastEmail(verified.email);
    expect(mail?.expiresAt).toBeDefined();
    expect((mail?.expiresAt ?? 0) - (mail?.sentAt ?? 0)).toBe((3 * 60 + 20) * 60_000);
  });

  test('"Sign in" under the form and after success, when the integrator gives somewhere to go', async () => {
    const onLogin = vi.fn();
    const { user, request } = renderReset({ onLogin });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onLogin).toHaveBeenCalledTimes(1);
    await request(verified.email);
    await screen.findByRole('heading', { name: 'Check your inbox' });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onLogin).toHaveBeenCalledTimes(2);
  });
});

describe('ResetPasswordForm: failures', () => {
  test.each([
    ['en', { code: 'E001' }],
    ['cs', { code: 'E001' }],
    // reset-password documents no codes: whatever code arrives reads as the same generic failure.
    ['en', { code: 'E002' }],
  ] as const)('a failure in %s (%o) shows the generic reset-password sentence', async (locale, outcome) => {
    const onError = vi.fn();
    api.forceNext('reset-password', outcome);
    const { request } = renderReset({ onError }, locale);
    await request(verified.email);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(sentence(catalogs[locale]['error.reset-password.failed']))).toBeInTheDocument();
    expect(alert).not.toHaveTextContent(/Reset password request failed/);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'api', endpoint: 'reset-password', code: outcome.code }));
    // The customer keeps what they typed and can retry.
    expect(screen.getByLabelText('E-mail')).toHaveValue(verified.email);
    expect(screen.queryByRole('heading', { name: catalogs[locale]['resetPassword.success.title'] })).not.toBeInTheDocument();
  });

  test('the sentence is fixed text: English and Czech as written', async () => {
    api.forceNext('reset-password', { code: 'E001' });
    const en = renderReset({}, 'en');
    await en.request(verified.email);
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not send the link. Please try again in a moment.');
    en.unmount();

    api.forceNext('reset-password', { code: 'E001' });
    const cz = renderReset({}, 'cs');
    await cz.request(verified.email);
    expect(sentence((await screen.findByRole('alert')).textContent ?? '')).toBe(
      'Odkaz se nám nepodařilo odeslat. Zkuste to prosím za chvíli znovu.',
    );
  });

  test('a retry after the failure succeeds and clears the alert', async () => {
    api.forceNext('reset-password', { code: 'E001' });
    const { user } = renderReset();
    await user.type(screen.getByLabelText('E-mail'), verified.email);
    await user.click(screen.getByRole('button', { name: 'Send link' }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Send link' }));
    await screen.findByRole('heading', { name: 'Check your inbox' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(2);
  });
});

describe('ResetPasswordForm: validation', () => {
  test.each([
    ['en', '', 'Enter your e-mail address.'],
    ['en', 'jana(at)example.com', 'Enter a valid e-mail address, such as jan@example.com.'],
    ['cs', '', 'Zadejte e-mailovou adresu.'],
    ['cs', 'jana(at)example.com', 'Zadejte platnou e-mailovou adresu, například jan@example.com.'],
  ] as const)('in %s, %j is refused on the field with no request', async (locale, typed, message) => {
    const { request } = renderReset({}, locale);
    await request(typed);
    const email = screen.getByLabelText('E-mail');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(message);
    expect(email).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
    expect(api.outbox).toHaveLength(0);
  });

  test('an invalid expirationTime prop is refused before anything is sent, told to the developer, not blamed on the customer', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onError = vi.fn();
    const { request } = renderReset({ expirationTime: 'three hours', onError });
    await request(verified.email);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'validation', fields: { expirationTime: 'validation.expirationTime.invalid' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(en['error.reset-password.failed']);
    expect(String(consoleError.mock.calls[0]?.[0])).toMatch(/expirationTime.*form's props/);
    expect(api.requests).toHaveLength(0);
    consoleError.mockRestore();
  });
});
