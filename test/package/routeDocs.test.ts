// @vitest-environment node
// docs/server.md's "Routes" table is the route table (core/routes.ts) as a shop reads it: each route
// of the handler is listed there, and the table lists no route the handler lacks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handlerPath, handlerRoutes } from '../../src/core/routes.js';
import { repositoryRoot } from './markdownSnippets.js';

const section = /^## Routes\n([\s\S]*?)^## /m.exec(readFileSync(join(repositoryRoot, 'docs/server.md'), 'utf8'))?.[1] ?? '';
/** The first cell of each row: the routes it names (`POST {basePath}/login`, `/reset-password`…). */
const documented = section
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .flatMap((line) => [...(line.split(' | ')[0] ?? '').matchAll(/`(?:[A-Z]+ )?(?:\{basePath\})?(\/[a-z/-]+)`/g)].map(([, path]) => path));

test("docs/server.md's Routes table lists exactly the handler's routes", () => {
  expect(section).not.toBe('');
  expect([...documented].sort()).toEqual(handlerRoutes.map((route) => handlerPath(route)).sort());
});
