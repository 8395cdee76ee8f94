// @vitest-environment node
import { build } from 'esbuild';

// Issue 17: sentences meant for developers (configuration errors, warnings, BizKitHubError's long
// messages) sit behind `process.env.NODE_ENV !== 'production'`, so an app's production build drops
// them. Built here from the sources the way an app's bundler builds the package.
const developmentTexts = [
  'must be used inside <BizKitHubProvider>',
  'an apiKey is required when calling BizKitHub directly',
  'is not a BizKitHub key',
  'a ROOT key has no limits',
  'serverUrl cannot be combined',
  'sample key printed',
  'PROD key is in this browser bundle',
  'would travel in clear text',
  'has no catalog',
  'links accept only relative URLs',
  "These values come from the form's props",
  'configuration error',
  'could not be reached (network error)',
  'Server said',
  'can only be used in a browser page',
  'magic links are sent by your server handler',
];

async function bundle(nodeEnv: 'production' | 'development'): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export { BizKitHubProvider, LoginForm, MagicAuthForm, RegisterForm, ResetPasswordForm, SetNewPasswordForm, SignOutButton, useSession, createBizKitHubClient } from './src/index.ts';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'],
    jsx: 'automatic',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

it('a development build carries every developer sentence (so the production check below can fail)', async () => {
  const development = await bundle('development');
  expect(developmentTexts.filter((text) => !development.includes(text))).toEqual([]);
});

it('a production build carries none of them', async () => {
  const production = await bundle('production');
  expect(developmentTexts.filter((text) => production.includes(text))).toEqual([]);
});
