const durationPattern = /^\s*(?:\d+\s*(?:d|h|m|min|s)\s*)+$/i;
const partPattern = /(\d+)\s*(d|h|min|m|s)/gi;
const unitMs: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, min: 60_000, s: 1000 };

/** True for a duration such as `3h 20m`, `45m`, `1d 2h` or `90s`. */
export function isDuration(text: string): boolean {
  return durationPattern.test(text);
}

/** `3h 20m` → 12 000 000 ms; `undefined` when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  if (!isDuration(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(partPattern)) {
    total += Number(amount) * (unitMs[(unit ?? '').toLowerCase()] ?? 0);
  }
  return total;
}
