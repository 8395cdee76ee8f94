// npm run bench: bundle sizes (size-limit, as a consumer's bundler would see them) and
// render/client timings (vitest bench). Figures for the notes; nothing here passes or fails.
import { execSync } from 'node:child_process';

const run = (command) => execSync(command, { stdio: 'inherit' });
run('npx vite build --logLevel warn');
console.log('\n## Bundle sizes (minified + brotli, dependencies included, peers excluded)\n');
const sizes = JSON.parse(execSync('npx size-limit --json', { encoding: 'utf8' }));
for (const { name, size } of sizes) console.log(`${name.padEnd(46)} ${(size / 1024).toFixed(2)} kB`);
console.log('\n## Timings\n');
run('npx vitest bench --run --config bench/vitest.config.ts');
