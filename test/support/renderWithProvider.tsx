import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { BizKitHubProvider, type BizKitHubProviderProps, type Messages } from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { sk } from '../../src/i18n/locales/sk.js';
import { devKey } from './keys.js';

/** The catalogs besides English that tests switch to, as an app imports them from their entries. */
export const testCatalogs: readonly Messages[] = [cs, sk];

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Stands in for a router: a form's navigation after sign-in must not take the test page away. */
const stayOnPage = () => undefined;

/** A wrapper with a fresh QueryClient and a BizKitHubProvider using a made-up DEV_ key. */
export function providerWrapper(props: Partial<BizKitHubProviderProps> = {}, queryClient = createTestQueryClient()) {
  return function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <BizKitHubProvider apiKey={devKey} catalogs={testCatalogs} navigate={stayOnPage} {...props}>
          {children}
        </BizKitHubProvider>
      </QueryClientProvider>
    );
  };
}
