import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { arrange, api, demoAccounts } from './support/mockApi.js';
import { fill, press, texts, type Player } from './support/play.js';
import { ProductionShop, productionServerUrl } from './support/ProductionShop.js';

const meta = {
  title: 'Journeys/Production mode',
  component: ProductionShop,
  args: { locale: 'en' },
  // The shop's locale follows the toolbar, as the forms of every other story do.
  render: (args, { globals }) => <ProductionShop {...args} locale={typeof globals.locale === 'string' ? globals.locale : 'en'} />,
  parameters: {
    layout: 'padded',
    // The real createBizKitHubHandler in front of the emulator, under /api/auth on the page's origin.
    msw: { handlers: { bizkithub: api.handlers, server: api.serverModeHandlers({ basePath: productionServerUrl }) } },
  },
} satisfies Meta<typeof ProductionShop>;

export default meta;
type Story = StoryObj<typeof meta>;

const jana = demoAccounts.verified;
const janaName = `${jana.firstName} ${jana.lastName}`;

/** Signs the browser in through the handler before the story renders: a customer who came back. */
const signedInBefore = arrange(async () => {
  const response = await fetch(`${productionServerUrl}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: jana.email, password: jana.password }),
  });
  if (!response.ok) throw new Error(`The arranged sign-in answered ${response.status}.`);
});

async function expectSignedIn({ canvas }: Player, name: string): Promise<void> {
  const greeting = await canvas.findByText('Signed in as', { exact: false }, { timeout: 5000 });
  await expect(greeting).toHaveTextContent(`Signed in as ${name}`);
  await expect(canvas.queryByText('Nobody is signed in.')).toBeNull();
}

async function expectSignedOut({ canvas }: Player): Promise<void> {
  await expect(await canvas.findByText('Nobody is signed in.', {}, { timeout: 5000 })).toBeVisible();
  await expect(canvas.queryByText('Signed in as', { exact: false })).toBeNull();
}

/** The session cookie is in the emulated browser's HttpOnly jar and nowhere a script can read it. */
async function expectHttpOnlySession(): Promise<void> {
  const [session] = api.sessions(jana.email);
  await expect(api.browserCookies).toEqual({ '__Host-auth-id': session?.identityId });
  await expect(document.cookie).not.toContain('auth-id');
  await expect(document.cookie).not.toContain(session?.identityId ?? '-');
}

const accountInfoRequests = () => api.requests.filter((request) => request.endpoint === 'account-info').length;

/** "Reloads the page": the shop remounts with a new QueryClient and provider, nothing kept in memory. */
async function reload(context: StoryContext): Promise<void> {
  const load = Number(/\d+/.exec(context.canvas.getByText(/^Page load/).textContent)?.[0]);
  await press(context, 'Reload the page');
  await expect(context.canvas.getByText(`Page load ${load + 1}`)).toBeVisible();
}

/** After a reload, the session must come from the cookie: the handler asks account-info again. */
async function expectSessionFromCookie(context: StoryContext, askedBefore: number): Promise<void> {
  await waitFor(() => expect(accountInfoRequests()).toBeGreaterThan(askedBefore));
  await expectSignedIn(context, janaName);
}

/**
 * Sign in with the LoginForm; the account menu (`useSession()` inside `<SignedIn>`) shows the
 * customer's name; a reload (new QueryClient, new provider) brings the session back from the
 * cookie; `<SignOutButton>` ends it and `<SignedOut>` shows again.
 */
export const SignInReloadSignOut: Story = {
  name: 'Sign in → reload → sign out',
  play: async (context) => {
    const { step } = context;
    const t = texts(context);

    await step('Nobody is signed in yet', async () => {
      await expectSignedOut(context);
      await expect(api.browserCookies).toEqual({});
    });

    await step('Sign in with the LoginForm', async () => {
      await fill(context, t('field.email.label'), jana.email);
      await fill(context, t('field.password.label'), jana.password);
      await press(context, t('login.submit'));
      await expectSignedIn(context, janaName);
      await expectHttpOnlySession();
    });

    await step('Reload: the session comes back from the cookie', async () => {
      const asked = accountInfoRequests();
      await reload(context);
      await expectSessionFromCookie(context, asked);
    });

    await step('Sign out', async () => {
      await press(context, t('signOut.submit'));
      await expectSignedOut(context);
      await expect(api.browserCookies).toEqual({});
    });

    await step('Reload: still signed out', async () => {
      await reload(context);
      await expectSignedOut(context);
    });
  },
};

/** The cookie was set on an earlier visit: the page opens with the account, no form. */
export const ReturningCustomer: Story = {
  name: 'A returning customer',
  beforeEach: signedInBefore,
  play: async (context) => {
    await expectSignedIn(context, janaName);
    await expectHttpOnlySession();
    await expect(context.canvas.queryByLabelText(texts(context)('field.password.label'))).toBeNull();
    const asked = accountInfoRequests();
    await reload(context);
    await expectSessionFromCookie(context, asked);
  },
};

/** The shop's operator signs the customer out everywhere (administration): the next page load knows. */
export const SignedOutByTheShop: Story = {
  name: 'Signed out everywhere by the shop',
  beforeEach: signedInBefore,
  play: async (context) => {
    await expectSignedIn(context, janaName);
    await expect(api.revokeSessions(jana.email)).toBe(1);
    await reload(context);
    await expectSignedOut(context);
    // The handler cleared the stale cookie.
    await expect(api.browserCookies).toEqual({});
  },
};

/** A wrong password through the server handler reads exactly as in direct mode: E004, no cookie. */
export const WrongPassword: Story = {
  name: 'E004 · Wrong password, through the server handler',
  play: async (context) => {
    const t = texts(context);
    await expectSignedOut(context);
    await fill(context, t('field.email.label'), jana.email);
    await fill(context, t('field.password.label'), 'not the password');
    await press(context, t('login.submit'));
    await expect(await context.canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(t('error.login.E004'));
    await expectSignedOut(context);
    await expect(api.browserCookies).toEqual({});
  },
};
