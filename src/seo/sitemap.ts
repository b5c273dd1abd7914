import { requireArray } from '../post/arguments.js';
import { isoDate, postUrl, requireSiteRoot, type Site } from './site.js';
import { isUnlisted, type PostLike } from '../post/identity.js';

/** One sitemap entry, the shape Next.js's `app/sitemap.ts` returns and an Astro endpoint can print. */
export interface SitemapEntry {
  /** The post's absolute URL. */
  url: string;
  /** The last change: `updatedDate`, else `pubDate` (`YYYY-MM-DD` or RFC 3339). Left out when the post has neither. */
  lastModified?: string;
}

/**
 * One entry per post, in the order given: its absolute URL and last change. Drafts (`draft: true`),
 * unlisted posts (`unlisted: true`: search engines are not to list them) and posts without a URL (no slug, a failing `postHref`) are left out. Throws a TypeError naming
 * `site.url` when it is not an absolute http(s) URL.
 */
export function sitemapEntries(posts: readonly PostLike[], site: Site): SitemapEntry[] {
  requireArray('sitemapEntries', 'posts', posts, 'an array of posts');
  requireSiteRoot(site, 'sitemapEntries');
  const out: SitemapEntry[] = [];
  for (const post of posts) {
    if (!post || typeof post !== 'object' || post.draft === true || isUnlisted(post)) continue;
    const url = postUrl(post, site);
    if (!url) continue;
    const lastModified = isoDate(post.updatedDate) ?? isoDate(post.pubDate);
    out.push(lastModified ? { url, lastModified } : { url });
  }
  return out;
}
