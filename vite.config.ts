/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { SummaryReporter } from './test/support/summaryReporter.js';
import { EnvironmentSequencer } from './test/support/environmentSequencer.js';
import { pureModuleConstants } from './scripts/pureModuleConstants.js';
import { lowestTests, lowestVersions } from './scripts/lowestVersions.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externalPackages = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
];
// Node built-ins (only the Node-only testing/server entry uses them) stay imports, not browser stubs.
const isExternal = (id: string) =>
  id.startsWith('node:') || externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

const reactPackages = /^(react|react-dom|@tanstack\/react-query|react-hook-form|@hookform\/resolvers)(\/|$)/;
const isReactImport = (specifier: string) => reactPackages.test(specifier);
/** Every catalog in src/i18n/locales/ becomes its own entry (English is also built into the root). */
const localeFiles = readdirSync(new URL('./src/i18n/locales/', import.meta.url)).filter((file) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.ts$/.test(file));

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** A fresh object per project: Vitest mutates the browser config it is given. */
export function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}

/**
 * Every story becomes a test: it renders, its play function runs, and axe must find no violation.
 * `storybook` runs every story in English, through the Storybook plugin (as Storybook's own test
 * panel does). `storybook-locales` runs the stories that show text of their own in each other
 * language, in one page (stories/locales.test.tsx).
 */
function storybookProjects() {
  const english = {
    extends: true as const,
    plugins: [
      storybookTest({
        configDir: fileURLToPath(new URL('./.storybook', import.meta.url)),
        storybookScript: 'npm run storybook -- --no-open',
      }),
    ],
    test: {
      name: 'storybook',
      // Group 1, with the browser project, after the jsdom ones.
      sequence: { groupOrder: 1 },
      // One page for every story file of the project: the preview resets the emulator before each
      // story and each story mounts afresh, so a new iframe per file bought nothing but its start.
      isolate: false,
      browser: chromiumBrowser(),
    },
  };
  const others = {
    extends: true as const,
    test: {
      name: 'storybook-locales',
      // stories/locales.test.tsx composes the stories itself, once per locale, on one page (see
      // there): the Storybook plugin's tests are one per story, for one locale per page.
      include: ['stories/locales.test.tsx'],
      setupFiles: ['stories/support/localesSetup.ts'],
      // The a11y addon fails a test on a violation only when it knows it runs outside the plugin.
      env: { VITEST_STORYBOOK: 'false' },
      // Beside the English stories and the browser project: three pages on two cores.
      sequence: { groupOrder: 1 },
      isolate: false,
      browser: chromiumBrowser(),
    },
  };
  return [english, others];
}

/**
 * The jsdom projects (unit, react18, lowest) run first, together, sharing two workers. Each needs
 * maxWorkers 2: a project with groupOrder 0, isolation and one worker does not run in group 0, but in
 * one more group, a file at a time, after every other group. That was where react18 and lowest ran
 * (about 35 s at the end of `npm test`, one core idle).
 */
const group0 = { sequence: { groupOrder: 0 }, maxWorkers: 2 };

/**
 * The hooks and LoginForm on the LOWEST versions our ranges allow (React 18.0, TanStack Query 5.0,
 * react-hook-form, zod and the resolvers at their floors), installed into node_modules/.cache/ by
 * scripts/test-lowest-versions.mjs, which `npm test` runs first. Without that install there is no
 * such project (`npm run test:quick`, a bare `vitest run`).
 */
function lowestVersionsProject() {
  const lowest = lowestVersions(fileURLToPath(new URL('.', import.meta.url)));
  if (!lowest.installed) return [];
  const pattern = new RegExp(lowest.packagePattern);
  const importer = `${lowest.cache}/package.json`;
  return [
    {
      extends: true as const,
      plugins: [
        {
          name: 'lowest-versions',
          enforce: 'pre' as const,
          async resolveId(this: { resolve: (id: string, importer: string, options: { skipSelf: boolean }) => Promise<unknown> }, id: string) {
            return pattern.test(id) ? this.resolve(id, importer, { skipSelf: true }) : null;
          },
        },
      ],
      resolve: { alias: { '#mock-transport': fileURLToPath(new URL('./test/support/transport.node.ts', import.meta.url)) } },
      test: {
        name: 'lowest',
        environment: 'jsdom',
        include: lowestTests,
        ...group0,
        env: { BKH_REACT: lowest.versions.react ?? '', BKH_LOWEST_CACHE: lowest.cache, BKH_LOWEST_PATTERN: lowest.packagePattern },
        setupFiles: ['test/support/lowest.setup.ts', 'test/setup.ts'],
        // Through Vite, so their own imports of React reach the lowest versions too.
        server: { deps: { inline: ['@tanstack/react-query', 'react-hook-form', '@hookform/resolvers', 'zod'] } },
      },
    },
  ];
}

