// size-limit's budgets (.size-limit.json), plus the budgets that compare two bundles, which
// size-limit cannot express: what a component adds to a page that already has something.
import { execFileSync } from 'node:child_process';

// [bundle, base bundle, at most this many kB more] (names of .size-limit.json entries).
const relations = [
  // Issue 19: the account corner adds at most 4 kB to a page that already has the provider and
  // knows its session (the request stack came with the provider before the client split).
  ['UserButton + useAccount + provider + useSession', 'provider + useSession (a page that knows its session)', 4],
  // Issue 19: AuthView holds the five forms, so what it costs beyond them is its own code (view
  // routing, the returnTo carry, the title). Lazy views were measured and left out (each view a
  // chunk: 2.5 kB more where the shop's bundler does not split, a request more where it does).
  // The decided budget: at most 1 kB over the five forms. AuthView learns whether the handler mails
  // magic links from the session answer the page already has, rather than asking (0.6 kB of parser).
  ['AuthView (all five views) + provider', 'all five forms + provider', 1],
];

let results;
try {
  results = JSON.parse(execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8' }));
} catch (error) {
  // size-limit exits non-zero when a budget is exceeded; its JSON still says which.
  results = JSON.parse(error.stdout || 'null');
  if (!Array.isArray(results)) throw error;
}
const byName = new Map(results.map((result) => [result.name, result]));
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
let failed = 0;
for (const { name, size, sizeLimit, passed } of results) {
  // An entry without a limit is reported, not held.
  const held = sizeLimit !== undefined;
  const over = held && !passed;
  console.log(`${over ? 'OVER' : held ? 'ok  ' : '    '} ${name}: ${kB(size)}${held ? ` (limit ${kB(sizeLimit)})` : ''}`);
  if (over) failed += 1;
}
for (const [name, baseName, maxKb] of relations) {
  const bundle = byName.get(name);
  const base = byName.get(baseName);
  if (!bundle || !base) throw new Error(`check-size: no size-limit entry named ${JSON.stringify(bundle ? baseName : name)}`);
  const added = bundle.size - base.size;
  const ok = added <= maxKb * 1000;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name} adds ${kB(added)} to ${baseName} (limit ${maxKb} kB)`);
  if (!ok) failed += 1;
}
if (failed > 0) {
  console.error(`check-size: ${failed} budget(s) exceeded`);
  process.exit(1);
}
