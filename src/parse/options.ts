import type { PluggableList } from 'unified';

/** How raw HTML written in a post is treated. */
export type HtmlHandling =
  /** Shown as text, as react-markdown does by default. HTML comments are dropped. */
  | 'escape'
  /** Left out entirely (react-markdown's `skipHtml`). */
  | 'skip'
  /**
   * Parsed and rendered as HTML, then cleaned by rehype-sanitize (GitHub's schema unless
   * `sanitizeSchema` is given). Raw HTML is never rendered without a sanitizer.
   */
  | 'sanitize';

/** Options for {@link parsePost} and {@link createPost}. */
export interface ParseOptions {
  /** The file name or path; `YYYY-MM-DD-slug.md` and `YYYY-MM-DD-slug/index.md` give a date, slug and title. */
  filename?: string;
  /** remark plugins run after remark-gfm, as react-markdown takes them. @default [] */
  remarkPlugins?: PluggableList;
  /** rehype plugins run after the markdown became HTML, before the kit's safety pass. @default [] */
  rehypePlugins?: PluggableList;
  /** A prefix for every heading id, to keep ids unique when several posts share a page. @default '' */
  slugPrefix?: string;
  /** What happens to raw HTML in the body. @default 'escape' */
  html?: HtmlHandling;
  /** The rehype-sanitize schema used when `html` is `'sanitize'`. @default GitHub's schema */
  sanitizeSchema?: import('rehype-sanitize').Options;
  /**
   * Code blocks at parse time: Shiki colours, a language label, `title="…"`, `{1,3-5}`,
   * `showLineNumbers` and the `// [!code …]` notations. `false` leaves code as plain `<pre>`; an object
   * adds languages (`langs`, Shiki language modules), names (`aliases`) or replaces the `themes`.
   * @default true (the default languages and the kit's GitHub themes)
   */
  highlight?: boolean | import('../markdown/highlight.js').HighlightOptions;
  /**
   * Typesets `$…$` and `$$…$$` with KaTeX at parse time (MathML and HTML); the page then needs
   * `katex/dist/katex.min.css`. @default false (dollar signs stay text)
   */
  math?: boolean;
  /** Reading speed for space-separated scripts, in words per minute. @default 220 */
  wordsPerMinute?: number;
  /** Reading speed for Chinese, Japanese and Korean, in characters per minute. @default 500 */
  charactersPerMinute?: number;
}

/** Input to {@link createPost}: frontmatter already split from the body (Astro, gray-matter). */
export interface PostSource {
  /** The frontmatter as an object; `Date` values are accepted where dates belong. */
  data: Record<string, unknown>;
  /** The markdown body, without frontmatter. */
  body: string;
}
