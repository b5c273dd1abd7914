import { forwardRef, type ElementType } from 'react';
import type { TagCount } from '../../post/index.js';
import { fill } from '../../core/labels.js';
import { formatCount, plural } from '../ArticleMeta/format.js';
import { hrefFrom, type TagHref } from '../blog.js';
import { kit, named, type KitProps } from '../kit/base.js';
import { devCheck, devWarn } from '../kit/checks.js';

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
      ...props
    },
    ref,
  ) {
    const { labels, locale, part, Link, root, rest } = kit<TagListSlot, typeof props>('tag-list', props, linkComponent);
    const list = (Array.isArray(tags) ? tags : []).filter(isTag);
    const errors: { first?: unknown } = {};
    const hrefs = list.map((tag) => hrefFrom(tagHref, tag.name, errors));

    const items = list.map((tag, i) => {
      const href = hrefs[i];
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

    // TagList used to pass the whole TagCount: a function written for it (`(t) => \`/tags/${t.slug}\``)
    // now builds a URL with `undefined` in it, which is worth a word in development.
    devWarn(({ describe }) => {
      const i = hrefs.findIndex((href, i) => href?.includes('undefined') && !list[i]!.name.includes('undefined'));
      return i >= 0 &&
        `<TagList>: tagHref returned ${describe(hrefs[i])} for the tag ${describe(list[i]!.name)}. tagHref is given the tag's name (a string), as on PostCard, not the { name, slug, count } entry: build the slug with tagSlug(name) from react-blog-kit/collection.`;
    });
    devCheck('TagList', ({ describe, threw }) => [
      !Array.isArray(tags) && `tags: expected an array of { name, slug, count }, received ${describe(tags)}`,
      ...(Array.isArray(tags) ? tags.map((t) => !isTag(t) && `tags[]: expected { name, slug, count }, received ${describe(t)}`) : []),
      tagHref !== undefined && typeof tagHref !== 'function' && `tagHref: expected a function (tag) => URL, received ${describe(tagHref)}`,
      errors.first !== undefined && threw('tagHref', errors.first, 'tags render without links'),
    ]);
    if (items.length === 0) return null;

    return (
      <ul ref={ref} role="list" aria-label={labels.tags} {...rest} {...root}>
        {items}
      </ul>
    );
  }),
  'TagList',
);
