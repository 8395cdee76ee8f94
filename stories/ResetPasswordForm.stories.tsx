import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ResetPasswordForm } from '../src/index.js';
import { formCallbacks, formStories } from './support/formStories.js';
import { api, arrange, demoAccounts, unknownEmail } from './support/mockApi.js';
import { expectAlert, expectFieldError, expectSuccess, fill, texts, submitEmail, type Player } from './support/play.js';
import { sameText } from './support/texts.js';

const meta = {
  title: 'Forms/ResetPasswordForm',
  component: ResetPasswordForm,
  args: {
    expirationTime: '1h',
    ...formCallbacks('onLogin'),
  },
} satisfies Meta<typeof ResetPasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Types the e-mail and presses "Send link". */
const requestLink = (player: Player, email: string) => submitEmail(player, email, 'resetPassword.submit');

/** The stories every form has (see `formStories`): what makes them ResetPasswordForm's. */
const common = formStories({
  endpoint: 'reset-password',
  submit: 'resetPassword.submit',
  submitting: 'resetPassword.submitting',
  required: [{ label: 'field.email.label', error: 'validation.email.required' }],
  send: (player) => requestLink(player, demoAccounts.verified.email),
  sendTooLate: (player) => requestLink(player, unknownEmail),
  sendPending: (player) => requestLink(player, unknownEmail),
  retryAfterSeconds: 60,
  checkInvalidInput: async (player, t) => {
    await fill(player, t('field.email.label'), 'jana@example');
    await expectFieldError(player, t('field.email.label'), t('validation.email.invalid'));
  },
});

export const Default: Story = {
  play: async (context) => {
    const { canvas } = context;
    const t = texts(context);
    await expect(canvas.getByRole('form', { name: sameText(t('resetPassword.title')) })).toBeVisible();
    await expect(canvas.getByText(t('resetPassword.intro'))).toBeVisible();
  },
};

/** "Sign in" under the form calls the shop's own route (`onLogin`). */
export const SignInLink: Story = {
  name: 'Back to sign-in',
  play: async (context) => {
    await context.userEvent.click(context.canvas.getByRole('button', { name: sameText(texts(context)('action.login')) }));
    await expect(context.args.onLogin).toHaveBeenCalledOnce();
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

export const NetworkError: Story = { tags: ['english-only'], ...common.NetworkError, play: common.NetworkError.play };
export const Timeout: Story = { tags: ['english-only'], ...common.Timeout, play: common.Timeout.play };
export const RateLimited: Story = { tags: ['english-only'], ...common.RateLimited, name: 'Rate limited (HTTP 429)', play: common.RateLimited.play };
export const ValidationErrors: Story = { ...common.ValidationErrors, play: common.ValidationErrors.play };
export const Pending: Story = { ...common.Pending, play: common.Pending.play };
export const Unstyled: Story = { tags: ['english-only'], ...common.Unstyled, play: common.Unstyled.play };
