import type { Emulator } from './createMockBizKitHub.js';
import type { MockDelivery } from './types.js';
import { normalizeEmail } from './validate.js';

/** Where the mock server's own routes live, beside the emulated API. */
export const mockRoutesPrefix = '/__mock/';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}

async function readJsonObject(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await request.text());
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** POST, and a GET with nowhere to go: JSON. A GET that knows the next page: 303 to it, as a link in a mail does. */
function verify(emulator: Emulator, token: unknown, redirect: boolean): Response {
  if (typeof token !== 'string' || token === '') return json({ error: 'A token is required.' }, 400);
  const confirmed = emulator.confirm(token);
  if (!confirmed) return json({ verified: false }, 404);
  if (redirect && confirmed.next !== undefined) {
    return new Response(null, { status: 303, headers: { Location: confirmed.next, 'Cache-Control': 'no-store' } });
  }
  return json({ verified: true });
}

/**
 * The mock server's own routes, for end-to-end tests:
 * - `GET /__mock/mailbox[?to=]`: the outbox as JSON, oldest first (newest last);
 * - `POST /__mock/mailbox` `{ to, kind: 'magic-link', link }`: mail the shop's own server sends;
 * - `GET /__mock/verify?token=` (the confirmation e-mail's link) or `POST /__mock/verify` `{ token }`:
 *   confirms the registration; the GET then redirects (303) to its `returnUrl`, else to `${shopUrl}/`,
 *   and answers JSON `{ verified: true }` when neither is known (the POST always does);
 * - `POST /__mock/reset`: `api.reset()`.
 *
 * A browser page of another origin gets 403: these routes change state and are no API of the shop's.
 */
export async function answerMockRoute(emulator: Emulator, request: Request, ownOrigin: string): Promise<Response> {
  const { api } = emulator;
  const url = new URL(request.url);
  const origin = request.headers.get('Origin');
  if (origin !== null && origin !== ownOrigin) return json({ error: 'Another origin may not use the mock routes.' }, 403);
  const route = url.pathname.slice(mockRoutesPrefix.length);
  const method = request.method.toUpperCase();

  switch (route) {
    case 'mailbox': {
      if (method === 'GET') {
        const to = url.searchParams.get('to');
        const address = to === null ? undefined : normalizeEmail(to);
        return json(api.outbox.filter((mail) => address === undefined || mail.to === address));
      }
      if (method !== 'POST') break;
      const mail = await readJsonObject(request);
      if (!mail) return json({ error: 'The body must be a JSON object { to, kind, link }.' }, 400);
      try {
        return json(api.deliver(mail as unknown as MockDelivery), 201);
      } catch (error) {
        return json({ error: error instanceof TypeError ? error.message : 'The mail was not delivered.' }, 400);
      }
    }
    case 'verify': {
      if (method === 'GET') return verify(emulator, url.searchParams.get('token'), true);
      if (method !== 'POST') break;
      return verify(emulator, (await readJsonObject(request))?.token, false);
    }
    case 'reset': {
      if (method !== 'POST') break;
      api.reset();
      return json({ success: true });
    }
    default:
      return json({ error: 'No such mock route.' }, 404);
  }
  return json({ error: 'Method not allowed.' }, 405);
}
