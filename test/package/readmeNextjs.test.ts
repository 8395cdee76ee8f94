// @vitest-environment node
// README.md's "The smallest production setup: Next.js" is lines of examples/nextjs, which
// scripts/check-nextjs.mjs builds from today's create-next-app template and walks in Chromium, with
// Cache Components on and off: what a new user copies is what is tested (see exampleSnippets.ts).
import { expectInExample } from './exampleSnippets.js';
import { markdownSnippets } from './markdownSnippets.js';

const section = 'The smallest production setup: Next.js';
const snippets = markdownSnippets('README.md', section).filter((snippet) => snippet.lang === 'ts' || snippet.lang === 'tsx');

test("the README's Next.js setup has every file a shop needs for sign-in, a guarded page and the session in the layout", () => {
  const paths = snippets.map((snippet) => snippet.path);
  expect(paths).toEqual(
    expect.arrayContaining([
      'lib/auth.ts',
      'app/api/auth/[...bizkithub]/route.ts',
      'proxy.ts',
      'app/layout.tsx',
      'app/providers.tsx',
      'app/(auth)/[view]/page.tsx',
    ]),
  );
  // The proxy guards something: lib/auth.ts names the paths.
  const auth = snippets.find((snippet) => snippet.path === 'lib/auth.ts');
  expect(auth?.code).toMatch(/protect: \[/);
  // And can be pointed at the mock.
  expect(auth?.code).toMatch(/baseUrl: process\.env\.BIZKITHUB_BASE_URL/);
});

test.each(snippets.map((snippet) => [snippet.path ?? snippet.code.slice(0, 40), snippet] as const))(
  'the README snippet %s is lines of examples/nextjs, in order',
  (_name, snippet) => expectInExample(snippet),
);
