import { createMockBizKitHub, type MockBizKitHub } from '@bizkithub/auth-react/testing';
import { setupWorker } from 'msw/browser';

/** The demo account: sign in with jana@example.com / correct horse. */
export const demoAccount = { email: 'jana@example.com', password: 'correct horse' } as const;

/**
 * The embedded BizKitHub: an in-memory emulator of the customer API behind a service worker, so the
 * shop runs with no key and no network. It lives in this tab's memory, so the shop moves between its
 * pages (and opens the mailbox's links) without reloading.
 */
export const demoApi = createMockBizKitHub({
  accounts: [{ ...demoAccount, firstName: 'Jana', lastName: 'Nováková', creditBalance: 120 }],
});

/** Starts the service worker that answers for BizKitHub; resolves to the emulator once it does. */
export async function startDemoApi(): Promise<MockBizKitHub> {
  await setupWorker(...demoApi.handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
  return demoApi;
}
