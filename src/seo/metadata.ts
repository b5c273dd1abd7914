import { pageImage, postDescription } from './fallbacks.js';
import { requireObject } from '../post/arguments.js';
import {
  isoDate,
  postAuthors,
  postTags,
  postUrl,
  requireSiteRoot,
  siteRoot,
  text,
  underSite,
  type Site,
} from './site.js';
import { isUnlisted, type PostLike } from '../post/identity.js';

/** An image of the Open Graph metadata. */
export interface PostMetadataImage {
  /** Absolute URL. */
  url: string;
  /** Width in pixels, when known (the post, the site, or the image's measured size in the body). */
  width?: number;
  /** Height in pixels, when known, as `width`. */
  height?: number;
  /** Alternative text, when given. */
  alt?: string;
}

/**
 * A post's page metadata, shaped like Next.js's `Metadata` (return it from `generateMetadata`).
 * Every URL is absolute; a value the post does not have is left out, never `undefined` in output.
 */
export interface PostMetadata {
  /** The post title. */
  title: string;
  /** The post's description, else its excerpt as plain text cut to 160 characters at a word boundary. */
  description?: string;
  /** Canonical URL and the blog's feeds by MIME type. */
  alternates?: {
    canonical?: string;
    types?: Partial<Record<'application/rss+xml' | 'application/atom+xml' | 'application/feed+json', string>>;
  };
  /** The authors, with their profile URL when it is an absolute URL. */
  authors?: { name: string; url?: string }[];
  /** The tags. */
  keywords?: string[];
  /**
   * Present for an unlisted post (`unlisted: true`): search engines are asked neither to index the
   * page nor to follow its links, as Docusaurus asks for its unlisted pages. Absent otherwise.
   */
  robots?: { index: false; follow: false };
  /** Open Graph (`og:*`, `article:*`). */
  openGraph: {
    type: 'article';
    title: string;
    url?: string;
    description?: string;
    siteName?: string;
    /** `language_TERRITORY`, as Open Graph writes it (`en_US`). */
    locale?: string;
    publishedTime?: string;
    modifiedTime?: string;
    authors?: string[];
    tags?: string[];
    images?: PostMetadataImage[];
  };
  /** The X (Twitter) card. */
  twitter: {
    card: 'summary_large_image' | 'summary';
    title: string;
    description?: string;
    site?: string;
    creator?: string;
    images?: string[];
  };
}

const FEED_TYPES = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
} as const;

/** The site's feeds as absolute URLs by MIME type (`alternates.types`). */
function feedAlternates(site: Site): NonNullable<PostMetadata['alternates']>['types'] | undefined {
  const root = siteRoot(site);
  const feeds = site && typeof site === 'object' ? site.feeds : undefined;
  if (!root || !feeds || typeof feeds !== 'object') return undefined;
  const out: NonNullable<NonNullable<PostMetadata['alternates']>['types']> = {};
  for (const key of ['rss', 'atom', 'json'] as const) {
    const url = underSite(feeds[key], root);
    if (url) out[FEED_TYPES[key]] = url;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** `en-US` → `en_US`, the form `og:locale` takes. */
function ogLocale(value: unknown): string | undefined {
  const locale = text(value);
  if (!locale) return undefined;
  try {
    const canonical = Intl.getCanonicalLocales(locale)[0];
    return canonical ? canonical.replace('-', '_') : undefined;
  } catch {
    return undefined;
  }
}

/** `@name` from an X/Twitter handle or profile URL. */
function xHandle(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const match = /^(?:https?:\/\/(?:www\.)?(?:x|twitter)\.com\/)?@?([A-Za-z0-9_]{1,15})\/?$/i.exec(raw);
  return match ? `@${match[1]}` : undefined;
}

/**
 * Builds the metadata without throwing: with an unusable `site.url` the URL-valued fields are left
 * out. PostHead renders from it; {@link getPostMetadata} checks the site first.
 */
function buildPostMetadata(post: PostLike, site: Site): PostMetadata {
  const safeSite = (site && typeof site === 'object' ? site : {}) as Site;
  const title = text(post && typeof post === 'object' ? post.title : undefined) ?? text(safeSite.name) ?? '';
  const description = postDescription(post);
  const url = postUrl(post, safeSite);
  const image = pageImage(post, safeSite, url);
  const authors = postAuthors(post);
  const tags = postTags(post);
  const published = isoDate(post?.pubDate);
  const modified = isoDate(post?.updatedDate);
  const siteName = text(safeSite.name);
  const locale = ogLocale(post?.lang) ?? ogLocale(safeSite.locale);
  const feeds = feedAlternates(safeSite);

  const metadata: PostMetadata = {
    title,
    openGraph: { type: 'article', title },
    twitter: { card: image ? 'summary_large_image' : 'summary', title },
  };
  if (description) {
    metadata.description = description;
    metadata.openGraph.description = description;
    metadata.twitter.description = description;
  }
  if (url || feeds) {
    metadata.alternates = {};
    if (url) metadata.alternates.canonical = url;
    if (feeds) metadata.alternates.types = feeds;
  }
  if (authors.length > 0) {
    metadata.authors = authors.map((a) => (a.url ? { name: a.name, url: a.url } : { name: a.name }));
    metadata.openGraph.authors = authors.map((a) => a.url ?? a.name);
  }
  if (tags.length > 0) {
    metadata.keywords = tags;
    metadata.openGraph.tags = tags;
  }
  if (url) metadata.openGraph.url = url;
  if (siteName) metadata.openGraph.siteName = siteName;
  if (locale) metadata.openGraph.locale = locale;
  if (published) metadata.openGraph.publishedTime = published;
  if (modified) metadata.openGraph.modifiedTime = modified;
  if (image) {
    metadata.openGraph.images = [image];
    metadata.twitter.images = [image.url];
  }
  const site_ = xHandle(safeSite.twitterHandle);
  if (site_) metadata.twitter.site = site_;
  const creator = authors.map((a) => xHandle(a.socials?.x ?? a.socials?.twitter)).find(Boolean);
  if (creator) metadata.twitter.creator = creator;
  if (isUnlisted(post)) metadata.robots = { index: false, follow: false };
  return metadata;
}

/**
 * The post page's metadata — title, description, canonical URL, authors, keywords, Open Graph and
 * the X card — shaped like Next.js's `Metadata`, every URL absolute. Throws a TypeError naming
 * `site.url` when it is not an absolute http(s) URL; never throws over the post.
 */
export function getPostMetadata(post: PostLike, site: Site): PostMetadata {
  requireObject('getPostMetadata', 'post', post, 'a post or summary (an object)');
  requireSiteRoot(site, 'getPostMetadata');
  return buildPostMetadata(post, site);
}
