import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { BizKitHubProvider, type BizKitHubProviderProps } from '../../src/index.js';
import { devKey } from './keys.js';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** A wrapper with a fresh QueryClient and a BizKitHubProvider using a made-up DEV_ key. */
export function providerWrapper(props: Partial<BizKitHubProviderProps> = {}, queryClient = createTestQueryClient()) {
  return function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <BizKitHubProvider apiKey={devKey} {...props}>
          {children}
        </BizKitHubProvider>
      </QueryClientProvider>
    );
  };
}
