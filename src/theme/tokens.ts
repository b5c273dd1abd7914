/** Colour tokens. Every value is any CSS colour. */
export interface ThemeColors {
  /** Body text. */
  text: string;
  /** Secondary text: meta line, captions. */
  muted: string;
  /** Links, focus rings and the active TOC entry. */
  accent: string;
  /** The post's background. */
  background: string;
  /** Raised surfaces: cards, the image fallback box. */
  surface: string;
  /** Rules, table and card borders. */
  border: string;
  /** Background of inline code and code blocks. */
  codeBackground: string;
}

/** Font stacks. */
export interface ThemeFonts {
  /** Body text. */
  body: string;
  /** Headings and the title. */
  heading: string;
  /** Code. */
  mono: string;
}

/** Design tokens a component accepts through its `theme` prop; every field is optional. */
export interface Theme {
  /** Colours, applied in every colour scheme. */
  colors?: Partial<ThemeColors>;
  /** Font stacks. */
  fonts?: Partial<ThemeFonts>;
  /** Base font size, such as `'1.0625rem'`. */
  fontSize?: string;
  /** Base line height, such as `1.7`. */
  lineHeight?: string | number;
  /** Corner radius of cards, code blocks and images. */
  radius?: string;
  /** Maximum width of the reading column, such as `'42rem'`. */
  contentWidth?: string;
  /** The base spacing unit the layout multiplies. */
  spacing?: string;
  /** Space above and below each block a host places on a page (PostList, Pagination, TagList, PostNav, SeriesNav, AuthorCard, ShareLinks), such as `'2.5rem'`. */
  blockSpacing?: string;
}

/** The colour schemes a component accepts: `'auto'` follows `prefers-color-scheme`. */
export type ColorScheme = 'light' | 'dark' | 'auto';

/** The built-in light palette (also in styles.css). Meets WCAG AA on `background` and `surface`. */
export const lightColors: Readonly<ThemeColors> = {
  text: '#1f2328',
  muted: '#57606a',
  accent: '#0550ae',
  background: '#ffffff',
  surface: '#f6f8fa',
  border: '#d0d7de',
  codeBackground: '#f3f4f6',
};

/** The built-in dark palette (also in styles.css). Meets WCAG AA on `background` and `surface`. */
export const darkColors: Readonly<ThemeColors> = {
  text: '#e6edf3',
  muted: '#9da7b3',
  accent: '#6cb6ff',
  background: '#0d1117',
  surface: '#161b22',
  border: '#3d444d',
  codeBackground: '#1c2129',
};

/** The default tokens besides colours (also in styles.css). */
export const defaultTheme = {
  colors: lightColors,
  fonts: {
    body: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
    heading: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
    mono: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  },
  fontSize: '1.0625rem',
  lineHeight: '1.7',
  radius: '0.5rem',
  contentWidth: '44rem',
  spacing: '1rem',
  blockSpacing: 'calc(var(--rbk-spacing) * 2)',
} as const satisfies Required<Theme>;
