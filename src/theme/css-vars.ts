import { boundedCache } from '../core/cache.js';
import type { CSSProperties } from 'react';
import { contrastRatio } from './contrast.js';
import { darkColors, lightColors, type ColorScheme, type Theme, type ThemeColors } from './tokens.js';
import { requireObject, requireOneOf } from '../post/arguments.js';

const colorVars: Record<keyof ThemeColors, string> = {
  text: '--rbk-color-text',
  muted: '--rbk-color-muted',
  accent: '--rbk-color-accent',
  background: '--rbk-color-background',
  surface: '--rbk-color-surface',
  border: '--rbk-color-border',
  codeBackground: '--rbk-color-code-background',
};

const warned = /* @__PURE__ */ boundedCache<string, true>('contrast-warnings', 64);

function warnLowContrast(theme: Theme, colorScheme: ColorScheme | undefined): void {
  const colors = theme.colors;
  if (!colors || (colors.text === undefined && colors.background === undefined)) return;
  const base = colorScheme === 'dark' ? darkColors : lightColors;
  const text = typeof colors.text === 'string' ? colors.text : base.text;
  const background = typeof colors.background === 'string' ? colors.background : base.background;
  const ratio = contrastRatio(text, background);
  const key = `${text}|${background}`;
  if (ratio === undefined || ratio >= 4.5 || !warned.first(key)) return;
  console.warn(
    `react-blog-kit: theme colors text "${text}" on background "${background}" have a contrast ratio of ` +
      `${ratio.toFixed(2)}:1, below the 4.5:1 WCAG AA minimum for body text.`,
  );
}

/**
 * Turns theme tokens into `--rbk-*` custom properties, for the `style` of a component's root.
 * Values that are not strings or numbers are ignored, so untyped input cannot break the page.
 */
export function themeToCssVariables(theme: Theme | undefined, colorScheme?: ColorScheme): Record<string, string> {
  if (theme !== undefined) requireObject('themeToCssVariables', 'theme', theme, 'theme tokens (an object) or undefined');
  requireOneOf('themeToCssVariables', 'colorScheme', colorScheme, ['light', 'dark', 'auto']);
  return cssVariables(theme, colorScheme);
}

/** {@link themeToCssVariables} for a component, which never throws over its props: what is not a token is left out. */
function cssVariables(theme: Theme | undefined, colorScheme?: ColorScheme): Record<string, string> {
  const vars: Record<string, string> = {};
  if (!theme || typeof theme !== 'object') return vars;
  const put = (name: string, value: unknown) => {
    if (typeof value === 'string' && value !== '') vars[name] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) vars[name] = String(value);
  };
  const colors = theme.colors && typeof theme.colors === 'object' ? theme.colors : {};
  for (const key of Object.keys(colorVars) as (keyof ThemeColors)[]) put(colorVars[key], colors[key]);
  const fonts = theme.fonts && typeof theme.fonts === 'object' ? theme.fonts : {};
  put('--rbk-font-body', fonts.body);
  put('--rbk-font-heading', fonts.heading);
  put('--rbk-font-mono', fonts.mono);
  put('--rbk-font-size', theme.fontSize);
  put('--rbk-line-height', theme.lineHeight);
  put('--rbk-radius', theme.radius);
  put('--rbk-content-width', theme.contentWidth);
  put('--rbk-spacing', theme.spacing);
  put('--rbk-block-spacing', theme.blockSpacing);
  if (process.env.NODE_ENV !== 'production') warnLowContrast(theme, colorScheme);
  return vars;
}

/** Merges theme variables under the host's own `style` (the host's keys win). */
export function rootStyle(
  theme: Theme | undefined,
  colorScheme: ColorScheme | undefined,
  style: CSSProperties | undefined,
): CSSProperties | undefined {
  if (!theme || typeof theme !== 'object') return style;
  const vars = cssVariables(theme, colorScheme);
  if (Object.keys(vars).length === 0) return style;
  return { ...(vars as CSSProperties), ...style };
}
