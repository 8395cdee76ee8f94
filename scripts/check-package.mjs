// Checks what `npm run build` produced, as a consumer would get it (run after the build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const failures = [];
const read = (file) => readFileSync(join(dist, file), 'utf8');
const reactPackage = /^(react|react-dom|@tanstack\/react-query|react-hook-form|@hookform\/resolvers)(\/|$)/;
const hasUseClient = (code) => /^\s*["']use client["']/.test(code);
const jsFiles = readdirSync(dist, { recursive: true }).map(String).filter((file) => file.endsWith('.js'));

/** The dist files an entry reaches through its static imports and re-exports. */
function graph(entry) {
  const seen = new Set();
  const pending = [entry];
  const external = [];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of read(file).matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      if (specifier.startsWith('.')) pending.push(join(file, '..', specifier));
      else external.push([specifier, file]);
    }
  }
  return { files: seen, external };
}

// One file per module: "use client" on exactly the modules that import React or a React library,
// except the server-only nextjs entry (React's request `cache`, Server Components): never "use client".
// Both builds: dist/ (development) and dist/production/ (the default).
const serverOnly = (file) => /^(production\/)?nextjs(\.js$|\/)/.test(file);
for (const file of jsFiles) {
  const code = read(file);
  if (serverOnly(file)) {
    if (hasUseClient(code)) failures.push(`dist/${file} is server-only but starts with "use client".`);
    continue;
  }
  const importsReact = [...code.matchAll(/\bfrom\s*["']([^"']+)["']/g)].some(([, specifier]) => reactPackage.test(specifier));
  if (importsReact && !hasUseClient(code)) failures.push(`dist/${file} imports React but does not start with "use client".`);
  if (!importsReact && hasUseClient(code)) failures.push(`dist/${file} has "use client" but no React import.`);
}

// React-free entries for Server Components, route handlers and loaders: no React, no "use client".
// The react-router entry imports react-router (for `redirect` and `data`) and nothing of React itself.
const reactFree = {
  '@bizkithub/auth-react/client': 'client.js',
  '@bizkithub/auth-react/server': 'server.js',
  '@bizkithub/auth-react/react-router': 'react-router.js',
  '@bizkithub/auth-react/client (production)': 'production/client.js',
  '@bizkithub/auth-react/server (production)': 'production/server.js',
  '@bizkithub/auth-react/react-router (production)': 'production/react-router.js',
};
// The nextjs entry may import React (for `cache`), but reaches no client module.
for (const file of [...graph('nextjs.js').files, ...graph('production/nextjs.js').files]) {
  if (hasUseClient(read(file))) failures.push(`@bizkithub/auth-react/nextjs reaches "use client" (dist/${file}).`);
}
for (const locale of pkg.exports['./locales/*'] ? localeCodes() : []) reactFree[`@bizkithub/auth-react/locales/${locale}`] = `i18n/locales/${locale}.js`;
const checkedFiles = new Set();
for (const [entry, file] of Object.entries(reactFree)) {
  if (!existsSync(join(dist, file))) {
    failures.push(`${entry}: dist/${file} is missing.`);
    continue;
  }
  const { files, external } = graph(file);
  for (const reached of files) {
    checkedFiles.add(reached);
    if (hasUseClient(read(reached))) failures.push(`${entry} reaches "use client" (dist/${reached}).`);
  }
  for (const [specifier, through] of external) {
    if (reactPackage.test(specifier)) failures.push(`${entry} imports ${specifier} (through dist/${through}).`);
  }
  // A catalog stands alone; English is put together from its own parts (locales/en/), which forms import one by one.
  const ownParts = file.replace(/\.js$/, '/');
  if (entry.includes('/locales/') && [...files].some((reached) => reached !== file && !reached.startsWith(ownParts))) {
    failures.push(`${entry} imports other modules: a catalog must stand alone.`);
  }
}

