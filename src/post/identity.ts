/**
 * A post's identity, read in one place: what counts as a post (`PostLike`), its title and slug, its
 * dates, its body read whole, its first paragraph and its summary. Components, collection, seo, feed
 * and node all read a post through these, so a summary and the post it came from give the same
 * slug, the same dates and the same excerpt on every page, card, feed and sitemap.
 *
 * The readers take what a host hands over at run time, not only what the types promise (JSON from a
 * loader, a hand-made summary): what is not usable reads as absent, and none of them throws.
 * `toSummary` expects a post or a summary.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { slug } from './slug.js';
import type { Post, PostSummary, Section, SectionItem } from './index.js';

/**
 * A full {@link Post} or its {@link PostSummary} (from `toSummary`): every component, collection,
 * SEO and feed helper accepts either, and reads the same slug, dates and excerpt from both.
 */
export type PostLike = Post | PostSummary;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The post's title when it is a string with text in it, else undefined. */
export function titleOf(post: unknown): string | undefined {
  const title = isObject(post) ? post.title : undefined;
  return typeof title === 'string' && title.trim() !== '' ? title : undefined;
}

/**
 * The slug the post gives itself (`slug` in frontmatter, its file name, a summary's `slug`), trimmed,
 * or undefined when it gives none: a list's React key, which a title two posts share must not make.
 * To find or link a post, use {@link slugOf}.
 */
export function ownSlug(post: unknown): string | undefined {
  const own = isObject(post) ? post.slug : undefined;
  return typeof own === 'string' && own.trim() !== '' ? own.trim() : undefined;
}

/**
 * A post's slug: its own, else the slug of its title (GitHub's slug rule), as `toSummary` writes it.
 * Every entry finds and links a post by this slug. An empty string when the post has neither.
 */
export function slugOf(post: PostLike): string {
  const title = titleOf(post);
  return ownSlug(post) ?? (title === undefined ? '' : slug(title));
}

/**
 * Whether a post is unlisted (`unlisted: true`, Docusaurus's field): it has its page, but no list,
 * tag page, feed, sitemap, related-posts box or newer/older link leads to it.
 */
export function isUnlisted(post: unknown): boolean {
  return isObject(post) && post.unlisted === true;
}

/**
 * A slug as a URL path: each `/`-separated segment percent-encoded on its own, so a slug that is a
 * path (`hey/my-path`) stays one, and an accent or space in a segment is encoded, never a slash.
 * Empty, `.` and `..` segments are left out: a Post from a cache or a CMS is not checked as a parse
 * checks it (`slugProblem`), and its URL must still never climb out of the blog (`slug: ..` would
 * be the blog's home). An empty string when nothing is left.
 */
export function slugPath(slug: string): string {
  return slug
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map(encodeURIComponent)
    .join('/');
}

/**
 * A post's page when the host names none: `/posts/<slug>/` ({@link slugPath}), or undefined for a
 * post with no slug. The one default of `Site.postHref` (seo) and of `loadPosts`' `postHref`.
 */
export function defaultPostPath(post: PostLike): string | undefined {
  const path = slugPath(slugOf(post));
  return path === '' ? undefined : `/posts/${path}/`;
}

/** A post date as read by {@link readPostDate}. */
export interface PostDate {
  /** The instant: midnight UTC for a calendar day. */
  date: Date;
  /** True when the value is a calendar day (`YYYY-MM-DD`), which reads the same in every time zone. */
  dateOnly: boolean;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The one reader of a post's dates (`pubDate`, `updatedDate`): a calendar day `YYYY-MM-DD` (midnight
 * UTC) or an ISO date-time, as `parsePost` writes them. Anything else (`May 1 2024`, `2024/05/01`, a
 * day that does not exist such as `2024-02-30`, a non-string) is undefined: free text would be read
 * differently by each engine and time zone, so sorting, cards, metadata and feeds would disagree.
 */
export function readPostDate(value: unknown): PostDate | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const day = DAY.exec(v);
  if (day) {
    const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
    // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, dayOfMonth);
    // Date.UTC rolls an impossible day over (2024-02-30 is 1 March, 2024-13-01 next January): refuse those.
    return date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth ? undefined : { date, dateOnly: true };
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v)) return undefined;
  const date = new Date(v);
  return Number.isNaN(date.getTime()) ? undefined : { date, dateOnly: false };
}

/** The children of a hast root, or none when `tree` is not one. */
function childrenOf(tree: unknown): RootContent[] {
  return isObject(tree) && Array.isArray(tree.children) ? (tree.children as RootContent[]) : [];
}

