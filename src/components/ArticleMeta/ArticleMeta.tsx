import { forwardRef, type ElementType, type ReactNode } from 'react';
import type { PostAuthor, ReadingTime } from '../../post/index.js';
import { slot } from '../kit/classes.js';
import { fill, resolveLabels } from '../../core/labels.js';
import { safeHref, safeImageSrc } from '../../core/url.js';
import { describe, reportInvalid } from '../../core/diagnostics.js';
import type { TagHref } from '../blog.js';
import { named, rootProps, safeLocale, type KitProps } from '../kit/base.js';
import { remember } from '../../core/remember.js';
import { countIn, postDateText, readDate } from './format.js';

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
const dateTemplates = new Map<string, readonly [string, string]>();
const aroundDate = (template: string) =>
  remember(dateTemplates, template, 16, () => {
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

/**
 * The meta line of a post: dates as `<time dateTime>`, reading time, authors and tags. Renders nothing
 * for what it is not given. Each entry is bidi-isolated (`dir="auto"`), so an English label inside a
 * right-to-left post keeps its word order.
 */
export const ArticleMeta = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, ArticleMetaProps>(function ArticleMeta(
    {
      pubDate,
      updatedDate,
      readingTime,
      authors,
      tags,
      tagHref,
      timeZone,
      formatDate,
      linkComponent,
      theme,
      colorScheme,
      className,
      classNames,
      unstyled,
      labels: labelsProp,
      locale: localeProp,
      style,
      ...rest
    },
    ref,
  ) {
    const labels = resolveLabels(labelsProp);
    const locale = safeLocale(localeProp);
    const part = (name: ArticleMetaSlot) => slot(name, classNames, unstyled);
    const Link: ElementType = linkComponent ?? 'a';

    const date = (value: unknown, kind: 'published' | 'updated') => {
      if (typeof value !== 'string') return null;
      let text: ReactNode;
      if (formatDate) {
        if (!readDate(value)) return null;
        text = formatDate(value, { locale, kind });
      } else {
        // The cached string, or undefined when the value is not a date.
        text = postDateText(value, locale, timeZone);
        if (text === undefined) return null;
      }
      const template = kind === 'published' ? labels.published : labels.updated;
      const [before, after] = aroundDate(template);
      return (
        <span {...part(kind)} dir="auto">
          {before}
          <time dateTime={value}>{text}</time>
          {after}
        </span>
      );
    };

    const m = readingTime && typeof readingTime === 'object' ? readingTime.minutes : undefined;
    const minutes = typeof m === 'number' && Number.isFinite(m) && m >= 0 ? Math.max(1, Math.round(m)) : undefined;
    const authorList = (Array.isArray(authors) ? authors : []).filter(
      (a): a is PostAuthor => !!a && typeof a === 'object' && typeof a.name === 'string' && a.name.trim() !== '',
    );
    const tagList = (Array.isArray(tags) ? tags : []).filter((t): t is string => typeof t === 'string' && t !== '');
    let tagHrefError: unknown;
    const hrefOf = (tag: string): string | undefined => {
      if (typeof tagHref !== 'function') return undefined;
      try {
        return safeHref(tagHref(tag));
      } catch (error) {
        tagHrefError ??= error;
        return undefined;
      }
    };
    const tagItems = tagList.map((tag, i) => {
      const href = hrefOf(tag);
      return (
        <li key={`${tag}-${i}`} {...part('tag')} dir="auto">
          {href ? <Link href={href}>{tag}</Link> : tag}
        </li>
      );
    });

    const published = date(pubDate, 'published');
    const updated = date(updatedDate, 'updated');
    let readingTimeText: string | undefined;
    if (minutes !== undefined) {
      const [rule, count] = countIn(locale, minutes);
      readingTimeText = fill(labels.readingTime[rule] ?? labels.readingTime.other, { count });
    }

    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
      const problems: string[] = [];
      const given = (value: unknown) => value !== undefined && value !== null;
      for (const [name, value, shown] of [['pubDate', pubDate, published], ['updatedDate', updatedDate, updated]] as const)
        if (given(value) && !shown) problems.push(`${name}: expected YYYY-MM-DD or an ISO date-time, received ${describe(value)}`);
      if (given(readingTime) && minutes === undefined)
        problems.push(`readingTime.minutes: expected a number, received ${describe(m ?? readingTime)}`);
      if (given(authors)) {
        if (!Array.isArray(authors)) problems.push(`authors: expected an array, received ${describe(authors)}`);
        else for (const a of authors) if (!authorList.includes(a)) problems.push(`authors[]: expected { name }, received ${describe(a)}`);
      }
      if (given(tags)) {
        if (!Array.isArray(tags)) problems.push(`tags: expected an array of strings, received ${describe(tags)}`);
        else for (const t of tags) if (!tagList.includes(t)) problems.push(`tags[]: expected a non-empty string, received ${describe(t)}`);
      }
      if (given(tagHref) && typeof tagHref !== 'function') problems.push(`tagHref: expected a function (tag) => URL, received ${describe(tagHref)}`);
      if (tagHrefError !== undefined)
        problems.push(`tagHref: threw ${tagHrefError instanceof Error ? tagHrefError.message : describe(tagHrefError)}; tags render without links`);
      reportInvalid('ArticleMeta', problems);
    }

    return (
      <div ref={ref} {...rest} {...rootProps('meta', { className, classNames, unstyled, theme, colorScheme, style })}>
        {published}
        {updated}
        {readingTimeText !== undefined ? <span {...part('reading-time')} dir="auto">
            {readingTimeText}
          </span> : null}
        {authorList.length > 0 ? (
          <ul {...part('authors')} aria-label={labels.authors} role="list">
            {authorList.map((author, i) => {
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
        ) : null}
        {tagItems.length > 0 ? (
          <ul {...part('tags')} aria-label={labels.tags} role="list">
            {tagItems}
          </ul>
        ) : null}
      </div>
    );
  }),
  'ArticleMeta',
);
