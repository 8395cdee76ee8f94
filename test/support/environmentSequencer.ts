import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The environment a file asks for in its docblock (`@vitest-environment node`), or its project's. */
function environmentOf(spec: TestSpecification): string {
  const head = readFileSync(spec.moduleId, 'utf8').slice(0, 500);
  return /@vitest-environment\s+(\S+)/.exec(head)?.[1] ?? spec.project.config.environment;
}

/**
 * Vitest's order, with each project's files of one environment next to each other. A worker of a
 * non-isolated project is kept for the next file only when that file has the same project and
 * environment; otherwise it is stopped and a new one imports React, Testing Library and src/ again.
 * In Vitest's own order the unit project's Node and jsdom files alternate: 56 files took 25 workers.
 */
export class EnvironmentSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Where each project first appears in Vitest's order (projects keep their order), then the
    // environment, then Vitest's own place: a total order, so the sort cannot scramble it.
    const projectStart = new Map<string, number>();
    const keyed = sorted.map((spec, index) => {
      if (!projectStart.has(spec.project.name)) projectStart.set(spec.project.name, index);
      return { spec, project: projectStart.get(spec.project.name) as number, environment: environmentOf(spec), index };
    });
    keyed.sort((a, b) =>
      a.project !== b.project ? a.project - b.project : a.environment !== b.environment ? (a.environment < b.environment ? -1 : 1) : a.index - b.index,
    );
    return keyed.map(({ spec }) => spec);
  }
}
