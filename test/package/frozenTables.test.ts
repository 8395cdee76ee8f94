// The tables the entries export are the package's rules (which code throttles, which codes an
// endpoint documents, the view paths, the query keys): a write would change them for every form in
// the app, so each is frozen, deeply, and typed readonly (the type errors are asserted below too).
import { bizkithubKey, defaultAuthViewPaths, defaultComponents, sessionQueryKey, shippedLocales } from '../../src/index.js';
import { endpointErrorCodes, endpoints, throttleCodes } from '../../src/client/index.js';
import { refusalReasons } from '../../src/server/index.js';
import { handlerRoutes } from '../../src/core/routes.js';

const tables = {
  throttleCodes,
  endpointErrorCodes,
  endpoints,
  handlerRoutes,
  refusalReasons,
  shippedLocales,
  defaultAuthViewPaths,
  bizkithubKey,
  sessionQueryKey,
};

const [firstView] = Object.keys(defaultAuthViewPaths) as [keyof typeof defaultAuthViewPaths];

/** Every object reachable from `value` through own properties. */
function objectsIn(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(objectsIn)];
}

test.each(Object.entries(tables))('%s is frozen through and through', (_name, table) => {
  for (const object of objectsIn(table)) expect(Object.isFrozen(object)).toBe(true);
});

test('defaultComponents is frozen (the components in it are React\'s, not tables)', () => {
  expect(Object.isFrozen(defaultComponents)).toBe(true);
});

test('a write throws (modules are strict) and leaves the rule as it was', () => {
  expect(() => {
    (throttleCodes as Record<string, string>).login = 'E001';
  }).toThrow(TypeError);
  expect(throttleCodes.login).toBe('E006');
  expect(() => (endpointErrorCodes.login as unknown as string[]).push('E999')).toThrow(TypeError);
  expect(endpointErrorCodes.login).not.toContain('E999');
  expect(() => {
    (defaultAuthViewPaths as Record<string, string>)[firstView] = 'elsewhere';
  }).toThrow(TypeError);
  expect(defaultAuthViewPaths[firstView]).not.toBe('elsewhere');
  expect(() => (endpoints as unknown as string[]).pop()).toThrow(TypeError);
  expect(endpoints).toHaveLength(5);
});

test('a write does not type-check', () => {
  // @ts-expect-error throttleCodes is readonly.
  expect(() => (throttleCodes.login = 'E001')).toThrow(TypeError);
  // @ts-expect-error the codes of an endpoint are a readonly tuple.
  expect(() => endpointErrorCodes['register-account'].push('E005')).toThrow(TypeError);
  // @ts-expect-error the list of endpoints is readonly.
  expect(() => (endpoints[0] = 'sign-out')).toThrow(TypeError);
  // @ts-expect-error the default view paths are readonly.
  expect(() => (defaultAuthViewPaths[firstView] = 'join')).toThrow(TypeError);
  // @ts-expect-error the default slots are readonly.
  expect(() => (defaultComponents.root = 'section')).toThrow(TypeError);
  // @ts-expect-error the query keys are readonly tuples.
  expect(() => sessionQueryKey.push('x')).toThrow(TypeError);
  // @ts-expect-error refusalReasons is readonly.
  expect(() => refusalReasons.push('x')).toThrow(TypeError);
});
