import { http, type HttpHandler } from 'msw';
import { createBizKitHubHandler } from '../server/createBizKitHubHandler.js';
import type { BrowserCookieJar } from './browserCookieJar.js';
import { handlerCookies, keepHandlerCookies } from './handlerCookies.js';
import type { MockBizKitHub, MockServerModeOptions } from './types.js';

/** The made-up key the server-mode handler sends to the emulator (`DEV_` + 28 letters or digits). */
export const serverModeApiKey = 'DEV_EmbeddedServerModeKeyNotReal';

interface Emulator {
  baseUrl: string;
  accountInfoPath: string;
  fetch: typeof fetch;
  deliver: MockBizKitHub['deliver'];
  jar: BrowserCookieJar;
}

function pageOrigin(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.origin;
}

/**
 * The request as the handler would get it from the browser, with the jar's `Cookie` and the
 * `Origin` a browser adds to every POST (script cannot set either: they are forbidden headers, so
 * a page's Request lacks them). The clone gets a Headers of its own, which takes any header, in
 * place of its filtered one.
 */
function withCookie(request: Request, cookie: string | undefined, shopOrigin: string | undefined): Request {
  const headers = new Headers(request.headers);
  if (cookie === undefined) headers.delete('Cookie');
  else headers.set('Cookie', cookie);
  if (request.method !== 'GET' && request.method !== 'HEAD' && !headers.has('Origin')) {
    headers.set('Origin', shopOrigin ?? pageOrigin() ?? new URL(request.url).origin);
  }
  const forwarded = request.clone();
  Object.defineProperty(forwarded, 'headers', { value: headers });
  return forwarded;
}

/**
 * MSW handlers that put the real `createBizKitHubHandler` (from `@bizkithub/auth-react/server`)
 * in front of the emulator, with a cookie jar standing in for the browser's: the handler's
 * `Set-Cookie` goes into the jar, never to the page, and comes back as `Cookie` on the next request.
 */
export function createServerModeHandlers(emulator: Emulator, options: MockServerModeOptions = {}): HttpHandler[] {
  const { magicLink, ...handlerOptions } = options;
  keepHandlerCookies();
  const basePath = `/${(options.basePath ?? '/api/auth').replace(/^\/+|\/+$/g, '')}`;
  const origin = options.origin ?? (magicLink ? pageOrigin() : undefined);
  const handler = createBizKitHubHandler({
    apiKey: serverModeApiKey,
    accountInfoPath: emulator.accountInfoPath,
    ...handlerOptions,
    basePath,
    origin,
    baseUrl: emulator.baseUrl,
    fetch: emulator.fetch,
    magicLink: magicLink && {
      ...magicLink,
      sendMagicLink:
        magicLink.sendMagicLink ??
        (({ email, url, expiresAt }) => {
          emulator.deliver({ to: email, kind: 'magic-link', link: url, expiresAt: expiresAt.getTime() });
        }),
    },
  });

  return [
    http.all(`${options.origin ?? ''}${basePath}/*`, async ({ request }) => {
      const response = await handler(withCookie(request, emulator.jar.header(), options.origin));
      emulator.jar.receive(handlerCookies(response));
      const pageHeaders = new Headers(response.headers);
      pageHeaders.delete('Set-Cookie');
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers: pageHeaders });
    }),
  ];
}
