/**
 * Live theming in the controls panel. `theme` is one nested object prop, which Storybook can only
 * edit as raw JSON; these flat args give each token its own control (a color picker per color, a
 * select for fonts, radius and width) and are folded back into the `theme` prop before the
 * component renders, so "Show code" prints the props a user can copy.
 */
import type { ArgTypes } from '@storybook/react-vite';
import type { Theme } from '../src/theme/index.js';
import { darkColors, defaultTheme, lightColors } from '../src/theme/index.js';

/** The flat, one-control-per-token args. Every one is optional; unset means the stylesheet's default. */
export interface ThemeArgs {
  textColor?: string;
  mutedColor?: string;
  accentColor?: string;
  backgroundColor?: string;
  surfaceColor?: string;
  borderColor?: string;
  codeBackgroundColor?: string;
  bodyFont?: string;
  headingFont?: string;
  monoFont?: string;
  fontSize?: string;
  lineHeight?: string;
  radius?: string;
  contentWidth?: string;
  spacing?: string;
  blockSpacing?: string;
}

const THEME_ARG_NAMES = [
  'textColor',
  'mutedColor',
  'accentColor',
  'backgroundColor',
  'surfaceColor',
  'borderColor',
  'codeBackgroundColor',
  'bodyFont',
  'headingFont',
  'monoFont',
  'fontSize',
  'lineHeight',
  'radius',
  'contentWidth',
  'spacing',
  'blockSpacing',
] as const satisfies readonly (keyof ThemeArgs)[];

/** Font stacks offered in the font selects. */
const fontStacks = {
  'System sans-serif (default)': defaultTheme.fonts.body,
  'Book serif': 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif',
  'Humanist sans': 'Seravek, "Gill Sans Nova", Ubuntu, Calibri, "DejaVu Sans", sans-serif',
  'Old-style serif': '"Iowan Old Style", "Palatino Linotype", "URW Palladio L", P052, serif',
  Monospace: defaultTheme.fonts.mono,
} as const;

const fontControl = (description: string) => ({
  description,
  control: { type: 'select' as const, labels: Object.fromEntries(Object.entries(fontStacks).map(([label, stack]) => [stack, label])) },
  options: Object.values(fontStacks),
  table: { category: 'Theme tokens (controls only)' },
});

const colorControl = (token: keyof typeof lightColors, description: string) => ({
  description: `${description} Becomes \`theme.colors.${token}\`. Light default ${lightColors[token]}, dark ${darkColors[token]}.`,
  control: { type: 'color' as const, presetColors: [lightColors[token], darkColors[token]] },
  table: { category: 'Theme tokens (controls only)' },
});

const selectControl = (description: string, options: string[]) => ({
  description,
  control: { type: 'select' as const },
  options,
  table: { category: 'Theme tokens (controls only)' },
});

/** argTypes for the flat theme args, plus a select for `colorScheme`. */
export const themeArgTypes: ArgTypes<ThemeArgs & { colorScheme?: string }> = {
  colorScheme: { control: { type: 'select' }, options: ['light', 'dark', 'auto'] },
  textColor: colorControl('text', 'Body text.'),
  mutedColor: colorControl('muted', 'Secondary text: dates, captions.'),
  accentColor: colorControl('accent', 'Links, focus rings, the active TOC entry.'),
  backgroundColor: colorControl('background', 'The page behind the post.'),
  surfaceColor: colorControl('surface', 'Cards and the image fallback box.'),
  borderColor: colorControl('border', 'Rules, tables and card borders.'),
  codeBackgroundColor: colorControl('codeBackground', 'Behind inline code and code blocks.'),
  bodyFont: fontControl('Becomes `theme.fonts.body`.'),
  headingFont: fontControl('Becomes `theme.fonts.heading`.'),
  monoFont: fontControl('Becomes `theme.fonts.mono`.'),
  fontSize: selectControl('Becomes `theme.fontSize`.', ['0.9375rem', '1rem', '1.0625rem', '1.125rem', '1.25rem']),
  lineHeight: selectControl('Becomes `theme.lineHeight`.', ['1.4', '1.55', '1.7', '1.85']),
  radius: selectControl('Becomes `theme.radius`.', ['0', '0.25rem', '0.5rem', '1rem', '1.5rem']),
  contentWidth: selectControl('Becomes `theme.contentWidth`.', ['32rem', '38rem', '44rem', '52rem', '64rem']),
  spacing: selectControl('Becomes `theme.spacing`.', ['0.75rem', '1rem', '1.25rem', '1.5rem']),
  blockSpacing: selectControl('Becomes `theme.blockSpacing`.', ['1rem', '2rem', '3rem']),
};

/**
 * Splits the flat theme args off the component's own props and merges them over the `theme` prop
 * the story already passes (the controls win).
 */
export function applyThemeArgs<P extends { theme?: Theme }>(args: P & ThemeArgs): P {
  const props = { ...args } as Record<string, unknown>;
  const picked: ThemeArgs = {};
  for (const name of THEME_ARG_NAMES) {
    if (props[name] !== undefined && props[name] !== '') picked[name] = props[name] as string;
    delete props[name];
  }
  if (Object.keys(picked).length === 0) return props as P;

  const base: Theme = args.theme ?? {};
  const colors = {
    ...base.colors,
    ...definedOnly({
      text: picked.textColor,
      muted: picked.mutedColor,
      accent: picked.accentColor,
      background: picked.backgroundColor,
      surface: picked.surfaceColor,
      border: picked.borderColor,
      codeBackground: picked.codeBackgroundColor,
    }),
  };
  const fonts = {
    ...base.fonts,
    ...definedOnly({ body: picked.bodyFont, heading: picked.headingFont, mono: picked.monoFont }),
  };
  const theme: Theme = {
    ...base,
    ...definedOnly({
      fontSize: picked.fontSize,
      lineHeight: picked.lineHeight,
      radius: picked.radius,
      contentWidth: picked.contentWidth,
      spacing: picked.spacing,
      blockSpacing: picked.blockSpacing,
    }),
  };
  if (Object.keys(colors).length > 0) theme.colors = colors;
  if (Object.keys(fonts).length > 0) theme.fonts = fonts;
  return { ...props, theme } as P;
}

function definedOnly<T extends Record<string, string | undefined>>(record: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<
    Record<keyof T, string>
  >;
}

/** A warm, high-contrast custom theme the "Custom theme" stories share. */
export const paperTheme: Theme = {
  colors: {
    text: '#2b2118',
    muted: '#6b5a48',
    accent: '#9c3d10',
    background: '#fbf6ec',
    surface: '#f3e9d8',
    border: '#d9c7a8',
    codeBackground: '#efe3cc',
  },
  fonts: {
    body: fontStacks['Book serif'],
    heading: fontStacks['Humanist sans'],
  },
  fontSize: '1.125rem',
  lineHeight: '1.75',
  radius: '0',
  contentWidth: '38rem',
};
