import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect, fn, within } from 'storybook/test';
import { useLoginForm, type IdentityResult } from '../src/index.js';
import { api, demoAccounts } from './support/mockApi.js';
import { textsFor } from './support/texts.js';
import { unstyled } from './support/unstyled.js';

interface AcmeSignInCardProps {
  /** Called once signed in, with the session your server keeps in an HttpOnly cookie. */
  onSignedIn?: ((result: IdentityResult) => void) | undefined;
  /** Where "Forgot it?" leads. */
  resetPasswordHref?: string | undefined;
}

const card = { display: 'grid', gap: 8, maxWidth: '22rem', padding: 24, border: '1px solid #6b7280', borderRadius: 16, fontFamily: 'Georgia, serif' };
const problem = { color: '#9f1239', margin: 0 };

/**
 * A sign-in card in someone else's markup, with no `styles.css` and none of the package's
 * components: `useLoginForm` gives react-hook-form's `register`, the submit handler, every error in
 * the provider's language, `pending`, and the cooldown after throttling (its countdown and the
 * sentence to announce). Validation, one request at a time and the cooldown behave as in `<LoginForm>`.
 */
function AcmeSignInCard({ onSignedIn, resetPasswordHref = '#reset-password' }: AcmeSignInCardProps) {
  const { register, onSubmit, fieldError, error, errorMessage, pending, cooldown, result } = useLoginForm({ onSuccess: onSignedIn });
  const ids = { email: useId(), password: useId(), problem: useId() };
  if (result) return <p role="status">Welcome back, {result.email}!</p>;
  const wrongPassword = error?.kind === 'api' && error.code === 'E004';
  return (
    <form aria-label="Sign in to Acme" noValidate onSubmit={onSubmit} style={card}>
      <label htmlFor={ids.email}>Your e-mail</label>
      <input
        id={ids.email}
        type="email"
        autoComplete="username"
        aria-invalid={fieldError('email') !== undefined || undefined}
        aria-describedby={fieldError('email') ? `${ids.email}-error` : undefined}
        {...register('email')}
      />
      {fieldError('email') ? (
        <p id={`${ids.email}-error`} style={problem}>
          {fieldError('email')}
        </p>
      ) : null}
      <label htmlFor={ids.password}>Your password</label>
      <input
        id={ids.password}
        type="password"
        autoComplete="current-password"
        aria-invalid={fieldError('password') !== undefined || wrongPassword || undefined}
        aria-describedby={fieldError('password') ? `${ids.password}-error` : errorMessage ? ids.problem : undefined}
        {...register('password')}
      />
      {fieldError('password') ? (
        <p id={`${ids.password}-error`} style={problem}>
          {fieldError('password')}
        </p>
      ) : null}
      {errorMessage ? (
        <div role="alert" id={ids.problem} style={problem}>
          {errorMessage} {cooldown.active ? cooldown.message : null}{' '}
          {wrongPassword ? <a href={resetPasswordHref}>Forgot it?</a> : null}
        </div>
      ) : null}
      <button type="submit" aria-disabled={pending || cooldown.active || undefined}>
        {pending ? 'One moment…' : 'Sign in to Acme'}
      </button>
      <div role="status" aria-live="polite">
        {cooldown.announcement}
      </div>
    </form>
  );
}

const meta = {
  title: 'Recipes/Headless form hooks',
  component: AcmeSignInCard,
  args: { onSignedIn: fn() },
  ...unstyled,
} satisfies Meta<typeof AcmeSignInCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignInCard: Story = {
  name: 'Sign-in card with useLoginForm',
  play: async ({ canvas, userEvent, args, step, globals }) => {
    const emailField = canvas.getByLabelText('Your e-mail');
    const passwordField = canvas.getByLabelText('Your password');
    const submit = canvas.getByRole('button', { name: 'Sign in to Acme' });
    const t = textsFor(globals);

    await step('Empty fields: nothing is sent, the first field is focused and explained', async () => {
      await userEvent.click(submit);
      await expect(emailField).toHaveAttribute('aria-invalid', 'true');
      await expect(emailField).toHaveFocus();
      await expect(api.requests).toHaveLength(0);
    });

    await step('A wrong password: the sentence in the provider’s language, and a way out', async () => {
      await userEvent.type(emailField, demoAccounts.verified.email);
      await userEvent.type(passwordField, 'not my password');
      await userEvent.click(submit);
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(t('error.login.E004'));
      await expect(within(alert).getByRole('link', { name: 'Forgot it?' })).toBeVisible();
    });

    await step('The right password signs in', async () => {
      await userEvent.clear(passwordField);
      await userEvent.type(passwordField, demoAccounts.verified.password);
      await userEvent.click(submit);
      // (The form's own polite region is a status too, so find the welcome by its text.)
      await expect(await canvas.findByText(`Welcome back, ${demoAccounts.verified.email}!`)).toHaveAttribute('role', 'status');
      await expect(args.onSignedIn).toHaveBeenCalledWith({ mode: 'direct', identityId: expect.any(String) });
    });
  },
};
