import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { RegisterForm } from '../src/index.js';
import { api, arrange, arrangeClient, demoAccounts, unknownEmail } from './support/mockApi.js';
import {
  expectAlert,
  expectCooldown,
  expectFieldError,
  expectPending,
  expectSuccess,
  expectUnstyled,
  fill,
  press,
  rateLimitText,
  texts,
  type Player,
} from './support/play.js';
import { unstyled } from './support/unstyled.js';

const newCustomer = { email: 'new.customer@example.com', password: 'my first password' };

const meta = {
  title: 'Forms/RegisterForm',
  component: RegisterForm,
  args: {
    confirmPassword: true,
    fields: ['firstName', 'lastName', 'newsletter'],
    returnUrl: 'https://shop.example/account',
    onSuccess: fn(),
    onError: fn(),
    onSignIn: fn(),
    onForgotPassword: fn(),
  },
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

export const Default: Story = {
  play: async (context) => {
    const { canvas } = context;
    const t = texts(context);
    await expect(canvas.getByRole('form', { name: t('register.title') })).toBeVisible();
    await expect(canvas.getByLabelText(t('field.password.label'))).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByLabelText(t('field.confirmPassword.label'))).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByRole('checkbox', { name: t('field.newsletter.label') })).not.toBeChecked();
    await context.userEvent.click(canvas.getByRole('button', { name: t('action.signIn') }));
    await expect(context.args.onSignIn).toHaveBeenCalledOnce();
  },
};

export const Success: Story = {
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    const t = texts(context);
    await fill(context, `${t('field.firstName.label')} ${t('field.optional')}`, 'Eva');
    await userEvent.click(canvas.getByRole('checkbox', { name: t('field.newsletter.label') }));
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
    await expect(within(alert).getByRole('button', { name: t('action.signIn') })).toBeVisible();
    await context.userEvent.click(within(alert).getByRole('button', { name: t('action.resetPassword') }));
    await expect(context.args.onForgotPassword).toHaveBeenCalledOnce();
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

export const NetworkError: Story = {
  beforeEach: arrange((mock) => mock.forceNext('register-account', { networkError: true })),
  play: async (context) => {
    await register(context, newCustomer.email, newCustomer.password);
    await expectAlert(context, texts(context)('error.network'));
  },
};

export const Timeout: Story = {
  parameters: { bizkithub: { timeoutMs: 500 } },
  // The late answer registers an address no other story uses.
  beforeEach: arrange((mock) => mock.forceNext('register-account', { delayMs: 5000 })),
  play: async (context) => {
    await register(context, 'slow.network@example.com', newCustomer.password);
    await expectAlert(context, texts(context)('error.timeout'));
  },
};

export const RateLimited: Story = {
  name: 'Rate limited (HTTP 429)',
  beforeEach: arrange((mock) => mock.forceNext('register-account', { rateLimit: { retryAfterSeconds: 120 } })),
  play: async (context) => {
    await register(context, newCustomer.email, newCustomer.password);
    await expectAlert(context, rateLimitText(context.globals, 120_000));
    await expectCooldown(context, texts(context)('register.submit'), 120_000);
  },
};

export const ValidationErrors: Story = {
  play: async (context) => {
    const t = texts(context);
    await press(context, t('register.submit'));
    await expectFieldError(context, t('field.email.label'), t('validation.email.required'));
    await expectFieldError(context, t('field.password.label'), t('validation.password.required'));
    await fill(context, t('field.email.label'), unknownEmail);
    await fill(context, t('field.password.label'), 'one password');
    await fill(context, t('field.confirmPassword.label'), 'another password');
    await press(context, t('register.submit'));
    await expectFieldError(context, t('field.confirmPassword.label'), t('validation.password.mismatch'));
    await expect(api.requests).toHaveLength(0);
  },
};

export const Pending: Story = {
  parameters: { bizkithub: { timeoutMs: 900_000 } },
  beforeEach: arrange((mock) => mock.setLatency(600_000)),
  play: async (context) => {
    const t = texts(context);
    await register(context, newCustomer.email, newCustomer.password);
    await expectPending(context, 'register-account', t('register.submit'), t('register.submitting'));
  },
};

export const Unstyled: Story = {
  ...unstyled,
  play: async (context) => {
    await expectUnstyled(context);
    const t = texts(context);
    await press(context, t('register.submit'));
    await expectFieldError(context, t('field.email.label'), t('validation.email.required'));
    await expectFieldError(context, t('field.password.label'), t('validation.password.required'));
  },
};
