import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { BizKitHubProvider } from '../../src/index.js';
import { storyCatalogs } from './catalogs.js';
import { demoApiKey } from './mockApi.js';

/** Per-story provider options, set as `parameters.bizkithub`. */
export interface BizKitHubStoryParameters {
  /** The client's timeout, for the Timeout stories. */
  timeoutMs?: number | undefined;
}

export interface StoryProvidersProps extends BizKitHubStoryParameters {
  locale: string;
  children?: ReactNode;
}

/** What an integrator's app wraps the forms in: a QueryClient and a BizKitHubProvider. */
export function StoryProviders({ locale, timeoutMs, children }: StoryProvidersProps) {
  // One QueryClient per mount: the decorator remounts this per story, so no mutation state leaks.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <BizKitHubProvider apiKey={demoApiKey} locale={locale} catalogs={storyCatalogs} timeoutMs={timeoutMs}>
        {children}
      </BizKitHubProvider>
    </QueryClientProvider>
  );
}
