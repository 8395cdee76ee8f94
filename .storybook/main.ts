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
    return { ...viteConfig, plugins: withoutLibraryBuildPlugins(viteConfig.plugins ?? []) };
  },
};

export default config;
