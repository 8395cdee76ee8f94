import '@bizkithub/auth-react/styles.css';
import './shop.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const queryClient = new QueryClient();

// Without a proxy of your own configured, the example runs on the embedded BizKitHub. It is loaded
// on demand (msw and the emulator are a development tool), so a shop's own bundle never carries it.
const baseUrl = import.meta.env.VITE_BIZKITHUB_PROXY_URL as string | undefined;
const demoApi = baseUrl ? undefined : await import('./demoApi').then(async ({ startDemoApi }) => startDemoApi());

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App baseUrl={baseUrl} demoApi={demoApi} />
    </QueryClientProvider>
  </StrictMode>,
);
