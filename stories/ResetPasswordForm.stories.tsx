import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ResetPasswordForm } from '../src/index.js';
import { api, arrange, demoAccounts, unknownEmail } from './support/mockApi.js';
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

const meta = {
  title: 'Forms/ResetPasswordForm',
  component: ResetPasswordForm,
  args: {
    expirationTime: '1h',
    onSuccess: fn(),
    onError: fn(),
    onSignIn: fn(),
  },
} satisfies Meta<typeof ResetPasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Types the e-mail and presses "Send link". */
async function requestLink(player: Player, email: string): Promise<void> {
  const t = texts(player);
  await fill(player, t('field.email.label'), email);
  await press(player, t('resetPassword.submit'));
}

export const Default: Story = {
  play: async (context) => {
    const { canvas } = context;
    const t = texts(context);
    await expect(canvas.getByRole('form', { name: t('resetPassword.title') })).toBeVisible();
    await expect(canvas.getByText(t('resetPassword.intro'))).toBeVisible();
    await context.userEvent.click(canvas.getByRole('button', { name: t('action.signIn') }));
    await expect(context.args.onSignIn).toHaveBeenCalledOnce();
  },
};

export const Success: Story = {
  play: async (context) => {
    const email = demoAccounts.verified.email;
    await requestLink(context, email);
    await expectSuccess(context, texts(context)('resetPassword.success.body', { email }));
    await expect(context.args.onSuccess).toHaveBeenCalledWith({ email });
    await expect(api.lastEmail(email)?.kind).toBe('reset-password');
  },
};

/** BizKitHub never says whether an address has an account: the customer reads the same news, and no e-mail goes out. */
export const UnknownEmailLooksTheSame: Story = {
  name: 'Unknown e-mail (same answer)',
  play: async (context) => {
    await requestLink(context, unknownEmail);
    await expectSuccess(context, texts(context)('resetPassword.success.body', { email: unknownEmail }));
    await expect(api.outbox).toHaveLength(0);
  },
};

/** reset-password documents no error codes: every failure reads as one generic sentence. */
export const RequestFailed: Story = {
  name: 'Failure (any error code)',
  beforeEach: arrange((mock) => mock.forceNext('reset-password', { code: 'E001' })),
  play: async (context) => {
    await requestLink(context, demoAccounts.verified.email);
    await expectAlert(context, texts(context)('error.reset-password.failed'));
    await expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'api', code: 'E001' }));
  },
};

export const NetworkError: Story = {
  beforeEach: arrange((mock) => mock.forceNext('reset-password', { networkError: true })),
  play: async (context) => {
    await requestLink(context, demoAccounts.verified.email);
    await expectAlert(context, texts(context)('error.network'));
  },
};

export const Timeout: Story = {
  parameters: { bizkithub: { timeoutMs: 500 } },
  beforeEach: arrange((mock) => mock.forceNext('reset-password', { delayMs: 5000 })),
  play: async (context) => {
    await requestLink(context, unknownEmail);
    await expectAlert(context, texts(context)('error.timeout'));
  },
};

export const RateLimited: Story = {
  name: 'Rate limited (HTTP 429)',
  beforeEach: arrange((mock) => mock.forceNext('reset-password', { rateLimit: { retryAfterSeconds: 60 } })),
  play: async (context) => {
    await requestLink(context, demoAccounts.verified.email);
    await expectAlert(context, rateLimitText(context.globals, 60_000));
    await expectCooldown(context, texts(context)('resetPassword.submit'), 60_000);
  },
};

export const ValidationErrors: Story = {
  play: async (context) => {
    const t = texts(context);
    await press(context, t('resetPassword.submit'));
    await expectFieldError(context, t('field.email.label'), t('validation.email.required'));
    await fill(context, t('field.email.label'), 'jana@example');
    await expectFieldError(context, t('field.email.label'), t('validation.email.invalid'));
    await expect(api.requests).toHaveLength(0);
  },
};

export const Pending: Story = {
  parameters: { bizkithub: { timeoutMs: 900_000 } },
  beforeEach: arrange((mock) => mock.setLatency(600_000)),
  play: async (context) => {
    const t = texts(context);
    await requestLink(context, unknownEmail);
    await expectPending(context, 'reset-password', t('resetPassword.submit'), t('resetPassword.submitting'));
  },
};

export const Unstyled: Story = {
  ...unstyled,
  play: async (context) => {
    await expectUnstyled(context);
    const t = texts(context);
    await press(context, t('resetPassword.submit'));
    await expectFieldError(context, t('field.email.label'), t('validation.email.required'));
  },
};
