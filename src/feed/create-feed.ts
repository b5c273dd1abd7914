import { Feed, type Item } from 'feed';
import {
  postAuthors,
  postImage,
  postTags,
  postUrl,
  requireSiteRoot,
  text,
  underSite,
  type Site,
} from '../seo/site.js';
import { argumentError, optionalString, optionsOf, requireArray, requireInteger, requireOneOf } from '../post/arguments.js';
import { escapeHtml, feedHtml, feedText, sealed, unsealXml } from './content.js';
import { bodyTree, isUnlisted, readPostDate, summaryTree, type PostLike } from '../post/identity.js';

/**
 * A title, name, tag or description as a feed carries it: runs of white space (a vertical tab and a
 * form feed among them) as one space, what XML cannot carry left out ({@link feedText}), and the
 * spaces that leaves run together again; undefined when nothing is left.
 */
function line(value: unknown): string | undefined {
  const spaced = text(value);
  return spaced === undefined ? undefined : text(feedText(spaced));
}

/** The feed formats {@link createFeed} writes. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** Options of {@link createFeed}. */
export interface CreateFeedOptions {
  /** RSS 2.0, Atom 1.0 or JSON Feed 1. @default 'rss' */
  format?: FeedFormat;
  /** `'full'`: each post's whole body as HTML; `'summary'`: its description, excerpt or first paragraph. @default 'full' */
  content?: 'full' | 'summary';
  /** How many posts, newest first: a whole number, 0 or more. @default 20 */
  limit?: number;
  /** The feed's title (a tag feed may say which tag). @default site.name */
  title?: string;
  /** The feed's description. @default site.description */
  description?: string;
  /** The feed's own URL (`rel="self"`), a path under `site.url` or absolute. @default site.feeds[format] */
  feedUrl?: string;
  /** When the feed last changed. @default the newest post date, else the time of the call */
  updated?: Date;
  /** A copyright line. @default undefined (left out) */
  copyright?: string;
}

const IMAGE_TYPES: Record<string, string> = {
  avif: 'image/avif',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  webp: 'image/webp',
};

function imageType(url: string): string | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return ext ? IMAGE_TYPES[ext] : undefined;
}

interface Entry {
  post: PostLike;
  url: string;
  published?: Date;
  updated?: Date;
  order: number;
}

function newestFirst(a: Entry, b: Entry): number {
  const da = a.published ?? a.updated;
  const db = b.published ?? b.updated;
  if (da && db && da.getTime() !== db.getTime()) return db.getTime() - da.getTime();
  if (da && !db) return -1;
  if (!da && db) return 1;
  return a.order - b.order;
}

/**
 * The blog's feed as a document string (RSS 2.0, Atom 1.0 or JSON Feed), written by the `feed`
 * package. Posts come newest first, up to `limit`; drafts, unlisted posts and posts without a URL are left out.
 * Full content is each post's body serialised from its tree after the kit's safety pass, every
 * relative link and image made absolute against the post's URL. A post without a date carries the
 * feed's date (Atom requires one). For one tag's feed, pass `postsWithTag(posts, tag)`. Throws a
 * TypeError naming the parameter for an argument of the wrong type (`posts` not an array, `site.url`
 * not an absolute http(s) URL, an unknown `format` or `content`…); never throws over a post: an item
 * of `posts` that is not a post is left out.
 */
