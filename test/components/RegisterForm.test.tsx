import { render, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { en, formatMessage, RegisterForm, type Messages, type RegisterField, type RegisterFormProps } from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { banned, startMockBizKitHub, verified } from '../support/mockServer.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { setupUser } from '../support/user.js';

const api = startMockBizKitHub();

const catalogs = { en, cs } satisfies Record<string, Messages>;
type Locale = keyof typeof catalogs;

/** Catalog texts keep one-letter words on their line with U+00A0; the DOM queries compare collapsed whitespace. */
const sentence = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The text anywhere in an accessible name or description, whatever spaces separate its words. */
const loosely = (text: string) => new RegExp(sentence(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));

function renderRegister(props: RegisterFormProps = {}, locale: Locale = 'en') {
  const user = setupUser();
  const view = render(<RegisterForm {...props} />, { wrapper: providerWrapper({ locale }) });
  return { user, ...view };
}

/** Fills the two fields every registration has; optional profile fields are typed by the test itself. */
async function fillCredentials(user: UserEvent, email: string, password = 'pw 123', locale: Locale = 'en') {
  await user.type(screen.getByLabelText(catalogs[locale]['field.email.label']), email);
  await user.type(screen.getByLabelText(catalogs[locale]['field.password.label']), password);
}

const submit = (user: UserEvent, locale: Locale = 'en') =>
  user.click(screen.getByRole('button', { name: catalogs[locale]['register.submit'] }));

describe('RegisterForm: success', () => {
  test('shows "Check your inbox" naming the trimmed address, mails a verification link and calls onSuccess', async () => {
    const onSuccess = vi.fn();
    const { user } = renderRegister({ onSuccess });
    await fillCredentials(user, '  new.customer@example.com  ');
    await submit(user);

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(sentence(formatMessage(en['register.success.body'], { email: 'new.customer@example.com' })));
    expect(screen.queryByRole('button', { name: 'Create account' })).not.toBeInTheDocument();
    // Focus moves to the news, not to the body after the submit button vanished.
    expect(status).toHaveFocus();

    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith({ email: 'new.customer@example.com' });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.body).toEqual({ email: 'new.customer@example.com', password: 'pw 123' });
    const mail = api.lastEmail('new.customer@example.com');
    expect(mail?.kind).toBe('verification');
    expect(mail?.token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(api.outbox).toHaveLength(1);
    expect(api.getAccount('new.customer@example.com')).toMatchObject({ verified: false, password: 'pw 123' });
  });

  test('in Czech the success panel speaks Czech', async () => {
    const { user } = renderRegister({}, 'cs');
    await fillCredentials(user, 'novak@example.com', 'heslo', 'cs');
    await submit(user, 'cs');

    expect(await screen.findByRole('heading', { name: 'Zkontrolujte svou e-mailovou schránku' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(sentence(formatMessage(cs['register.success.body'], { email: 'novak@example.com' })));
    expect(api.lastEmail('novak@example.com')?.kind).toBe('verification');
  });

  test('the success panel offers "Sign in" when the integrator gives somewhere to go', async () => {
    const onLogin = vi.fn();
    const { user } = renderRegister({ onLogin });
    await fillCredentials(user, 'new@example.com');
    await submit(user);
    await screen.findByRole('heading', { name: 'Check your inbox' });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onLogin).toHaveBeenCalledTimes(1);
  });
});

describe('RegisterForm: optional fields', () => {
  test('shows only e-mail and password by default', () => {
    renderRegister();
    expect(screen.getAllByRole('textbox').map((input) => input.getAttribute('autocomplete'))).toEqual(['email']);
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/First name/)).not.toBeInTheDocument();
  });

  test('`fields` chooses the fields and their order, each with its autocomplete token', () => {
    const fields: RegisterField[] = [
      'country',
      'lastName',
      'firstName',
      'phone',
      'companyName',
      'streetAddress',
      'city',
      'postalCode',
      'newsletter',
    ];
    const { container } = renderRegister({ fields });

    const inputs = [...container.querySelectorAll('input, select')];
    expect(inputs.map((input) => input.getAttribute('autocomplete') ?? `(${input.getAttribute('type') ?? ''})`)).toEqual([
      'email',
      'new-password',
      'country',
      'family-name',
      'given-name',
      'tel',
      'organization',
      'street-address',
      'address-level2',
      'postal-code',
      '(checkbox)',
    ]);
    // Each input is reachable by its visible label, which also says it is optional.
    expect(screen.getByLabelText('Country (optional)')).toBe(inputs[2]);
    expect(screen.getByLabelText('Last name (optional)')).toBe(inputs[3]);
    expect(screen.getByLabelText('First name (optional)')).toBe(inputs[4]);
    expect(screen.getByLabelText('Phone (optional)')).toHaveAttribute('type', 'tel');
    expect(screen.getByLabelText('Phone (optional)')).toHaveAccessibleDescription(loosely(en['field.phone.hint']));
    expect(screen.getByRole('checkbox', { name: 'Send me news and offers by e-mail' })).toBe(inputs[10]);
    expect(screen.getByLabelText('E-mail')).toBeRequired();
    expect(screen.getByLabelText('Postal code (optional)')).not.toBeRequired();
  });

  test('sends the profile fields trimmed, the phone in the API format and the newsletter as a boolean', async () => {
    const { user } = renderRegister({ fields: ['firstName', 'lastName', 'phone', 'companyName', 'country', 'newsletter'] });
    await fillCredentials(user, 'firma@example.com');
    await user.type(screen.getByLabelText('First name (optional)'), ' Jana ');
    await user.type(screen.getByLabelText('Last name (optional)'), 'Nováková');
    await user.type(screen.getByLabelText('Phone (optional)'), '+420 777 123 456');
    await user.type(screen.getByLabelText('Company name (optional)'), 'Nováková s.r.o.');
    await user.selectOptions(screen.getByLabelText('Country (optional)'), 'Czechia');
    await user.click(screen.getByRole('checkbox', { name: 'Send me news and offers by e-mail' }));
    await submit(user);

    await screen.findByRole('heading', { name: 'Check your inbox' });
    expect(api.requests).toHaveLength(1);
    const body = api.requests[0]?.body as Record<string, unknown>;
    expect(body).toEqual({
      email: 'firma@example.com',
      password: 'pw 123',
      firstName: 'Jana',
      lastName: 'Nováková',
      phone: '+420 777123456',
      companyName: 'Nováková s.r.o.',
      country: 'CZ',
      newsletter: true,
    });
    expect(typeof body.newsletter).toBe('boolean');
    expect(api.getAccount('firma@example.com')?.profile).toMatchObject({ phone: '+420 777123456', newsletter: true });
  });

  test('an unticked newsletter box is sent as false', async () => {
    const { user } = renderRegister({ fields: ['newsletter'] });
    await fillCredentials(user, 'quiet@example.com');
    await submit(user);
    await screen.findByRole('heading', { name: 'Check your inbox' });
    expect((api.requests[0]?.body as Record<string, unknown>).newsletter).toBe(false);
  });

  test.each([
    ['en', 'Phone (optional)', en['validation.phone.invalid']],
    ['cs', 'Telefon (nepovinné)', cs['validation.phone.invalid']],
  ] as const)('a phone without its country code shows the %s message on the field and sends nothing', async (locale, label, message) => {
    const { user } = renderRegister({ fields: ['phone'] }, locale);
    await fillCredentials(user, 'tel@example.com', 'pw', locale);
    const phone = screen.getByLabelText(label);
    await user.type(phone, '777 123 456');
    await submit(user, locale);

    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(loosely(message));
    expect(phone).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });
});

describe('RegisterForm: confirmPassword', () => {
  test('asks twice and refuses a mismatch on the confirmation field without a request', async () => {
    const { user } = renderRegister({ confirmPassword: true });
    await fillCredentials(user, 'twice@example.com', 'first one');
    const confirm = screen.getByLabelText('Confirm password');
    expect(confirm).toHaveAttribute('autocomplete', 'new-password');
    await user.type(confirm, 'second one');
    await submit(user);

    await waitFor(() => expect(confirm).toHaveAttribute('aria-invalid', 'true'));
    expect(confirm).toHaveAccessibleDescription('The passwords do not match.');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(api.requests).toHaveLength(0);
  });

  test('in Czech, and a matching pair is sent without the confirmation', async () => {
    const { user } = renderRegister({ confirmPassword: true }, 'cs');
    await fillCredentials(user, 'dvakrat@example.com', 'heslo A', 'cs');
    const confirm = screen.getByLabelText('Potvrzení hesla');
    await user.type(confirm, 'heslo B');
    await submit(user, 'cs');
    await waitFor(() => expect(confirm).toHaveAccessibleDescription('Hesla se neshodují.'));
    expect(api.requests).toHaveLength(0);

    await user.clear(confirm);
    await user.type(confirm, 'heslo A');
    await waitFor(() => expect(confirm).not.toHaveAttribute('aria-invalid'));
    await submit(user, 'cs');
    await screen.findByRole('heading', { name: 'Zkontrolujte svou e-mailovou schránku' });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.body).toEqual({ email: 'dvakrat@example.com', password: 'heslo A' });
    expect(api.requests[0]?.body).not.toHaveProperty('confirmPassword');
  });
});

