import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState, type FormEvent } from 'react';
import { expect, fn, within } from 'storybook/test';
import { isBizKitHubError, useErrorMessage, useLogin, type IdentityResult } from '../src/index.js';
import { api, demoAccounts } from './support/mockApi.js';
import { containsText, textsFor } from './support/texts.js';

interface CustomSignInProps {
  /** Called once signed in (direct mode gives the `identityId` for your server's HttpOnly cookie). */
  onSignedIn?: ((result: IdentityResult) => void) | undefined;
  /** Where "Reset your password" leads. */
  resetPasswordHref?: string | undefined;
}

/**
 * A sign-in of your own design: `useLogin` sends the request and holds its state, `useErrorMessage`
 * turns any failure into a sentence in the provider's locale, and `isBizKitHubError` lets the markup
 * react to a particular code. Your labels, your layout; the package's forms are not involved.
 */
function CustomSignIn({ onSignedIn, resetPasswordHref = '#reset-password' }: CustomSignInProps) {
  const login = useLogin({ onSuccess: (result) => onSignedIn?.(result) });
  const errorMessage = useErrorMessage(login.error);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const ids = { email: useId(), password: useId(), error: useId() };
  // The client checks input before sending; `fields` says which ones failed.
  const invalid = login.error?.kind === 'validation' ? (login.error.fields ?? {}) : {};
  const wrongPassword = isBizKitHubError(login.error) && login.error.code === 'E004';

  if (login.isSuccess) {
    return <p role="status">Welcome back! You are signed in.</p>;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!login.isPending) login.mutate({ email, password });
  }

  return (
    <form
      aria-label="Sign in to Acme"
      noValidate
      onSubmit={submit}
      style={{ display: 'grid', gap: 12, maxWidth: '22rem', padding: 24, border: '2px solid #1d4ed8', borderRadius: 12 }}
    >
      <label htmlFor={ids.email}>Your e-mail</label>
      <input
        id={ids.email}
        type="email"
        autoComplete="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        aria-invalid={invalid.email !== undefined || undefined}
        aria-describedby={errorMessage ? ids.error : undefined}
      />
      <label htmlFor={ids.password}>Your password</label>
      <input
        id={ids.password}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        aria-invalid={invalid.password !== undefined || wrongPassword || undefined}
        aria-describedby={errorMessage ? ids.error : undefined}
      />
      {errorMessage ? (
        <div role="alert" id={ids.error}>
          {errorMessage}
          {wrongPassword ? (
            <>
              {' '}
              <a href={resetPasswordHref}>Reset your password</a>
            </>
          ) : null}
        </div>
      ) : null}
      <button type="submit" aria-busy={login.isPending || undefined} aria-disabled={login.isPending || undefined}>
        {login.isPending ? 'One moment…' : 'Sign in to Acme'}
      </button>
    </form>
  );
}

const meta = {
  title: 'Recipes/Custom UI with hooks',
  component: CustomSignIn,
  args: { onSignedIn: fn() },
} satisfies Meta<typeof CustomSignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CustomUiWithHooks: Story = {
  name: 'Custom UI with hooks',
  play: async ({ canvas, userEvent, args, step, globals }) => {
    const t = textsFor(globals);
    const emailField = canvas.getByLabelText('Your e-mail');
    const passwordField = canvas.getByLabelText('Your password');
    const submit = canvas.getByRole('button', { name: 'Sign in to Acme' });

    await step('Empty fields: the client refuses to send, the fields are marked', async () => {
      await userEvent.click(submit);
      await expect(await canvas.findByRole('alert')).toHaveTextContent(t('error.validation'));
      await expect(emailField).toHaveAttribute('aria-invalid', 'true');
      await expect(api.requests).toHaveLength(0);
    });

    await step('A wrong password: the localized sentence and a way out', async () => {
      await userEvent.type(emailField, demoAccounts.verified.email);
      await userEvent.type(passwordField, 'not my password');
      await userEvent.click(submit);
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(t('error.login.E004'));
      await expect(within(alert).getByRole('link', { name: 'Reset your password' })).toBeVisible();
      await expect(passwordField).toHaveAccessibleDescription(containsText(t('error.login.E004')));
    });

    await step('The right password signs in', async () => {
      await userEvent.clear(passwordField);
      await userEvent.type(passwordField, demoAccounts.verified.password);
      await userEvent.click(submit);
      await expect(await canvas.findByRole('status')).toHaveTextContent('Welcome back!');
      await expect(args.onSignedIn).toHaveBeenCalledWith({ mode: 'direct', identityId: expect.any(String) });
    });
  },
};
