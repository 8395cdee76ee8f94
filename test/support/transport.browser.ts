import type { RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';

/** Chromium project: the same handlers answer through MSW's service worker (public/mockServiceWorker.js). */
export async function startTransport(handlers: RequestHandler[]): Promise<{ stop: () => void }> {
  const worker = setupWorker(...handlers);
  await worker.start({ quiet: true, onUnhandledRequest: 'error' });
  return { stop: () => worker.stop() };
}
