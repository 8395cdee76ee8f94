// npm run bench, after bench/run.mjs built dist/: what each feature costs on a LoginForm page. Each
// feature's modules in dist/production/ are replaced by stubs that do nothing, and LoginForm +
// provider is measured as size-limit measures it (esbuild, minified, gzip -9, react and react-query
// external). Figures for the notes (issue 17's budgets against the features), never assertions.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
// Each stub exports every name the package's index imports from that module (esbuild checks them).
const stubs = {
  'E007 wait (ConfirmationWait + its texts)': {
    'components/ConfirmationWait.js': 'export const isUnconfirmed = () => false; export const startConfirmationWait = () => 0; export function ConfirmationWait() { return null; }',
    'i18n/locales/en/confirmation.js': 'export const confirmationTexts = {};',
  },
  'success panel (ResultPanel)': { 'components/ResultPanel.js': 'export function ResultPanel() { return null; }' },
  'return after sign-in (returnTo check, navigate)': {
    'components/useLoginDestination.js': "export function useGoAfterLogin() { return () => {}; } export const loginTarget = () => '/';",
  },
  'cooldown UI (countdown, announcements, wait texts)': {
    'components/useCooldown.js': 'const idle = { active: false, remainingMs: 0, totalMs: 0, ended: false, estimated: false, start: () => false }; export function useCooldown() { return idle; }',
    'components/fields/CooldownNotice.js': 'export function CooldownNotice() { return null; }',
    'i18n/formatWait.js': "export const formatWait = () => ''; export const formatCountdown = () => '';",
  },
  'config-error panel': { 'components/ConfigError.js': 'export function ConfigError() { return null; }' },
  'lang attribute (usePageLang)': { 'components/usePageLang.js': 'export function useLangAttribute() { return undefined; }' },
  'server-message redaction (redact)': { 'core/redact.js': 'export function redact(text) { return text; }' },
};
async function size(replace) {
  const stubbed = new Set();
  const result = await build({
    stdin: { contents: "export { LoginForm, BizKitHubProvider } from './dist/production/index.js'", resolveDir: root, loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'],
    plugins: [{ name: 'stub', setup(b) {
      b.onLoad({ filter: /dist\/production\/.*\.js$/ }, (args) => {
        const key = Object.keys(replace).find((k) => args.path.endsWith(`dist/production/${k}`));
        if (key === undefined) return undefined;
        stubbed.add(key);
        return { contents: replace[key], loader: 'js' };
      });
    } }],
  });
  // A stub that matched no module would measure nothing: the module was renamed or moved.
  const missing = Object.keys(replace).filter((key) => !stubbed.has(key));
  if (missing.length > 0) throw new Error(`bench/features: no module dist/production/${missing.join(', ')}`);
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}
const base = await size({});
console.log(`\n## What each feature costs LoginForm + provider (${(base / 1000).toFixed(2)} kB): its modules stubbed out\n`);
let all = {};
for (const [feature, replace] of Object.entries(stubs)) {
  all = { ...all, ...replace };
  console.log(`${feature.padEnd(52)} ${((base - (await size(replace))) / 1000).toFixed(2)} kB`);
}
const withoutAll = await size(all);
console.log(`${'all of the above'.padEnd(52)} ${((base - withoutAll) / 1000).toFixed(2)} kB → ${(withoutAll / 1000).toFixed(2)} kB`);
