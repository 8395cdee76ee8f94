import axe, { type ElementContext, type Result, type RunOptions } from 'axe-core';

/** jsdom has no layout: rules that measure rendered boxes cannot give a true answer there. */
export const isJsdom = typeof navigator !== 'undefined' && /\bjsdom\b/i.test(navigator.userAgent);

/** Rules switched off where they cannot work; nothing else is ever disabled. */
const layoutRules: RunOptions['rules'] = isJsdom ? { 'color-contrast': { enabled: false } } : {};

/**
 * Runs axe-core on `context` (an element, a selector or an axe context) and returns its violations.
 * In jsdom `color-contrast` is off (it needs layout); in a real browser every rule runs.
 * Shared by the component tests and the Storybook checks.
 */
export async function axeViolations(context: ElementContext, options: RunOptions = {}): Promise<Result[]> {
  const results = await axe.run(context, {
    resultTypes: ['violations'],
    ...options,
    rules: { ...layoutRules, ...options.rules },
  });
  return results.violations;
}

/** One readable line per failing node: `rule-id (impact): help | selector | failure summary`. */
export function describeViolations(violations: readonly Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} | ${node.target.join(' ')} | ${
          node.failureSummary?.replace(/\s+/g, ' ') ?? ''
        }`,
    ),
  );
}

/** `[]` when the element passes; else the readable violations, so a failing `toEqual([])` says what is wrong. */
export async function a11yProblems(context: ElementContext, options?: RunOptions): Promise<string[]> {
  return describeViolations(await axeViolations(context, options));
}
