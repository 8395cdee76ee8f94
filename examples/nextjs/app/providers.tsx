'use client';

import { BizKitHubProvider } from '@bizkithub/auth-react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

/** The browser half: the forms and hooks talk to this shop's /api/auth, never to BizKitHub itself. */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <BizKitHubProvider serverUrl="/api/auth" locale="en">
        {children}
      </BizKitHubProvider>
    </QueryClientProvider>
  );
}
