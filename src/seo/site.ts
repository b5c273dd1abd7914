import type { PostImage } from '../post/index.js';
import { defaultPostPath, readPostDate, type PostLike } from '../post/identity.js';
import { httpUrl } from '../core/url.js';
import { argumentError, optionalString, requireFunction, requireObject, requireString } from '../post/arguments.js';

/** What every SEO and feed helper knows about the blog. */
export interface Site {
  /** Absolute http(s) URL of the blog's home page; may carry a base path (`https://example.org/blog`). Required. */
  url: string;
  /** The blog's name: `og:site_name`, the feed title, the JSON-LD `Blog`. Required. */
  name: string;
  /** One sentence about the blog, for the feed and the `Blog` JSON-LD. @default undefined (left out) */
  description?: string;
  /** BCP 47 locale of the blog (`en-US`); a post's own `lang` wins. @default undefined (left out) */
  locale?: string;
  /** The blog's handle on X (`@tidesblog`), as `twitter:site`. @default undefined (left out) */
  twitterHandle?: string;
  /**
   * Image for posts with no hero and no usable image in their body (metadata and JSON-LD; the feed takes it
   * for posts without a hero): a URL under `url`, or an image with its size. @default undefined (no image)
   */
  defaultImage?: string | PostImage;
  /**
   * A post's path under `url` (or an absolute URL). A slug may be a path (`hey/my-path`): keep its
   * slashes (`slugPath` from `/collection` encodes each segment). @default (post) => `/posts/${slug}/`, each segment encoded
   */
  postHref?: (post: PostLike) => string;
  /** Where the blog's feeds are, paths under `url` or absolute URLs; each becomes a `<link rel="alternate">`. @default {} */
  feeds?: { rss?: string; atom?: string; json?: string };
}

const absoluteHttp = /^https?:\/\//i;

/** The site's home URL with a trailing slash, or undefined when `site.url` is not an absolute http(s) URL. */
export function siteRoot(site: Pick<Site, 'url'> | undefined): URL | undefined {
  const raw = site && typeof site === 'object' ? site.url : undefined;
  if (typeof raw !== 'string' || !absoluteHttp.test(raw.trim())) return undefined;
  try {
    const url = new URL(raw.trim());
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url;
  } catch {
    return undefined;
  }
}

/**
 * Checks the `site` a public helper (`fn`) was given, each field's type and `site.url` an absolute
 * http(s) URL, and gives its home URL; throws the TypeError naming the field otherwise.
 */
export function requireSiteRoot(site: Site, fn: string): URL {
  requireObject(fn, 'site', site, 'a site object { url, name }');
  requireString(fn, 'site.url', site.url, 'an absolute http(s) URL such as "https://example.org" or "https://example.org/blog"');
  for (const key of ['name', 'description', 'locale', 'twitterHandle'] as const) optionalString(fn, `site.${key}`, site[key]);
  requireFunction(fn, 'site.postHref', site.postHref);
  if (site.feeds !== undefined) requireObject(fn, 'site.feeds', site.feeds, 'an object { rss?, atom?, json? } or undefined');
  if (site.defaultImage !== undefined && typeof site.defaultImage !== 'string') requireObject(fn, 'site.defaultImage', site.defaultImage, 'a URL, an image { src, width?, height?, alt? } or undefined');
  const root = siteRoot(site);
  if (!root) throw argumentError(fn, 'site.url', 'an absolute http(s) URL such as "https://example.org" or "https://example.org/blog"', site.url);
  return root;
}

/**
 * A path the site configuration gives (postHref, feeds, defaultImage) as an absolute URL: `/x/`
 * and `x/` both land under the site's base path; an absolute http(s) URL stays as it is.
 */
