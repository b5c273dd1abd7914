import type { AuthorEntry } from './authors.js';
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
  /**
   * The file name or path. `my-post.md`, `my-post/index.md` and `2024-05-01-my-post.md` give the slug
   * `my-post` and, when the post has no title, the title "My post"; a dated name also gives the date.
   */
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
   * Authors by key (`{ ada: { name, url?, avatar?, bio?, socials? } }`, the shape of Docusaurus's
   * `authors.yml`). When given, a post's string authors (`authors: [ada]`) are keys into it and an
   * unknown key is an error naming the post. @default undefined (string authors are names)
   */
  authors?: Record<string, AuthorEntry>;
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
