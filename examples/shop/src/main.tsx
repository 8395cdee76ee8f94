import '@bizkithub/auth-react/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startDemoApi } from './demoApi';

const queryClient = new QueryClient();

// Without a proxy of your own configured, the example runs on the embedded BizKitHub.
const baseUrl = import.meta.env.VITE_BIZKITHUB_PROXY_URL as string | undefined;
if (!baseUrl) await startDemoApi();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App baseUrl={baseUrl} />
    </QueryClientProvider>
  </StrictMode>,
);
