// `npm test`: everything CI checks, on both cores. Two lanes run side by side:
//   tests:    the install of the lowest versions, then `vitest run` (every project)
//   checks:   tsc, eslint, `npm run check:package` (build, API reports, package checks, size-limit,
//             both examples)
// The tests lane prints as it goes; the checks lane's output is shown in one block when it ends.
// The last line is the one closing line, `N passed, N failed[, N skipped]`: vitest's counts, with
// each failed step (a type error, a lint error, a package check) counted as one failed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const summaryDir = mkdtempSync(join(tmpdir(), 'bkh-test-'));
const summaryFile = join(summaryDir, 'summary.json');

/** Runs one shell command; its output goes to the terminal (`live`) or is kept and returned. */
function run(command, { live }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, {
      shell: true,
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, BKH_SUMMARY_FILE: summaryFile, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    });
    const chunks = [];
    child.stdout?.on('data', (chunk) => chunks.push(chunk));
    child.stderr?.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      resolve({ command, ok: code === 0, code: code ?? signal, seconds: (Date.now() - started) / 1000, output: Buffer.concat(chunks).toString() });
    });
  });
}

/** Runs the commands one after another; stops at the first that fails. */
async function lane(name, commands, { live }) {
  const steps = [];
  for (const command of commands) {
    if (live) console.log(`\n> ${command}`);
    const step = await run(command, { live });
    steps.push(step);
    if (!step.ok) break;
  }
  return { name, steps, ok: steps.every((step) => step.ok) && steps.length === commands.length };
}

const prepare = await lane('prepare', ['sh scripts/ensure-chromium.sh', 'sh scripts/ensure-redis.sh'], { live: true });
const [tests, packageChecks] = prepare.ok
  ? await Promise.all([
      // vitest is the longer lane by far: it starts at once, and the static checks go with the package's.
      lane('tests', ['node scripts/test-lowest-versions.mjs', 'npx vitest run'], { live: true }),
      lane('checks', ['npm run --silent typecheck', 'npm run --silent lint', 'npm run --silent check:package'], { live: false }),
    ])
  : [{ name: 'tests', steps: [], ok: false }, { name: 'package', steps: [], ok: false }];

for (const step of packageChecks.steps) {
  console.log(`\n> ${step.command}  (checks lane, ${step.seconds.toFixed(0)} s)\n`);
  process.stdout.write(step.output);
}

let counts = { passed: 0, failed: 0, skipped: 0 };
try {
  counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
} catch {
  // vitest did not run to its end: its absence is a failed step below.
}
rmSync(summaryDir, { recursive: true, force: true });

const vitestStep = tests.steps.find((step) => step.command.includes('vitest run'));
const failedSteps = [prepare, tests, packageChecks].flatMap((l) => l.steps.filter((step) => !step.ok && step !== vitestStep));
// vitest failed with no failed test (an unhandled error, a file that did not load) or never ran.
const vitestBroken = vitestStep === undefined || (!vitestStep.ok && counts.failed === 0);
const failed = counts.failed + failedSteps.length + (vitestBroken ? 1 : 0);
console.log('');
for (const step of [...prepare.steps, ...tests.steps, ...packageChecks.steps]) {
  console.log(`${step.ok ? '✓' : '✗'} ${step.command} (${step.seconds.toFixed(0)} s)`);
}
if (vitestBroken) console.log(vitestStep ? '✗ vitest ended with an error outside the tests (see above)' : '✗ vitest did not run');
console.log(`\n${counts.passed} passed, ${failed} failed${counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
