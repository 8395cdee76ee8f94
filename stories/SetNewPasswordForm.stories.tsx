import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SetNewPasswordForm } from '../src/index.js';
import { formCallbacks, formStories } from './support/formStories.js';
import { api, arrange, arrangeClient, demoAccounts } from './support/mockApi.js';
import { expectAlert, expectFieldError, expectSuccess, fill, press, texts, type Player } from './support/play.js';
import { sameText } from './support/texts.js';

const customer = demoAccounts.verified;
/** A token of the right shape that BizKitHub never sent: set-new-password answers E003. */
const unknownToken = 'ThisLinkWasNeverSentByBizKitHub0';

/** Jana asked for a reset link; the story opens its token, as the page behind the e-mailed link would. */
async function requestResetLink(): Promise<{ resetToken: string | undefined }> {
  await arrangeClient.resetPassword({ email: customer.email });
  return { resetToken: api.lastEmail(customer.email)?.token };
}

const meta = {
  title: 'Forms/SetNewPasswordForm',
  component: SetNewPasswordForm,
  loaders: [requestResetLink],
  render: (args, { loaded }) => {
    const { resetToken } = loaded as { resetToken?: string };
    return <SetNewPasswordForm {...args} token={args.token ?? resetToken} />;
  },
  args: formCallbacks('onLogin', 'onRequestNewLink'),
} satisfies Meta<typeof SetNewPasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Types the new password twice and presses "Save password". */
async function setPassword(player: Player, password: string): Promise<void> {
  const t = texts(player);
  await fill(player, t('field.newPassword.label'), password);
  await fill(player, t('field.confirmPassword.label'), password);
  await press(player, t('setNewPassword.submit'));
}

/** The stories every form has (see `formStories`): what makes them SetNewPasswordForm's. */
const common = formStories({
  endpoint: 'set-new-password',
  submit: 'setNewPassword.submit',
  submitting: 'setNewPassword.submitting',
  required: [{ label: 'field.newPassword.label', error: 'validation.password.required' }],
  send: (player) => setPassword(player, 'a brand new password'),
  retryAfterSeconds: 30,
  checkInvalidInput: async (player, t) => {
    await fill(player, t('field.newPassword.label'), 'one password');
    await fill(player, t('field.confirmPassword.label'), 'another one');
    await press(player, t('setNewPassword.submit'));
    await expectFieldError(player, t('field.confirmPassword.label'), t('validation.password.mismatch'));
  },
  // The meta's loader asked for the reset link.
  loadersSendRequests: true,
});

export const Default: Story = {
  play: async (context) => {
    const { canvas } = context;
    const t = texts(context);
    await expect(canvas.getByRole('form', { name: sameText(t('setNewPassword.title')) })).toBeVisible();
    await expect(canvas.getByLabelText(t('field.newPassword.label'))).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByLabelText(t('field.confirmPassword.label'))).toHaveAttribute('type', 'password');
  },
};

export const Success: Story = {
  play: async (context) => {
    const t = texts(context);
    await setPassword(context, 'a brand new password');
    await expectSuccess(context, t('setNewPassword.success.body'));
    await expect(context.args.onSuccess).toHaveBeenCalledOnce();
    await expect(api.getAccount(customer.email)?.password).toBe('a brand new password');
    await context.userEvent.click(context.canvas.getByRole('button', { name: sameText(t('action.login')) }));
    await expect(context.args.onLogin).toHaveBeenCalledOnce();
  },
};

export const E001ChangeFailed: Story = {
  name: 'E001 · Change failed',
  beforeEach: arrange((mock) => mock.forceNext('set-new-password', { code: 'E001' })),
  play: async (context) => {
    await setPassword(context, 'a brand new password');
    await expectAlert(context, texts(context)('error.set-new-password.E001'));
  },
};

/** A password used before belongs to the password field, not to the form's alert. */
export const E002PasswordUsedBefore: Story = {
  name: 'E002 · Password used before',
  play: async (context) => {
    const t = texts(context);
    await setPassword(context, customer.password);
    await expectFieldError(context, t('field.newPassword.label'), t('error.set-new-password.E002'));
    await expect(context.canvas.getByLabelText(t('field.newPassword.label'))).toHaveFocus();
    await expect(context.canvas.queryByRole('alert')).toBeNull();
  },
};

export const E003UnknownLink: Story = {
  name: 'E003 · Unknown link',
  args: { token: unknownToken },
  play: async (context) => {
    const t = texts(context);
    await setPassword(context, 'a brand new password');
    const alert = await expectAlert(context, t('error.set-new-password.E003'));
    await context.userEvent.click(within(alert).getByRole('button', { name: sameText(t('action.requestNewLink')) }));
    await expect(context.args.onRequestNewLink).toHaveBeenCalledOnce();
  },
};

export const E004ExpiredLink: Story = {
  name: 'E004 · Expired link',
  beforeEach: arrange((mock) => mock.forceNext('set-new-password', { code: 'E004' })),
  play: async (context) => {
    const t = texts(context);
    await setPassword(context, 'a brand new password');
    const alert = await expectAlert(context, t('error.set-new-password.E004'));
    await expect(within(alert).getByRole('button', { name: sameText(t('action.requestNewLink')) })).toBeVisible();
  },
};

/** Opened without a token (a truncated link): nothing to submit, only the way to a new link. */
export const MissingToken: Story = {
  args: { token: '' },
  play: async (context) => {
    const t = texts(context);
    await expectAlert(context, t('setNewPassword.missingToken'));
    await expect(context.canvas.queryByRole('form')).toBeNull();
    await context.userEvent.click(context.canvas.getByRole('button', { name: sameText(t('action.requestNewLink')) }));
    await expect(context.args.onRequestNewLink).toHaveBeenCalledOnce();
  },
};

export const NetworkError: Story = { tags: ['english-only'], ...common.NetworkError, play: common.NetworkError.play };
export const Timeout: Story = {
  tags: ['english-only'],
  ...common.Timeout,
  // An unknown token, so the late answer changes no password.
  args: { token: unknownToken },
  play: common.Timeout.play,
};
export const RateLimited: Story = { tags: ['english-only'], ...common.RateLimited, name: 'Rate limited (HTTP 429)', play: common.RateLimited.play };
export const ValidationErrors: Story = { ...common.ValidationErrors, play: common.ValidationErrors.play };
export const Pending: Story = { ...common.Pending, args: { token: unknownToken }, play: common.Pending.play };
export const Unstyled: Story = { tags: ['english-only'], ...common.Unstyled, play: common.Unstyled.play };
