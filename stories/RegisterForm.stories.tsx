import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { RegisterForm } from '../src/index.js';
import { formCallbacks, formStories } from './support/formStories.js';
import { api, arrange, arrangeClient, demoAccounts, unknownEmail } from './support/mockApi.js';
import { expectAlert, expectCooldown, expectFieldError, expectSuccess, fill, press, texts, type Player } from './support/play.js';
import { sameText } from './support/texts.js';

const newCustomer = { email: 'new.customer@example.com', password: 'my first password' };

const meta = {
  title: 'Forms/RegisterForm',
  component: RegisterForm,
  args: {
    confirmPassword: true,
    fields: ['firstName', 'lastName', 'newsletter'],
    returnUrl: 'https://shop.example/account',
    ...formCallbacks('onLogin', 'onResetPassword', 'onContactSupport'),
  },
  parameters: { docs: { story: { iframeHeight: 900 } } },
} satisfies Meta<typeof RegisterForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Fills e-mail, password and its confirmation and presses "Create account". */
async function register(player: Player, email: string, password: string): Promise<void> {
  const t = texts(player);
  await fill(player, t('field.email.label'), email);
  await fill(player, t('field.password.label'), password);
  await fill(player, t('field.confirmPassword.label'), password);
  await press(player, t('register.submit'));
}

/** The stories every form has (see `formStories`): what makes them RegisterForm's. */
const common = formStories({
  endpoint: 'register-account',
  submit: 'register.submit',
  submitting: 'register.submitting',
  required: [
    { label: 'field.email.label', error: 'validation.email.required' },
    { label: 'field.password.label', error: 'validation.password.required' },
  ],
  send: (player) => register(player, newCustomer.email, newCustomer.password),
  // The late answer registers an address no other story uses.
  sendTooLate: (player) => register(player, 'slow.network@example.com', newCustomer.password),
  retryAfterSeconds: 120,
  checkInvalidInput: async (player, t) => {
    await fill(player, t('field.email.label'), unknownEmail);
    await fill(player, t('field.password.label'), 'one password');
    await fill(player, t('field.confirmPassword.label'), 'another password');
    await press(player, t('register.submit'));
    await expectFieldError(player, t('field.confirmPassword.label'), t('validation.password.mismatch'));
  },
});

export const Default: Story = {
  play: async (context) => {
    const { canvas } = context;
    const t = texts(context);
    await expect(canvas.getByRole('form', { name: sameText(t('register.title')) })).toBeVisible();
    await expect(canvas.getByLabelText(t('field.password.label'))).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByLabelText(t('field.confirmPassword.label'))).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByRole('checkbox', { name: sameText(t('field.newsletter.label')) })).not.toBeChecked();
  },
};

/** "Already have an account? Sign in" calls the shop's own route (`onLogin`). */
export const SignInLink: Story = {
  name: 'Already have an account',
  play: async (context) => {
    await context.userEvent.click(context.canvas.getByRole('button', { name: sameText(texts(context)('action.loginInstead')) }));
    await expect(context.args.onLogin).toHaveBeenCalledOnce();
  },
};

export const Success: Story = {
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    const t = texts(context);
    await fill(context, `${t('field.firstName.label')} ${t('field.optional')}`, 'Eva');
    await userEvent.click(canvas.getByRole('checkbox', { name: sameText(t('field.newsletter.label')) }));
    await register(context, newCustomer.email, newCustomer.password);
    await expectSuccess(context, t('register.success.body', { email: newCustomer.email }));
    await expect(args.onSuccess).toHaveBeenCalledWith({ email: newCustomer.email });
    // BizKitHub sent the confirmation e-mail, leading back to the shop's returnUrl.
    const email = api.lastEmail(newCustomer.email);
    await expect(email?.kind).toBe('verification');
    await expect(email?.link).toMatch(/^https:\/\/shop\.example\/verify\?token=/);
    await expect(api.getAccount(newCustomer.email)).toMatchObject({ firstName: 'Eva', verified: false, profile: { newsletter: true } });
  },
};

export const E001RegistrationFailed: Story = {
  name: 'E001 · Registration failed',
  beforeEach: arrange((mock) => mock.forceNext('register-account', { code: 'E001' })),
  play: async (context) => {
    await register(context, newCustomer.email, newCustomer.password);
    await expectAlert(context, texts(context)('error.register-account.E001'));
  },
};

export const E002AlreadyRegistered: Story = {
  name: 'E002 · Already registered',
  play: async (context) => {
    const t = texts(context);
    await register(context, demoAccounts.verified.email, 'another password');
    const alert = await expectAlert(context, t('error.register-account.E002'));
    await expect(within(alert).getByRole('button', { name: sameText(t('action.login')) })).toBeVisible();
    await context.userEvent.click(within(alert).getByRole('button', { name: sameText(t('action.resetPassword')) }));
    await expect(context.args.onResetPassword).toHaveBeenCalledOnce();
  },
};

export const E003Blocked: Story = {
  name: 'E003 · Blocked account',
  play: async (context) => {
    await register(context, demoAccounts.banned.email, 'another password');
    await expectAlert(context, texts(context)('error.register-account.E003'));
  },
};

export const E004TooManyAttempts: Story = {
  name: 'E004 · Registration repeated too soon',
  // The address registered a minute ago and never confirmed it: a repeat within ten minutes is refused.
  beforeEach: arrange(() => arrangeClient.registerAccount(newCustomer)),
  args: { cooldownMs: 30_000 },
  play: async (context) => {
    const t = texts(context);
    await register(context, newCustomer.email, newCustomer.password);
    await expectAlert(context, t('error.register-account.E004'));
    await expectCooldown(context, t('register.submit'), 30_000);
  },
};

export const NetworkError: Story = { tags: ['english-only'], ...common.NetworkError, play: common.NetworkError.play };
export const Timeout: Story = { tags: ['english-only'], ...common.Timeout, play: common.Timeout.play };
export const RateLimited: Story = { tags: ['english-only'], ...common.RateLimited, name: 'Rate limited (HTTP 429)', play: common.RateLimited.play };
export const ValidationErrors: Story = { ...common.ValidationErrors, play: common.ValidationErrors.play };
export const Pending: Story = { ...common.Pending, play: common.Pending.play };
export const Unstyled: Story = { tags: ['english-only'], ...common.Unstyled, play: common.Unstyled.play };
