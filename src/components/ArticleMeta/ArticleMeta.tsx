import { forwardRef, type ElementType, type ReactNode } from 'react';
import type { PostAuthor, ReadingTime } from '../../post/index.js';
import { fill, type Labels } from '../../core/labels.js';
import { safeHref, safeImageSrc } from '../../core/url.js';
import type { TagHref } from '../blog.js';
import { kit, named, type KitProps, type PartProps } from '../kit/base.js';
import { devCheck } from '../kit/checks.js';
import { boundedCache } from '../../core/cache.js';
import { countIn, postDateText } from './format.js';
import { readPostDate } from '../../post/identity.js';

/** The parts of ArticleMeta, keys of `classNames`. */
export type ArticleMetaSlot =
  | 'root'
  | 'published'
  | 'updated'
  | 'reading-time'
  | 'authors'
  | 'author'
  | 'avatar'
  | 'tags'
  | 'tag';

// A date label split at its placeholder ('Updated {date}' → 'Updated ', ''), once per template.
const dateTemplates = /* @__PURE__ */ boundedCache<string, readonly [string, string]>('date-templates', 16);
const aroundDate = (template: string) =>
  dateTemplates.get(template, () => {
    const [before, after = ''] = template.split('{date}');
    return [before, after] as const;
  });

/** Props of ArticleMeta. */
export interface ArticleMetaProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children'>, KitProps<ArticleMetaSlot> {
  /** Publication date, `YYYY-MM-DD` or an ISO date-time. @default undefined (not shown) */
  pubDate?: string;
  /** Last update, shown as "Updated …". @default undefined (not shown) */
  updatedDate?: string;
  /** Reading time, as `post.readingTime`. @default undefined (not shown) */
  readingTime?: ReadingTime;
  /** Authors with optional link and avatar. @default [] */
  authors?: PostAuthor[];
  /** Tags. @default [] */
  tags?: string[];
  /** Makes each tag a link to the URL it returns for the tag's name. @default undefined (tags are plain text) */
  tagHref?: TagHref;
  /** Time zone for date-times; date-only values always format in UTC. @default 'UTC' */
  timeZone?: string;
  /** Formats a date instead of Intl.DateTimeFormat. @default undefined */
  formatDate?: (value: string, context: { locale: string; kind: 'published' | 'updated' }) => ReactNode;
  /** Renders author and tag links through a host component (next/link, a router link) given `href`. @default 'a' */
  linkComponent?: ElementType;
}

type Part = (name: ArticleMetaSlot) => PartProps<ArticleMetaSlot>;

/** A date entry, `<time dateTime>` inside its label; null when the value is not a date. */
function dateEntry(
  value: unknown,
  kind: 'published' | 'updated',
  { labels, locale, part, timeZone, formatDate }: { labels: Labels; locale: string; part: Part; timeZone?: string; formatDate?: ArticleMetaProps['formatDate'] },
): ReactNode {
  if (typeof value !== 'string') return null;
  let text: ReactNode;
  if (formatDate) {
    if (!readPostDate(value)) return null;
    text = formatDate(value, { locale, kind });
  } else {
    // The cached string, or undefined when the value is not a date.
    text = postDateText(value, locale, timeZone);
    if (text === undefined) return null;
  }
  const [before, after] = aroundDate(kind === 'published' ? labels.published : labels.updated);
  return (
    <span {...part(kind)} dir="auto">
      {before}
      <time dateTime={value}>{text}</time>
      {after}
    </span>
  );
}

/** The authors list, each with its avatar and link when they are usable. */
function AuthorItems({ authors, part, Link, label }: { authors: PostAuthor[]; part: Part; Link: ElementType; label: string }) {
  return (
    <ul {...part('authors')} aria-label={label} role="list">
      {authors.map((author, i) => {
        const href = safeHref(author.url);
        const avatar = safeImageSrc(author.avatar);
        const content = (
          <>
            {avatar ? <img {...part('avatar')} src={avatar} alt="" width={24} height={24} loading="lazy" decoding="async" /> : null}
            {author.name}
          </>
        );
        return (
          <li key={`${author.name}-${i}`} {...part('author')} dir="auto">
            {href ? <Link href={href}>{content}</Link> : content}
          </li>
        );
      })}
    </ul>
  );
}

