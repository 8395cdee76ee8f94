// The fenced code blocks of README.md and docs/*.md, for the tests that compile, run and compare them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// In the jsdom environment import.meta.url is not a file: URL; the tests run from the repository root.
const root = new URL('../../', import.meta.url);
export const repositoryRoot = root.protocol === 'file:' ? fileURLToPath(root) : `${process.cwd()}/`;

/** README.md and every page of docs/, as paths from the repository root. */
export function documentationPages(): string[] {
  const docs = readdirSync(`${repositoryRoot}docs`)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => `docs/${file}`);
  return ['README.md', ...docs];
}

export interface MarkdownSnippet {
  /** The page, from the repository root: `README.md`, `docs/server.md`. */
  page: string;
  /** The fence's language: `ts`, `tsx`, `sh`, `css`, `''`… */
  lang: string;
  /** The block's first line's number in the page (1-based). */
  line: number;
  /** The block's text, heading comment included, without the fences. */
  code: string;
  /** The file a block headed `// <path>` is (`src/App.tsx`), else undefined. */
  path: string | undefined;
  /** Whether the heading says `(excerpt)`: in-order lines of that file, not all of it. */
  excerpt: boolean;
}

// `// src/App.tsx`, `// app/(auth)/[view]/page.tsx: serves…`, `// lib/auth.ts (excerpt)`, `// server.ts (Express)`,
// `// app/routes/api.auth.$.ts` (React Router's splat route).
const heading = /^\/\/ ((?:[\w@.()[\]$-]+\/)*[\w@.()[\]$-]+\.(?:tsx?|mts))(:| |$)(\(excerpt\)$)?/;

/** Every fenced block of a page, in order, optionally only those in the section under `## <section>`. */
export function markdownSnippets(page: string, section?: string): MarkdownSnippet[] {
  const text = readFileSync(`${repositoryRoot}${page}`, 'utf8');
  let [from, to] = [0, text.length];
  if (section !== undefined) {
    from = text.indexOf(`\n## ${section}\n`);
    if (from < 0) return [];
    const end = text.indexOf('\n## ', from + 1);
    to = end < 0 ? text.length : end;
  }
  return [...text.matchAll(/^```(\S*)\n([\s\S]*?)^```[ \t]*$/gm)]
    .filter((match) => match.index >= from && match.index < to)
    .map((match) => {
      const code = (match[2] ?? '').replace(/\n$/, '');
      const head = heading.exec(code.split('\n')[0] ?? '');
      return {
        page,
        lang: match[1] ?? '',
        // The fence is on this line; the block's first line is the next one.
        line: text.slice(0, match.index).split('\n').length + 1,
        code,
        path: head?.[1],
        excerpt: head?.[3] !== undefined,
      };
    });
}