describe('RegisterForm: country and language are choices named in the form’s language', () => {
  test('in Czech the customer picks "Česko" and "slovenština"; the form sends CZ and sk', async () => {
    const { user } = renderRegister({ fields: ['country', 'primaryLocale'] }, 'cs');
    const country = screen.getByRole('combobox', { name: loosely(cs['field.country.label']) });
    const language = screen.getByRole('combobox', { name: loosely(cs['field.primaryLocale.label']) });
    expect(within(country).getByRole('option', { name: 'Česko' })).toHaveValue('CZ');
    expect(within(country).getByRole('option', { name: 'Slovensko' })).toHaveValue('SK');
    // Sorted as Czech sorts: "Č" after "C" and before "D" (a code-point sort puts it after "Z").
    const names = within(country).getAllByRole('option').map((option) => option.textContent);
    expect(names.indexOf('Česko')).toBeGreaterThan(names.indexOf('Brazílie'));
    expect(names.indexOf('Česko')).toBeLessThan(names.indexOf('Dánsko'));
    await user.selectOptions(country, 'Česko');
    await user.selectOptions(language, 'slovenština');
    await fillCredentials(user, 'volba@example.com', 'heslo', 'cs');
    await submit(user, 'cs');
    await screen.findByRole('heading', { name: cs['register.success.title'] });
    expect(api.requests[0]?.body).toMatchObject({ country: 'CZ', primaryLocale: 'sk' });
  });

  test('an untouched choice sends nothing', async () => {
    const { user } = renderRegister({ fields: ['country'] });
    expect(screen.getByLabelText('Country (optional)')).toHaveValue('');
    await fillCredentials(user, 'nic@example.com');
    await submit(user);
    await screen.findByRole('heading', { name: 'Check your inbox' });
    expect(api.requests[0]?.body).not.toHaveProperty('country');
  });
});

