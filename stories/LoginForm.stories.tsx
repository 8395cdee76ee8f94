import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LoginForm } from '../src/index.js';
import { formCallbacks, formStories } from './support/formStories.js';
import { arrange, demoAccounts, failLogins, unknownEmail } from './support/mockApi.js';
import { expectAlert, expectCooldown, expectFieldError, expectSuccess, fill, press, texts, type Player } from './support/play.js';
import { sameText } from './support/texts.js';

const meta = {
  title: 'Forms/LoginForm',
  component: LoginForm,
  args: formCallbacks('onResetPassword', 'onRegister', 'onContactSupport'),
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Types the e-mail and password and presses "Sign in". */
async function signIn(player: Player, email: string, password: string): Promise<void> {
  const t = texts(player);
  await fill(player, t('field.email.label'), email);
  await fill(player, t('field.password.label'), password);
  await press(player, t('login.submit'));
}

/** The stories every form has (see `formStories`): what makes them LoginForm's. */
const common = formStories({
  endpoint: 'login',
  submit: 'login.submit',
  submitting: 'login.submitting',
  required: [
    { label: 'field.email.label', error: 'validation.email.required' },
    { label: 'field.password.label', error: 'validation.password.required' },
  ],
  send: (player) => signIn(player, demoAccounts.verified.email, demoAccounts.verified.password),
  // An unknown address, so the late answer changes nothing.
  sendTooLate: (player) => signIn(player, unknownEmail, 'anything'),
  retryAfterSeconds: 90,
  checkInvalidInput: async (player, t) => {
    await expect(player.canvas.getByLabelText(t('field.email.label'))).toHaveFocus();
    await fill(player, t('field.email.label'), 'jana@');
    await expectFieldError(player, t('field.email.label'), t('validation.email.invalid'));
  },
});

/** The form as a customer first sees it; the play function only looks, so the story ends as it began. */
export const Default: Story = {
  play: async (context) => {
    const { canvas } = context;
    const t = texts(context);
    await expect(canvas.getByRole('form', { name: sameText(t('login.title')) })).toBeVisible();
    // Password managers pair the address with the password through "username".
    const email = canvas.getByLabelText(t('field.email.label'));
    await expect(email).toHaveAttribute('type', 'email');
    await expect(email).toHaveAttribute('autocomplete', 'username');
    await expect(canvas.getByLabelText(t('field.password.label'))).toHaveAttribute('autocomplete', 'current-password');
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** The eye button shows the typed password and hides it again; its name says what a press will do. */
export const PasswordVisibility: Story = {
  name: 'Show and hide the password',
  play: async (context) => {
    const { canvas, userEvent } = context;
    const t = texts(context);
    await fill(context, t('field.password.label'), 'correct horse');
    const password = canvas.getByLabelText(t('field.password.label'));
    await expect(password).toHaveValue('correct horse');
    await expect(password).toHaveAttribute('type', 'password');
    await userEvent.click(canvas.getByRole('button', { name: sameText(t('password.show')) }));
    await expect(password).toHaveAttribute('type', 'text');
    await userEvent.click(canvas.getByRole('button', { name: sameText(t('password.hide')) }));
    await expect(password).toHaveAttribute('type', 'password');
  },
};

/** "Forgot your password?" and "Create an account" call the shop's own routes (`onResetPassword`, `onRegister`). */
export const Links: Story = {
  name: 'Forgot password and register links',
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    const t = texts(context);
    await userEvent.click(canvas.getByRole('button', { name: sameText(t('action.forgotPassword')) }));
    await expect(args.onResetPassword).toHaveBeenCalledOnce();
    await expect(args.onResetPassword).toHaveBeenCalledWith();
    await userEvent.click(canvas.getByRole('button', { name: sameText(t('action.registerInstead')) }));
    await expect(args.onRegister).toHaveBeenCalledOnce();
  },
};

export const Success: Story = {
  play: async (context) => {
    const { args } = context;
    await signIn(context, demoAccounts.verified.email, demoAccounts.verified.password);
    await expectSuccess(context, texts(context)('login.success'));
    await expect(args.onSuccess).toHaveBeenCalledWith({ mode: 'direct', identityId: expect.any(String) });
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const E001LoginFailed: Story = {
  name: 'E001 · Login failed',
  beforeEach: arrange((mock) => mock.forceNext('login', { code: 'E001' })),
  play: async (context) => {
    await signIn(context, demoAccounts.verified.email, demoAccounts.verified.password);
    await expectAlert(context, texts(context)('error.login.E001'));
    await expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'api', code: 'E001' }));
  },
};

export const E002UnknownEmail: Story = {
  name: 'E002 · Unknown e-mail',
  play: async (context) => {
    const t = texts(context);
    await signIn(context, unknownEmail, 'anything');
    const alert = await expectAlert(context, t('error.login.E002'));
    await context.userEvent.click(within(alert).getByRole('button', { name: sameText(t('action.register')) }));
    await expect(context.args.onRegister).toHaveBeenCalledOnce();
  },
};

export const E003NoAccountYet: Story = {
  name: 'E003 · Contact without an account',
  play: async (context) => {
    const t = texts(context);
    await signIn(context, demoAccounts.contact.email, 'anything');
    const alert = await expectAlert(context, t('error.login.E003'));
    await expect(within(alert).getByRole('button', { name: sameText(t('action.register')) })).toBeVisible();
  },
};

export const E004WrongPassword: Story = {
  name: 'E004 · Wrong password',
  play: async (context) => {
    const t = texts(context);
    await signIn(context, demoAccounts.verified.email, 'not my password');
    const alert = await expectAlert(context, t('error.login.E004'));
    await context.userEvent.click(within(alert).getByRole('button', { name: sameText(t('action.forgotPassword')) }));
    await expect(context.args.onResetPassword).toHaveBeenCalledOnce();
  },
};

export const E005Blocked: Story = {
  name: 'E005 · Blocked account',
  play: async (context) => {
    await signIn(context, demoAccounts.banned.email, demoAccounts.banned.password);
    await expectAlert(context, texts(context)('error.login.E005'));
  },
};

export const E006TooManyAttempts: Story = {
  name: 'E006 · Too many attempts',
  // Five wrong passwords in a row: the emulator throttles the address, as BizKitHub does.
  beforeEach: arrange(() => failLogins(demoAccounts.throttled.email, 5)),
  args: { cooldownMs: 30_000 },
  play: async (context) => {
    const t = texts(context);
    await signIn(context, demoAccounts.throttled.email, demoAccounts.throttled.password);
    await expectAlert(context, t('error.login.E006'));
    await expectCooldown(context, t('login.submit'), 30_000);
  },
};

export const E007NotConfirmed: Story = {
  name: 'E007 · E-mail not confirmed',
  play: async (context) => {
    await signIn(context, demoAccounts.unverified.email, demoAccounts.unverified.password);
    await expectAlert(context, texts(context)('error.login.E007'));
  },
};

export const NetworkError: Story = {
  ...common.NetworkError,
  play: async (context) => {
    await common.NetworkError.play(context);
    await expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }));
  },
};
export const Timeout: Story = { ...common.Timeout, play: common.Timeout.play };
export const RateLimited: Story = { ...common.RateLimited, name: 'Rate limited (HTTP 429)', play: common.RateLimited.play };
export const ValidationErrors: Story = { ...common.ValidationErrors, play: common.ValidationErrors.play };
export const Pending: Story = { ...common.Pending, play: common.Pending.play };
export const Unstyled: Story = { tags: ['english-only'], ...common.Unstyled, play: common.Unstyled.play };

/** The same form in Czech: the provider's `locale` picks the catalog, error sentences included. */
export const Czech: Story = {
  tags: ['english-only'],
  globals: { locale: 'cs' },
  play: async (context) => {
    const t = texts(context);
    await signIn(context, demoAccounts.verified.email, 'not my password');
    await expectAlert(context, t('error.login.E004'));
    await expect(t('error.login.E004')).not.toBe(texts({ ...context, globals: { locale: 'en' } })('error.login.E004'));
  },
};
