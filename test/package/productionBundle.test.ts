// @vitest-environment node
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';

// Issue 17: sentences meant for developers (the config-error panel, configuration errors, console
// errors and warnings, BizKitHubError's sentences) sit behind `process.env.NODE_ENV !== 'production'`,
// so a production build drops them: the package's own dist/production/, and an app's bundler.
// Built here from the sources the way both build them.
const developmentTexts = [
  'must be used inside <BizKitHubProvider>',
  'links accept only relative URLs',
  "These values come from the form's props",
  'configuration error',
  'shown in development only',
  'has no catalog',
  // The client layer's: configuration errors, warnings and BizKitHubError's sentences.
  'the apiKey is not a BizKitHub key',
  'sample key of BizKitHub',
  'a PROD key in a browser is public',
  'keys and passwords would travel in clear text',
  'answered a body that is not the documented JSON',
  'must be rendered inside a BizKitHub form',
  'can only be used in a browser page',
  // What the client says about the answer of serverUrl (issue 35): no handler there, or its refusal.
  'Is the handler mounted at that path?',
  'the server handler refused',
  "add this origin to the handler's allowedOrigins",
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

it('the client entry, built as the package\'s production build builds it, runs where there is no process global', async () => {
  // dist/production/ is what a browser without a bundler loads (package.json's default condition):
  // built with process.env.NODE_ENV replaced, as here, it has no `process` left to look up.
  const result = await build({
    entryPoints: ['src/client/index.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'client',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  expect(code).not.toMatch(/\bprocess\b/);
  const context = createContext({ URL, TextEncoder, TextDecoder, setTimeout, clearTimeout, console });
  expect(runInContext('typeof process', context)).toBe('undefined');
  runInContext(code, context);
  const refused = runInContext(`(() => { try { client.createBizKitHubClient({ apiKey: 'not-a-key' }); } catch (error) { return String(error); } })()`, context);
  // Production names the option; development says what is wrong with it (test/client).
  expect(refused).toBe('TypeError: createBizKitHubClient: invalid apiKey');
  const error = runInContext(`new client.BizKitHubError({ kind: 'api', endpoint: 'login', code: 'E004' }).message`, context);
  expect(error).toBe('BizKitHub login failed: api (E004).');
});

it('a production build carries none of them', async () => {
  const production = await bundle('production');
  expect(developmentTexts.filter((text) => production.includes(text))).toEqual([]);
});
