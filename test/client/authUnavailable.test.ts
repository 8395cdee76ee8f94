// @vitest-environment node
// isAuthUnavailable, as an app's error page (Next's error.tsx, React Router's ErrorBoundary) calls it
// with whatever reached it. Next's production build replacing the error and keeping its digest is
// walked for real in scripts/check-nextjs.mjs; here, each shape the helper promises to recognise.
import { authUnavailableDigest, BizKitHubError, isAuthUnavailable } from '../../src/index.js';
import { authUnavailableDigest as fromClientEntry, isAuthUnavailable as clientEntryHelper } from '../../src/client/index.js';

test('the client entry exports the same helper and digest as the main entry', () => {
  expect(clientEntryHelper).toBe(isAuthUnavailable);
  expect(fromClientEntry).toBe('BIZKITHUB_AUTH_UNAVAILABLE');
  expect(authUnavailableDigest).toBe(fromClientEntry);
});

test('(a) the BizKitHubError requireAuth throws for an outage is one; other BizKitHubErrors are not', () => {
  expect(isAuthUnavailable(new BizKitHubError({ kind: 'unavailable', endpoint: 'session' }))).toBe(true);
  for (const kind of ['api', 'validation', 'invalid-response', 'aborted', 'platform'] as const) {
    expect(isAuthUnavailable(new BizKitHubError({ kind, endpoint: 'login', code: 'E004' })), kind).toBe(false);
  }
});

test('(b) an error that lost everything but its digest, as a production build of Next hands it to error.tsx, is one', () => {
  // What Next sends to the browser for a Server Component's error: a plain Error, a generic message, the digest.
  const replaced = Object.assign(new Error('An error occurred in the Server Components render.'), { digest: authUnavailableDigest });
  expect(isAuthUnavailable(replaced)).toBe(true);
  expect(isAuthUnavailable({ digest: authUnavailableDigest })).toBe(true);
  // Any other digest (Next's hash of a bug's message and stack, a redirect's) is not.
  expect(isAuthUnavailable(Object.assign(new Error('An error occurred in the Server Components render.'), { digest: '2338417917' }))).toBe(false);
  expect(isAuthUnavailable({ digest: 'NEXT_REDIRECT;replace;/sign-in;307;' })).toBe(false);
  expect(isAuthUnavailable({ digest: authUnavailableDigest.toLowerCase() })).toBe(false);
});

test("(c) a route error response of the handler's 503 upstream-unavailable is one, with data as an object or as JSON text", () => {
  const data = { reason: 'upstream-unavailable' };
  expect(isAuthUnavailable({ status: 503, statusText: 'Service Unavailable', internal: false, data })).toBe(true);
  expect(isAuthUnavailable({ status: 503, statusText: 'Service Unavailable', internal: false, data: JSON.stringify(data) })).toBe(true);
});

test('a 503 for another reason, another status, or data that is not the JSON of that reason is not', () => {
  expect(isAuthUnavailable({ status: 503, data: { reason: 'store-unavailable' } })).toBe(false);
  expect(isAuthUnavailable({ status: 500, data: { reason: 'upstream-unavailable' } })).toBe(false);
  expect(isAuthUnavailable({ status: '503', data: { reason: 'upstream-unavailable' } })).toBe(false);
  expect(isAuthUnavailable({ status: 503, data: 'upstream-unavailable' })).toBe(false);
  expect(isAuthUnavailable({ status: 503, data: '{"reason":' })).toBe(false);
  expect(isAuthUnavailable({ status: 503, data: 'null' })).toBe(false);
  expect(isAuthUnavailable({ status: 503 })).toBe(false);
});

test('ordinary errors and values that are not errors are not', () => {
  for (const value of [new Error('boom'), new TypeError('x is undefined'), null, undefined, 'BIZKITHUB_AUTH_UNAVAILABLE', 503, {}, []]) {
    expect(isAuthUnavailable(value), String(value)).toBe(false);
  }
});

test("the customer's sentence for each of them is the catalog's outage text, in the page's language; a bug's is the generic one", async () => {
  const { getErrorMessage, en } = await import('../../src/index.js');
  const { cs } = await import('../../src/i18n/locales/cs.js');
  const outages = [
    new BizKitHubError({ kind: 'unavailable', endpoint: 'session' }),
    Object.assign(new Error('An error occurred in the Server Components render.'), { digest: authUnavailableDigest }),
    { status: 503, data: JSON.stringify({ reason: 'upstream-unavailable' }) },
  ];
  for (const outage of outages) {
    expect(getErrorMessage(outage, 'en')).toBe(en['error.server']);
    expect(getErrorMessage(outage, 'cs', [cs])).toBe(cs['error.server']);
  }
  expect(getErrorMessage(Object.assign(new Error('x'), { digest: '2338417917' }), 'en')).toBe(en['error.unknown']);
});
