// A browser drops `Set-Cookie` from a Response built in script (a forbidden response header), so
// the server handler, run inside the page by the server-mode emulation, would lose its session
// cookie before the emulated cookie jar saw it. The handler's shipped code knows nothing of this:
// here, in the testing entry only, Responses built in the page remember the `Set-Cookie` lines of
// the Headers they were built from (a Headers built in script keeps them; only a Response's own
// headers filter them).

import { setCookieLines } from './browserCookieJar.js';

const kept = new WeakMap<Response, string[]>();
let installed = false;

/**
 * Makes `new Response(body, { headers })` keep the `Set-Cookie` lines of `headers` for
 * `handlerCookies`, in a browser. Servers (Node, edge runtimes) keep them in the headers anyway.
 */
export function keepHandlerCookies(): void {
  if (installed) return;
  installed = true;
  // Only where a Response filters the header (a browser); Node and edge runtimes keep it.
  if (new Response(null, { headers: { 'Set-Cookie': 'probe=1' } }).headers.has('Set-Cookie')) return;
  const Native = globalThis.Response;
  class CookieKeepingResponse extends Native {
    constructor(body?: BodyInit | null, init?: ResponseInit) {
      super(body, init);
      // A Headers built in script (a plain object too, once converted) still has the lines.
      const lines = init?.headers === undefined ? [] : new Headers(init.headers).getSetCookie();
      if (lines.length > 0) kept.set(this, lines);
    }

    // Responses made by fetch() and the platform stay instances of `Response` for every check.
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Native;
    }
  }
  globalThis.Response = CookieKeepingResponse;
}

/** The handler's `Set-Cookie`: from the headers on a server runtime, as kept above in a browser. */
export function handlerCookies(response: Response): string[] {
  const lines = setCookieLines(response.headers);
  return lines.length > 0 ? lines : (kept.get(response) ?? []);
}
