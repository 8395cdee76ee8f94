// @vitest-environment node
// docs/nextjs.md's "The files" section shows the files of examples/nextjs, as built and walked by
// scripts/check-nextjs.mjs (see exampleSnippets.ts for the rules).
import { expectInExample } from './exampleSnippets.js';
import { markdownSnippets } from './markdownSnippets.js';

const snippets = markdownSnippets('docs/nextjs.md', 'The files');

test('docs/nextjs.md has a "The files" section that starts with providers.tsx and shows the files a shop adds, error.tsx included', () => {
  expect(snippets.length).toBeGreaterThan(0);
  const paths = snippets.map((snippet) => snippet.path);
  expect(paths[0]).toBe('app/providers.tsx');
  expect(paths).toEqual(
    expect.arrayContaining(['app/layout.tsx', 'app/api/auth/[...bizkithub]/route.ts', 'lib/auth.ts', 'proxy.ts', 'app/account/page.tsx', 'app/error.tsx']),
  );
});

test.each(snippets.map((snippet) => [snippet.path ?? snippet.code.slice(0, 40), snippet] as const))(
  'the snippet %s is its file of examples/nextjs, as built and tested',
  (_name, snippet) => expectInExample(snippet),
);
