import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { LoginForm, RegisterForm, ResetPasswordForm, SetNewPasswordForm } from '../src/index.js';
import { Mailbox } from './support/Mailbox.js';
import { api } from './support/mockApi.js';
import { fill, press, texts } from './support/play.js';

type Page =
  | { name: 'register' }
  | { name: 'login' }
  | { name: 'forgot-password' }
  | { name: 'set-new-password'; token: string }
  | { name: 'signed-in' };

interface ShopProps {
  /** Called with the session id whenever the customer signs in. */
  onSignedIn?: (() => void) | undefined;
}

/**
 * A shop's account pages wired together the way an app would route between them, next to the
 * inbox of the embedded BizKitHub.
 */
function Shop({ onSignedIn }: ShopProps) {
  const [page, setPage] = useState<Page>({ name: 'register' });
  const goTo = (next: Page) => () => setPage(next);

  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
        gap: 32,
        alignItems: 'start',
        fontFamily: 'system-ui, sans-serif',
      }}
    >
      <section aria-label="Shop">
        {page.name === 'register' ? <RegisterForm onLogin={goTo({ name: 'login' })} onResetPassword={goTo({ name: 'forgot-password' })} /> : null}
        {page.name === 'login' ? (
          <LoginForm
            onRegister={goTo({ name: 'register' })}
            onResetPassword={goTo({ name: 'forgot-password' })}
            onSuccess={() => {
              onSignedIn?.();
              setPage({ name: 'signed-in' });
            }}
          />
        ) : null}
        {page.name === 'forgot-password' ? <ResetPasswordForm onLogin={goTo({ name: 'login' })} /> : null}
        {page.name === 'set-new-password' ? (
          <SetNewPasswordForm token={page.token} onLogin={goTo({ name: 'login' })} onRequestNewLink={goTo({ name: 'forgot-password' })} />
        ) : null}
        {page.name === 'signed-in' ? (
          <div>
            <h2>My account</h2>
            <p>Signed in.</p>
            <button type="button" onClick={goTo({ name: 'login' })}>
              Sign out
            </button>
          </div>
        ) : null}
      </section>
      <Mailbox api={api} onOpenResetLink={(token) => setPage({ name: 'set-new-password', token })} />
    </div>
  );
}

const meta = {
  title: 'Journeys/Full journey',
  component: Shop,
  args: { onSignedIn: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Shop>;

export default meta;
type Story = StoryObj<typeof meta>;

const customer = { email: 'eva@example.com', password: 'first secret', newPassword: 'second secret' };

/**
 * Register, confirm the address from the mailbox, sign in; forget the password, reset it through
 * the e-mailed link, and sign in with the new one. Every step runs against the embedded BizKitHub.
 */
export const RegisterConfirmSignInAndResetPassword: Story = {
  name: 'Register → confirm → sign in → reset password',
  play: async (context) => {
    const { canvas, userEvent, args, step } = context;
    const t = texts(context);
    const mailbox = within(canvas.getByRole('region', { name: 'Mailbox (emulated)' }));
    const signIn = async (password: string) => {
      const passwordField = canvas.getByLabelText(t('field.password.label'));
      await userEvent.clear(canvas.getByLabelText(t('field.email.label')));
      await userEvent.clear(passwordField);
      await fill(context, t('field.email.label'), customer.email);
      await fill(context, t('field.password.label'), password);
      await press(context, t('login.submit'));
    };

    await step('Register', async () => {
      await fill(context, t('field.email.label'), customer.email);
      await fill(context, t('field.password.label'), customer.password);
      await press(context, t('register.submit'));
      await expect(await canvas.findByText(t('register.success.body', { email: customer.email }))).toBeVisible();
    });

    await step('Signing in before confirming the address is refused (E007)', async () => {
      await press(context, t('action.login'));
      await signIn(customer.password);
      await expect(await canvas.findByRole('alert')).toHaveTextContent(t('error.login.E007'));
    });

    await step('Confirm the address from the mailbox', async () => {
      const email = await mailbox.findByRole('article', { name: `Confirm your e-mail address, to ${customer.email}` });
      await userEvent.click(within(email).getByRole('button', { name: 'Open the confirmation link' }));
      await expect(within(email).getByText('Address confirmed.')).toBeVisible();
      await expect(api.getAccount(customer.email)?.verified).toBe(true);
    });

    await step('Sign in', async () => {
      await press(context, t('login.submit'));
      await expect(await canvas.findByRole('heading', { name: 'My account' })).toBeVisible();
      await expect(args.onSignedIn).toHaveBeenCalledOnce();
    });

    await step('Forgot the password: ask for a reset link', async () => {
      await press(context, 'Sign out');
      await press(context, t('action.forgotPassword'));
      await fill(context, t('field.email.label'), customer.email);
      await press(context, t('resetPassword.submit'));
      await expect(await canvas.findByText(t('resetPassword.success.body', { email: customer.email }))).toBeVisible();
    });

    await step('Open the reset link and set a new password', async () => {
      const email = await mailbox.findByRole('article', { name: `Set a new password, to ${customer.email}` });
      await userEvent.click(within(email).getByRole('button', { name: 'Open the reset link' }));
      await fill(context, t('field.newPassword.label'), customer.newPassword);
      await fill(context, t('field.confirmPassword.label'), customer.newPassword);
      await press(context, t('setNewPassword.submit'));
      await expect(await canvas.findByText(t('setNewPassword.success.body'))).toBeVisible();
    });

    await step('The old password no longer works, the new one does', async () => {
      await press(context, t('action.login'));
      await signIn(customer.password);
      await expect(await canvas.findByRole('alert')).toHaveTextContent(t('error.login.E004'));
      await signIn(customer.newPassword);
      await expect(await canvas.findByRole('heading', { name: 'My account' })).toBeVisible();
      await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledTimes(2));
    });
  },
};
