import { render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import {
  createBizKitHubClient,
  en,
  SetNewPasswordForm,
  type Messages,
  type SetNewPasswordFormProps,
} from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { devKey } from '../support/keys.js';
import { startMockBizKitHub, verified } from '../support/mockServer.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { setupUser } from '../support/user.js';

// The emulator's clock runs `offsetMs` ahead of the real one, so a reset link can be made to expire.
let offsetMs = 0;
const api = startMockBizKitHub(undefined, { now: () => Date.now() + offsetMs });
const client = createBizKitHubClient({ apiKey: devKey });

const catalogs = { en, cs } satisfies Record<string, Messages>;
type Locale = keyof typeof catalogs;

/** Catalog texts keep one-letter words on their line with U+00A0; the DOM queries compare collapsed whitespace. */
const sentence = (text: string) => text.replace(/\s+/g, ' ').trim();

let originalUrl = '';
let originalState: unknown;
beforeEach(() => {
  originalUrl = window.location.href;
  originalState = window.history.state;
  // A page without `?token=` unless a test puts one there.
  window.history.replaceState(originalState, '', '/reset');
});
afterEach(() => {
  window.history.replaceState(originalState, '', originalUrl);
  offsetMs = 0;
});

/** Asks the emulator for a reset link, as the customer did on the previous page, and returns its token. */
async function mailedToken(email = verified.email, expirationTime?: string): Promise<string> {
  await client.resetPassword({ email, expirationTime });
  const mail = api.lastEmail(email);
  if (mail?.kind !== 'reset-password') throw new Error(`the emulator sent no reset e-mail to ${email}`);
  return mail.token;
}

function renderSetNew(props: SetNewPasswordFormProps = {}, locale: Locale = 'en', strict = false) {
  const user = setupUser();
  const form = <SetNewPasswordForm {...props} />;
  const view = render(strict ? <StrictMode>{form}</StrictMode> : form, { wrapper: providerWrapper({ locale }) });
  const t = catalogs[locale];
  const choose = async (password: string, confirmation = password) => {
    await user.type(screen.getByLabelText(t['field.newPassword.label']), password);
    if (confirmation !== '') await user.type(screen.getByLabelText(t['field.confirmPassword.label']), confirmation);
    await user.click(screen.getByRole('button', { name: t['setNewPassword.submit'] }));
  };
  return { user, choose, t, ...view };
}

const setNewPasswordRequests = () => api.requests.filter((request) => request.endpoint === 'set-new-password');

describe('SetNewPasswordForm: the whole flow through the emulator', () => {
  test.each(['en', 'cs'] as const)('the mailed token sets the new password; success offers "Sign in" (%s)', async (locale) => {
    const token = await mailedToken();
    const onSuccess = vi.fn();
    const onLogin = vi.fn();
    const { user, choose, t } = renderSetNew({ token, onSuccess, onLogin }, locale);
    await choose('brand new secret');

    expect(await screen.findByRole('heading', { name: t['setNewPassword.success.title'] })).toBeInTheDocument();
    const status = screen.getByRole('status');
    expect(sentence(status.textContent ?? '')).toBe(sentence(t['setNewPassword.success.body']));
    expect(status).toHaveFocus();
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(setNewPasswordRequests().map((r) => r.body)).toEqual([{ token, password: 'brand new secret' }]);

    await user.click(screen.getByRole('button', { name: t['action.login'] }));
    expect(onLogin).toHaveBeenCalledTimes(1);

    // The platform really changed it: the new password signs in, the link is spent.
    await expect(client.login({ email: verified.email, password: 'brand new secret' })).resolves.toMatchObject({
      identityId: expect.stringMatching(/^[A-Za-z0-9]{32}$/),
    });
    await expect(client.setNewPassword({ token, password: 'another one' })).rejects.toMatchObject({ code: 'E003' });
  });

  test('the success texts as written', async () => {
    const token = await mailedToken();
    const { choose } = renderSetNew({ token, loginHref: '/sign-in' });
    await choose('brand new secret');
    expect(await screen.findByRole('heading', { name: 'Password changed' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your password has been changed. You can now sign in with it.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  test('confirmPassword={false} asks once', async () => {
    const token = await mailedToken();
    const { choose } = renderSetNew({ token, confirmPassword: false });
    expect(screen.queryByLabelText('Confirm password')).not.toBeInTheDocument();
    await choose('only once', '');
    expect(await screen.findByRole('heading', { name: 'Password changed' })).toBeInTheDocument();
    expect(setNewPasswordRequests()[0]?.body).toEqual({ token, password: 'only once' });
  });
});

describe('SetNewPasswordForm: the token in the page URL', () => {
  test('reads ?token=, removes it from the address bar, keeps the other parameters, and sends it', async () => {
    window.history.replaceState(null, '', '/reset?token=XYZ&utm=1');
    const { choose } = renderSetNew({ onRequestNewLink: () => undefined });

    await waitFor(() => expect(window.location.search).toBe('?utm=1'));
    expect(window.location.pathname).toBe('/reset');
    expect(window.location.href).not.toContain('XYZ');
    await choose('brand new secret');

    // XYZ is no token the emulator issued: the request went out with it and came back E003.
    const alert = await screen.findByRole('alert');
    expect(setNewPasswordRequests().map((r) => r.body)).toEqual([{ token: 'XYZ', password: 'brand new secret' }]);
    expect(within(alert).getByText(en['error.set-new-password.E003'])).toBeInTheDocument();
    expect(window.location.href).not.toContain('XYZ');
  });

  test('a real mailed token in the URL completes the flow, also under StrictMode', async () => {
    const token = await mailedToken();
    window.history.replaceState(null, '', `/reset?utm=1&token=${token}#top`);
    const { choose } = renderSetNew({}, 'en', true);

    await waitFor(() => expect(window.location.search).toBe('?utm=1'));
    expect(window.location.hash).toBe('#top');
    expect(window.location.href).not.toContain(token);
    await choose('brand new secret');
    expect(await screen.findByRole('heading', { name: 'Password changed' })).toBeInTheDocument();
    expect(setNewPasswordRequests().map((r) => r.body)).toEqual([{ token, password: 'brand new secret' }]);
  });

  test('`tokenParam` names another parameter; the `token` prop wins over the URL and leaves it alone', async () => {
    window.history.replaceState(null, '', '/reset?t=FROMURL');
    const first = renderSetNew({ tokenParam: 't' });
    await waitFor(() => expect(window.location.search).toBe(''));
    await first.choose('pw');
    await screen.findByRole('alert');
    expect(setNewPasswordRequests().at(-1)?.body).toEqual({ token: 'FROMURL', password: 'pw' });
    first.unmount();

    window.history.replaceState(null, '', '/reset?token=FROMURL');
    const second = renderSetNew({ token: 'FROMPROP' });
    await second.choose('pw');
    await screen.findByRole('alert');
    expect(setNewPasswordRequests().at(-1)?.body).toEqual({ token: 'FROMPROP', password: 'pw' });
    expect(window.location.search).toBe('?token=FROMURL');
  });
});

describe('SetNewPasswordForm: no token', () => {
  test.each(['en', 'cs'] as const)(
    'without a prop or URL parameter shows the localized error and "Request a new link", and sends nothing (%s)',
    async (locale) => {
      const onRequestNewLink = vi.fn();
      const { user, t } = renderSetNew({ onRequestNewLink }, locale);

      const alert = await screen.findByRole('alert');
      expect(sentence(alert.textContent ?? '')).toBe(sentence(t['setNewPassword.missingToken']));
      expect(screen.getByRole('heading', { name: t['setNewPassword.title'] })).toBeInTheDocument();
      expect(screen.queryByLabelText(t['field.newPassword.label'])).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: t['setNewPassword.submit'] })).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: t['action.requestNewLink'] }));
      expect(onRequestNewLink).toHaveBeenCalledTimes(1);
      expect(api.requests).toHaveLength(0);
    },
  );

  test('the English text as written, a link for requestNewLinkHref, and a blank token prop counts as none', async () => {
    renderSetNew({ token: '   ', requestNewLinkHref: '/forgot' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link is incomplete. Open the link from the e-mail again, or request a new one.',
    );
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute('href', '/forgot');
    expect(api.requests).toHaveLength(0);
  });

  test('without anywhere to go no action is offered', async () => {
    renderSetNew();
    await screen.findByRole('alert');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('SetNewPasswordForm: documented errors', () => {
  test.each(['en', 'cs'] as const)(
    'E002 (a password used before) belongs to the password field, not the alert (%s)',
    async (locale) => {
      const token = await mailedToken();
      const { choose, t } = renderSetNew({ token, onRequestNewLink: () => undefined }, locale);
      // The customer's current password.
      await choose('correct horse');

      const password = screen.getByLabelText(t['field.newPassword.label']);
      await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
      const describedBy = (password.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      const descriptions = describedBy.map((id) => sentence(document.getElementById(id)?.textContent ?? ''));
      expect(descriptions).toContain(sentence(t['error.set-new-password.E002']));
      await waitFor(() => expect(password).toHaveFocus());
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: t['action.requestNewLink'] })).not.toBeInTheDocument();
      expect(setNewPasswordRequests()).toHaveLength(1);
      expect(api.getAccount(verified.email)?.password).toBe('correct horse');
    },
  );

  test('after E002 a fresh password with the same link succeeds', async () => {
    const token = await mailedToken();
    const { user, choose } = renderSetNew({ token });
    await choose('correct horse');
    const password = screen.getByLabelText('New password');
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    await user.clear(password);
    await user.clear(screen.getByLabelText('Confirm password'));
    await choose('something fresh');
    expect(await screen.findByRole('heading', { name: 'Password changed' })).toBeInTheDocument();
  });

  test.each(['en', 'cs'] as const)('E003 (an unknown link) shows its sentence and "Request a new link" (%s)', async (locale) => {
    const onRequestNewLink = vi.fn();
    const { user, choose, t } = renderSetNew({ token: 'x'.repeat(32), onRequestNewLink }, locale);
    await choose('brand new secret');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(sentence(t['error.set-new-password.E003']))).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: t['action.requestNewLink'] }));
    expect(onRequestNewLink).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText(t['field.newPassword.label'])).not.toHaveAttribute('aria-invalid');
  });

  test.each(['en', 'cs'] as const)('E004 (an expired link, by the emulator\'s clock) shows its sentence and "Request a new link" (%s)', async (locale) => {
    const token = await mailedToken(verified.email, '1h');
    offsetMs = 61 * 60_000;
    const { choose, t } = renderSetNew({ token, requestNewLinkHref: '/forgot' }, locale);
    await choose('brand new secret');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(sentence(t['error.set-new-password.E004']))).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: t['action.requestNewLink'] })).toHaveAttribute('href', '/forgot');
    expect(api.getAccount(verified.email)?.password).toBe('correct horse');
  });

  test('E004 forced, and the English sentences as written', async () => {
    api.forceNext('set-new-password', { code: 'E004' });
    const { choose } = renderSetNew({ token: 'A'.repeat(32), onRequestNewLink: () => undefined });
    await choose('brand new secret');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This password reset link has expired. Please request a new one.');
    expect(within(alert).getByRole('button', { name: 'Request a new link' })).toBeInTheDocument();
  });

  test.each(['en', 'cs'] as const)('E001 (forced) shows the generic sentence without "Request a new link" (%s)', async (locale) => {
    const onError = vi.fn();
    api.forceNext('set-new-password', { code: 'E001' });
    const token = await mailedToken();
    const { choose, t } = renderSetNew({ token, onRequestNewLink: () => undefined, onError }, locale);
    await choose('brand new secret');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(sentence(t['error.set-new-password.E001']))).toBeInTheDocument();
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
    expect(alert).not.toHaveTextContent(/Change password failed/);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'api', endpoint: 'set-new-password', code: 'E001' }));
  });
});

