// Checks what `npm run build` produced, as a consumer would get it (run after the build).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const failures = [];
const read = (file) => readFileSync(join(dist, file), 'utf8');

// The entry that holds components must start with the directive React Server Components need.
if (!read('index.js').startsWith('"use client";')) failures.push('dist/index.js does not start with "use client".');

// The client entry must stay React-free: follow its static imports through the chunks.
const seen = new Set();
const pending = ['client.js'];
while (pending.length > 0) {
  const file = pending.pop();
  if (seen.has(file)) continue;
  seen.add(file);
  for (const [, specifier] of read(file).matchAll(/\bfrom\s*["']([^"']+)["']/g)) {
    if (specifier.startsWith('./')) pending.push(specifier.slice(2));
    else if (/^(react|react-dom|@tanstack\/react-query|react-hook-form)(\/|$)/.test(specifier)) {
      failures.push(`@bizkithub/auth-react/client imports ${specifier} (through dist/${file}).`);
    }
  }
}

// The server entry runs in Node and edge runtimes: no React, no form library, no client directive.
const serverSeen = new Set();
const serverPending = ['server.js'];
while (serverPending.length > 0) {
  const file = serverPending.pop();
  if (serverSeen.has(file)) continue;
  serverSeen.add(file);
  const code = read(file);
  if (/^\s*["']use client["']/m.test(code)) failures.push(`@bizkithub/auth-react/server has "use client" (in dist/${file}).`);
  for (const [, specifier] of code.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
    if (specifier.startsWith('./')) serverPending.push(specifier.slice(2));
    else if (/^(react|react-dom|@tanstack\/react-query|react-hook-form|@hookform\/resolvers)(\/|$)/.test(specifier)) {
      failures.push(`@bizkithub/auth-react/server imports ${specifier} (through dist/${file}).`);
    }
  }
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
  `✓ package: "use client" on the component entry; client entry React-free (${seen.size} files checked); ` +
    `server entry free of React and "use client" (${serverSeen.size} files checked)`,
);
