import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { BizKitHubProvider, LoginForm, SignedIn, SignedOut, SignOutButton, useSession } from '../../src/index.js';
import type { Account, SessionState } from '../../src/index.js';
import { storyCatalogs } from './catalogs.js';

/** Where `api.serverModeHandlers()` mounts the real server handler in MSW. */
export const productionServerUrl = '/api/auth';

function displayName(account: Account): string {
  const name = [account.firstName, account.lastName].filter(Boolean).join(' ');
  return name || account.companyName || account.email;
}

/** The shop's account menu: who is signed in, read through `useSession()`. */
function AccountMenu() {
  const { data } = useSession();
  if (data?.status !== 'signed-in') return null;
  return (
    <div>
      <p>
        Signed in as <strong>{displayName(data.account)}</strong>
      </p>
      <SignOutButton />
    </div>
  );
}

export interface ProductionShopProps {
  locale: string;
}

/**
 * One page load of a shop in production mode: a fresh QueryClient and a provider with `serverUrl`,
 * so nothing of the session survives in memory: what the next load knows comes from the cookie.
 */
const stayHere = () => undefined;

export function ProductionPage({
  locale,
  initialSession,
  children,
}: ProductionShopProps & { initialSession?: SessionState | undefined; children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      {/* One page: after a sign-in the forms would go to "/", which here is this page already. */}
      <BizKitHubProvider
        serverUrl={productionServerUrl}
        locale={locale}
        catalogs={storyCatalogs}
        navigate={stayHere}
        initialSession={initialSession}
      >
        {children}
      </BizKitHubProvider>
    </QueryClientProvider>
  );
}

function ShopPage({ locale }: ProductionShopProps) {
  return (
    <ProductionPage locale={locale}>
      <SignedIn>
        <AccountMenu />
      </SignedIn>
      <SignedOut>
        <p>Nobody is signed in.</p>
        <LoginForm />
      </SignedOut>
    </ProductionPage>
  );
}

/**
 * A shop on the server handler (`<BizKitHubProvider serverUrl="/api/auth">`): the key and the
 * session stay on the "server" (the real `createBizKitHubHandler` in MSW, with an HttpOnly cookie
 * jar), and "Reload the page" remounts everything as a browser reload would.
 */
export function ProductionShop({ locale }: ProductionShopProps) {
  const [pageLoad, setPageLoad] = useState(1);
  return (
    <div style={{ display: 'grid', gap: 16, fontFamily: 'system-ui, sans-serif', maxWidth: '28rem' }}>
      <section aria-label="Browser (emulated)" style={{ borderBottom: '1px dashed #595959', paddingBottom: 8 }}>
        <button type="button" onClick={() => setPageLoad((load) => load + 1)}>
          Reload the page
        </button>{' '}
        <span>Page load {pageLoad}</span>
      </section>
      <section aria-label="Shop">
        <ShopPage key={pageLoad} locale={locale} />
      </section>
    </div>
  );
}
