// Docs that show the files of examples/nextjs (README.md's Next.js setup, docs/nextjs.md) are held to
// them: scripts/check-nextjs.mjs builds that example with `next build` (TypeScript included) and walks
// it in Chromium inside `npm test`, with Cache Components on and off. A snippet headed `// <path>` is
// that file, whole; one headed `// <path> (excerpt)` is lines of that file, in the file's order.
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { repositoryRoot, type MarkdownSnippet } from './markdownSnippets.js';

/** Fails unless the snippet is its example file, whole, or (an excerpt) lines of it in order. */
export function expectInExample(snippet: MarkdownSnippet, example = 'examples/nextjs'): void {
  const { path, excerpt } = snippet;
  const code = snippet.code.split('\n').slice(1).join('\n');
  expect(path, 'every snippet of the section starts with a // <path> line').toBeDefined();
  expect(snippet.code.split('\n')[0], 'the heading is the path alone, or the path and (excerpt)').toMatch(/^\/\/ \S+( \(excerpt\))?$/);
  const file = `${repositoryRoot}${example}/${path}`;
  expect(existsSync(file), `${example}/${path} exists`).toBe(true);
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
    expect(found, `"${line.trim()}" is in ${example}/${path} after line ${at}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}
