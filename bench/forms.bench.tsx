import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { bench, describe } from 'vitest';
import { BizKitHubProvider, LoginForm, RegisterForm, createBizKitHubClient } from '../src/index.js';

// Lets React know this is a test-like environment so act() flushes synchronously.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const client = createBizKitHubClient({ baseUrl: 'https://proxy.example' });
const queryClient = new QueryClient();

function PlainLogin() {
  // The floor: a hand-written form with the same two labelled fields and a button.
  return (
    <form>
      <h2>Sign in</h2>
      <label htmlFor="e">E-mail</label>
      <input id="e" type="email" autoComplete="email" required />
      <label htmlFor="p">Password</label>
      <input id="p" type="password" autoComplete="current-password" required />
      <button type="submit">Sign in</button>
    </form>
  );
}

function withProvider(children: React.ReactNode) {
  return (
    <QueryClientProvider client={queryClient}>
      <BizKitHubProvider client={client}>{children}</BizKitHubProvider>
    </QueryClientProvider>
  );
}

function mountAndUnmount(element: React.ReactNode) {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(element));
  act(() => root.unmount());
}

describe('mount + unmount in jsdom', () => {
  bench('baseline: hand-written form', () => mountAndUnmount(<PlainLogin />));
  bench('LoginForm', () => mountAndUnmount(withProvider(<LoginForm />)));
  bench('RegisterForm, 8 profile fields', () =>
    mountAndUnmount(
      withProvider(
        <RegisterForm
          confirmPassword
          fields={['firstName', 'lastName', 'phone', 'companyName', 'streetAddress', 'city', 'postalCode', 'country']}
        />,
      ),
    ),
  );
});

describe('renderToString (SSR)', () => {
  bench('baseline: hand-written form', () => {
    renderToString(<PlainLogin />);
  });
  bench('LoginForm', () => {
    renderToString(withProvider(<LoginForm />));
  });
});
