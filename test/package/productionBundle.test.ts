// @vitest-environment node
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';

// Issue 17: in the React layer, sentences meant for developers (the config-error panel, console
// errors and warnings) sit behind `process.env.NODE_ENV !== 'production'`, so an app's production
// build drops them. Built here from the sources the way an app's bundler builds the package.
const developmentTexts = [
  'must be used inside <BizKitHubProvider>',
  'links accept only relative URLs',
  "These values come from the form's props",
  'configuration error',
  'shown in development only',
  'has no catalog',
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

it('the client entry runs unbundled where there is no process global (a browser without a bundler)', async () => {
  const result = await build({
    entryPoints: ['src/client/index.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'client',
    platform: 'browser',
    logLevel: 'silent',
  });
  const context = createContext({ URL, TextEncoder, TextDecoder, setTimeout, clearTimeout, console });
  expect(runInContext('typeof process', context)).toBe('undefined');
  runInContext(result.outputFiles[0]?.text ?? '', context);
  const refused = runInContext(`(() => { try { client.createBizKitHubClient({ apiKey: 'not-a-key' }); } catch (error) { return String(error); } })()`, context);
  expect(refused).toMatch(/^TypeError: createBizKitHubClient: the apiKey is not a BizKitHub key/);
  const error = runInContext(`new client.BizKitHubError({ kind: 'api', endpoint: 'login', code: 'E004' }).message`, context);
  expect(error).toBe('BizKitHub login failed (E004).');
});

it('a production build carries none of them', async () => {
  const production = await bundle('production');
  expect(developmentTexts.filter((text) => production.includes(text))).toEqual([]);
});
