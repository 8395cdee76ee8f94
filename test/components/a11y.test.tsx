import { render, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import '../../src/styles.css';
import {
  createBizKitHubClient,
  en,
  LoginForm,
  MagicAuthForm,
  RegisterForm,
  ResetPasswordForm,
  SetNewPasswordForm,
  type MessageKey,
} from '../../src/index.js';
import { a11yProblems } from '../support/axe.js';
import { devKey } from '../support/keys.js';
import { startMockBizKitHub, verified } from '../support/mockServer.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { setupUser } from '../support/user.js';

const api = startMockBizKitHub();

/** Each form as a page would host it: in a landmark, with every action wired so every part renders. */
function renderInPage(form: ReactElement, locale = 'en') {
  const user = setupUser();
  const view = render(<main>{form}</main>, { wrapper: providerWrapper({ locale }) });
  return { user, ...view };
}

interface FormCase {
  name: string;
  element: () => ReactElement;
  submit: MessageKey;
  /** Makes the next submit fail with a form-level (alert) error; returns the values to type. */
  failNext: () => Record<string, string>;
  /** The values of a successful submit and a text of the panel that replaces the form. */
  succeed?: { values: Record<string, string>; shows: MessageKey };
}

const links = { loginHref: '/sign-in', resetPasswordHref: '/forgot' };

const cases: FormCase[] = [
  {
    name: 'LoginForm',
    element: () => <LoginForm resetPasswordHref="/forgot" registerHref="/register" />,
    submit: 'login.submit',
    failNext: () => ({ 'E-mail': verified.email, Password: 'wrong' }),
    succeed: { values: { 'E-mail': verified.email, Password: 'correct horse' }, shows: 'login.success' },
  },
  {
    name: 'MagicAuthForm',
    element: () => <MagicAuthForm fields={['firstName', 'lastName']} registerHref="/register" />,
    submit: 'magicAuth.submit',
    failNext: () => ({ 'E-mail': 'nobody@example.com' }),
    succeed: { values: { 'E-mail': verified.email }, shows: 'magicAuth.success' },
  },
  {
    name: 'RegisterForm',
    element: () => (
      <RegisterForm
        {...links}
        confirmPassword
        fields={['firstName', 'lastName', 'phone', 'companyName', 'streetAddress', 'city', 'postalCode', 'country', 'newsletter']}
      />
    ),
    submit: 'register.submit',
    // Already registered: the alert carries the sign-in and reset links.
    failNext: () => ({ 'E-mail': verified.email, Password: 'pw', 'Confirm password': 'pw' }),
    succeed: {
      values: { 'E-mail': 'new@example.com', Password: 'pw', 'Confirm password': 'pw' },
      shows: 'register.success.title',
    },
  },
  {
    name: 'ResetPasswordForm',
    element: () => <ResetPasswordForm loginHref="/sign-in" />,
    submit: 'resetPassword.submit',
    failNext: () => {
      api.forceNext('reset-password', { code: 'E001' });
      return { 'E-mail': verified.email };
    },
    succeed: { values: { 'E-mail': verified.email }, shows: 'resetPassword.success.title' },
  },
  {
    name: 'SetNewPasswordForm',
    element: () => <SetNewPasswordForm token={'x'.repeat(32)} loginHref="/sign-in" requestNewLinkHref="/forgot" />,
    submit: 'setNewPassword.submit',
    // An unknown link: the alert carries "Request a new link".
    failNext: () => ({ 'New password': 'pw', 'Confirm password': 'pw' }),
  },
];

/** Asks the emulator for a reset link for the seeded customer and returns the mailed token. */
async function mailedToken(): Promise<string> {
  await createBizKitHubClient({ apiKey: devKey }).resetPassword({ email: verified.email });
  const token = api.lastEmail(verified.email)?.token;
  if (token === undefined) throw new Error('the emulator sent no reset e-mail');
  return token;
}

async function fill(user: UserEvent, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await user.type(screen.getByLabelText(label), value);
}

test('the check itself finds a real problem (an unlabelled field), so a pass means something', async () => {
  const { container } = render(
    <main>
      <input type="text" />
    </main>,
  );
  const problems = await a11yProblems(container);
  expect(problems.some((line) => line.startsWith('label '))).toBe(true);
});

describe.each(cases)('$name has no axe violations', ({ element, submit, failNext, succeed }) => {
  test('in its initial state', async () => {
    const { container } = renderInPage(element());
    expect(screen.getByRole('button', { name: en[submit] })).toBeInTheDocument();
    expect(await a11yProblems(container)).toEqual([]);
  });

  test('with field errors after an empty submit', async () => {
    const { user, container } = renderInPage(element());
    await user.click(screen.getByRole('button', { name: en[submit] }));
    await waitFor(() => expect(container.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0));
    expect(api.requests).toHaveLength(0);
    expect(await a11yProblems(container)).toEqual([]);
  });

  test('with a form-level API error', async () => {
    const { user, container } = renderInPage(element());
    await fill(user, failNext());
    await user.click(screen.getByRole('button', { name: en[submit] }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(await a11yProblems(container)).toEqual([]);
  });

  if (succeed) {
    test('after success', async () => {
      const { user, container } = renderInPage(element());
      await fill(user, succeed.values);
      await user.click(screen.getByRole('button', { name: en[submit] }));
      expect(await screen.findByText(en[succeed.shows])).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: en[submit] })).not.toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveFocus();
      expect(await a11yProblems(container)).toEqual([]);
    });
  }
});

describe('SetNewPasswordForm panels have no axe violations', () => {
  test('the success panel after a real reset', async () => {
    const token = await mailedToken();
    const { user, container } = renderInPage(<SetNewPasswordForm token={token} loginHref="/sign-in" />);
    await fill(user, { 'New password': 'brand new', 'Confirm password': 'brand new' });
    await user.click(screen.getByRole('button', { name: 'Save password' }));
    expect(await screen.findByRole('heading', { name: 'Password changed' })).toBeInTheDocument();
    expect(await a11yProblems(container)).toEqual([]);
  });

  test('the missing-token panel', async () => {
    const { container } = renderInPage(<SetNewPasswordForm token="" requestNewLinkHref="/forgot" />);
    expect(await screen.findByRole('link', { name: 'Request a new link' })).toBeInTheDocument();
    expect(await a11yProblems(container)).toEqual([]);
  });

  test('a field error from the server (E002, a password used before)', async () => {
    const token = await mailedToken();
    const { user, container } = renderInPage(<SetNewPasswordForm token={token} />);
    await fill(user, { 'New password': 'correct horse', 'Confirm password': 'correct horse' });
    await user.click(screen.getByRole('button', { name: 'Save password' }));
    await waitFor(() => expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true'));
    expect(await a11yProblems(container)).toEqual([]);
  });
});

describe('in Czech', () => {
  test('the register form with the already-registered alert has no axe violations', async () => {
    const { user, container } = renderInPage(<RegisterForm {...links} confirmPassword fields={['phone']} />, 'cs');
    await fill(user, { 'E-mail': verified.email, Heslo: 'pw', 'Potvrzení hesla': 'pw', 'Telefon (nepovinné)': '+420 777 123 456' });
    await user.click(screen.getByRole('button', { name: 'Vytvořit účet' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(await a11yProblems(container)).toEqual([]);
  });
});
