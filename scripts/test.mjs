// `npm test`: everything CI checks, on both cores, in two phases:
//   1. the install of the lowest versions, then the jsdom and Node projects (unit, react18, lowest),
//      which alone keep both cores busy;
//   2. two lanes side by side:
//      tests:   the Chromium projects (browser, the stories in every language), whose starts
//               (a browser launching, the preview loading) leave a core idle now and then;
//      checks:  tsc, eslint, `npm run check:package` (build, API reports, package checks, size-limit,
//               both examples).
// The tests print as they go; the checks lane's output is shown in one block when it ends.
// The last line is the one closing line, `N passed, N failed[, N skipped]`: vitest's counts, with
// each failed step (a type error, a lint error, a package check) counted as one failed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const summaryDir = mkdtempSync(join(tmpdir(), 'bkh-test-'));
// Each vitest run writes its counts to its own file (test/support/summaryReporter.ts).
const vitestRuns = [
  { command: 'npx vitest run --project unit --project react18 --project lowest', summary: join(summaryDir, 'jsdom.json') },
  { command: "npx vitest run --project browser --project 'storybook*'", summary: join(summaryDir, 'chromium.json') },
];
const summaryOf = (command) => vitestRuns.find((vitest) => vitest.command === command)?.summary ?? '';

/** Runs one shell command; its output goes to the terminal (`live`) or is kept and returned. */
function run(command, { live }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, {
      shell: true,
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, BKH_SUMMARY_FILE: summaryOf(command), FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    });
    const chunks = [];
    child.stdout?.on('data', (chunk) => chunks.push(chunk));
    child.stderr?.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      resolve({ command, ok: code === 0, code: code ?? signal, seconds: (Date.now() - started) / 1000, output: Buffer.concat(chunks).toString() });
    });
  });
}

/** Runs the commands one after another; stops at the first that fails, unless it is a vitest run. */
async function lane(name, commands, { live }) {
  const steps = [];
  for (const command of commands) {
    if (live) console.log(`\n> ${command}`);
    const step = await run(command, { live });
    steps.push(step);
    // A failing test leaves the other tests worth running; a failed install or check does not.
    if (!step.ok && !summaryOf(command)) break;
  }
  return { name, steps, ok: steps.every((step) => step.ok) && steps.length === commands.length };
}

const skipped = (name) => ({ name, steps: [], ok: false });
const prepare = await lane('prepare', ['sh scripts/ensure-chromium.sh', 'sh scripts/ensure-redis.sh'], { live: true });
const jsdom = prepare.ok ? await lane('jsdom', ['node scripts/test-lowest-versions.mjs', vitestRuns[0].command], { live: true }) : skipped('jsdom');
const [chromium, packageChecks] = prepare.ok
  ? await Promise.all([
      lane('chromium', [vitestRuns[1].command], { live: true }),
      lane('checks', ['npm run --silent typecheck', 'npm run --silent lint', 'npm run --silent check:package'], { live: false }),
    ])
  : [skipped('chromium'), skipped('checks')];

for (const step of packageChecks.steps) {
  console.log(`\n> ${step.command}  (checks lane, ${step.seconds.toFixed(0)} s)\n`);
  process.stdout.write(step.output);
}

const lanes = [prepare, jsdom, chromium, packageChecks];
const steps = lanes.flatMap((l) => l.steps);
const counts = { passed: 0, failed: 0, skipped: 0 };
let brokenRuns = 0;
for (const vitest of vitestRuns) {
  const step = steps.find((candidate) => candidate.command === vitest.command);
  let ran;
  try {
    ran = JSON.parse(readFileSync(vitest.summary, 'utf8'));
    for (const key of Object.keys(counts)) counts[key] += ran[key];
  } catch {
    // This vitest run did not reach its end: counted below.
  }
  // A vitest run that failed with no failed test (an unhandled error, a file that did not load) or never ran.
  if (step === undefined || ran === undefined || (!step.ok && ran.failed === 0)) {
    brokenRuns += 1;
    console.log(step ? `\n✗ ${vitest.command} ended with an error outside the tests (see above)` : `\n✗ ${vitest.command} did not run`);
  }
}
rmSync(summaryDir, { recursive: true, force: true });

const failedSteps = steps.filter((step) => !step.ok && !summaryOf(step.command));
const failed = counts.failed + failedSteps.length + brokenRuns;
console.log('');
for (const step of steps) console.log(`${step.ok ? '✓' : '✗'} ${step.command} (${step.seconds.toFixed(0)} s)`);
console.log(`\n${counts.passed} passed, ${failed} failed${counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
