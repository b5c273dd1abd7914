/*
 * What a post page says of itself when the post leaves it out: a description from the excerpt, an
 * image from the body. Metadata and JSON-LD share these, so the tags and the structured data agree.
 */
import { bodyTree, summaryTree, type PostLike } from '../post/identity.js';
import { plainExcerpt } from '../core/plain-excerpt.js';
import { eachNode, type WalkNode } from '../core/walk.js';
import { heroImageOf, resolveUrl, siteImage, siteRoot, text, withSize, type AbsoluteImage, type Site } from './site.js';

/** The length search engines show of a description, in characters; a longer excerpt is cut to it. */
const DESCRIPTION_LENGTH = 160;

/** The user-perceived characters of `value` (an emoji, a letter with its accents), where Intl can tell. */
function characters(value: string): string[] {
  if (typeof Intl === 'object' && typeof Intl.Segmenter === 'function') {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(value), (s) => s.segment);
  }
  return Array.from(value);
}

/**
 * `value` cut to at most `max` characters, ellipsis included: at the last space when there is one
 * in the second half (so no word is cut), else at `max` (text without spaces, such as Chinese or
 * Japanese). Never inside a character (an emoji, a letter and its accents). Punctuation left at the
 * cut is dropped before the `…`.
 */
export function clipText(value: string, max = DESCRIPTION_LENGTH): string {
  const chars = characters(value);
  if (chars.length <= max) return value;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s\p{P}]+$/u, '')}…`;
}

/**
 * The post's description, else its excerpt as plain text (the text a card shows: the content before
 * `<!-- more -->`, else the first paragraph, with code, tables and images left out), cut to
 * {@link DESCRIPTION_LENGTH} characters at a word boundary. Undefined when the post has neither.
 */
export function postDescription(post: PostLike): string | undefined {
  const own = text(post && typeof post === 'object' ? post.description : undefined);
  if (own) return own;
  const plain = text(plainExcerpt(summaryTree(post)).join(' '));
  return plain ? clipText(plain) : undefined;
}

/** Social cards refuse images smaller than this on a side (icons, badges, tracking pixels). */
const MIN_IMAGE_SIDE = 200;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A width or height an image node carries (a number, or digits as raw HTML writes them). */
function side(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

/** An `<img>` node as a share image, or undefined when it cannot be one. */
function shareImage(node: Record<string, unknown>, base: string | URL): AbsoluteImage | undefined {
  const props = isObject(node.properties) ? node.properties : {};
  // Only http(s) survives: data:, javascript: and other schemes are never sent to a crawler.
  const url = resolveUrl(props.src, base);
  if (!url) return undefined;
  // Facebook, X and LinkedIn draw no SVG card.
  if (/\.svgz?$/i.test(new URL(url).pathname)) return undefined;
  const width = side(props.width);
  const height = side(props.height);
  if ((width !== undefined && width < MIN_IMAGE_SIDE) || (height !== undefined && height < MIN_IMAGE_SIDE)) return undefined;
  return withSize(url, { width, height, alt: typeof props.alt === 'string' ? props.alt : undefined });
}

/**
 * The first image of the post's body, in document order, that can be a share image: an http(s) URL
 * (a relative one resolved against `base`, the post's URL), not an SVG, not known to be smaller than
 * 200 px on a side; with its width and height when the node carries both (`loadPosts` measures
 * images) and its alt text. A summary's excerpt stands for its body.
 */
function bodyImage(post: PostLike, base: string | URL): AbsoluteImage | undefined {
  if (!isObject(post)) return undefined;
  // A summary carries no body, only its excerpt; footnotes are left out: an image there is an aside.
  const tree = 'intro' in post || 'sections' in post ? bodyTree(post, { footnotes: false }) : post.excerpt;
  if (!isObject(tree)) return undefined;
  let found: AbsoluteImage | undefined;
  eachNode(tree as unknown as WalkNode, (node) => {
    if (found || !isObject(node)) return false;
    const n = node as unknown as Record<string, unknown>;
    if (n.type === 'element' && n.tagName === 'img') found = shareImage(n, base);
  });
  return found;
}

/**
 * The image a post page shares: the hero, else the first usable image of the body, else the site's
 * default image; every URL absolute. Undefined when there is none.
 */
export function pageImage(post: PostLike, site: Site, pageUrl: string | undefined): AbsoluteImage | undefined {
  return heroImageOf(post, site, pageUrl) ?? bodyImage(post, pageUrl ?? siteRoot(site) ?? 'invalid:') ?? siteImage(site);
}