/**
 * The component files that run in Chromium (the `browser` project), because what they check is what a
 * real browser decides: focus and keyboard (UserButton, formBehaviour, a11y), URLs and navigation
 * (returnTo, AuthView), cookies (serverMode), the clipboard (AccountSummary), layout (formDetails).
 */
const browserComponentTests = 'test/components/{UserButton,formBehaviour,a11y,returnTo,serverMode,formDetails,AccountSummary,AuthView}.test.tsx';
/**
 * Of those, the ones that run in Chromium only: in jsdom too, their 96 tests ran a second time and
 * covered nothing of src/ that the jsdom files do not (the cooldown's fake-clock tests moved to
 * cooldown.test.tsx, safeReturnPath has its own Node test). The other five still run in jsdom as well:
 * they are the only jsdom tests of UserButton, AccountSummary, AuthView and the key errors.
 */
const browserOnlyComponentTests = 'test/components/{formBehaviour,a11y,returnTo}.test.tsx';

/** The jsdom and Node tests: `npm run test:quick` runs this project alone. */
const unitProject = {
  extends: true as const,
  resolve: { alias: { '#mock-transport': fileURLToPath(new URL('./test/support/transport.node.ts', import.meta.url)) } },
  test: {
    name: 'unit',
    environment: 'jsdom',
    ...group0,
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/**/*.browser.test.{ts,tsx}', browserOnlyComponentTests],
    setupFiles: ['test/setup.ts'],
    // One module graph per worker, not one per file: React, Testing Library and src/ load once in each
    // worker instead of once for each of 56 files. Files that need a fresh page (a warning given once
    // per page) import it again after vi.resetModules().
    isolate: false,
    // The type tests (test/**/*.test-d.tsx) are checked once, by `npm run typecheck` (tsc),
    // which includes test/: a second pass through vitest's typecheck repeated every one.
  },
};

/**
 * `BKH_BUILD=production vite build` (the second half of `npm run build`) writes dist/production/: the
 * same modules with process.env.NODE_ENV replaced by "production", so the developers' sentences and
 * warnings are gone and no `process` is left. package.json gives it as each entry's default; the
 * "development" condition (Vite's and webpack's development builds, Vitest, `node --conditions=development`)
 * gets dist/, whose checks run. Catalogs stand alone and have no development text: they are built once.
 */
const productionBuild = process.env.BKH_BUILD === 'production';

