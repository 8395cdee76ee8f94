import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { MagicAuthForm } from '../src/index.js';
import { formCallbacks, formStories } from './support/formStories.js';
import { api, arrange, demoAccounts, failLogins, unknownEmail } from './support/mockApi.js';
import { expectAlert, expectCooldown, expectFieldError, expectSuccess, fill, texts, submitEmail, type Player } from './support/play.js';
import { sameText } from './support/texts.js';

const meta = {
  title: 'Forms/MagicAuthForm',
  component: MagicAuthForm,
  args: {
    fields: ['firstName', 'lastName'],
    ...formCallbacks('onRegister', 'onContactSupport', 'onLinkSent'),
  },
} satisfies Meta<typeof MagicAuthForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Types the e-mail and presses "Continue". */
const continueWith = (player: Player, email: string) => submitEmail(player, email, 'magicAuth.submit');

/** The stories every form has (see `formStories`): what makes them MagicAuthForm's. */
const common = formStories({
  endpoint: 'magic-auth',
  submit: 'magicAuth.submit',
  submitting: 'magicAuth.submitting',
  required: [{ label: 'field.email.label', error: 'validation.email.required' }],
  send: (player) => continueWith(player, demoAccounts.verified.email),
  sendTooLate: (player) => continueWith(player, unknownEmail),
  retryAfterSeconds: 45,
  checkInvalidInput: async (player, t) => {
    await fill(player, t('field.email.label'), 'jana.example.com');
    await expectFieldError(player, t('field.email.label'), t('validation.email.invalid'));
  },
});

export const Default: Story = {
  play: async (context) => {
    const { canvas } = context;
    const t = texts(context);
    await expect(canvas.getByRole('form', { name: sameText(t('magicAuth.title')) })).toBeVisible();
    await expect(canvas.getByLabelText(t('field.email.label'))).toBeRequired();
    // The name fields are optional and say so in their labels.
    const firstName = canvas.getByLabelText(`${t('field.firstName.label')} ${t('field.optional')}`);
    await expect(firstName).not.toBeRequired();
    await expect(firstName).toHaveAttribute('autocomplete', 'given-name');
    await expect(canvas.queryByLabelText(t('field.password.label'))).toBeNull();
  },
};

export const Success: Story = {
  play: async (context) => {
    const t = texts(context);
    await fill(context, `${t('field.firstName.label')} ${t('field.optional')}`, 'Jana');
    await continueWith(context, demoAccounts.verified.email);
    await expectSuccess(context, t('magicAuth.success'));
    await expect(context.args.onSuccess).toHaveBeenCalledWith({ mode: 'direct', identityId: expect.any(String) });
    await expect(api.requests.at(-1)?.body).toMatchObject({ email: demoAccounts.verified.email, firstName: 'Jana' });
  },
};

export const E001LoginFailed: Story = {
  name: 'E001 · Login failed',
  beforeEach: arrange((mock) => mock.forceNext('magic-auth', { code: 'E001' })),
  play: async (context) => {
    await continueWith(context, demoAccounts.verified.email);
    await expectAlert(context, texts(context)('error.magic-auth.E001'));
  },
};

export const E002UnknownEmail: Story = {
  name: 'E002 · Unknown e-mail',
  play: async (context) => {
    const t = texts(context);
    await continueWith(context, unknownEmail);
    const alert = await expectAlert(context, t('error.magic-auth.E002'));
    await context.userEvent.click(within(alert).getByRole('button', { name: sameText(t('action.register')) }));
    await expect(context.args.onRegister).toHaveBeenCalledOnce();
  },
};

export const E003NoAccountYet: Story = {
  name: 'E003 · No account yet',
  // The emulator signs contacts in by e-mail; BizKitHub documents E003 for them, so it is forced here.
  beforeEach: arrange((mock) => mock.forceNext('magic-auth', { code: 'E003' })),
  play: async (context) => {
    const t = texts(context);
    await continueWith(context, demoAccounts.contact.email);
    const alert = await expectAlert(context, t('error.magic-auth.E003'));
    await expect(within(alert).getByRole('button', { name: sameText(t('action.register')) })).toBeVisible();
  },
};

export const E004NotSignedIn: Story = {
  name: 'E004 · Could not sign in',
  beforeEach: arrange((mock) => mock.forceNext('magic-auth', { code: 'E004' })),
  play: async (context) => {
    await continueWith(context, demoAccounts.verified.email);
    await expectAlert(context, texts(context)('error.magic-auth.E004'));
  },
};

export const E005Blocked: Story = {
  name: 'E005 · Blocked account',
  play: async (context) => {
    await continueWith(context, demoAccounts.banned.email);
    await expectAlert(context, texts(context)('error.magic-auth.E005'));
  },
};

export const E006TooManyAttempts: Story = {
  name: 'E006 · Too many attempts',
  // Failed password logins throttle the address for magic sign-in too.
  beforeEach: arrange(() => failLogins(demoAccounts.throttled.email, 5)),
  args: { cooldownMs: 30_000 },
  play: async (context) => {
    const t = texts(context);
    await continueWith(context, demoAccounts.throttled.email);
    await expectAlert(context, t('error.magic-auth.E006'));
    await expectCooldown(context, t('magicAuth.submit'), 30_000);
  },
};

export const E007NotConfirmed: Story = {
  name: 'E007 · E-mail not confirmed',
  play: async (context) => {
    await continueWith(context, demoAccounts.unverified.email);
    await expectAlert(context, texts(context)('error.magic-auth.E007'));
  },
};

export const NetworkError: Story = { tags: ['english-only'], ...common.NetworkError, play: common.NetworkError.play };
export const Timeout: Story = { tags: ['english-only'], ...common.Timeout, play: common.Timeout.play };
export const RateLimited: Story = { tags: ['english-only'], ...common.RateLimited, name: 'Rate limited (HTTP 429)', play: common.RateLimited.play };
export const ValidationErrors: Story = { ...common.ValidationErrors, play: common.ValidationErrors.play };
export const Pending: Story = { ...common.Pending, play: common.Pending.play };
export const Unstyled: Story = { tags: ['english-only'], ...common.Unstyled, play: common.Unstyled.play };