describe('RegisterForm: props that travel unseen', () => {
  test('groups, referralId, returnUrl, primaryLocale and customerRealIp reach the request body', async () => {
    const { user } = renderRegister({
      groups: ['vip', 'newsletter-2026'],
      referralId: 'ABCDEFGH12345678',
      returnUrl: 'https://shop.example/welcome',
      primaryLocale: 'cs',
      customerRealIp: '203.0.113.7',
    });
    // None of them is a visible field.
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    await fillCredentials(user, 'ref@example.com');
    await submit(user);

    await screen.findByRole('heading', { name: 'Check your inbox' });
    expect(api.requests[0]?.body).toEqual({
      email: 'ref@example.com',
      password: 'pw 123',
      groups: ['vip', 'newsletter-2026'],
      referralId: 'ABCDEFGH12345678',
      returnUrl: 'https://shop.example/welcome',
      primaryLocale: 'cs',
      customerRealIp: '203.0.113.7',
    });
    expect(api.getAccount('ref@example.com')?.profile).toMatchObject({
      groups: ['vip', 'newsletter-2026'],
      referralId: 'ABCDEFGH12345678',
      primaryLocale: 'cs',
    });
    // The verification link leads back to the integrator's shop.
    expect(api.lastEmail('ref@example.com')?.link).toMatch(/^https:\/\/shop\.example\/verify\?token=[A-Za-z0-9]{32}$/);
  });

  test('a shown primaryLocale field starts with the prop and sends what the customer chose', async () => {
    const { user } = renderRegister({ fields: ['primaryLocale'], primaryLocale: 'cs' });
    const language = screen.getByLabelText('Preferred language (optional)');
    expect(language).toHaveValue('cs');
    expect(language).toHaveAttribute('autocomplete', 'language');
    await user.selectOptions(language, 'Slovak');
    await fillCredentials(user, 'sk@example.com');
    await submit(user);
    await screen.findByRole('heading', { name: 'Check your inbox' });
    expect((api.requests[0]?.body as Record<string, unknown>).primaryLocale).toBe('sk');
  });
});

