/** WCAG 2.x colour arithmetic over the colours Chromium computes for rendered elements. */

export type Rgba = readonly [r: number, g: number, b: number, a: number];

/** Parses `rgb(…)`/`rgba(…)` as getComputedStyle serializes colours (sRGB, 0–255, alpha 0–1). */
export function parseColor(value: string): Rgba {
  const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
  if (!match?.[1]) throw new Error(`Not an rgb() colour: ${value}`);
  const [r = 0, g = 0, b = 0, a = 1] = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const [r, g, b, a] = top;
  return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Whether a colour is a dark one (what a dark theme paints its card with). */
export function isDark(colour: Rgba): boolean {
  return luminance(colour) < 0.2;
}

/**
 * The opaque colour painted at a point of the page, not counting `except` and what is inside it:
 * the backgrounds of everything stacked there, composited from the bottom up (white under all).
 */
export function paintedAt(x: number, y: number, except?: Element): Rgba {
  const stack = document.elementsFromPoint(x, y).filter((element) => !except?.contains(element));
  const layers: Rgba[] = [];
  for (const element of stack) {
    const colour = parseColor(getComputedStyle(element).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => composite(layer, below), [255, 255, 255, 1]);
}

/** What is painted behind an element, at its centre (the element itself left out). */
export function behind(element: Element): Rgba {
  const rect = element.getBoundingClientRect();
  return paintedAt(rect.left + rect.width / 2, rect.top + rect.height / 2, element);
}

/** An element's own background over what is behind it. */
export function fill(element: Element): Rgba {
  return composite(parseColor(getComputedStyle(element).backgroundColor), behind(element));
}

/** What is painted where the element's outline is drawn (left of it, across its offset), itself left out. */
export function behindOutline(element: Element): Rgba {
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
  return paintedAt(rect.left - reach, rect.top + rect.height / 2, element);
}
