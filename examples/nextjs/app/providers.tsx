'use client';

import { BizKitHubProvider, type SessionState } from '@bizkithub/auth-react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';

/**
 * The browser half: the forms and hooks talk to this shop's /api/auth, never to BizKitHub itself.
 * After a sign-in the forms go to ?returnTo= with the router, and every sign-in or sign-out renders
 * the server's parts of the page again (the header, the account page) without a reload.
 */
export function Providers({ initialSession, children }: { initialSession: SessionState; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  const router = useRouter();
  return (
    <QueryClientProvider client={queryClient}>
      <BizKitHubProvider
        serverUrl="/api/auth"
        locale="en"
        initialSession={initialSession}
        navigate={(href) => router.push(href)}
        onSessionChange={() => router.refresh()}
      >
        {children}
      </BizKitHubProvider>
    </QueryClientProvider>
  );
}