describe('RegisterForm: documented errors', () => {
  async function registerOnce(email: string, locale: Locale) {
    const { user, unmount } = renderRegister({ loginHref: '/sign-in', resetPasswordHref: '/forgot' }, locale);
    await fillCredentials(user, email, 'pw', locale);
    await submit(user, locale);
    return { user, unmount };
  }

  const scenarios = {
    E001: {
      prepare: () => api.forceNext('register-account', { code: 'E001' }),
      email: 'someone@example.com',
    },
    E002: { prepare: () => undefined, email: verified.email },
    E003: { prepare: () => undefined, email: banned.email },
    E004: {
      // An unconfirmed registration can be repeated once per ten minutes: register it first.
      prepare: async (locale: Locale) => {
        const first = await registerOnce('again@example.com', locale);
        await screen.findByRole('heading', { name: catalogs[locale]['register.success.title'] });
        first.unmount();
      },
      email: 'again@example.com',
    },
  } as const;

  const cases = (['en', 'cs'] as const).flatMap((locale) =>
    (['E001', 'E002', 'E003', 'E004'] as const).map((code) => [code, locale] as const),
  );

  test.each(cases)('%s in %s shows its own sentence in the alert', async (code, locale) => {
    await scenarios[code].prepare(locale);
    await registerOnce(scenarios[code].email, locale);

    const alert = await screen.findByRole('alert');
    const expected = sentence(catalogs[locale][`error.register-account.${code}`]);
    expect(within(alert).getByText(expected)).toBeInTheDocument();
    // Only this code's sentence; never the server's own text.
    for (const other of ['E001', 'E002', 'E003', 'E004'] as const) {
      if (other !== code) expect(alert).not.toHaveTextContent(sentence(catalogs[locale][`error.register-account.${other}`]));
    }
    expect(alert).not.toHaveTextContent(/Customer/);
    const last = api.requests.at(-1);
    expect(last?.endpoint).toBe('register-account');
    expect((last?.body as { email: string }).email).toBe(scenarios[code].email);
    // The form stays, so the customer can correct and retry.
    expect(screen.getByLabelText(catalogs[locale]['field.email.label'])).toHaveValue(scenarios[code].email);
  });

  test('E002 offers to sign in or reset the password, with the integrator\'s links and callbacks', async () => {
    const onLogin = vi.fn();
    const onResetPassword = vi.fn();
    const { user } = renderRegister({ onLogin, onResetPassword });
    await fillCredentials(user, verified.email);
    await submit(user);

    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Reset your password' }));
    expect(onResetPassword).toHaveBeenCalledTimes(1);
    await user.click(within(alert).getByRole('button', { name: 'Sign in' }));
    expect(onLogin).toHaveBeenCalledTimes(1);
  });

  test('E002 with hrefs renders links, in Czech', async () => {
    const { user } = renderRegister({ loginHref: '/prihlaseni', resetPasswordHref: '/zapomenute-heslo' }, 'cs');
    await fillCredentials(user, verified.email, 'x', 'cs');
    await submit(user, 'cs');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Přihlásit se' })).toHaveAttribute('href', '/prihlaseni');
    expect(within(alert).getByRole('link', { name: 'Obnovit heslo' })).toHaveAttribute('href', '/zapomenute-heslo');
  });

  test('errors other than E002 offer no sign-in or reset action in the alert', async () => {
    const { user } = renderRegister({ loginHref: '/sign-in', resetPasswordHref: '/forgot' });
    await fillCredentials(user, banned.email);
    await submit(user);
    const alert = await screen.findByRole('alert');
    expect(within(alert).queryByRole('link')).not.toBeInTheDocument();
  });

  test('E004 starts a cooldown: the submit button is aria-disabled and further submits send nothing', async () => {
    await scenarios.E004.prepare('en');
    const { user } = await registerOnce('again@example.com', 'en');
    await screen.findByRole('alert');
    const button = screen.getByRole('button', { name: 'Create account' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    // aria-disabled, not disabled: keyboard focus is not thrown away.
    expect(button).toBeEnabled();
    expect(screen.getByText(/You can try again in \d+:\d\d\./)).toBeInTheDocument();

    const sent = api.requests.length;
    await submit(user);
    await user.keyboard('{Enter}');
    expect(api.requests).toHaveLength(sent);
  });

  test('onError receives the typed error', async () => {
    const onError = vi.fn();
    const { user } = renderRegister({ onError });
    await fillCredentials(user, banned.email);
    await submit(user);
    await screen.findByRole('alert');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'api', endpoint: 'register-account', code: 'E003' }));
  });
});

describe('RegisterForm: validation', () => {
  test.each([
    ['en', 'Enter your e-mail address.', 'Enter your password.'],
    ['cs', 'Zadejte e-mailovou adresu.', 'Zadejte heslo.'],
  ] as const)('an empty submit marks both required fields in %s and sends nothing', async (locale, emailMessage, passwordMessage) => {
    const { user } = renderRegister({}, locale);
    await submit(user, locale);
    const email = screen.getByLabelText(catalogs[locale]['field.email.label']);
    const password = screen.getByLabelText(catalogs[locale]['field.password.label']);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(emailMessage);
    expect(password).toHaveAccessibleDescription(passwordMessage);
    expect(email).toHaveFocus();
    expect(api.requests).toHaveLength(0);
  });
});