// The client entry offers the React-free helpers Server Components need.
const clientExports = read('client.js');
for (const name of ['getErrorMessage', 'translate', 'BizKitHubError', 'isBizKitHubError', 'loginSchema', 'createBizKitHubClient']) {
  if (!new RegExp(`\\b${name}\\b`).test(clientExports)) failures.push(`@bizkithub/auth-react/client does not export ${name}.`);
}

// As a Server Component sees it (the react-server condition): the helpers run, nothing is a client reference.
try {
  const script = `
    const client = await import(${JSON.stringify(join(dist, 'client.js'))});
    const { cs } = await import(${JSON.stringify(join(dist, 'i18n/locales/cs.js'))});
    const error = new client.BizKitHubError({ kind: 'api', endpoint: 'login', code: 'E004' });
    if (!client.isBizKitHubError(error) || client.getErrorMessage(error, cs) !== cs['error.login.E004']) process.exit(2);
    if (!client.loginSchema.safeParse({ email: 'jan@example.com', password: 'x' }).success) process.exit(3);`;
  execFileSync(process.execPath, ['--conditions=react-server', '--input-type=module', '-e', script], { stdio: 'pipe' });
} catch (error) {
  failures.push(`@bizkithub/auth-react/client does not work under the react-server condition (${error.status ?? error.message}).`);
}

// Two builds: dist/production/ by default, dist/ under the "development" condition. Node, a bundler
// and a browser without one resolve the package by name to the production build, which runs where
// there is no process global and says only which option is wrong.
try {
  const script = `
    const assert = (ok, code) => { if (!ok) process.exit(code); };
    assert(import.meta.resolve('@bizkithub/auth-react/client').endsWith('/dist/production/client.js'), 2);
    assert(import.meta.resolve('@bizkithub/auth-react').endsWith('/dist/production/index.js'), 3);
    const { build } = await import('esbuild');
    const { createContext, runInContext } = await import('node:vm');
    const bundled = await build({ entryPoints: [${JSON.stringify(join(dist, 'production/client.js'))}], bundle: true, write: false, format: 'iife', globalName: 'client', platform: 'browser', logLevel: 'silent' });
    const context = createContext({ URL, TextEncoder, TextDecoder, setTimeout, clearTimeout, console });
    runInContext(bundled.outputFiles[0].text, context);
    const refused = runInContext("(() => { try { client.createBizKitHubClient({ apiKey: 'not-a-key' }); } catch (error) { return String(error); } })()", context);
    assert(refused === 'TypeError: createBizKitHubClient: invalid apiKey', 4);`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'pipe', cwd: new URL('..', import.meta.url).pathname });
  const development = `
    if (!import.meta.resolve('@bizkithub/auth-react/client').endsWith('/dist/client.js')) process.exit(2);
    const client = await import('@bizkithub/auth-react/client');
    try { client.createBizKitHubClient({ apiKey: 'not-a-key' }); process.exit(3); } catch (error) { if (!/is not a BizKitHub key/.test(String(error))) process.exit(4); }`;
  execFileSync(process.execPath, ['--conditions=development', '--input-type=module', '-e', development], { stdio: 'pipe', cwd: new URL('..', import.meta.url).pathname });
} catch (error) {
  failures.push(`the production and development builds are not resolved and run as package.json says (${error.status ?? error.message}).`);
}

