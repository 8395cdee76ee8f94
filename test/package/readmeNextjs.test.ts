// @vitest-environment node
// The README's Next.js section shows the files of examples/nextjs, which scripts/check-nextjs.mjs
// builds with `next build` (TypeScript included) and walks through in Chromium inside `npm test`.
// This keeps the two the same: each snippet headed `// <path>` is that file, whole; one headed
// `// <path> (excerpt)` is lines of that file, in the file's order.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const start = readme.indexOf('## Next.js (App Router)');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
const snippets = [...section.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map(([, body = '']) => body);

function parse(snippet: string) {
  const [heading = '', ...lines] = snippet.replace(/\n$/, '').split('\n');
  const match = /^\/\/ (\S+)( \(excerpt\))?$/.exec(heading);
  return { path: match?.[1], excerpt: match?.[2] !== undefined, code: lines.join('\n') };
}

test('the README has a Next.js section that starts with providers.tsx and shows the four files a shop adds', () => {
  expect(start).toBeGreaterThan(0);
  const paths = snippets.map((snippet) => parse(snippet).path);
  expect(paths[0]).toBe('app/providers.tsx');
  expect(paths).toEqual(expect.arrayContaining(['app/api/auth/[...bizkithub]/route.ts', 'lib/auth.ts', 'proxy.ts', 'app/account/page.tsx']));
});

test.each(snippets.map((snippet) => [parse(snippet).path ?? snippet.slice(0, 40), snippet]))(
  'the snippet %s is examples/nextjs/%s as built and tested',
  (_name, snippet) => {
    const { path, excerpt, code } = parse(snippet);
    expect(path, 'every snippet of the section starts with a // <path> line').toBeDefined();
    const file = `${root}examples/nextjs/${path}`;
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
