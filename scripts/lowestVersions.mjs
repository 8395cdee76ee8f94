// The LOWEST versions our ranges allow: the floor of each dependency range (zod, react-hook-form,
// @hookform/resolvers) and of each peer range (react, react-dom, @tanstack/react-query), read from
// package.json, and where they are installed: node_modules/.cache/ (nothing in the work tree
// changes). scripts/test-lowest-versions.mjs installs them; the `lowest` project of vite.config.ts
// runs the hooks and LoginForm tests on them, inside the one `vitest run` of `npm test`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const lowestTests = ['test/hooks/hooks.test.tsx', 'test/components/LoginForm.test.tsx'];
export const lowestPackages = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form', 'zod', '@hookform/resolvers'];

/** The lowest version a range such as `^7.55.0`, `>=18` or `~4.1` admits. */
export function lowestOf(range) {
  const match = /^(?:\^|~|>=)?\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!match) throw new Error(`lowest versions: cannot read the floor of the range "${range}"`);
  return `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}`;
}

/** What to install and where, for the package.json in `root`. */
export function lowestVersions(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const ranges = { ...pkg.peerDependencies, ...pkg.dependencies };
  const versions = Object.fromEntries(lowestPackages.map((name) => [name, lowestOf(ranges[name])]));
  const key = Object.entries(versions).map(([name, version]) => `${name.replace('/', '+')}@${version}`).join('_');
  const cache = join(root, 'node_modules', '.cache', 'bizkithub-lowest-versions', key);
  return {
    versions,
    key,
    cache,
    installed: existsSync(join(cache, 'installed')),
    /** Matches an import of one of the six packages (or a subpath of one). */
    packagePattern: `^(${lowestPackages.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})(?=/|$)`,
  };
}
