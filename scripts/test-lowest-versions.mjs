// The hooks and forms on the LOWEST versions our ranges allow: the floor of each dependency range
// (zod, react-hook-form, @hookform/resolvers) and of each peer range (react, react-dom,
// @tanstack/react-query), read from package.json. Those versions are installed once into
// node_modules/.cache/ (nothing in the work tree changes) and the jsdom tests below run on them:
// Vite resolves the six packages from there, and the CommonJS packages Node loads itself (Testing
// Library) are redirected by a setup file. Part of `npm test`; about 20 s once installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tests = ['test/hooks/hooks.test.tsx', 'test/components/LoginForm.test.tsx'];
const checked = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form', 'zod', '@hookform/resolvers'];

/** The lowest version a range such as `^7.55.0`, `>=18` or `~4.1` admits. */
function lowestOf(range) {
  const match = /^(?:\^|~|>=)?\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!match) throw new Error(`test-lowest-versions: cannot read the floor of the range "${range}"`);
  return `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}`;
}

const ranges = { ...pkg.peerDependencies, ...pkg.dependencies };
const lowest = Object.fromEntries(checked.map((name) => [name, lowestOf(ranges[name])]));
const key = Object.entries(lowest).map(([name, version]) => `${name.replace('/', '+')}@${version}`).join('_');
const cache = join(root, 'node_modules', '.cache', 'bizkithub-lowest-versions', key);
const modules = join(cache, 'node_modules');

if (!existsSync(join(cache, 'installed'))) {
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'package.json'), JSON.stringify({ private: true, dependencies: lowest }, null, 2));
  console.log(`Installing the lowest versions: ${Object.entries(lowest).map(([n, v]) => `${n}@${v}`).join(', ')}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error'], {
    cwd: cache,
    stdio: 'inherit',
  });
  writeFileSync(join(cache, 'installed'), new Date().toISOString());
}
for (const [name, version] of Object.entries(lowest)) {
  const installed = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
  if (installed !== version) throw new Error(`test-lowest-versions: ${name} is ${installed} in ${cache}, expected ${version}`);
}

const packagePattern = `^(${checked.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})(?=/|$)`;
const setupFile = join(cache, 'redirect.setup.mjs');
writeFileSync(
  setupFile,
  `import Module from 'node:module';
import { version } from 'react';
// Through Vite's resolver: proves the tests really render on the lowest React.
if (!version.startsWith(${JSON.stringify(lowest.react)})) throw new Error('expected React ${lowest.react}, got ' + version);
// Testing Library and other CommonJS packages require React through Node: send them to the lowest versions.
const importer = ${JSON.stringify(join(cache, 'package.json'))};
const fromCache = { id: importer, filename: importer, paths: Module._nodeModulePaths(${JSON.stringify(cache)}) };
const pattern = new RegExp(${JSON.stringify(packagePattern)});
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function lowest(request, parent, ...rest) {
  return resolveFilename.call(this, request, pattern.test(request) ? fromCache : parent, ...rest);
};
`,
);
const configFile = join(cache, 'vitest.config.mjs');
writeFileSync(
  configFile,
  `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
const pattern = new RegExp(${JSON.stringify(packagePattern)});
const importer = ${JSON.stringify(join(cache, 'package.json'))};
export default defineConfig({
  root: ${JSON.stringify(root)},
  plugins: [
    react(),
    {
      name: 'lowest-versions',
      enforce: 'pre',
      async resolveId(id) {
        if (!pattern.test(id)) return null;
        return this.resolve(id, importer, { skipSelf: true });
      },
    },
  ],
  resolve: {
    alias: [{ find: '#mock-transport', replacement: ${JSON.stringify(join(root, 'test/support/transport.node.ts'))} }],
  },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ${JSON.stringify(tests)},
    setupFiles: [${JSON.stringify(setupFile)}, 'test/setup.ts'],
    env: { BKH_REACT: ${JSON.stringify(lowest.react)} },
    // Through Vite, so their own imports of React reach the lowest versions too.
    server: { deps: { inline: ['@tanstack/react-query', 'react-hook-form', '@hookform/resolvers', 'zod'] } },
  },
});
`,
);

const started = Date.now();
const result = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', configFile], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.error(`✗ the tests fail on the lowest versions of our ranges (${key})`);
  process.exit(result.status ?? 1);
}
console.log(
  `✓ hooks and forms pass on the lowest versions of our ranges: ${Object.entries(lowest).map(([n, v]) => `${n}@${v}`).join(', ')} ` +
    `(${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