/** The tag items, each a link when `tagHref` gives a usable URL; the first error it threw is kept in `errors`. */
function tagItems(tags: string[], tagHref: unknown, part: Part, Link: ElementType, errors: { first?: unknown }): ReactNode[] {
  return tags.map((tag, i) => {
    let href: string | undefined;
    if (typeof tagHref === 'function') {
      try {
        href = safeHref(tagHref(tag));
      } catch (error) {
        errors.first ??= error;
      }
    }
    return (
      <li key={`${tag}-${i}`} {...part('tag')} dir="auto">
        {href ? <Link href={href}>{tag}</Link> : tag}
      </li>
    );
  });
}

/**
 * The meta line of a post: dates as `<time dateTime>`, reading time, authors and tags. Renders nothing
 * for what it is not given. Each entry is bidi-isolated (`dir="auto"`), so an English label inside a
 * right-to-left post keeps its word order.
 */
export const ArticleMeta = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, ArticleMetaProps>(function ArticleMeta(
    { pubDate, updatedDate, readingTime, authors, tags, tagHref, timeZone, formatDate, linkComponent, ...props },
    ref,
  ) {
    const { labels, locale, part, Link, root, rest } = kit<ArticleMetaSlot, typeof props>('meta', props, linkComponent);
    const m = readingTime && typeof readingTime === 'object' ? readingTime.minutes : undefined;
    const minutes = typeof m === 'number' && Number.isFinite(m) && m >= 0 ? Math.max(1, Math.round(m)) : undefined;
    const authorList = (Array.isArray(authors) ? authors : []).filter(
      (a): a is PostAuthor => !!a && typeof a === 'object' && typeof a.name === 'string' && a.name.trim() !== '',
    );
    const tagList = (Array.isArray(tags) ? tags : []).filter((t): t is string => typeof t === 'string' && t !== '');
    const errors: { first?: unknown } = {};
    const tagNodes = tagItems(tagList, tagHref, part, Link, errors);
    const dates = { labels, locale, part, timeZone, formatDate };
    const published = dateEntry(pubDate, 'published', dates);
    const updated = dateEntry(updatedDate, 'updated', dates);
    let readingTimeText: string | undefined;
    if (minutes !== undefined) {
      const [rule, count] = countIn(locale, minutes);
      readingTimeText = fill(labels.readingTime[rule] ?? labels.readingTime.other, { count });
    }

    const given = (value: unknown) => value !== undefined && value !== null;
    devCheck('ArticleMeta', ({ describe }) => [
      given(pubDate) && !published && `pubDate: expected YYYY-MM-DD or an ISO date-time, received ${describe(pubDate)}`,
      given(updatedDate) && !updated && `updatedDate: expected YYYY-MM-DD or an ISO date-time, received ${describe(updatedDate)}`,
      given(readingTime) && minutes === undefined && `readingTime.minutes: expected a number, received ${describe(m ?? readingTime)}`,
      given(authors) && !Array.isArray(authors) && `authors: expected an array, received ${describe(authors)}`,
      ...(Array.isArray(authors) ? authors.filter((a) => !authorList.includes(a)).map((a) => `authors[]: expected { name }, received ${describe(a)}`) : []),
      given(tags) && !Array.isArray(tags) && `tags: expected an array of strings, received ${describe(tags)}`,
      ...(Array.isArray(tags) ? tags.filter((t) => !tagList.includes(t)).map((t) => `tags[]: expected a non-empty string, received ${describe(t)}`) : []),
      given(tagHref) && typeof tagHref !== 'function' && `tagHref: expected a function (tag) => URL, received ${describe(tagHref)}`,
      errors.first !== undefined &&
        `tagHref: threw ${errors.first instanceof Error ? errors.first.message : describe(errors.first)}; tags render without links`,
    ]);

    return (
      <div ref={ref} {...rest} {...root}>
        {published}
        {updated}
        {readingTimeText !== undefined ? <span {...part('reading-time')} dir="auto">
            {readingTimeText}
          </span> : null}
        {authorList.length > 0 ? <AuthorItems authors={authorList} part={part} Link={Link} label={labels.authors} /> : null}
        {tagNodes.length > 0 ? (
          <ul {...part('tags')} aria-label={labels.tags} role="list">
            {tagNodes}
          </ul>
        ) : null}
      </div>
    );
  }),
  'ArticleMeta',
);
