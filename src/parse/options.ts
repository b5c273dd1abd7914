import type { AuthorEntry } from './authors.js';
import type { HighlightOptions } from '../markdown/highlight.js';
import type { HtmlHandling } from '../markdown/options.js';
import type { PluggableList } from 'unified';

export type { HtmlHandling };

/** Options for {@link parsePost} and {@link createPost}. */
export interface ParseOptions {
  /**
   * The file name or path. `my-post.md`, `my-post/index.md` and `2024-05-01-my-post.md` give the slug
   * `my-post` and, when the post has no title, the title "My post"; a dated name also gives the date.
   */
  filename?: string;
  /** remark plugins run after remark-gfm and the kit's features, as react-markdown takes them. @default [] */
  remarkPlugins?: PluggableList;
  /** rehype plugins run after the markdown became HTML and raw HTML was sanitized, before the kit's passes. @default [] */
  rehypePlugins?: PluggableList;
  /** A prefix for every heading id, to keep ids unique when several posts share a page. @default '' */
  slugPrefix?: string;
  /** What happens to raw HTML in the body: sanitized with GitHub's schema, shown as text, or left out. @default 'sanitize' */
  html?: HtmlHandling;
  /** The rehype-sanitize schema used when `html` is `'sanitize'`. @default GitHub's schema */
  sanitizeSchema?: import('rehype-sanitize').Options;
  /**
   * Authors by key (`{ ada: { name, url?, avatar?, bio?, socials? } }`, the shape of Docusaurus's
   * `authors.yml`). When given, a post's string authors (`authors: [ada]`) are keys into it and an
   * unknown key is an error naming the post. @default undefined (string authors are names)
   */
  authors?: Record<string, AuthorEntry>;
  /** An image alone in its paragraph with a title (`![alt](src "title")`) becomes a `<figure>` captioned by the title. @default false */
  imageCaptions?: boolean;
  /**
   * Code blocks at parse time: Shiki colours, a language label, `title="…"`, `{1,3-5}`,
   * `showLineNumbers` and the `// [!code …]` notations. `false` leaves code as plain `<pre>`; an object
   * adds languages (`langs`, Shiki language modules), names (`aliases`) or replaces the `themes`.
   * @default true (the default languages and the kit's GitHub themes)
   */
  highlight?: boolean | HighlightOptions;
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
