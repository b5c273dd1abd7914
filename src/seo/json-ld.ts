// schema-dts is a development dependency: it checks the objects below against schema.org, while the
// public types are the kit's own, so a host's compiler never needs schema-dts.
import type { Blog, BlogPosting, WithContext } from 'schema-dts';
import { pageImage, postDescription } from './fallbacks.js';
import { requireArray, requireObject } from '../post/arguments.js';
import { isoDate, postAuthors, postTags, postUrl, requireSiteRoot, siteRoot, text, type Site } from './site.js';
import { isUnlisted, type PostLike } from '../post/identity.js';

/** A schema.org `Person`. */
export interface JsonLdPerson {
  '@type': 'Person';
  name: string;
  url?: string;
}

/** A schema.org `Organization`: an author the post marks `type: 'organization'` (a team, a company). */
export interface JsonLdOrganization {
  '@type': 'Organization';
  name: string;
  url?: string;
}

/** A schema.org `ImageObject`. */
export interface JsonLdImage {
  '@type': 'ImageObject';
  url: string;
  caption?: string;
}

/** A schema.org `BlogPosting` as {@link postJsonLd} builds it. */
export interface BlogPostingJsonLd {
  '@context'?: 'https://schema.org';
  '@type': 'BlogPosting';
  headline: string;
  description?: string;
  datePublished?: string;
  dateModified?: string;
  author?: (JsonLdPerson | JsonLdOrganization)[];
  image?: JsonLdImage;
  keywords?: string[];
  url?: string;
  mainEntityOfPage?: { '@type': 'WebPage'; '@id': string };
  inLanguage?: string;
  isPartOf?: { '@type': 'Blog'; name?: string; url: string };
}

/** A schema.org `Blog` as {@link blogJsonLd} builds it. */
export interface BlogJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Blog';
  name?: string;
  description?: string;
  url?: string;
  inLanguage?: string;
  blogPost?: BlogPostingJsonLd[];
}

/** A BCP 47 tag, or undefined when Intl does not accept it. */
function language(value: unknown): string | undefined {
  const tag = text(value);
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The BlogPosting without `@context`, as it appears inside a Blog. */
function posting(post: PostLike, site: Site): BlogPostingJsonLd {
  const safeSite = (site && typeof site === 'object' ? site : {}) as Site;
  const url = postUrl(post, safeSite);
  const root = siteRoot(safeSite);
  const image = pageImage(post, safeSite, url);
  const authors = postAuthors(post);
  const tags = postTags(post);
  const out: BlogPostingJsonLd = {
    '@type': 'BlogPosting',
    headline: text(post && typeof post === 'object' ? post.title : undefined) ?? '',
  };
  const description = postDescription(post);
  if (description) out.description = description;
  const published = isoDate(post?.pubDate);
  if (published) out.datePublished = published;
  // Search engines take the publication date when there is no update.
  const modified = isoDate(post?.updatedDate) ?? published;
  if (modified) out.dateModified = modified;
  if (authors.length > 0) {
    out.author = authors.map((a) => {
      const type = a.organization ? ('Organization' as const) : ('Person' as const);
      return a.url ? { '@type': type, name: a.name, url: a.url } : { '@type': type, name: a.name };
    });
  }
  if (image) {
    // schema.org measures an image in Distance text or QuantitativeValue, not bare numbers; Open
    // Graph carries the pixel size.
    out.image = { '@type': 'ImageObject', url: image.url };
    if (image.alt) out.image.caption = image.alt;
  }
  if (tags.length > 0) out.keywords = tags;
  if (url) {
    out.url = url;
    out.mainEntityOfPage = { '@type': 'WebPage', '@id': url };
  }
  const lang = language(post?.lang) ?? language(safeSite.locale);
  if (lang) out.inLanguage = lang;
  if (root) {
    out.isPartOf = { '@type': 'Blog', url: root.href };
    const name = text(safeSite.name);
    if (name) out.isPartOf.name = name;
  }
  return out;
}

/**
 * The post's schema.org `BlogPosting` for a `<script type="application/ld+json">` (render it with
 * `JsonLd`): headline, description (else the excerpt's text), dates, authors (each a `Person`, or
 * an `Organization` when marked `type: 'organization'`), image (the hero, else the first body
 * image, else the site's default), keywords, URL, language and the `Blog` it is part of. Throws
 * a TypeError naming `site.url` when it is not an absolute http(s) URL; never throws over the post.
 */
export function postJsonLd(post: PostLike, site: Site): BlogPostingJsonLd {
  requireObject('postJsonLd', 'post', post, 'a post or summary (an object)');
  requireSiteRoot(site, 'postJsonLd');
  const out = { '@context': 'https://schema.org' as const, ...posting(post, site) };
  out satisfies WithContext<BlogPosting>;
  return out;
}

/**
 * The blog's schema.org `Blog` for the index page, listing `posts` as `BlogPosting`s (pass the
 * page's posts, newest first; drafts and unlisted posts are left out). Throws a TypeError naming `site.url` when it is not an absolute
 * http(s) URL.
 */
export function blogJsonLd(site: Site, posts: readonly PostLike[] = []): BlogJsonLd {
  const root = requireSiteRoot(site, 'blogJsonLd');
  requireArray('blogJsonLd', 'posts', posts, 'an array of posts or undefined');
  const out: BlogJsonLd = { '@context': 'https://schema.org', '@type': 'Blog', url: root.href };
  const name = text(site.name);
  if (name) out.name = name;
  const description = text(site.description);
  if (description) out.description = description;
  const lang = language(site.locale);
  if (lang) out.inLanguage = lang;
  const list = Array.isArray(posts) ? posts.filter((p) => p && typeof p === 'object' && p.draft !== true && !isUnlisted(p)) : [];
  if (list.length > 0) out.blogPost = list.map((p) => posting(p, site));
  out satisfies WithContext<Blog>;
  return out;
}
