// One stand-in for `next/headers` for every file of test/nextjs. Next's request scope (headers(),
// cookies()) exists only inside a Next server; here a test sets the request's headers and reads the
// response's. The unit project shares one module graph per worker (isolate: false), so the files must
// share one mock too: each mocks `next/headers` with this module, and sets `nextScope`.
import { ResponseCookies } from 'next/dist/compiled/@edge-runtime/cookies/index.js';

/** The request's headers (what `headers()` answers) and the headers `cookies()` writes its Set-Cookie lines to. */
export const nextScope = { request: new Headers(), response: new Headers() };

export const headers = async (): Promise<Headers> => nextScope.request;
export const cookies = async (): Promise<ResponseCookies> => new ResponseCookies(nextScope.response);
