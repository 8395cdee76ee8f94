// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const css = readFileSync(resolve(process.cwd(), 'src/styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Selectors of every style rule (not at-rules), with their nesting at-rules stripped. */
function selectors(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/([^{}]+)\{/g)) {
    const prelude = (match[1] ?? '').trim();
    if (prelude.startsWith('@') || prelude === '') continue;
    found.push(...splitTopLevel(prelude));
  }
  return found;
}

/** Splits a selector list on commas outside parentheses (`:is(a, b)` stays whole). */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

describe('styles.css', () => {
  test('everything sits in one bizkithub cascade layer', () => {
    const trimmed = css.trim();
    expect(trimmed.startsWith('@layer bizkithub {')).toBe(true);
    expect(trimmed.endsWith('}')).toBe(true);
    expect(trimmed.match(/@layer/g)).toHaveLength(1);
  });

  test('no global selector: every rule is scoped to the forms’ own bkh-* classes', () => {
    const all = selectors(css);
    expect(all.length).toBeGreaterThan(20);
    const unscoped = all.filter((selector) => !/\.bkh-[a-z]/.test(selector) || /^(:root|html|body|\*)/.test(selector));
    expect(unscoped).toEqual([]);
  });

  test('themeable through custom properties, with a dark scheme and visible focus rings', () => {
    // The theme sits on the forms' cards and on the account parts alike.
    expect(css).toMatch(/:is\(\.bkh-root, \.bkh-user-button, \.bkh-account, \.bkh-sign-out\)\s*\{[^}]*--bkh-accent:/);
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline: 3px solid var\(--bkh-focus\)/);
  });

  test('every colour has a light and a dark value; the OS decides unless an ancestor says data-theme or class dark/light', () => {
    const root = /:is\(\.bkh-root, \.bkh-user-button, \.bkh-account, \.bkh-sign-out\)\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    const colours = [...root.matchAll(/(--bkh-[a-z-]+):\s*([^;]+);/g)].filter(([, , value]) => /#|rgb|light-dark/.test(value ?? ''));
    expect(colours.length).toBeGreaterThanOrEqual(15);
    for (const [, name, value] of colours) expect(`${name}: ${value}`).toMatch(/light-dark\(/);
    expect(root).toMatch(/color-scheme: light dark;/);
    expect(css).toMatch(/@scope \(\[data-theme='light'\], \.light\)\s*\{\s*:is\(\.bkh-root, [^)]*\)\s*\{\s*color-scheme: light;/);
    expect(css).toMatch(/@scope \(\[data-theme='dark'\], \.dark\)\s*\{\s*:is\(\.bkh-root, [^)]*\)\s*\{\s*color-scheme: dark;/);
  });

  test('spacing (padding, margin, gap) is on a 4px scale', () => {
    const declarations = [...css.matchAll(/(?:^|[;{\s])((?:padding|margin|gap|row-gap|column-gap)(?:-[a-z]+)?):\s*([^;]+);/g)];
    expect(declarations.length).toBeGreaterThan(15);
    const offScale = declarations.flatMap(([, property, value]) =>
      [...(value ?? '').matchAll(/(-?[\d.]+)(rem|px)/g)]
        .filter(([, amount, unit]) => (Number(amount) * (unit === 'rem' ? 16 : 1)) % 4 !== 0)
        .map(([length]) => `${property}: ${length}`),
    );
    expect(offScale).toEqual([]);
  });
});