/** Ships src/styles.css as @bizkithub/auth-react/styles.css, with the declaration its import resolves to. */
function stylesheet(): Plugin {
  return {
    name: 'bizkithub-stylesheet',
    apply: 'build',
    generateBundle() {
      for (const fileName of ['styles.css', 'styles.css.d.ts']) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(new URL(`./src/${fileName}`, import.meta.url), 'utf8') });
      }
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    // Declarations take nearly all of a build's time; the example app runs on the JavaScript alone.
    process.env.BKH_BUILD_FOR_EXAMPLE === '1' || productionBuild ? null : dts({ tsconfigPath: './tsconfig.build.json', include: ['src'] }),
    productionBuild ? null : stylesheet(),
    // Schemas and tables built at module level: droppable by an app's bundler when unused.
    pureModuleConstants(/\/src\/(schemas|client|i18n)\/[^/]+\.ts$/),
  ],
  ...(productionBuild ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  build: {
    outDir: productionBuild ? 'dist/production' : 'dist',
    target: 'es2022',
    copyPublicDir: false,
    // Source maps for debugging, in development; the production build is what a bundler turns into the app's own.
    sourcemap: !productionBuild,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        client: 'src/client/index.ts',
        testing: 'src/testing/index.ts',
        'testing-server': 'src/testing/server.ts',
        // The command line runs in Node from dist/ (package.json "bin").
        ...(productionBuild ? {} : { 'bizkithub-mock': 'src/testing/bin.ts' }),
        server: 'src/server/index.ts',
        nextjs: 'src/nextjs/index.ts',
        'react-router': 'src/react-router/index.ts',
        // @bizkithub/auth-react/locales/<code>: one entry per catalog file, beside its .d.ts.
        ...Object.fromEntries((productionBuild ? [] : localeFiles).map((file) => [`i18n/locales/${file.replace(/\.ts$/, '')}`, `src/i18n/locales/${file}`])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        // One file per module, so an app's bundler keeps only the modules it reaches (useLogin alone
        // does not pull the forms, zod or the other schemas).
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        // "use client" on exactly the modules that import React or a React library (components,
        // hooks); the client, schemas, i18n and server modules stay usable in Server Components.
        // The nextjs entry is server-only (it imports React for `cache` alone): never a client module.
        banner: (chunk) => (!chunk.fileName.startsWith('nextjs') && chunk.imports.some(isReactImport) ? '"use client";' : ''),
      },
    },
  },
  test: {
    globals: true,
    // Seven projects share two cores in CI: a test that needs 1 s alone can wait 5 s for a turn.
    testTimeout: 20_000,
    // One worker per project, two for the jsdom ones of group 0 (Vitest's default on two cores is one, cores - 1).
    maxWorkers: 1,
    // BKH_TIMELINE=<file>: each test file's start and end, to see where the time goes (scripts/timeline-reporter.mjs).
    // Each project's Node and jsdom files in two runs, so that a worker carries on to the next file.
    sequence: { sequencer: EnvironmentSequencer },
    reporters: ['default', new SummaryReporter(), ...(process.env.BKH_TIMELINE ? ['./scripts/timeline-reporter.mjs'] : [])],
    // `npm run test:quick` (BKH_TEST_QUICK=1) loads the unit project alone: no Storybook plugin
    // (one per locale project) and no browser project to resolve before its first test.
    projects: process.env.BKH_TEST_QUICK === '1' ? [unitProject] : [
      unitProject,
      {
        extends: true,
        resolve: { alias: { '#mock-transport': fileURLToPath(new URL('./test/support/transport.browser.ts', import.meta.url)) } },
        test: {
          name: 'browser',
          sequence: { groupOrder: 1 },
          // What a real browser decides: focus and keyboard (UserButton, formBehaviour, a11y), URLs and
          // navigation (returnTo, AuthView), cookies (serverMode), the clipboard (AccountSummary),
          // layout, contrast and screenshots (*.browser.test). The per-form files (texts, error codes,
          // requests) and hardening (React's output, on React 18 and 19) run once, in jsdom.
          include: ['test/**/*.browser.test.{ts,tsx}', browserComponentTests],
          setupFiles: ['test/setup.ts'],
          // One page for all files: Testing Library unmounts after every test, and a file's start
          // (the iframe, its imports) was a third of the project's time.
          isolate: false,
          browser: chromiumBrowser(),
        },
      },
      {
        extends: true,
        // React 18.3 is inside our `react >=18` peer range and renders `javascript:` hrefs as given:
        // the component tests that guard links and forms run on it too (npm aliases react18, react-dom18).
        resolve: {
          alias: [
            { find: '#mock-transport', replacement: fileURLToPath(new URL('./test/support/transport.node.ts', import.meta.url)) },
            { find: /^react$/, replacement: 'react18' },
            { find: /^react\/(.*)$/, replacement: 'react18/$1' },
            { find: /^react-dom$/, replacement: 'react-dom18' },
            { find: /^react-dom\/(.*)$/, replacement: 'react-dom18/$1' },
          ],
        },
        test: {
          name: 'react18',
          ...group0,
          environment: 'jsdom',
          include: ['test/components/hardening.test.tsx'],
          env: { BKH_REACT: '18.3' },
          setupFiles: ['test/support/react18.setup.ts', 'test/setup.ts'],
          // The ESM packages that import React go through Vite, where the alias above holds; the
          // CommonJS ones (Testing Library, react-dom) are redirected by the setup file.
          server: { deps: { inline: ['@tanstack/react-query', 'react-hook-form', '@hookform/resolvers'] } },
        },
      },
      ...lowestVersionsProject(),
      ...storybookProjects(),
    ],
  },
});
