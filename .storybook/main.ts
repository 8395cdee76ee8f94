import type { StorybookConfig } from '@storybook/react-vite';
import type { Plugin, PluginOption } from 'vite';

// Plugins of vite.config.ts that belong to the library build only: declaration files and the
// copied stylesheet would otherwise land in storybook-static (and slow every dev start).
const libraryBuildPlugins = new Set(['unplugin-dts', 'vite:dts', 'bizkithub-stylesheet']);

function withoutLibraryBuildPlugins(plugins: PluginOption[]): PluginOption[] {
  return plugins.flatMap((plugin): PluginOption[] => {
    if (Array.isArray(plugin)) return [withoutLibraryBuildPlugins(plugin)];
    if (plugin && typeof plugin === 'object' && 'name' in plugin && libraryBuildPlugins.has(plugin.name)) return [];
    return [plugin];
  });
}

/**
 * Vite's chunk-size warning holds every chunk of storybook-static to 500 kB but two, each one
 * prebuilt third-party module that no bundler can split (minified / gzip, Storybook 10.6,
 * axe-core 4.14):
 * - Storybook's preview runtime (`storybook/internal/preview/runtime`), 812 / 227 kB: the preview
 *   API plus `storybook/test` (Testing Library, user-event, jest-dom, chai, @vitest/expect) that
 *   play functions run on, in one file that builder-vite's entry imports before any story. It was
 *   781 kB of the former 1,247 kB preview chunk (gzip the same either way).
 *   `@storybook/addon-vitest` adds nothing to it: that chunk had the same size without the addon.
 * - axe-core, 661 / 188 kB, which the a11y addon already loads lazily (`import('axe-core')`).
 * Each gets a chunk of its own (codeSplitting below), so no splittable module shares a chunk with
 * them, and `chunkSizeCheck` holds every chunk that is not exactly one of them to 500 kB. Vite's
 * own check takes one number for all chunks, so it is set to the larger ceiling.
 * The docs blocks (750 kB, loaded by docs pages only) were many modules in one chunk: Storybook's
 * UI kit (components, manager-api, router, csf, icons) now has its own chunk (436 kB) next to the
 * blocks (316 kB). `includeDependenciesRecursively: false` keeps each group to the modules it
 * names: with it, the UI kit would take React along and become a static import of every story.
 */
const chunkSizeLimitKb = 500;
const singleModuleChunks = [
  { name: 'storybook-preview-runtime', test: /[\\/]node_modules[\\/]storybook[\\/]dist[\\/]preview[\\/]runtime\.js$/, maxKb: 850 },
  { name: 'axe-core', test: /[\\/]node_modules[\\/]axe-core[\\/]axe\.js$/, maxKb: 700 },
];
const storybookUiKit = /[\\/]node_modules[\\/](storybook[\\/](dist[\\/](components|manager-api|router|csf)|node_modules[\\/]semver)|@storybook[\\/]icons)[\\/]/;

function chunkSizeCheck(): Plugin {
  return {
    name: 'bizkithub-storybook-chunk-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const sizeKb = Buffer.byteLength(chunk.code) / 1000;
        const [onlyModule, ...others] = chunk.moduleIds;
        const single = others.length === 0 ? singleModuleChunks.find(({ test }) => test.test(onlyModule ?? '')) : undefined;
        const limitKb = single?.maxKb ?? chunkSizeLimitKb;
        if (sizeKb > limitKb) {
          this.warn(`${chunk.fileName} is ${sizeKb.toFixed(2)} kB, over ${limitKb} kB: load what it holds lazily (import()) or give it a chunk of its own (.storybook/main.ts).`);
        }
      }
    },
  };
}

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // MSW's service worker (public/mockServiceWorker.js) must be served from the site root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    return {
      ...viteConfig,
      plugins: [...withoutLibraryBuildPlugins(viteConfig.plugins ?? []), chunkSizeCheck()],
      build: {
        ...viteConfig.build,
        chunkSizeWarningLimit: Math.max(...singleModuleChunks.map(({ maxKb }) => maxKb)),
        rolldownOptions: {
          ...viteConfig.build?.rolldownOptions,
          output: {
            ...viteConfig.build?.rolldownOptions?.output,
            codeSplitting: {
              groups: [
                ...singleModuleChunks.map(({ name, test }) => ({ name, test, includeDependenciesRecursively: false })),
                { name: 'storybook-ui-kit', test: storybookUiKit, includeDependenciesRecursively: false },
              ],
            },
          },
        },
      },
    };
  },
};

export default config;
