import type { Meta, StoryObj } from '@storybook/react-vite';
import { getResponse } from 'msw';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { MagicAuthForm, SignedIn, SignedOut, SignOutButton } from '../src/index.js';
import { Mailbox } from './support/Mailbox.js';
import { api, demoAccounts } from './support/mockApi.js';
import { fill, press, texts } from './support/play.js';
import { ProductionPage, productionServerUrl } from './support/ProductionShop.js';

/**
 * The real `createBizKitHubHandler` with magic links on, in MSW under /api/auth on the page's origin:
 * its links go to the emulator's mailbox, and its verify route sets the session in the cookie jar.
 * Made once, as a shop's server is: the handler keeps its one-time tokens in its own memory store.
 */
const serverHandlers = api.serverModeHandlers({
  basePath: productionServerUrl,
  // Generous limits, so that replaying the story in Storybook is never throttled.
  magicLink: { errorPath: '/sign-in', limits: { perEmail: 1000, perIp: 1000 } },
});

interface Visit {
  /** Counts page loads: each one mounts a fresh QueryClient and provider, as a browser load would. */
  load: number;
  /** The path the emulated address bar shows. */
  path: string;
  /** The handler's confirmation page, while the emulated browser shows it. */
  confirm?: ConfirmPage | undefined;
}

/** What the handler's confirmation page says, read from its HTML, the link its button posts to and the form token it posts. */
interface ConfirmPage {
  link: string;
  question: string;
  note: string;
  button: string;
  formToken: string;
}

/** How many times the link was opened without a click, as a mail scanner prefetching it does. */
const scannerLooks = { count: 0 };

/**
 * "Opens" a link from the mailbox as a browser would: asks the handler (through the same MSW
 * handlers the page uses, so the cookie jar plays the browser's). A live link answers the
 * confirmation page; anything else redirects (303) to the error page.
 */
async function openVerifyLink(link: string): Promise<ConfirmPage | string> {
  const response = await getResponse(serverHandlers, new Request(link));
  if (response?.status === 200) {
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    return {
      link,
      question: page.querySelector('h1')?.textContent ?? '',
      note: page.querySelector('main p')?.textContent ?? '',
      button: page.querySelector('button')?.textContent ?? '',
      formToken: page.querySelector<HTMLInputElement>('input[name="confirm"]')?.value ?? '',
    };
  }
  return followRedirect(link, response);
}

/** The confirmation page's button: a same-origin form POST of its hidden token to the link, then where its 303 points. */
async function pressConfirm({ link, formToken }: ConfirmPage): Promise<string> {
  const form = new Request(link, { method: 'POST', body: new URLSearchParams({ confirm: formToken }) });
  return followRedirect(link, await getResponse(serverHandlers, form));
}

/** Goes where a 303 points; an `?error=` is put on this frame's address, where MagicAuthForm reads it (and removes it). */
function followRedirect(link: string, response: Response | undefined): string {
  const location = response?.headers.get('Location');
  if (response?.status !== 303 || !location) throw new Error(`The verify route answered ${response?.status ?? 'nothing'}.`);
  const target = new URL(location, link);
  const error = target.searchParams.get('error');
  if (error !== null) {
    const frame = new URL(window.location.href);
    frame.searchParams.set('error', error);
    window.history.replaceState(window.history.state, '', frame);
  }
  return target.pathname + target.search;
}

interface MagicLinkShopProps {
  locale: string;
}

function ShopPage({ locale }: MagicLinkShopProps) {
  return (
    <ProductionPage locale={locale}>
      <SignedIn>
        {(account) => (
          <div>
            <p>
              Signed in as <strong>{account.firstName ?? account.email}</strong>
            </p>
            <SignOutButton />
          </div>
        )}
      </SignedIn>
      <SignedOut>
        <MagicAuthForm returnTo="/account" />
      </SignedOut>
    </ProductionPage>
  );
}

/** The handler's own confirmation page, as the emulated browser shows it (its texts come from the page). */
function ConfirmStep({ page, onPress }: { page: ConfirmPage; onPress: () => void }) {
  return (
    <section aria-label="Confirmation page (served by the handler)" style={{ display: 'grid', gap: 12, maxWidth: '26rem' }}>
      <h2 style={{ margin: 0, fontSize: '1.25rem' }}>{page.question}</h2>
      <p style={{ margin: 0 }}>{page.note}</p>
      <button type="submit" onClick={onPress} style={{ font: 'inherit', padding: '0.6rem 1rem' }}>
        {page.button}
      </button>
    </section>
  );
}