/** A section's or an item's heading as the element the layout draws, or undefined when it has no id. */
function headingOf(value: unknown): Element | undefined {
  if (!isObject(value) || typeof value.id !== 'string') return undefined;
  const depth = typeof value.depth === 'number' && Number.isFinite(value.depth) ? Math.min(6, Math.max(2, Math.round(value.depth))) : 2;
  const children = Array.isArray(value.children) ? (value.children as ElementContent[]) : [{ type: 'text' as const, value: String(value.title ?? '') }];
  return { type: 'element', tagName: `h${depth}`, properties: value.id ? { id: value.id } : {}, children };
}

/** One part of a post's body: the intro, a section or an item. */
export interface BodyPart {
  /** The section or item whose heading opens the part, as the post holds it (unchecked); undefined for the intro. */
  section?: Section | SectionItem;
  /** The part's content: the post's own nodes, not copies, so a caller may change them in place. */
  children: RootContent[];
}

/**
 * The parts a post's body is split into, in document order: the intro, then each section followed by
 * its items. Footnotes and the excerpt are not parts. A summary, which carries no body, has none.
 */
export function bodyParts(post: unknown): BodyPart[] {
  if (!isObject(post)) return [];
  const parts: BodyPart[] = [{ children: childrenOf(post.intro) }];
  for (const section of Array.isArray(post.sections) ? (post.sections as unknown[]) : []) {
    parts.push({ section: section as Section, children: isObject(section) ? childrenOf(section.content) : [] });
    const items = isObject(section) && Array.isArray(section.items) ? (section.items as unknown[]) : [];
    for (const item of items) parts.push({ section: item as SectionItem, children: isObject(item) ? childrenOf(item.content) : [] });
  }
  return parts;
}

/**
 * The whole body of a post as one tree: intro, each section and item under its heading, then the
 * footnotes after an `<hr>` (unless `footnotes: false`). A Post keeps its body split for the layout;
 * the feed's full content and the share image's search read it whole.
 */
export function bodyTree(post: unknown, { footnotes = true }: { footnotes?: boolean } = {}): Root {
  const children: RootContent[] = [];
  for (const part of bodyParts(post)) {
    const heading = headingOf(part.section);
    if (heading) children.push(heading);
    children.push(...part.children);
  }
  const notes = footnotes && isObject(post) ? childrenOf(post.footnotes) : [];
  if (notes.length > 0) children.push({ type: 'element', tagName: 'hr', properties: {}, children: [] }, ...notes);
  return { type: 'root', children };
}

/** The body's first paragraph (a top-level `<p>` of the intro, a section or an item) as a tree of its own. */
export function firstParagraph(post: unknown): Root | undefined {
  for (const part of bodyParts(post)) {
    const p = part.children.find((c): c is Element => isObject(c) && c.type === 'element' && c.tagName === 'p');
    if (p) return { type: 'root', children: [p] };
  }
  return undefined;
}

/**
 * The excerpt a list shows of a post: the content before its `<!-- more -->`/`<!-- truncate -->`
 * marker (empty when the marker opens the body, as Docusaurus shows such a post: title and a link,
 * no text); else, when the post has no description (a card shows the description), its first
 * paragraph. A summary's excerpt is that of its post.
 */
export function excerptOf(post: PostLike): Root | undefined {
  if (!isObject(post)) return undefined;
  if (isObject(post.excerpt) && post.excerpt.type === 'root' && Array.isArray(post.excerpt.children)) return post.excerpt as Root;
  const description = post.description;
  return typeof description === 'string' && description.trim() !== '' ? undefined : firstParagraph(post);
}

/**
 * A post's text for a description (metadata, a feed's summary): its excerpt when that has content,
 * else its first paragraph. An excerpt a marker left empty says what a list shows, not what the
 * post is about, so a description still reads the post's first paragraph, as Docusaurus's does.
 */
export function summaryTree(post: PostLike): Root | undefined {
  const excerpt = excerptOf(post);
  return excerpt && excerpt.children.length === 0 ? firstParagraph(post) : excerpt;
}

/**
 * What an index page needs of a post: everything but the body, so a list ships no post bodies. The
 * slug is {@link slugOf}'s, the excerpt {@link excerptOf}'s. A summary passed in comes back equal.
 */
export function toSummary(post: PostLike): PostSummary {
  const summary: PostSummary = { slug: slugOf(post), title: post.title } as PostSummary;
  const copy = <K extends keyof PostSummary>(key: K) => {
    if (post[key] !== undefined) summary[key] = post[key] as PostSummary[K];
  };
  copy('description');
  copy('pubDate');
  copy('updatedDate');
  copy('heroImage');
  summary.authors = post.authors;
  summary.tags = post.tags;
  copy('lang');
  copy('dir');
  copy('series');
  if (post.draft) summary.draft = true;
  if (post.unlisted) summary.unlisted = true;
  summary.readingTime = post.readingTime;
  const excerpt = excerptOf(post);
  if (excerpt) summary.excerpt = excerpt;
  return summary;
}
