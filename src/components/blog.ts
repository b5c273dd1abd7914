/**
 * What the blog components (cards, lists, navigation) share: reading a post or summary they were
 * given, and turning a host's href function into a URL the kit's policy allows.
 */
import type { PostLike } from '../post/identity.js';
import { safeHref } from '../core/url.js';

/** Builds the URL of a post, e.g. `(post) => \`/blog/${post.slug}\``. */
export type PostHref = (post: PostLike) => string | undefined;

/**
 * Builds the URL of a tag's page from the tag's name as the post writes it, e.g.
 * `(tag) => \`/tags/${tagSlug(tag)}/\`` (`tagSlug` from `react-blog-kit/collection`). Every
 * component that links tags (ArticleMeta, PostCard, PostList, TagList) takes this one function.
 */
export type TagHref = (tag: string) => string | undefined;

/**
 * Calls a host's href function and keeps the URL only when the kit's URL policy allows it. A
 * function that is missing, throws or returns an unsafe URL gives undefined (the caller renders
 * text instead of a link); the first error is kept in `errors` for the development report.
 */
export function hrefFrom<T>(fn: ((value: T) => string | undefined) | undefined, value: T, errors?: { first?: unknown }): string | undefined {
  if (typeof fn !== 'function') return undefined;
  try {
    return safeHref(fn(value));
  } catch (error) {
    if (errors && errors.first === undefined) errors.first = error;
    return undefined;
  }
}

/** A development message for a host function that threw. */
export function threw(name: string, error: unknown, fallback: string): string {
  return `${name}: threw ${error instanceof Error ? error.message : String(error)}; ${fallback}`;
}

/** A heading level 1–6 from a prop, else `fallback`. */
export function headingTag(level: unknown, fallback: 1 | 2 | 3 | 4 | 5 | 6): 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  const n = typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
  return `h${n}` as 'h1';
}
