// npm run bench: bundle sizes (as a consumer's bundler sees them) beside the bare-stack floor,
// built in the same run, then render/client timings (vitest bench). Figures for the notes; the
// budgets themselves are held by size-limit in `npm test` (.size-limit.json).
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

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

run('npx vite build --logLevel warn');
const floor = await measure("export { BareLoginForm } from './bench/floor/BareLoginForm.tsx'");
const checks = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
console.log('\n## Bundle sizes (esbuild, minified, gzip -9; react, react-dom, react-query external; English)\n');
console.log(`${'bundle'.padEnd(56)} ${'gzip'.padStart(9)} ${'budget'.padStart(9)}  vs floor`);
console.log(`${'floor: bare login form (react-hook-form, zod/mini, resolver)'.padEnd(56)} ${kB(floor)}`);
for (const check of checks) {
  const code = check.import
    ? `export ${check.import.startsWith('{') ? check.import : `* as all`} from './${check.path}'`
    : `import './${check.path}'`;
  if (!check.import) {
    const css = gzipSync(readFileSync(join(root, check.path)), { level: 9 }).length;
    console.log(`${check.name.padEnd(56)} ${kB(css)} ${(check.limit ?? '').padStart(9)}`);
    continue;
  }
  const size = await measure(code);
  console.log(`${check.name.padEnd(56)} ${kB(size)} ${(check.limit ?? '').padStart(9)}  ${(size / floor).toFixed(2)}×`);
}
console.log('\n## Timings\n');
run('npx vitest bench --run --config bench/vitest.config.ts');
