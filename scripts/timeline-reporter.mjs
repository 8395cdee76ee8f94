// A Vitest reporter for finding where `npm test`'s time goes: one line per test file's start and
// end, seconds since the run began, with its project. Used through BKH_TIMELINE (vite.config.ts):
//   BKH_TIMELINE=/tmp/timeline.txt npm test
// Each project's first start and last end show the groups and the gaps between them.
import { appendFileSync, writeFileSync } from 'node:fs';

const out = process.env.BKH_TIMELINE;
const began = Date.now();
const since = () => ((Date.now() - began) / 1000).toFixed(1);
const file = (testModule) => testModule.moduleId.replace(`${process.cwd()}/`, '');

export default class TimelineReporter {
  onInit() {
    writeFileSync(out, '');
  }

  onTestModuleStart(testModule) {
    appendFileSync(out, `${since()} start ${testModule.project.name} ${file(testModule)}\n`);
  }

  onTestModuleEnd(testModule) {
    const { duration } = testModule.diagnostic();
    appendFileSync(out, `${since()} end ${testModule.project.name} ${file(testModule)} ${(duration / 1000).toFixed(1)} s\n`);
  }

  onTestRunEnd() {
    appendFileSync(out, `${since()} run ended\n`);
  }
}
