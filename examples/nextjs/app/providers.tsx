'use client';

import { BizKitHubProvider, type SessionState } from '@bizkithub/auth-react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { use, useState, type ReactNode } from 'react';

/**
 * The browser half: the forms and hooks talk to this shop's /api/auth, never to BizKitHub itself.
 * `session` is the layout's auth(), read here with use(): the first paint already knows who is signed
 * in. After a sign-in the forms go to ?returnTo= with the router, and every sign-in or sign-out
 * renders the server's parts of the page again (the header, the account page) without a reload.
 */
export function Providers({ session, children }: { session: Promise<SessionState>; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  const router = useRouter();
  return (
    <QueryClientProvider client={queryClient}>
      <BizKitHubProvider serverUrl="/api/auth" initialSession={use(session)} navigate={(href) => router.push(href)} onSessionChange={() => router.refresh()}>
        {children}
      </BizKitHubProvider>
    </QueryClientProvider>
  );
}
