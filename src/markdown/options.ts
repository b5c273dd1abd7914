import type { Options as SanitizeSchema } from 'rehype-sanitize';
import type { PluggableList } from 'unified';
import type { HighlightOptions } from './highlight.js';

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

/** The raw-HTML default of both paths (`parsePost` and `MarkdownContent`). */
export const DEFAULT_HTML: HtmlHandling = 'sanitize';

/**
 * A markdown feature of the kit (code highlighting, callouts, math, excerpts …): plugins wired into
 * the one chain once, for `parsePost` and `MarkdownContent` alike. See {@link ChainOptions.features}
 * for where each side runs.
 */
export interface MarkdownFeature {
  /** Names the feature, for a reader of the chain and in error messages. */
  name: string;
  /** remark (mdast) plugins: after remark-gfm, before the host's `remarkPlugins`. */
  remarkPlugins?: PluggableList;
  /**
   * rehype (hast) plugins: after the sanitizer and the host's `rehypePlugins`, before the kit's
   * passes (safety, title, footnotes, heading ids and ranks). Their output is trusted kit markup,
   * so the sanitizer does not strip it; the render-time pass still applies the URL policy.
   */
  rehypePlugins?: PluggableList;
}

/** Options of the kit's own features (see `kitFeatures`). */
export interface FeatureOptions {
  /**
   * Highlight fenced code with Shiki: `false` turns it off, an object adds languages, themes or
   * aliases. @default true
   */
  highlight?: boolean | HighlightOptions;
  /** Render `$…$` and `$$…$$` with KaTeX. @default false */
  math?: boolean;
  /** An image alone in its paragraph with a title becomes a `<figure>` captioned by the title. @default false */
  imageCaptions?: boolean;
}

/** Options of the markdown → hast chain, shared by `parsePost` and `MarkdownContent`. */
export interface ChainOptions extends FeatureOptions {
  /** remark plugins of the host, after remark-gfm and the kit's features. @default [] */
  remarkPlugins?: PluggableList;
  /** rehype plugins of the host, after the sanitizer, before the kit's features and passes. @default [] */
  rehypePlugins?: PluggableList;
  /** What happens to raw HTML. @default 'sanitize' */
  html?: HtmlHandling;
  /** The rehype-sanitize schema used when `html` is `'sanitize'`. @default GitHub's schema */
  sanitizeSchema?: SanitizeSchema;
  /** Prefix for every heading id. @default '' */
  slugPrefix?: string;
  /**
   * The extension point for the kit's markdown features, in order. Each feature's remark plugins run
   * after remark-gfm and before the host's remark plugins; its rehype plugins run after the
   * sanitizer and the host's rehype plugins and before the kit's passes. @default KIT_FEATURES
   */
  features?: readonly MarkdownFeature[];
  /**
   * Parse path only: a leading `# Heading` is the post title (read from and written to
   * `file.data.kitTitle`), and is removed when it repeats the title. @default false
   */
  leadingTitle?: boolean;
}