/** A shop in production mode whose sign-in page is MagicAuthForm, beside the customer's inbox. */
function MagicLinkShop({ locale }: MagicLinkShopProps) {
  const [visit, setVisit] = useState<Visit>({ load: 1, path: '/sign-in' });
  const land = (path: string) => setVisit((previous) => ({ load: previous.load + 1, path }));
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: 32, alignItems: 'start' }}>
      <div style={{ display: 'grid', gap: 16, fontFamily: 'system-ui, sans-serif' }}>
        <section aria-label="Browser (emulated)" style={{ borderBottom: '1px dashed #595959', paddingBottom: 8 }}>
          <span>Address: {visit.confirm ? '/api/auth/magic-link/verify?token=…' : visit.path}</span> · <span>Page load {visit.load}</span>
        </section>
        {visit.confirm ? (
          <ConfirmStep
            page={visit.confirm}
            onPress={() => {
              if (visit.confirm) void pressConfirm(visit.confirm).then(land);
            }}
          />
        ) : (
          <section aria-label="Shop">
            <ShopPage key={visit.load} locale={locale} />
          </section>
        )}
      </div>
      <Mailbox
        api={api}
        onOpenResetLink={() => undefined}
        onOpenMagicLink={(link) => {
          void (async () => {
            // A mail scanner fetches every link before the customer sees the mail.
            await getResponse(serverHandlers, new Request(link, { headers: { 'User-Agent': 'MailScanner/1.0' } }));
            scannerLooks.count += 1;
            const opened = await openVerifyLink(link);
            if (typeof opened === 'string') land(opened);
            else setVisit((previous) => ({ ...previous, confirm: opened }));
          })();
        }}
      />
    </div>
  );
}

const meta = {
  title: 'Journeys/Magic link (server mode)',
  component: MagicLinkShop,
  args: { locale: 'en' },
  render: (args, { globals }) => <MagicLinkShop {...args} locale={typeof globals.locale === 'string' ? globals.locale : 'en'} />,
  parameters: {
    layout: 'padded',
    msw: { handlers: { bizkithub: api.handlers, server: serverHandlers } },
    docs: { story: { iframeHeight: 640 } },
  },
} satisfies Meta<typeof MagicLinkShop>;

export default meta;
type Story = StoryObj<typeof meta>;

const jana = demoAccounts.verified;

/**
 * Ask for a link with MagicAuthForm, open it from the mailbox: signed in (the handler called
 * magic-auth and set the HttpOnly cookie). Signed out, the same link again: "already used".
 */
