// @vitest-environment node
// docs/react-router.md's "The files" section shows the files of examples/react-router, which
// scripts/check-react-router.mjs builds, type-checks and walks through in Chromium inside `npm test`.
// This keeps the two the same: each snippet headed `// <path>` is that file, whole; one headed
// `// <path> (excerpt)` is lines of that file, in the file's order.
import { existsSync, readFileSync } from 'node:fs';
import { markdownSnippets, repositoryRoot } from './markdownSnippets.js';

const snippets = markdownSnippets('docs/react-router.md', 'The files');
const bodyOf = (snippet: (typeof snippets)[number]) => snippet.code.split('\n').slice(1).join('\n');

test('docs/react-router.md shows the server half, the resource route, the root, a protected route and a protected layout', () => {
  expect(snippets.map((snippet) => snippet.path)).toEqual(['app/auth.server.ts', 'app/routes/api.auth.$.ts', 'app/root.tsx', 'app/routes/account.tsx', 'app/routes/orders.tsx']);
});

test('the root shows exactly the issue\'s wiring: the loader returns auth(request); the providers take it with the router', () => {
  const snippet = snippets.find((candidate) => candidate.path === 'app/root.tsx');
  expect(snippet).toBeDefined();
  const root = snippet ? bodyOf(snippet) : '';
  expect(root).toContain('  return await auth(request);');
  expect(root).toContain('        initialSession={session}');
  expect(root).toContain('        navigate={useNavigate()}');
  expect(root).toContain('        onSessionChange={useRevalidator().revalidate}');
});

test.each(snippets.map((snippet) => [snippet.path ?? snippet.code.slice(0, 40), snippet] as const))(
  'the snippet %s is examples/react-router/%s as built and tested',
  (_name, snippet) => {
    expect(snippet.path, 'every snippet of the section starts with a // <path> line').toBeDefined();
    const file = `${repositoryRoot}examples/react-router/${snippet.path}`;
    expect(existsSync(file), `examples/react-router/${snippet.path} exists`).toBe(true);
    const source = readFileSync(file, 'utf8').replace(/\n$/, '');
    if (!snippet.excerpt) {
      expect(bodyOf(snippet)).toBe(source);
      return;
    }
    // Every line of the excerpt, in order, in the file (indentation as in the file).
    const lines = source.split('\n');
    let at = 0;
    for (const line of bodyOf(snippet).split('\n')) {
      const found = lines.indexOf(line, at);
      expect(found, `"${line.trim()}" is in examples/react-router/${snippet.path} after line ${at}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  },
);
