import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

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
      plugins: withoutLibraryBuildPlugins(viteConfig.plugins ?? []),
      build: {
        ...viteConfig.build,
        // Vite's 500 kB warning is meant for an app's own bundles. The chunks over it here are
        // Storybook's prebuilt runtime, each loaded once from this docs site: the preview with its
        // test tools (1.2 MB), the docs blocks (750 kB) and axe-core, one 660 kB module that cannot
        // be split. What the package ships is held by size-limit (`.size-limit.json`), not by this.
        chunkSizeWarningLimit: 1400,
      },
    };
  },
};

export default config;
