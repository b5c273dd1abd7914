import type { Options as SanitizeSchema } from 'rehype-sanitize';
import type { PluggableList } from 'unified';
import type { HtmlHandling } from './html.js';
import { optionalString, requireArray, requireObject, requireOneOf } from '../post/arguments.js';

/**
 * Options of the markdown → hast chain that `parsePost` and `MarkdownContent` share: both take these
 * fields from here, with this documentation. The kit's features add theirs (see `FEATURES`).
 */
export interface ChainOptions {
  /** remark plugins of the host, run after remark-gfm and the kit's features, as react-markdown takes them. @default [] */
  remarkPlugins?: PluggableList;
  /** rehype plugins of the host, run after raw HTML was sanitized, before the kit's features and passes. @default [] */
  rehypePlugins?: PluggableList;
  /**
   * Raw HTML in the markdown: parsed and cleaned by rehype-sanitize with GitHub's schema
   * (`'sanitize'`; `MarkdownContent` needs its `sanitizer` for it), shown as text (`'escape'`,
   * react-markdown's default) or left out (`'skip'`). @default 'sanitize' in parsePost, 'escape' in MarkdownContent
   */
  html?: HtmlHandling;
  /** The rehype-sanitize schema `html: 'sanitize'` uses. @default GitHub's schema */
  sanitizeSchema?: SanitizeSchema;
  /** A prefix for every heading id, to keep ids unique when several posts or documents share a page. @default '' */
  slugPrefix?: string;
}

/**
 * Checks the chain's options and the kit's features' options that `fn` (parsePost, createPost,
 * markdownChain) was given: each a TypeError naming the option, no unknown value taken for a default.
 */
export function checkChainOptions(fn: string, options: Record<string, unknown>): void {
  requireOneOf(fn, 'options.html', options.html, ['sanitize', 'escape', 'skip']);
  for (const key of ['remarkPlugins', 'rehypePlugins'] as const) {
    if (options[key] !== undefined) requireArray(fn, `options.${key}`, options[key], 'a list of plugins or undefined');
  }
  if (options.sanitizeSchema !== undefined) requireObject(fn, 'options.sanitizeSchema', options.sanitizeSchema, 'a rehype-sanitize schema (an object) or undefined');
  optionalString(fn, 'options.slugPrefix', options.slugPrefix);
  if (options.highlight !== undefined && typeof options.highlight !== 'boolean') {
    requireObject(fn, 'options.highlight', options.highlight, 'true, false or highlight options (an object)');
  }
  requireOneOf(fn, 'options.math', options.math, [true, false]);
  requireOneOf(fn, 'options.imageCaptions', options.imageCaptions, [true, false]);
  requireOneOf(fn, 'options.format', options.format, ['md', 'mdx']);
}
