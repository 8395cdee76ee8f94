// @vitest-environment node
// safeReturnPath (public: @bizkithub/auth-react/client and /nextjs) on its own: what the forms and a
// sign-in page do with ?returnTo=. The forms' use of it, in a real browser: test/components/returnTo.test.tsx.
import { safeReturnPath } from '../../src/client/index.js';
import { hostileReturnTo } from '../support/hostileReturnTo.js';

const origin = 'https://shop.example';

test('keeps a same-origin path with its query and hash, and an absolute URL on the page’s own origin', () => {
  expect(safeReturnPath('/account?tab=orders#latest')).toBe('/account?tab=orders#latest');
  expect(safeReturnPath('/')).toBe('/');
  expect(safeReturnPath(`${origin}/account?x=1`, '/', origin)).toBe('/account?x=1');
  expect(safeReturnPath(`${origin}/`, '/home', origin)).toBe('/');
});

test.each(hostileReturnTo.map((value) => [JSON.stringify(value), value]))('%s becomes the fallback', (_name, value) => {
  expect(safeReturnPath(value, '/fallback', origin)).toBe('/fallback');
});

test('"/..//evil.test" resolves to the path "//evil.test", which reads as a host: the fallback instead', () => {
  expect(safeReturnPath('/..//evil.test', '/fallback', origin)).toBe('/fallback');
  expect(safeReturnPath('/a/../..//evil.test')).toBe('/');
});

test('anything but a string is the fallback', () => {
  for (const value of [undefined, null, 42, ['/account'], { href: '/account' }]) expect(safeReturnPath(value, '/fallback')).toBe('/fallback');
});
