import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { AuthView, BizKitHubProvider, useSession } from '../src/index.js';
import { storyCatalogs } from './support/catalogs.js';
import { api, demoApiKey } from './support/mockApi.js';
import { follow, texts } from './support/play.js';
import { sameText } from './support/texts.js';
import { productionServerUrl } from './support/ProductionShop.js';

/** The page's header reads the session (as `<UserButton>` would): its answer says what the handler serves. */
function HeaderSession() {
  const session = useSession();
  return (
    <p>
      Session: <code>{session.data === undefined ? 'unknown' : session.data.status === 'signed-in' ? 'signed in' : 'signed out'}</code>
    </p>
  );
}

/**
 * A shop's whole auth area on one route: `<AuthView>` with a router (here a stand-in that keeps the
 * path in state, as `router.push` would), switching views through the forms' own links.
 */
function AuthArea({ locale, start, serverUrl }: { locale: string; start: string; serverUrl?: string | undefined }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }));
  const [path, setPath] = useState(start);
  const view = new URL(path, 'https://shop.example').pathname.split('/').at(-1);
  return (
    <QueryClientProvider client={queryClient}>
      <BizKitHubProvider
        {...(serverUrl === undefined ? { apiKey: demoApiKey } : { serverUrl })}
        locale={locale}
        catalogs={storyCatalogs}
        navigate={setPath}
      >
        {serverUrl !== undefined && <HeaderSession />}
        <p>
          Route: <code data-testid="route">{path}</code>
        </p>
        <AuthView view={view} basePath="/auth" titleTemplate={false} />
      </BizKitHubProvider>
    </QueryClientProvider>
  );
}

const meta = {
  title: 'Journeys/AuthView',
  component: AuthArea,
  args: { locale: 'en', start: '/auth/sign-in' },
  render: (args, { globals }) => <AuthArea {...args} locale={typeof globals.locale === 'string' ? globals.locale : 'en'} />,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof AuthArea>;

export default meta;
type Story = StoryObj<typeof meta>;

/** From sign-in to sign-up and on to the forgotten password, through the forms' links. */
export const SwitchingViews: Story = {
  play: async (context) => {
    const t = texts(context);
    const { canvas } = context;
    await expect(await canvas.findByRole('heading', { level: 1, name: t('login.title') })).toBeVisible();
    await follow(context, t('action.registerInstead'));
    await waitFor(() => expect(canvas.getByTestId('route')).toHaveTextContent('/auth/sign-up'));
    await expect(await canvas.findByRole('heading', { level: 1, name: t('register.title') })).toBeVisible();
    await follow(context, t('action.loginInstead'));
    await expect(await canvas.findByRole('heading', { level: 1, name: t('login.title') })).toBeVisible();
    // Direct mode: magic-auth would sign in on an e-mail alone, so sign-in never offers it.
    await expect(canvas.queryByRole('link', { name: sameText(t('action.magicLinkInstead')) })).toBeNull();
    await follow(context, t('action.forgotPassword'));
    await expect(await canvas.findByRole('heading', { level: 1, name: t('resetPassword.title') })).toBeVisible();
  },
};

/**
 * Production mode with a handler that mails magic links: its /session answer says so
 * (`features: { magicLink: true }`, read by the page's header), and the login view offers the magicAuth view.
 */
export const MagicLinkOffered: Story = {
  args: { serverUrl: productionServerUrl },
  parameters: {
    msw: {
      handlers: {
        bizkithub: api.handlers,
        server: api.serverModeHandlers({
          basePath: productionServerUrl,
          magicLink: { errorPath: '/auth/magic-link', limits: { perEmail: 1000, perIp: 1000 } },
        }),
      },
    },
  },
  play: async (context) => {
    const t = texts(context);
    const { canvas } = context;
    await expect(await canvas.findByRole('link', { name: sameText(t('action.magicLinkInstead')) }, { timeout: 5000 })).toBeVisible();
    await follow(context, t('action.magicLinkInstead'));
    await waitFor(() => expect(canvas.getByTestId('route')).toHaveTextContent('/auth/magic-link'));
    await expect(await canvas.findByRole('button', { name: sameText(t('magicLink.submit')) })).toBeVisible();
  },
};

/** An unknown view on the route shows sign-in. */
export const UnknownView: Story = {
  args: { start: '/auth/no-such-page' },
  play: async (context) => {
    const t = texts(context);
    await expect(await context.canvas.findByRole('heading', { level: 1, name: t('login.title') })).toBeVisible();
  },
};
