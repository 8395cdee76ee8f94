// @vitest-environment node
// Every ```ts and ```tsx block of README.md and docs/*.md is a module of its own, and this test
// type-checks all of them, in one TypeScript program, against the package's source: the package's
// entries are mapped to src/ with `paths`. Each block is a virtual file; a block headed `// <path>`
// is that file of a small app (one folder per page), so blocks of one page may import each other
// (`./App`, `@/lib/auth`) as the files of a real app do. No block is left out.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { documentationPages, markdownSnippets, repositoryRoot, type MarkdownSnippet } from './markdownSnippets.js';

const compiled = new Set(['ts', 'tsx']);
// Shell, JSON, CSS and plain text (a directory tree) are shown, not compiled.
const shown = new Set(['sh', 'json', 'css', '']);

const pages = documentationPages();
const snippets = pages.flatMap((page) => markdownSnippets(page));
const typescriptSnippets = snippets.filter((snippet) => compiled.has(snippet.lang));

/** Where a page's blocks live as files: README.md → .docs-snippets/README/, docs/server.md → .docs-snippets/docs/server/. */
const pageFolder = (page: string) => `${repositoryRoot}.docs-snippets/${page.replace(/\.md$/, '')}/`;

const files = new Map<string, { snippet: MarkdownSnippet; text: string }>();
const fileOf = new Map<MarkdownSnippet, string>();
for (const snippet of typescriptSnippets) {
  const extension = `.${snippet.lang}`;
  const wanted = snippet.path ?? `snippet-line-${snippet.line}${extension}`;
  let name = `${pageFolder(snippet.page)}${wanted}`;
  // Two blocks of one page showing the same file (server.ts, then server.ts for Express): the second gets a suffix.
  for (let copy = 2; files.has(name); copy += 1) name = `${pageFolder(snippet.page)}${wanted.replace(/(\.[a-z]+)$/, `.${copy}$1`)}`;
  files.set(name, { snippet, text: `${snippet.code}\n` });
  fileOf.set(snippet, name);
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(`${repositoryRoot}tsconfig.json`, (path) => readFileSync(path, 'utf8'));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, repositoryRoot);
  const src = `${repositoryRoot}src/`;
  return {
    ...options,
    // An app's view of the package: resolved as its bundler (Vite, Next.js) does, with Vite's
    // client types (import.meta.env, CSS imports) and Node's (process.env) but none of the test globals.
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node', 'vite/client'],
    noEmit: true,
    incremental: false,
    paths: {
      '@bizkithub/auth-react': [`${src}index.ts`],
      '@bizkithub/auth-react/client': [`${src}client/index.ts`],
      '@bizkithub/auth-react/server': [`${src}server/index.ts`],
      '@bizkithub/auth-react/nextjs': [`${src}nextjs/index.ts`],
      '@bizkithub/auth-react/react-router': [`${src}react-router/index.ts`],
      '@bizkithub/auth-react/testing': [`${src}testing/index.ts`],
      '@bizkithub/auth-react/testing/server': [`${src}testing/server.ts`],
      '@bizkithub/auth-react/locales/*': [`${src}i18n/locales/*.ts`],
    },
  };
}

let program: ts.Program | undefined;
function theProgram(): ts.Program {
  if (program) return program;
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const file = files.get(fileName);
    if (file) return ts.createSourceFile(fileName, file.text, languageVersion, true);
    return getSourceFile.call(host, fileName, languageVersion, ...rest);
  };
  host.fileExists = (fileName) => files.has(fileName) || fileExists.call(host, fileName);
  host.readFile = (fileName) => files.get(fileName)?.text ?? readFile.call(host, fileName);
  host.directoryExists = (directory) => {
    const folder = directory.endsWith('/') ? directory : `${directory}/`;
    return [...files.keys()].some((name) => name.startsWith(folder)) || (directoryExists?.call(host, directory) ?? true);
  };
  // Next.js's `@/…` (examples/nextjs's tsconfig paths) is the root of the app the importing block belongs to.
  const cache = ts.createModuleResolutionCache(repositoryRoot, (name) => name, options);
  host.resolveModuleNameLiterals = (literals, containingFile, redirectedReference, compilerOptions) =>
    literals.map((literal) => {
      const app = [...files.keys()].includes(containingFile) ? pages.map(pageFolder).find((folder) => containingFile.startsWith(folder)) : undefined;
      const name = app && literal.text.startsWith('@/') ? `${app}${literal.text.slice(2)}` : literal.text;
      return ts.resolveModuleName(name, containingFile, compilerOptions, host, cache, redirectedReference);
    });
  program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  return program;
}

/** A block's diagnostics as `page:line: message`, the line being the page's. */
function diagnosticsOf(snippet: MarkdownSnippet): string[] {
  const current = theProgram();
  const name = fileOf.get(snippet) ?? '';
  const source = current.getSourceFile(name);
  if (!source) return [`${snippet.page}:${snippet.line}: not in the program`];
  const found = [...current.getSyntacticDiagnostics(source), ...current.getSemanticDiagnostics(source)];
  return found.map((diagnostic) => {
    const line = diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line;
    return `${snippet.page}:${snippet.line + line}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

test('the README and docs pages have TypeScript blocks, and every other block is shell, JSON, CSS or plain text', () => {
  expect(typescriptSnippets.length).toBeGreaterThan(30);
  const others = snippets.filter((snippet) => !compiled.has(snippet.lang) && !shown.has(snippet.lang));
  expect(others.map((snippet) => `${snippet.page}:${snippet.line} \`\`\`${snippet.lang}`)).toEqual([]);
});

test('the compiler options are in order (no global diagnostics)', () => {
  const current = theProgram();
  const global = [...current.getOptionsDiagnostics(), ...current.getGlobalDiagnostics()];
  expect(global.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))).toEqual([]);
});

test.each(typescriptSnippets.map((snippet) => [`${snippet.page}:${snippet.line}`, snippet] as const))(
  'the block at %s compiles as a module of its own',
  (_where, snippet) => {
    expect(snippet.code, 'a block is a module: it imports or exports something').toMatch(/^(import|export) /m);
    expect(diagnosticsOf(snippet)).toEqual([]);
  },
);
