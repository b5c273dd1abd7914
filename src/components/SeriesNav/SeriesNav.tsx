import { forwardRef, type ElementType } from 'react';
import { fill } from '../../core/labels.js';
import { formatCount } from '../ArticleMeta/format.js';
import { hrefFrom, type PostHref } from '../blog.js';
import { ownSlug, slugOf, titleOf, type PostLike } from '../../post/identity.js';
import { kit, named, type KitProps } from '../kit/base.js';
import { devCheck } from '../kit/checks.js';

/** The parts of SeriesNav, keys of `classNames`. */
export type SeriesNavSlot = 'root' | 'series-nav-name' | 'series-nav-part' | 'series-nav-list' | 'series-nav-item' | 'series-nav-link';

/** A series as `seriesOf` returns it. */
export interface SeriesNavSeries {
  /** The series name as written. */
  name: string;
  /** The series name as a URL slug. */
  slug: string;
  /** The current post's position in `posts`, from 1, as `seriesOf` gives it; marks the current part when `current` is not given. */
  index: number;
  /** How many posts the series has. */
  total: number;
  /** The series' posts in reading order. */
  posts: readonly PostLike[];
}

/** Props of SeriesNav. */
export interface SeriesNavProps extends Omit<React.ComponentPropsWithoutRef<'nav'>, 'children'>, KitProps<SeriesNavSlot> {
  /** The series, from `seriesOf(posts, slug)`. */
  series: SeriesNavSeries;
  /**
   * The slug of the post being read; it is marked `aria-current="page"` and not linked.
   * @default the post at `series.index` (the post `seriesOf` was asked about)
   */
  current?: string;
  /** The URL of a post. */
  postHref: PostHref;
  /** Renders links through a host component such as next/link, given `href`. @default 'a' */
  linkComponent?: ElementType;
}

/** The post at `series.index` (counted from 1), or undefined when the index is not a place in the list. */
function atIndex(series: Partial<SeriesNavSeries>): PostLike | undefined {
  const { index, posts } = series;
  return Array.isArray(posts) && typeof index === 'number' && Number.isInteger(index) && index >= 1 ? posts[index - 1] : undefined;
}

/**
 * A post's series: its name, "Part 2 of 5" (`labels.seriesPart`) and every post of the series in
 * order, the current one (`current`, else `series.index`) marked. A `<nav>` named by `labels.series`.
 */
export const SeriesNav = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, SeriesNavProps>(function SeriesNav(
    { series, current, postHref, linkComponent, ...props },
    ref,
  ) {
    const { labels, locale, part, Link, root, rest } = kit<SeriesNavSlot, typeof props>('series-nav', props, linkComponent);
    const s = (series && typeof series === 'object' ? series : {}) as Partial<SeriesNavSeries>;
    const name = typeof s.name === 'string' && s.name.trim() !== '' ? s.name : undefined;
    const posts = (Array.isArray(s.posts) ? s.posts : []).filter((p) => titleOf(p) !== undefined);
    // The position comes from the list itself, so a series numbered with gaps still reads 1, 2, 3.
    const here = current === undefined ? atIndex(s) : undefined;
    const position = current === undefined ? (here ? posts.indexOf(here) : -1) : posts.findIndex((p) => slugOf(p) === current);
    const total = typeof s.total === 'number' && Number.isInteger(s.total) && s.total >= posts.length ? s.total : posts.length;
    const errors: { first?: unknown } = {};

    devCheck('SeriesNav', ({ describe }) => {
      const lost = position === -1 && posts.length > 0;
      return [
        series !== s && `series: expected the result of seriesOf, received ${describe(series)}`,
        series === s && name === undefined && `series.name: expected a non-empty string, received ${describe(s.name)}`,
        series === s && !Array.isArray(s.posts) && `series.posts: expected an array of posts, received ${describe(s.posts)}`,
        lost && current !== undefined && `current: expected the slug of a post in the series, received ${describe(current)}`,
        lost && current === undefined &&
          `series.index: expected the current post's place in series.posts (1 to ${s.posts!.length}), received ${describe(s.index)}; or pass current`,
        typeof postHref !== 'function' && `postHref: expected a function (post) => URL, received ${describe(postHref)}`,
      ];
    });
    if (!name || posts.length === 0) return null;

    const items = posts.map((post, i) => {
      const isCurrent = i === position;
      const href = isCurrent ? undefined : hrefFrom(postHref, post, errors);
      return (
        <li key={ownSlug(post) ?? i} {...part('series-nav-item')} data-current={isCurrent ? '' : undefined}>
          {href ? (
            <Link {...part('series-nav-link')} href={href} dir="auto">
              {titleOf(post)}
            </Link>
          ) : (
            <span {...part('series-nav-link')} dir="auto" aria-current={isCurrent ? 'page' : undefined}>
              {titleOf(post)}
            </span>
          )}
        </li>
      );
    });
    devCheck('SeriesNav', ({ threw }) => [errors.first !== undefined && threw('postHref', errors.first, 'titles render without links')]);

    return (
      <nav
        ref={ref}
        aria-label={fill(labels.series, { name })}
        {...rest}
        {...root}
      >
        <p {...part('series-nav-name')} dir="auto">
          {name}
        </p>
        {position >= 0 ? (
          <p {...part('series-nav-part')}>
            {fill(labels.seriesPart, { n: formatCount(locale, position + 1), total: formatCount(locale, total) })}
          </p>
        ) : null}
        <ol {...part('series-nav-list')}>{items}</ol>
      </nav>
    );
  }),
  'SeriesNav',
);
