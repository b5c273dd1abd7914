import { requireString } from '../post/arguments.js';

/** Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` and `rgb()`/`rgba()`; anything else gives undefined. */
function parseColor(value: string): [number, number, number] | undefined {
  const v = value.trim().toLowerCase();
  let m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v);
  if (m) {
    let hex = m[1];
    if (hex.length <= 4) hex = [...hex].map((c) => c + c).join('');
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(v);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return undefined;
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * WCAG 2 contrast ratio of two colours (1 to 21), or undefined when either is not a colour this
 * function can read (named colours, `hsl()`, `var()`…).
 */
export function contrastRatio(foreground: string, background: string): number | undefined {
  requireString('contrastRatio', 'foreground', foreground, 'a CSS colour (a string)');
  requireString('contrastRatio', 'background', background, 'a CSS colour (a string)');
  const a = parseColor(foreground);
  const b = parseColor(background);
  if (!a || !b) return undefined;
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