export function createFeed(posts: readonly PostLike[], site: Site, options?: CreateFeedOptions): string {
  const root = checkArguments(posts, site, options);
  options ??= {};
  const { format = 'rss', limit = 20 } = options;
  const full = options.content !== 'summary';

  const entries: Entry[] = [];
  posts.forEach((post, order) => {
    if (!post || typeof post !== 'object' || post.draft === true || isUnlisted(post)) return;
    const url = postUrl(post, site);
    if (!url) return;
    entries.push({ post, url, published: readPostDate(post.pubDate)?.date, updated: readPostDate(post.updatedDate)?.date, order });
  });
  entries.sort(newestFirst);
  const chosen = entries.slice(0, limit);

  let newest: Date | undefined;
  for (const e of chosen) for (const d of [e.published, e.updated]) if (d && (!newest || d > newest)) newest = d;
  const updated = options.updated ?? newest ?? new Date();

  const siteName = line(site.name) ?? root.host;
  const self = underSite(options.feedUrl, root) ?? underSite(site.feeds?.[format], root);
  const description = line(options.description) ?? line(site.description);
  const copyright = line(options.copyright);
  const language = line(site.locale);
  // JSON.stringify escapes what JSON needs; an XML format's strings are sealed until the document is whole.
  const put = format === 'json' ? feedText : sealed;
  // RSS cannot say whether a title, a category or a description is text or HTML, and readers decode
  // entities in all three, so RSS carries them escaped as HTML (the way Atom's type="html" title does).
  const asRss = (value: string) => (format === 'rss' ? escapeHtml(value) : value);
  const feed = new Feed({
    id: root.href,
    link: root.href,
    title: put(asRss(line(options.title) ?? siteName)),
    updated,
    generator: 'react-blog-kit',
    // Atom wants an author on every entry; the blog itself stands in for posts without one.
    author: { name: put(siteName), link: root.href },
    ...(description ? { description: put(asRss(description)) } : {}),
    ...(language ? { language: put(language) } : {}),
    ...(copyright ? { copyright: put(copyright) } : {}),
    ...(self ? { feedLinks: { [format]: self } } : {}),
  });

  for (const { post, url, published, updated: modified } of chosen) {
    const title = line(post.title) ?? url;
    const item: Item = {
      // Atom's titles are written type="html"; JSON Feed's title is text.
      title: put(format === 'json' ? title : escapeHtml(title)),
      link: url,
      date: modified ?? published ?? updated,
    };
    if (format !== 'rss') item.id = url;
    if (published) item.published = published;
    const summaryText = line(post.description);
    // Without a description, the excerpt the post's card shows.
    const excerpt = full || summaryText ? undefined : summaryTree(post);
    const summaryHtml = summaryText ? escapeHtml(summaryText) : excerpt ? feedHtml(excerpt, url) : undefined;
    if (format === 'json') {
      // JSON Feed's summary is plain text; the HTML goes in content_html.
      item.content = full ? feedHtml(bodyTree(post), url) : summaryHtml;
      if (summaryText) item.description = summaryText;
    } else {
      if (full) item.content = put(feedHtml(bodyTree(post), url));
      if (summaryHtml) item.description = put(summaryHtml);
    }
    const authors = postAuthors(post).flatMap((a) => {
      const name = line(a.name);
      return name ? [{ ...a, name }] : [];
    });
    if (authors.length > 0) {
      const list = authors.map((a) => ({ name: put(a.name), ...(a.url ? { link: a.url } : {}) }));
      // RSS's <author> must be an e-mail address; names go in <dc:creator>.
      // An array is xml-js's compact form for a repeated element.
      if (format === 'rss') item.extensions = [{ name: 'dc:creator', objects: list.map((a) => ({ _text: a.name })) as unknown as Record<string, unknown> }];
      else item.author = list;
    }
    const tags = postTags(post).flatMap((tag) => {
      const carried = line(tag);
      return carried ? [put(asRss(carried))] : [];
    });
    if (tags.length > 0) item.category = tags.map((tag) => ({ name: tag, term: tag }));
    const image = postImage(post, site, url);
    const type = image ? imageType(image.url) : undefined;
    if (image && type) item.image = { url: image.url, type };
    feed.addItem(item);
  }

  if (format === 'atom') return unsealXml(feed.atom1());
  if (format === 'json') return jsonFeed(feed.json1());
  const rss = unsealXml(feed.rss2());
  return rss.includes('<dc:creator') && !rss.includes('xmlns:dc=')
    ? rss.replace('<rss version="2.0"', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"')
    : rss;
}

/** The site's home URL, once every argument of {@link createFeed} is checked. */
function checkArguments(posts: unknown, site: Site, options: CreateFeedOptions | undefined): URL {
  requireArray('createFeed', 'posts', posts, 'an array of posts');
  const root = requireSiteRoot(site, 'createFeed');
  const { format, content, limit, title, description, feedUrl, updated, copyright } = optionsOf('createFeed', 'options', options);
  requireOneOf('createFeed', 'options.format', format, ['rss', 'atom', 'json']);
  requireOneOf('createFeed', 'options.content', content, ['full', 'summary']);
  requireInteger('createFeed', 'options.limit', limit, 0, true);
  for (const [key, value] of Object.entries({ title, description, feedUrl, copyright })) optionalString('createFeed', `options.${key}`, value);
  if (updated !== undefined && !(updated instanceof Date && !Number.isNaN(updated.getTime()))) {
    throw argumentError('createFeed', 'options.updated', 'a valid Date or undefined', updated);
  }
  return root;
}

/** JSON Feed requires `content_html` or `content_text` on every item. */
function jsonFeed(source: string): string {
  const doc = JSON.parse(source) as { items: Record<string, unknown>[] };
  for (const item of doc.items) if (typeof item.content_html !== 'string') item.content_html = '';
  return JSON.stringify(doc, null, 2);
}
