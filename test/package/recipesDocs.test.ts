// @vitest-environment node
// docs/server.md's recipes are the files of examples/recipes/, which test/recipes/recipes.test.ts runs
// over real HTTP: each block of the "Recipes" section headed `// examples/recipes/<file>` is that file, whole.
import { existsSync, readFileSync } from 'node:fs';
import { markdownSnippets, repositoryRoot } from './markdownSnippets.js';

const snippets = markdownSnippets('docs/server.md', 'Recipes: Express, Hono, a Vite SPA');

test('docs/server.md shows the Express, Hono and Vite SPA recipes', () => {
  expect(snippets.map((snippet) => snippet.path)).toEqual([
    'examples/recipes/express.ts',
    'examples/recipes/hono.ts',
    'examples/recipes/spa/vite.config.ts',
    'examples/recipes/spa/main.tsx',
  ]);
});

test.each(snippets.map((snippet) => [snippet.path ?? snippet.code.slice(0, 40), snippet] as const))('the block %s is that file as tested', (_name, snippet) => {
  expect(snippet.path, 'every block of the section starts with a // <path> line').toBeDefined();
  expect(snippet.excerpt).toBe(false);
  const file = `${repositoryRoot}${snippet.path}`;
  expect(existsSync(file), `${snippet.path} exists`).toBe(true);
  expect(snippet.code.split('\n').slice(1).join('\n')).toBe(readFileSync(file, 'utf8').replace(/\n$/, ''));
});
