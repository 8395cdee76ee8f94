// Installs the LOWEST versions our ranges allow (see scripts/lowestVersions.mjs) once into
// node_modules/.cache/, so that the `lowest` project of vite.config.ts can run on them. Part of
// `npm test`, before `vitest run`; does nothing when they are installed. `npm run test:lowest` runs
// the install and that project alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lowestVersions } from './lowestVersions.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { versions, cache, installed, key } = lowestVersions(root);

if (!installed) {
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'package.json'), JSON.stringify({ private: true, dependencies: versions }, null, 2));
  console.log(`Installing the lowest versions: ${Object.entries(versions).map(([n, v]) => `${n}@${v}`).join(', ')}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error'], {
    cwd: cache,
    stdio: 'inherit',
  });
  writeFileSync(join(cache, 'installed'), new Date().toISOString());
}
for (const [name, version] of Object.entries(versions)) {
  const found = JSON.parse(readFileSync(join(cache, 'node_modules', name, 'package.json'), 'utf8')).version;
  if (found !== version) throw new Error(`test-lowest-versions: ${name} is ${found} in ${cache}, expected ${version} (${key})`);
}