// A plain TypeScript project, with no bundler's types and no `declare module '*.css'` of its own,
// imports the stylesheet from the packed package: with noUncheckedSideEffectImports the import must
// resolve to the package's declaration (else TS2882), under Node's resolution and a bundler's.
const root = new URL('..', import.meta.url).pathname;
const consumer = mkdtempSync(join(tmpdir(), 'bkh-tsc-consumer-'));
try {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', consumer], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(consumer).find((file) => file.endsWith('.tgz'));
  const installed = join(consumer, 'node_modules/@bizkithub/auth-react');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(consumer, tarball), '-C', installed, '--strip-components=1']);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(join(consumer, 'index.ts'), "import '@bizkithub/auth-react/styles.css';\n");
  const options = { strict: true, noEmit: true, noUncheckedSideEffectImports: true, types: [] };
  for (const [name, resolution] of [['node', { module: 'nodenext' }], ['bundler', { module: 'preserve', moduleResolution: 'bundler' }]]) {
    writeFileSync(join(consumer, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: { ...options, ...resolution }, files: ['index.ts'] }));
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(consumer, `tsconfig.${name}.json`)], { stdio: 'pipe' });
    } catch (error) {
      failures.push(`a plain TypeScript project (${resolution.moduleResolution ?? resolution.module}) cannot import @bizkithub/auth-react/styles.css: ${String(error.stdout).trim()}`);
    }
  }
} catch (error) {
  failures.push(`the packed package could not be installed for the plain TypeScript check (${error.message}).`);
} finally {
  rmSync(consumer, { recursive: true, force: true });
}

// Releases (docs/releases.md). The registry's page links back through `repository`: npm resolves the
// README's relative picture and links against the GitHub repository at HEAD, so each must be a file
// git tracks, not only one on this disk. The pending changesets must read as Changesets reads them
// (through the pinned CLI's own planner, no git involved) and plan a 0.x version: 1.0 is a decision.
const repositoryUrl = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
if (!/^git\+https:\/\/github\.com\/bizkithub\/auth-react\.git$/.test(repositoryUrl ?? '')) failures.push(`package.json's repository is not the GitHub repository (${repositoryUrl}).`);
if (typeof pkg.homepage !== 'string' || typeof pkg.bugs?.url !== 'string') failures.push("package.json lacks homepage or bugs.url.");
if (!pkg.files.includes('CHANGELOG.md')) failures.push("package.json's files leave CHANGELOG.md out of the package.");
const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
for (const [, target] of readme.matchAll(/\]\(([^)\s#]+)[^)]*\)/g)) {
  if (/^[a-z]+:/.test(target)) continue;
  try {
    execFileSync('git', ['ls-files', '--error-unmatch', target], { cwd: root, stdio: 'pipe' });
  } catch {
    failures.push(`README.md links ${target}, which git does not track: on the registry's page it would not resolve.`);
  }
}
try {
  const changesets = createRequire(import.meta.resolve('@changesets/cli'));
  const { default: getReleasePlan } = changesets('@changesets/get-release-plan');
  const plan = await getReleasePlan(root);
  for (const { name, newVersion } of plan.releases) {
    if (name !== pkg.name) failures.push(`a changeset releases ${name}, not ${pkg.name}.`);
    else if (!newVersion.startsWith('0.')) failures.push(`the pending changesets take ${name} to ${newVersion}: before 1.0 a breaking change is a minor (docs/releases.md).`);
  }
} catch (error) {
  failures.push(`Changesets cannot read .changeset/ (${error.message}).`);
}

// Every catalog file is a locale entry with its types; every shipped locale has one.
function localeCodes() {
  return readdirSync(new URL('../src/i18n/locales/', import.meta.url)).filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3));
}
for (const locale of localeCodes()) {
  if (!existsSync(join(dist, `i18n/locales/${locale}.d.ts`))) failures.push(`@bizkithub/auth-react/locales/${locale} has no dist/i18n/locales/${locale}.d.ts.`);
}

// No generated test or story output may ship.
for (const file of readdirSync(dist, { recursive: true })) {
  if (/mockServiceWorker|\.stories\.|\.test\./.test(String(file))) failures.push(`dist/${file} should not be in the package.`);
}

if (failures.length > 0) {
  console.error(failures.map((line) => `✗ ${line}`).join('\n'));
  process.exit(1);
}
console.log(
  `✓ package: "use client" on exactly the ${jsFiles.filter((file) => hasUseClient(read(file))).length} React modules of ${jsFiles.length}; ` +
    `${Object.keys(reactFree).join(', ')} free of React and "use client" (${checkedFiles.size} files checked); ` +
    'styles.css type-checks in a plain TypeScript project; the registry links back to the repository; the pending changesets plan a 0.x version',
);
