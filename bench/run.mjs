// npm run bench: bundle sizes (as a consumer's bundler sees them) beside the bare-stack floor,
// built in the same run, then render/client timings (vitest bench). Figures for the notes; the
// budgets themselves are held by size-limit in `npm test` (.size-limit.json).
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const run = (command) => execSync(command, { stdio: 'inherit', cwd: root });
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`.padStart(9);
// The issue's measure: esbuild, minified, gzip -9, react, react-dom and react-query external.
const external = ['react', 'react-dom', '@tanstack/react-query', 'react/jsx-runtime'];

/** gzip -9 of everything an app bundles for `code` (one output file, as size-limit measures). */
async function measure(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'tsx' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    outdir: join(tmpdir(), 'bkh-bench'),
    external,
    logLevel: 'error',
  });
  return result.outputFiles.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).length, 0);
}

/**
 * What a Vite app (Rollup-style code splitting) loads before the first call, and in all: the two
 * differ wherever the package or the app leaves something to a dynamic import().
 */
async function measureInApp(code) {
  const dir = mkdtempSync(join(tmpdir(), 'bkh-bench-app-'));
  try {
    writeFileSync(join(dir, 'main.tsx'), code.replaceAll("'./", `'${root}`));
    const result = await viteBuild({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        modulePreload: false,
        rolldownOptions: {
          input: join(dir, 'main.tsx'),
          preserveEntrySignatures: 'exports-only',
          external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
        },
      },
    });
    const chunks = (Array.isArray(result) ? result[0] : result).output.filter((output) => output.type === 'chunk');
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const gz = (chunk) => gzipSync(chunk.code, { level: 9 }).length;
    const initial = new Set();
    const pending = [chunks.find((chunk) => chunk.isEntry).fileName];
    while (pending.length > 0) {
      const file = pending.pop();
      if (initial.has(file) || !byName.has(file)) continue;
      initial.add(file);
      pending.push(...byName.get(file).imports);
    }
    return { initial: [...initial].reduce((sum, file) => sum + gz(byName.get(file)), 0), total: chunks.reduce((sum, chunk) => sum + gz(chunk), 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

run('npm run --silent build');
const floorCode = "export { BareLoginForm } from './bench/floor/BareLoginForm.tsx'";
const floor = await measure(floorCode);
const floorInApp = await measureInApp(floorCode);
const checks = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
console.log('\n## Bundle sizes (esbuild, minified, gzip -9; react, react-dom, react-query external; English)\n');
console.log(`${'bundle'.padEnd(56)} ${'esbuild'.padStart(9)} ${'budget'.padStart(9)}  vs floor ${'Vite 1st'.padStart(9)} ${'Vite all'.padStart(9)}`);
console.log(`${'floor: bare login form (react-hook-form, zod/mini, resolver)'.padEnd(56)} ${kB(floor)} ${''.padStart(9)}  ${''.padStart(8)} ${kB(floorInApp.initial)} ${kB(floorInApp.total)}`);
for (const check of checks) {
  const code = check.import
    ? `export ${check.import.startsWith('{') ? check.import : `* as all`} from './${check.path}'`
    : `import './${check.path}'`;
  if (!check.import) {
    // Minified, as an app's bundler ships it (and size-limit holds it); the file itself keeps its
    // comments, which document the custom properties for theming.
    const minified = await build({ entryPoints: [join(root, check.path)], bundle: true, minify: true, write: false, logLevel: 'error' });
    const css = gzipSync(minified.outputFiles[0].contents, { level: 9 }).length;
    const raw = gzipSync(readFileSync(join(root, check.path)), { level: 9 }).length;
    console.log(`${check.name.padEnd(56)} ${kB(css)} ${(check.limit ?? '').padStart(9)}  (the file as shipped, with its comments: ${kB(raw).trim()})`);
    continue;
  }
  const size = await measure(code);
  const inApp = await measureInApp(code);
  const ratio = `${(size / floor).toFixed(2)}×`.padStart(8);
  console.log(`${check.name.padEnd(56)} ${kB(size)} ${(check.limit ?? '').padStart(9)}  ${ratio} ${kB(inApp.initial)} ${kB(inApp.total)}`);
}
console.log('\nesbuild: one file, all code (what size-limit holds). Vite 1st: what a Vite app loads before the first call; Vite all: with lazy chunks.');
console.log('\n## Timings\n');
run('npx vitest bench --run --config bench/vitest.config.ts');
