import { createMockBizKitHub } from '@bizkithub/auth-react/testing';
import { setupWorker } from 'msw/browser';

/** The in-memory BizKitHub, with one account to sign in with: jana@example.com / correct horse. */
export const demoApi = createMockBizKitHub({
  accounts: [{ email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' }],
});

export async function startDemoApi() {
  await setupWorker(...demoApi.handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
}
