// @vitest-environment node
// docs/nextjs.md's "The files" section shows the files of examples/nextjs, which scripts/check-nextjs.mjs
// builds with `next build` (TypeScript included) and walks through in Chromium inside `npm test`.
// This keeps the two the same: each snippet headed `// <path>` is that file, whole; one headed
// `// <path> (excerpt)` is lines of that file, in the file's order.
import { existsSync, readFileSync } from 'node:fs';
import { markdownSnippets, repositoryRoot } from './markdownSnippets.js';

const snippets = markdownSnippets('docs/nextjs.md', 'The files');

/** The heading and the rest: the same rules as every snippet of the page (see markdownSnippets.ts). */
function parse(snippet: (typeof snippets)[number]) {
  return { path: snippet.path, excerpt: snippet.excerpt, code: snippet.code.split('\n').slice(1).join('\n') };
}

test('docs/nextjs.md has a "The files" section that starts with providers.tsx and shows the four files a shop adds', () => {
  expect(snippets.length).toBeGreaterThan(0);
  const paths = snippets.map((snippet) => snippet.path);
  expect(paths[0]).toBe('app/providers.tsx');
  expect(paths).toEqual(expect.arrayContaining(['app/api/auth/[...bizkithub]/route.ts', 'lib/auth.ts', 'proxy.ts', 'app/account/page.tsx']));
});

test.each(snippets.map((snippet) => [snippet.path ?? snippet.code.slice(0, 40), snippet] as const))(
  'the snippet %s is examples/nextjs/%s as built and tested',
  (_name, snippet) => {
    const { path, excerpt, code } = parse(snippet);
    expect(path, 'every snippet of the section starts with a // <path> line').toBeDefined();
    expect(snippet.code.split('\n')[0], 'the heading is the path alone, or the path and (excerpt)').toMatch(/^\/\/ \S+( \(excerpt\))?$/);
    const file = `${repositoryRoot}examples/nextjs/${path}`;
    expect(existsSync(file), `examples/nextjs/${path} exists`).toBe(true);
    const source = readFileSync(file, 'utf8').replace(/\n$/, '');
    if (!excerpt) {
      expect(code).toBe(source);
      return;
    }
    // Every line of the excerpt, in order, in the file (indentation as in the file).
    const lines = source.split('\n');
    let at = 0;
    for (const line of code.split('\n')) {
      const found = lines.indexOf(line, at);
      expect(found, `"${line.trim()}" is in examples/nextjs/${path} after line ${at}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  },
);