describe('SetNewPasswordForm: validation', () => {
  test.each([
    ['en', 'The passwords do not match.'],
    ['cs', 'Hesla se neshodují.'],
  ] as const)('a confirmation that does not match is refused on its field with no request (%s)', async (locale, message) => {
    const { choose, t } = renderSetNew({ token: 'A'.repeat(32) }, locale);
    await choose('brand new secret', 'brand new secret!');
    const confirm = screen.getByLabelText(t['field.confirmPassword.label']);
    await waitFor(() => expect(confirm).toHaveAttribute('aria-invalid', 'true'));
    expect(confirm).toHaveAccessibleDescription(message);
    expect(confirm).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  test('an empty submit asks for the password', async () => {
    const { user } = renderSetNew({ token: 'A'.repeat(32) });
    await user.click(screen.getByRole('button', { name: 'Save password' }));
    const password = screen.getByLabelText('New password');
    await waitFor(() => expect(password).toHaveAccessibleDescription('Enter your password.'));
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    // Two empty fields match: the confirmation has nothing to say yet.
    const confirm = screen.getByLabelText('Confirm password');
    expect(confirm).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('The passwords do not match.')).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  test('a confirmation typed before the password is compared with what was typed, even while the password is refused', async () => {
    const { user } = renderSetNew({ token: 'A'.repeat(32) });
    await user.type(screen.getByLabelText('Confirm password'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Save password' }));
    await waitFor(() => expect(screen.getByLabelText('New password')).toHaveAccessibleDescription('Enter your password.'));
    expect(screen.getByLabelText('Confirm password')).toHaveAccessibleDescription('The passwords do not match.');
    expect(api.requests).toHaveLength(0);
  });
});
