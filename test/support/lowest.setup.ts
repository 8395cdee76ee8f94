import Module from 'node:module';
import { version } from 'react';

// The `lowest` project (vite.config.ts): the six packages resolve from the cache of the lowest
// versions our ranges allow (scripts/lowestVersions.mjs), which these two variables name.
const cache = process.env.BKH_LOWEST_CACHE ?? '';
const pattern = new RegExp(process.env.BKH_LOWEST_PATTERN ?? '^$');
const expected = process.env.BKH_REACT ?? '';
// Through Vite's resolver: proves the tests really render on the lowest React.
if (cache === '' || !version.startsWith(expected)) throw new Error(`the lowest project expected React ${expected}, got ${version}`);

// Testing Library and other CommonJS packages require React through Node: send them there too.
type ResolveFilename = (this: unknown, request: string, parent: unknown, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: ResolveFilename; _nodeModulePaths: (from: string) => string[] };
const importer = `${cache}/package.json`;
const fromCache = { id: importer, filename: importer, paths: loader._nodeModulePaths(cache) };
const resolveFilename = loader._resolveFilename;
loader._resolveFilename = function lowest(request, parent, ...rest) {
  return resolveFilename.call(this, request, pattern.test(request) ? fromCache : parent, ...rest);
};