export const RequestFollowReuse: Story = {
  name: 'Request a link → open it → open it again',
  play: async (context) => {
    const { canvas, step, userEvent } = context;
    const t = texts(context);
    const mailbox = within(canvas.getByRole('region', { name: 'Mailbox (emulated)' }));
    const openLink = async () => {
      const email = await mailbox.findByRole('article', { name: `Your sign-in link, to ${jana.email}` });
      await userEvent.click(within(email).getByRole('button', { name: 'Open the sign-in link' }));
    };

    await step('Ask for a link: the form says to check the inbox, and the handler mailed it', async () => {
      // The form shows once the session is known to be signed out.
      await canvas.findByLabelText(t('field.email.label'), {}, { timeout: 5000 });
      await fill(context, t('field.email.label'), jana.email);
      await press(context, t('magicLink.submit'));
      await expect(await canvas.findByText(t('magicLink.sent.body', { email: jana.email }), {}, { timeout: 5000 })).toBeVisible();
      await expect(api.lastEmail(jana.email)?.kind).toBe('magic-link');
      // Only the cookie that ties the link to this browser.
      await expect(Object.keys(api.browserCookies)).toEqual(['auth-link']);
    });

    await step('Open it from the mailbox (a mail scanner opened it first): the confirmation page, nobody signed in yet', async () => {
      const looksBefore = scannerLooks.count;
      await openLink();
      const confirm = within(await canvas.findByRole('region', { name: 'Confirmation page (served by the handler)' }, { timeout: 5000 }));
      await expect(scannerLooks.count).toBe(looksBefore + 1);
      await expect(confirm.getByRole('heading')).toHaveTextContent('j•••@example.com');
      await expect(api.sessions(jana.email)).toHaveLength(0);
      await expect(api.browserCookies).not.toHaveProperty('auth-id');
      await userEvent.click(confirm.getByRole('button'));
    });

    await step('Press its button: signed in, on returnTo, the session in the HttpOnly jar', async () => {
      await expect(await canvas.findByText('Signed in as', { exact: false }, { timeout: 5000 })).toHaveTextContent(`Signed in as ${jana.firstName}`);
      await expect(canvas.getByText('Address: /account')).toBeVisible();
      await expect(api.sessions(jana.email)).toHaveLength(1);
      // The session, beside the browser binding (kept until it lapses, so this browser's other links still say so).
      await expect(Object.keys(api.browserCookies).sort()).toEqual(['auth-id', 'auth-link']);
      await expect(document.cookie).not.toContain('auth-id');
    });

    await step('Signed out, the same link again: "already used", and no new session', async () => {
      await press(context, t('signOut.submit'));
      // The sign-out answered and the jar is empty before the link is opened: opened while the
      // request was still on its way (a loaded machine), the next page load still read a session.
      await waitFor(() => expect(api.browserCookies).not.toHaveProperty('auth-id'), { timeout: 5000 });
      await openLink();
      await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(t('magicLink.error.used'));
      await expect(canvas.getByText('Address: /sign-in?error=used')).toBeVisible();
      // The form took the reason out of the address bar.
      await waitFor(() => expect(new URL(window.location.href).searchParams.has('error')).toBe(false));
      await expect(api.browserCookies).not.toHaveProperty('auth-id');
    });
  },
};

/**
 * Ask for a link, then for another from the same browser (what "Send the link again" sends), and
 * open the first one: the confirmation page says this browser asked for it, with no "another
 * device" warning, and its button signs in.
 */
export const ResendKeepsThisBrowser: Story = {
  name: 'Request a link → resend → the first link still says "this browser"',
  play: async (context) => {
    const { canvas, step, userEvent } = context;
    const t = texts(context);
    const mailbox = within(canvas.getByRole('region', { name: 'Mailbox (emulated)' }));

    await step('Ask for a link, then again from the same browser', async () => {
      await canvas.findByLabelText(t('field.email.label'), {}, { timeout: 5000 });
      await fill(context, t('field.email.label'), jana.email);
      await press(context, t('magicLink.submit'));
      await canvas.findByText(t('magicLink.sent.body', { email: jana.email }), {}, { timeout: 5000 });
      const resent = await fetch(`${productionServerUrl}/magic-link`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: jana.email, returnTo: '/account' }),
      });
      await expect(resent.status).toBe(200);
      await waitFor(() => expect(mailbox.getAllByRole('article', { name: `Your sign-in link, to ${jana.email}` })).toHaveLength(2), { timeout: 5000 });
    });

    await step('Open the first link: no "another device" warning', async () => {
      // The mailbox lists the newest first: the first link is the last one.
      const first = mailbox.getAllByRole('article', { name: `Your sign-in link, to ${jana.email}` }).at(-1);
      if (!first) throw new Error('the first e-mail is missing');
      await userEvent.click(within(first).getByRole('button', { name: 'Open the sign-in link' }));
      const confirm = within(await canvas.findByRole('region', { name: 'Confirmation page (served by the handler)' }, { timeout: 5000 }));
      await expect(confirm.getByRole('heading')).toHaveTextContent('j•••@example.com');
      await expect(confirm.getByText('Continue to sign in to the shop with this link.')).toBeVisible();
      await expect(canvas.queryByText(/another device/)).toBeNull();
      await userEvent.click(confirm.getByRole('button'));
    });

    await step('Its button signs in', async () => {
      await expect(await canvas.findByText('Signed in as', { exact: false }, { timeout: 5000 })).toHaveTextContent(`Signed in as ${jana.firstName}`);
      await expect(api.sessions(jana.email)).toHaveLength(1);
    });
  },
};
