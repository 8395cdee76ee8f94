import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { AccountSummary, UserButton, type SessionState } from '../src/index.js';
import { arrange, api } from './support/mockApi.js';
import { texts } from './support/play.js';
import { ProductionPage, productionServerUrl } from './support/ProductionShop.js';

/** A shop's header with the account corner, and its account page, in production mode. */
function AccountArea({ locale, initialSession }: { locale: string; initialSession?: SessionState | undefined }) {
  return (
    <ProductionPage locale={locale} initialSession={initialSession}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '1rem', paddingBottom: '1rem' }}>
        <strong>Tea &amp; Kettle</strong>
        <UserButton accountHref="#account" ordersHref="#orders" items={[{ label: 'Wishlist', href: '#wishlist' }]} loginHref="#sign-in" />
      </header>
      <main>
        <AccountSummary />
      </main>
    </ProductionPage>
  );
}

const meta = {
  title: 'Account/UserButton and AccountSummary',
  component: AccountArea,
  args: { locale: 'en' },
  render: (args, { globals }) => <AccountArea {...args} locale={typeof globals.locale === 'string' ? globals.locale : 'en'} />,
  parameters: {
    layout: 'padded',
    msw: { handlers: { bizkithub: api.handlers, server: api.serverModeHandlers({ basePath: productionServerUrl }) } },
  },
} satisfies Meta<typeof AccountArea>;

export default meta;
type Story = StoryObj<typeof meta>;

const premium = { email: 'premium@example.com', password: 'correct horse', firstName: 'Jana', lastName: 'Nováková', premium: true, creditBalance: 1250.5, phone: '+420 777123456' };
const company = { email: 'orders@acme.example', password: 'correct horse', companyName: 'ACME s.r.o.', creditBalance: 0 };

/** Signs the browser in through the handler before the story renders. */
const signedInAs = (account: { email: string; password: string }) =>
  arrange(async (mock) => {
    mock.seed([premium, company]);
    const response = await fetch(`${productionServerUrl}/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    if (!response.ok) throw new Error(`The arranged sign-in answered ${response.status}.`);
  });

/** A premium customer with store credit: the closed button, and the account page's rows. */
export const SignedIn: Story = {
  beforeEach: signedInAs(premium),
  play: async (context) => {
    const t = texts(context);
    const button = await context.canvas.findByRole('button', { name: t('account.menu', { name: 'Jana Nováková' }) }, { timeout: 5000 });
    await expect(button).toHaveTextContent('Jana');
    await expect(button.querySelector('.bkh-avatar')?.getAttribute('data-initials')).toBe('JN');
    await expect(await context.canvas.findByText(t('account.field.cuRefNo'))).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: t('account.resetPassword') })).toBeVisible();
  },
};

/** The menu open: who is signed in, the premium badge, the credit, the links and sign-out. */
export const MenuOpen: Story = {
  beforeEach: signedInAs(premium),
  play: async (context) => {
    const t = texts(context);
    const button = await context.canvas.findByRole('button', { name: t('account.menu', { name: 'Jana Nováková' }) }, { timeout: 5000 });
    await context.userEvent.click(button);
    const menu = await context.canvas.findByRole('menu');
    await expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      t('account.yourAccount'),
      t('account.yourOrders'),
      'Wishlist',
      t('signOut.submit'),
    ]);
    await expect(context.canvas.getByText(t('account.premium'))).toBeVisible();
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
  },
};

/** A company contact: a company mark, the company's name as the account's name. */
export const Company: Story = {
  beforeEach: signedInAs(company),
  play: async (context) => {
    const t = texts(context);
    await expect(await context.canvas.findByRole('button', { name: t('account.menu', { name: 'ACME s.r.o.' }) }, { timeout: 5000 })).toBeVisible();
    await expect(await context.canvas.findByText(t('account.field.company'))).toBeVisible();
  },
};

/** Nobody signed in: a sign-in link where the button would be, and no account page. */
export const SignedOut: Story = {
  play: async (context) => {
    const t = texts(context);
    await expect(await context.canvas.findByRole('link', { name: t('account.login') }, { timeout: 5000 })).toBeVisible();
    await expect(context.canvas.queryByRole('term')).toBeNull();
  },
};

/** While the session loads: a placeholder of the button's size, announced as loading. */
export const Loading: Story = {
  beforeEach: arrange(async (mock) => {
    await signedInAs(premium)({ viewMode: 'story' });
    mock.setLatency(60_000);
  }),
  play: async (context) => {
    const t = texts(context);
    await expect(await context.canvas.findByText(t('account.loading'))).toBeInTheDocument();
  },
};

/**
 * BizKitHub was down while the server rendered the page (`initialSession` is `'unavailable'`): the
 * first paint says the account cannot be shown, never "Loading", while the session is asked again.
 */
export const OutageFromTheFirstPaint: Story = {
  args: { initialSession: { status: 'unavailable' } },
  beforeEach: arrange(async (mock) => {
    await signedInAs(premium)({ viewMode: 'story' });
    mock.setLatency(60_000);
  }),
  play: async (context) => {
    const t = texts(context);
    await expect(context.canvas.getAllByText(t('account.unavailable'))).toHaveLength(2);
    await expect(context.canvas.queryByText(t('account.loading'))).toBeNull();
  },
};