export function underSite(path: unknown, root: URL): string | undefined {
  if (typeof path !== 'string' || path.trim() === '') return undefined;
  const value = path.trim();
  if (absoluteHttp.test(value)) return httpUrl(value);
  if (value.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined;
  try {
    return new URL(value.replace(/^\/+/, ''), root).href;
  } catch {
    return undefined;
  }
}

/**
 * A URL written in a post (hero, links, images) as the browser resolves it on the post's page;
 * only http(s) results are kept, since these URLs leave the page (metadata, feeds).
 */
export function resolveUrl(value: unknown, base: string | URL): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The post's absolute URL: `site.postHref(post)` (default `/posts/<slug>/`) under `site.url`.
 * Undefined when the site has no usable URL, the post has no slug, or `postHref` fails.
 */
export function postUrl(post: PostLike, site: Site): string | undefined {
  const root = siteRoot(site);
  if (!root) return undefined;
  let href: unknown;
  if (typeof site.postHref === 'function') {
    try {
      href = site.postHref(post);
    } catch {
      return undefined;
    }
  } else {
    href = defaultPostPath(post);
  }
  return underSite(href, root);
}

/**
 * The post's absolute URL, as {@link postUrl} gives it, for a host: `post` must be a post or summary
 * and `site` a usable site (TypeError naming the field otherwise). Undefined when the post has no
 * slug or `postHref` fails or gives no http(s) URL.
 */
export function checkedPostUrl(post: PostLike, site: Site): string | undefined {
  requireObject('postUrl', 'post', post, 'a post or summary (an object)');
  requireSiteRoot(site, 'postUrl');
  return postUrl(post, site);
}

/** Plain text of a metadata value, or undefined when it is not a non-empty string. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A positive whole number of pixels, or undefined. */
function pixels(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}

/** A post date for metadata: the day as written (`2024-05-01`) or the instant as RFC 3339; undefined when {@link readPostDate} cannot read it. */
export function isoDate(value: unknown): string | undefined {
  const read = readPostDate(value);
  if (!read) return undefined;
  return read.dateOnly ? String(value).trim() : read.date.toISOString();
}

/** An image with an absolute URL, as metadata and feeds need it. */
export interface AbsoluteImage {
  url: string;
  width?: number;
  height?: number;
  alt?: string;
}

/** The post's hero as an absolute image (a relative `src` resolved against the post's URL), or undefined. */
export function heroImageOf(post: PostLike, site: Site, pageUrl: string | undefined): AbsoluteImage | undefined {
  const hero = post && typeof post === 'object' ? post.heroImage : undefined;
  if (!hero || typeof hero !== 'object') return undefined;
  const url = resolveUrl(hero.src, pageUrl ?? siteRoot(site) ?? 'invalid:');
  return url ? withSize(url, hero) : undefined;
}

/** The site's `defaultImage` as an absolute image under `site.url`, or undefined. */
export function siteImage(site: Site): AbsoluteImage | undefined {
  const root = siteRoot(site);
  const fallback = site && typeof site === 'object' ? site.defaultImage : undefined;
  if (!root || !fallback) return undefined;
  if (typeof fallback === 'string') {
    const url = underSite(fallback, root);
    return url ? { url } : undefined;
  }
  if (typeof fallback === 'object') {
    const url = underSite(fallback.src, root);
    if (url) return withSize(url, fallback);
  }
  return undefined;
}

/** The post's hero as an absolute image, else the site's default image; undefined when neither is usable. */
export function postImage(post: PostLike, site: Site, pageUrl: string | undefined): AbsoluteImage | undefined {
  return heroImageOf(post, site, pageUrl) ?? siteImage(site);
}

/** An absolute image with the size (both sides, or neither) and alt text of `image` that are usable. */
export function withSize(url: string, image: Partial<PostImage>): AbsoluteImage {
  const out: AbsoluteImage = { url };
  const width = pixels(image.width);
  const height = pixels(image.height);
  if (width && height) {
    out.width = width;
    out.height = height;
  }
  const alt = text(image.alt);
  if (alt) out.alt = alt;
  return out;
}

/** An author as the metadata helpers read it. */
export interface SiteAuthor {
  name: string;
  url?: string;
  socials?: Record<string, string>;
  /** True when the post marks the author `type: 'organization'`. */
  organization: boolean;
}

/** The post's authors that have a name, with their profile URL when it is an absolute http(s) URL. */
export function postAuthors(post: PostLike): SiteAuthor[] {
  const list = post && typeof post === 'object' && Array.isArray(post.authors) ? post.authors : [];
  const out: SiteAuthor[] = [];
  for (const author of list) {
    if (!author || typeof author !== 'object') continue;
    const name = text(author.name);
    if (!name) continue;
    const url = typeof author.url === 'string' && absoluteHttp.test(author.url.trim()) ? httpUrl(author.url.trim()) : undefined;
    const organization = typeof author.type === 'string' && author.type.trim().toLowerCase() === 'organization';
    out.push(url ? { name, url, socials: author.socials, organization } : { name, socials: author.socials, organization });
  }
  return out;
}

/** The post's tags that are non-empty strings. */
export function postTags(post: PostLike): string[] {
  const list = post && typeof post === 'object' && Array.isArray(post.tags) ? post.tags : [];
  return list.map(text).filter((t): t is string => t !== undefined);
}
