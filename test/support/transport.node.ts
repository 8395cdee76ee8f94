import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';

/** jsdom project: requests are answered in-process by msw/node. */
export async function startTransport(handlers: RequestHandler[]): Promise<{ stop: () => void }> {
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: 'error' });
  return { stop: () => server.close() };
}
