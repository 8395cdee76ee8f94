import '@bizkithub/auth-react/styles.css';
import { BizKitHubProvider, LoginForm, UserButton } from '@bizkithub/auth-react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const queryClient = new QueryClient();

// The browser half talks to /api/auth on its own origin; the dev server's proxy (vite.config.ts) passes it on.
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BizKitHubProvider serverUrl="/api/auth" locale="en">
        <UserButton />
        <LoginForm />
      </BizKitHubProvider>
    </QueryClientProvider>
  </StrictMode>,
);
