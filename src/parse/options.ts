import type { AuthorEntry } from './authors.js';
import type { FeatureOptions } from '../markdown/features.js';
import type { HtmlHandling } from '../markdown/html.js';
import { checkChainOptions, type ChainOptions } from '../markdown/options.js';
import { argumentError, optionalString, optionsOf, requireFunction, requireObject } from '../post/arguments.js';
import type { PostWarning } from '../post/errors.js';

export type { HtmlHandling };

/**
 * Options for {@link parsePost} and {@link createPost}: the post's own, the markdown chain's
 * (`ChainOptions`, shared with `MarkdownContent`) and every markdown feature's (`FeatureOptions`,
 * from the kit's list of features).
 */
export interface ParseOptions extends ChainOptions, FeatureOptions {
  /**
   * The file's name or path: `my-post.md`, `my-post/index.md` and `2024-05-01-my-post.md` give the
   * slug `my-post` and the fallback title "My post"; a dated name also gives the date. @default undefined
   */
  filename?: string;
  /**
   * Authors by key, `{ ada: { name, url?, avatar?, bio?, socials?, type? } }` (Docusaurus's `authors.yml`
   * shape): a post's `authors: [ada]` are then keys, and an unknown key is an error naming the post;
   * the singular `author: Name` (and `by`) stays the name written unless it is a key, as Docusaurus
   * reads its legacy field. Social handles become URLs for github, x, twitter, linkedin, bluesky,
   * instagram, threads and mastodon (`@user@host`). @default undefined (string authors are names)
   */
  authors?: Record<string, AuthorEntry>;
  /**
   * Text that ends every post's excerpt, as Jekyll's site-wide `excerpt_separator` (`"<!--more-->"`);
   * a post's own `excerpt_separator` wins. The excerpt is the body before its first occurrence, with
   * the whole body's link definitions. @default undefined (the `<!-- more -->` and `<!-- truncate -->` markers)
   */
  excerptSeparator?: string;
  /** Reading speed for space-separated scripts, in words per minute. @default 220 */
  wordsPerMinute?: number;
  /** Reading speed for Chinese, Japanese and Korean, in characters per minute. @default 500 */
  charactersPerMinute?: number;
  /**
   * Receives what the post was read without: MDX code left out (an expression that is not a
   * literal, a spread of props, an event handler), with the file, line and column. The post is
   * returned all the same. Pass `() => {}` to keep a build quiet.
   * @default each warning written to `console.warn` as `file:line:column: message`
   */
  onWarning?: (warning: PostWarning) => void;
  /**
   * Maps a post's frontmatter before the kit reads it: gets the fields as written (a copy; an MDX
   * post's `export const meta` under them) and the file name, returns the fields the kit should
   * read. A blog moved from another generator maps its own names here in a few lines, such as
   * `category` to `tags`, Zola's `[taxonomies]` and `[extra]`, or a date written in `path`. A hook
   * that throws or returns anything but an object is a PostParseError naming `frontmatter`.
   * `loadPosts`'s cache tells hooks apart by their source text (or a `cacheKey` property on the
   * function), so a hook whose result depends on a value outside it should carry a `cacheKey`.
   * @default undefined (the frontmatter as written)
   */
  frontmatter?: FrontmatterHook;
}

/** What a {@link ParseOptions.frontmatter} hook is told besides the fields. */
export interface FrontmatterContext {
  /** The file name passed in `options.filename` (`loadPosts` passes each post's file), when given. */
  file?: string;
}

/** Maps a post's frontmatter before the kit reads it (see {@link ParseOptions.frontmatter}). */
export type FrontmatterHook = (data: Record<string, unknown>, context: FrontmatterContext) => Record<string, unknown>;

/** Input to {@link createPost}: frontmatter already split from the body (Astro, gray-matter). */
export interface PostSource {
  /** The frontmatter as an object; `Date` values are accepted where dates belong. */
  data: Record<string, unknown>;
  /** The markdown body, without frontmatter. */
  body: string;
}

/**
 * The options `fn` (parsePost, createPost, loadPosts, loadPost) was given, checked: `{}` for
 * undefined, else every option's type, a TypeError naming it otherwise.
 */
export function checkParseOptions<T extends ParseOptions>(fn: string, value: T | undefined): T {
  const options = optionsOf(fn, 'options', value);
  checkChainOptions(fn, options as Record<string, unknown>);
  optionalString(fn, 'options.filename', options.filename);
  optionalString(fn, 'options.excerptSeparator', options.excerptSeparator);
  if (options.authors !== undefined) requireObject(fn, 'options.authors', options.authors, 'an object of authors by key, or undefined');
  for (const key of ['wordsPerMinute', 'charactersPerMinute'] as const) {
    const rate = options[key];
    if (rate !== undefined && !(typeof rate === 'number' && rate > 0 && Number.isFinite(rate))) {
      throw argumentError(fn, `options.${key}`, 'a positive number or undefined', rate);
    }
  }
  requireFunction(fn, 'options.onWarning', options.onWarning);
  requireFunction(fn, 'options.frontmatter', options.frontmatter);
  return options;
}
