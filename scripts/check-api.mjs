// The public API, entry by entry, as API reports committed under api/: `npm test` fails when what
// the built declarations export differs from the report. After a deliberate change, run
// `npm run api:update` and commit the reports with the change, so review sees the API move.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { resolve } from 'node:path';

const update = process.argv.includes('--update');
const locales = readdirSync('dist/i18n/locales').filter((file) => /^[a-z]{2,3}\.d\.ts$/.test(file)).map((file) => file.slice(0, -5));
const entries = [
  ['auth-react', 'dist/index.d.ts'],
  ['client', 'dist/client/index.d.ts'],
  ['server', 'dist/server/index.d.ts'],
  ['nextjs', 'dist/nextjs/index.d.ts'],
  ['react-router', 'dist/react-router/index.d.ts'],
  ['testing', 'dist/testing/index.d.ts'],
  ['testing-server', 'dist/testing/server.d.ts'],
  ...locales.map((locale) => [`locales-${locale}`, `dist/i18n/locales/${locale}.d.ts`]),
];

mkdirSync('api', { recursive: true });
mkdirSync('node_modules/.cache/api-extractor', { recursive: true });
const changed = [];
/** Per entry, the names its signatures use that it does not export itself. */
const borrowed = new Map();
/** Every name some entry exports. */
const exported = new Set();
const declaration = /^export (?:declare )?(?:abstract )?(?:function|const|let|class|interface|type|namespace|enum) ([A-Za-z_$][\w$]*)/gm;
// Every top-level declaration of an entry has a JSDoc line: api-extractor marks one without it
// "(undocumented)" on its release tag, at the start of the line (members' marks are indented).
// An entry listed here would be exempt until its docs are written; none is.
const undocumentedExempt = new Set([]);
const undocumentedDeclaration = /^\/\/ @\w+ \(undocumented\)\r?\n(?:\/\/.*\r?\n)*export (?:declare )?(?:abstract )?(?:function|const|let|class|interface|type|namespace|enum) ([A-Za-z_$][\w$]*)/gm;
/** `name (entry)` of each top-level declaration without JSDoc, in the entries not exempt. */
const undocumented = [];
/** One TypeScript program for every entry: each invocation built its own, most of this check's time. */
let compilerState;
for (const [name, entry] of entries) {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: process.cwd(),
      mainEntryPointFilePath: `<projectFolder>/${entry}`,
      compiler: { tsconfigFilePath: '<projectFolder>/tsconfig.build.json' },
      apiReport: { enabled: true, reportFileName: `${name}.api.md`, reportFolder: '<projectFolder>/api/', reportTempFolder: '<projectFolder>/node_modules/.cache/api-extractor/' },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'none' } },
        extractorMessageReporting: {
          default: { logLevel: 'none' },
          // A type used by the public API but not exported by this entry: checked below, across entries.
          'ae-forgotten-export': { logLevel: 'warning', addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: `${process.cwd()}/package.json`,
  });
  compilerState ??= CompilerState.create(config, { additionalEntryPoints: entries.map(([, file]) => resolve(file)) });
  const names = new Set();
  const messageCallback = (message) => {
    message.handled = true;
    const symbol = message.messageId === 'ae-forgotten-export' && /The symbol "([^"]+)"/.exec(message.text)?.[1];
    if (symbol) names.add(symbol);
  };
  const result = Extractor.invoke(config, { compilerState, localBuild: update, showVerboseMessages: false, messageCallback });
  if (result.apiReportChanged) changed.push(`api/${name}.api.md`);
  borrowed.set(name, names);
  const report = readFileSync(`node_modules/.cache/api-extractor/${name}.api.md`, 'utf8');
  for (const [, exportedName] of report.matchAll(declaration)) exported.add(exportedName);
  if (!undocumentedExempt.has(name)) for (const [, symbol] of report.matchAll(undocumentedDeclaration)) undocumented.push(`${symbol} (${name})`);
}

// A type one entry's signatures use may live in another entry (ClientSource in /client, the server's
// option types in /server): a shop imports it from there. One that no entry exports is unreachable by name.
const unreachable = [...borrowed].flatMap(([name, names]) => [...names].filter((symbol) => !exported.has(symbol)).map((symbol) => `${symbol} (used by ${name})`));
if (unreachable.length > 0) {
  console.error(`The public API uses types that no entry exports:\n  ${unreachable.join('\n  ')}\nExport each from the entry it belongs to.`);
  process.exit(1);
}

// Checked after the reports are written, so that `npm run api:update` shows them too.
if (undocumented.length > 0) {
  console.error(`These public declarations have no JSDoc:\n  ${undocumented.join('\n  ')}\nSay what each is for in a /** … */ line above its declaration.`);
  process.exit(1);
}

if (changed.length > 0 && !update) {
  console.error(`The public API changed and these reports were not updated:\n  ${changed.join('\n  ')}\nRun \`npm run api:update\`, review the diff, and commit it.`);
  process.exit(1);
}
console.log(update ? `API reports written for ${entries.length} entries.` : `Public API matches the ${entries.length} committed reports.`);
