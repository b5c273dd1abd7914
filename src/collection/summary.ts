import type { Element, Root } from 'hast';
import { slug as slugify } from '../post/slug.js';
import type { Post, PostSummary } from '../post/index.js';

/** What every collection helper needs of a post: a full {@link Post} and a {@link PostSummary} both fit. */
export type PostLike = Pick<Post, 'title' | 'tags'> &
  Partial<Pick<Post, 'description' | 'pubDate' | 'updatedDate' | 'series' | 'draft'>> & { slug?: string };

/** A post's slug: its own, or the slug of its title when it has none (as {@link toSummary} gives it). */
export function slugOf(post: PostLike): string {
  return post.slug ?? slugify(post.title);
}

const isFullPost = (post: Post | PostSummary): post is Post => 'intro' in post && 'sections' in post;

function firstParagraph(post: Post): Root | undefined {
  const roots = [post.intro, ...post.sections.flatMap((s) => [s.content, ...s.items.map((i) => i.content)])];
  for (const root of roots) {
    const p = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
    if (p) return { type: 'root', children: [p] };
  }
  return undefined;
}

/**
 * What an index page needs of a post: everything but the body. The excerpt is the content before
 * a `<!-- more -->`/`<!-- truncate -->` marker, else none when the post has a description (a card
 * shows the description), else the first paragraph. A summary passed in comes back equal.
 */
export function toSummary(post: Post | PostSummary): PostSummary {
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
  summary.readingTime = post.readingTime;
  const excerpt = isFullPost(post) ? (post.excerpt ?? (post.description === undefined ? firstParagraph(post) : undefined)) : post.excerpt;
  if (excerpt) summary.excerpt = excerpt;
  return summary;
}
