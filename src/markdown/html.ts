import type { Options as SanitizeSchema } from 'rehype-sanitize';
import type { PluggableList } from 'unified';
import type { rehypeKitSanitize } from './sanitize.js';

/** How raw HTML written in markdown is treated. */
export type HtmlHandling =
  /**
   * Parsed and rendered as HTML, cleaned by rehype-sanitize with GitHub's schema (or `sanitizeSchema`),
   * the way GitHub shows a README. Raw HTML is never rendered without a sanitizer.
   */
  | 'sanitize'
  /** Shown as text, as react-markdown does by default. HTML comments are dropped. */
  | 'escape'
  /** Left out entirely (react-markdown's `skipHtml`). */
  | 'skip';

/**
 * The raw-HTML default of each path. `parsePost` sanitizes, as GitHub shows a README: its sanitizer
 * runs at build time. `MarkdownContent` shows HTML as text unless the page passes the sanitizer,
 * which brings an HTML parser a page should download only when it asks for it.
 */
export const DEFAULT_HTML = { parse: 'sanitize', runtime: 'escape' } as const satisfies Record<string, HtmlHandling>;

/** What the chain does with raw HTML, as {@link htmlPolicy} decides it. */
export interface HtmlPolicy {
  /** The mode the chain runs: what the kit's safety pass does with raw nodes left in the tree. */
  html: HtmlHandling;
  /**
   * The chain's raw-HTML step (after remark-rehype, before the host's rehype plugins): the
   * sanitizer with its schema for `'sanitize'`, nothing otherwise (`'escape'` and `'skip'` are the
   * safety pass's work).
   */
  sanitize: PluggableList;
}

/**
 * The one place the raw-HTML option is decided, for both paths: the path's default
 * ({@link DEFAULT_HTML}) when `html` is not given, and `'sanitize'` only with a sanitizer. When
 * the mode differs from a given `html` (an unknown value, or `'sanitize'` without a sanitizer) the
 * HTML is shown as text: raw HTML never renders unsanitized; the caller says so (`parsePost`
 * throws, `MarkdownContent` warns in development).
 */
export function htmlPolicy(html: unknown, path: keyof typeof DEFAULT_HTML, sanitizer?: typeof rehypeKitSanitize, schema?: SanitizeSchema): HtmlPolicy {
  const asked = html ?? DEFAULT_HTML[path];
  if (asked === 'sanitize' && typeof sanitizer === 'function') return { html: asked, sanitize: [[sanitizer, { schema }]] };
  return { html: asked === 'skip' ? asked : 'escape', sanitize: [] };
}
