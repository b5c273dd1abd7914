import { forwardRef, type ElementType } from 'react';
import type { TagCount } from '../../post/index.js';
import { slot } from '../kit/classes.js';
import { fill, resolveLabels } from '../../core/labels.js';
import { describe, reportInvalid, warnOnce } from '../../core/diagnostics.js';
import { formatCount, plural } from '../ArticleMeta/format.js';
import { hrefFrom, threw, type TagHref } from '../blog.js';
import { named, rootProps, safeLocale, type KitProps } from '../kit/base.js';

/** The parts of TagList, keys of `classNames`. */
export type TagListSlot = 'root' | 'tag-list-item' | 'tag-list-link' | 'tag-list-count';

/** Props of TagList. */
export interface TagListProps extends Omit<React.ComponentPropsWithoutRef<'ul'>, 'children'>, KitProps<TagListSlot> {
  /** The tags with their counts, as `tagsOf` returns them, in the order to show them. */
  tags: readonly TagCount[];
  /**
   * The URL of a tag's page, given the tag's name as every component's `tagHref` is, e.g.
   * `(tag) => \`/tags/${tagSlug(tag)}/\``. @default undefined (tags are plain text)
   */
  tagHref?: TagHref;
  /** Show each tag's post count. @default true */
  counts?: boolean;
  /** The slug of the tag whose page this is; its link gets `aria-current="page"`. @default undefined */
  current?: string;
  /** Renders links through a host component such as next/link, given `href`. @default 'a' */
  linkComponent?: ElementType;
}

function isTag(value: unknown): value is TagCount {
  if (!value || typeof value !== 'object') return false;
  const t = value as Partial<TagCount>;
  return typeof t.name === 'string' && t.name !== '' && typeof t.slug === 'string';
}

/**
 * Every tag of a blog with how many posts carry it, each linking to its tag page. The list is
 * named by `labels.tags`; each link's name says the count in words (`labels.tagCount`).
 */
export const TagList = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLUListElement, TagListProps>(function TagList(
    {
      tags,
      tagHref,
      counts = true,
      current,
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
    const part = (name: TagListSlot) => slot(name, classNames, unstyled);
    const Link: ElementType = linkComponent ?? 'a';
    const list = (Array.isArray(tags) ? tags : []).filter(isTag);
    const errors: { first?: unknown } = {};
    let oldShape: { tag: string; href: string } | undefined;

    const items = list.map((tag) => {
      const href = hrefFrom(tagHref, tag.name, errors);
      // TagList used to pass the whole TagCount: a function written for it (`(t) => \`/tags/${t.slug}\``)
      // now builds a URL with `undefined` in it, which is worth a word in development.
      if (typeof process === 'object' && process.env.NODE_ENV !== 'production' && href?.includes('undefined') && !tag.name.includes('undefined')) {
        oldShape ??= { tag: tag.name, href };
      }
      const count = typeof tag.count === 'number' && Number.isFinite(tag.count) && tag.count >= 0 ? Math.floor(tag.count) : undefined;
      const showCount = counts && count !== undefined;
      const countText = showCount ? formatCount(locale, count) : '';
      const name = showCount
        ? fill(labels.tagCount[plural(locale, count)] ?? labels.tagCount.other, { tag: tag.name, count: countText })
        : undefined;
      const isCurrent = typeof current === 'string' && current === tag.slug;
      const content = (
        <>
          {tag.name}
          {/* The space keeps the visible text ("tides 3") inside the link's name ("tides, 3 posts"). */}
          {showCount ? ' ' : null}
          {showCount ? (
            <span {...part('tag-list-count')} aria-hidden={href ? 'true' : undefined}>
              {countText}
            </span>
          ) : null}
        </>
      );
      return (
        <li key={tag.slug || tag.name} {...part('tag-list-item')} dir="auto" data-current={isCurrent ? '' : undefined}>
          {href ? (
            <Link {...part('tag-list-link')} href={href} aria-label={name} aria-current={isCurrent ? 'page' : undefined}>
              {content}
            </Link>
          ) : (
            <span {...part('tag-list-link')}>{content}</span>
          )}
        </li>
      );
    });

    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
      const problems: string[] = [];
      if (!Array.isArray(tags)) problems.push(`tags: expected an array of { name, slug, count }, received ${describe(tags)}`);
      else for (const t of tags) if (!isTag(t)) problems.push(`tags[]: expected { name, slug, count }, received ${describe(t)}`);
      if (tagHref !== undefined && typeof tagHref !== 'function') problems.push(`tagHref: expected a function (tag) => URL, received ${describe(tagHref)}`);
      if (errors.first !== undefined) problems.push(threw('tagHref', errors.first, 'tags render without links'));
      if (oldShape) {
        warnOnce(
          `<TagList>: tagHref returned ${describe(oldShape.href)} for the tag ${describe(oldShape.tag)}. tagHref is given the tag's name (a string), as on PostCard, not the { name, slug, count } entry: build the slug with tagSlug(name) from react-blog-kit/collection.`,
        );
      }
      reportInvalid('TagList', problems);
    }
    if (items.length === 0) return null;

    return (
      <ul ref={ref} role="list" aria-label={labels.tags} {...rest} {...rootProps('tag-list', { className, classNames, unstyled, theme, colorScheme, style })}>
        {items}
      </ul>
    );
  }),
  'TagList',
);
