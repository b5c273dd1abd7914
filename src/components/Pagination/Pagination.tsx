import { forwardRef, type ElementType, type ReactNode } from 'react';
import { slot } from '../kit/classes.js';
import { fill, resolveLabels } from '../../core/labels.js';
import { describe, reportInvalid } from '../../core/diagnostics.js';
import { formatCount } from '../ArticleMeta/format.js';
import { hrefFrom, threw } from '../blog.js';
import { named, rootProps, safeLocale, type KitProps } from '../kit/base.js';

/** The parts of Pagination, keys of `classNames`. */
export type PaginationSlot =
  | 'root'
  | 'pagination-list'
  | 'pagination-item'
  | 'pagination-link'
  | 'pagination-previous'
  | 'pagination-next'
  | 'pagination-ellipsis';

/** Props of Pagination. */
export interface PaginationProps extends Omit<React.ComponentPropsWithoutRef<'nav'>, 'children'>, KitProps<PaginationSlot> {
  /** The current page, 1-based (as `paginate` returns it). */
  page: number;
  /** How many pages there are (`paginate`'s `pages`). With one page or none, nothing renders. */
  pages: number;
  /** The URL of a page, e.g. `(n) => (n === 1 ? '/blog' : \`/blog/page/${n}\`)`. */
  pageHref: (page: number) => string | undefined;
  /** How many page numbers to show on each side of the current one before an ellipsis. @default 1 */
  siblings?: number;
  /** Renders links through a host component such as next/link, given `href`. @default 'a' */
  linkComponent?: ElementType;
}

/** The page numbers to show, with `'gap'` where an ellipsis stands for two or more hidden pages. */
export function pageItems(page: number, pages: number, siblings: number): (number | 'gap')[] {
  const shown = new Set<number>([1, pages]);
  for (let n = page - siblings; n <= page + siblings; n++) if (n >= 1 && n <= pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const n of sorted) {
    const previous = out.length > 0 ? (out[out.length - 1] as number) : undefined;
    // An ellipsis standing for a single page hides nothing worth hiding: show the page instead.
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push('gap');
    out.push(n);
  }
  return out;
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : undefined;
}

/**
 * Links between the pages of an index: a `<nav>` with previous/next and numbered links (an
 * ellipsis for long runs), the current page marked `aria-current="page"`. Plain links, no
 * JavaScript. Renders nothing when there is only one page.
 */
export const Pagination = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, PaginationProps>(function Pagination(
    {
      page: pageProp,
      pages: pagesProp,
      pageHref,
      siblings: siblingsProp = 1,
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
    const part = (name: PaginationSlot) => slot(name, classNames, unstyled);
    const Link: ElementType = linkComponent ?? 'a';
    const pages = Math.max(0, wholeNumber(pagesProp) ?? 0);
    // A page past either end shows the nearest real page as current.
    const page = Math.min(Math.max(1, wholeNumber(pageProp) ?? 1), Math.max(1, pages));
    const siblings = Math.max(0, wholeNumber(siblingsProp) ?? 1);
    const errors: { first?: unknown } = {};
    const href = (n: number) => hrefFrom(pageHref, n, errors);

    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
      const problems: string[] = [];
      if (wholeNumber(pagesProp) === undefined) problems.push(`pages: expected a number, received ${describe(pagesProp)}`);
      if (wholeNumber(pageProp) === undefined) problems.push(`page: expected a 1-based page number, received ${describe(pageProp)}`);
      if (typeof pageHref !== 'function') problems.push(`pageHref: expected a function (page) => URL, received ${describe(pageHref)}`);
      if (problems.length > 0) reportInvalid('Pagination', problems);
    }
    if (pages <= 1) return null;

    const items: ReactNode[] = [];
    if (page > 1) {
      const url = href(page - 1);
      if (url)
        items.push(
          <li key="previous" {...part('pagination-item')}>
            <Link {...part('pagination-previous')} href={url} rel="prev">
              {labels.paginationPrevious}
            </Link>
          </li>,
        );
    }
    for (const [i, n] of pageItems(page, pages, siblings).entries()) {
      if (n === 'gap') {
        items.push(
          <li key={`gap-${i}`} {...part('pagination-item')} aria-hidden="true">
            <span {...part('pagination-ellipsis')}>…</span>
          </li>,
        );
        continue;
      }
      const url = href(n);
      const text = formatCount(locale, n);
      const name = fill(labels.paginationPage, { n: text });
      items.push(
        <li key={n} {...part('pagination-item')}>
          {url ? (
            <Link {...part('pagination-link')} href={url} aria-label={name} aria-current={n === page ? 'page' : undefined}>
              {text}
            </Link>
          ) : (
            <span {...part('pagination-link')} aria-current={n === page ? 'page' : undefined}>
              {text}
            </span>
          )}
        </li>,
      );
    }
    if (page < pages) {
      const url = href(page + 1);
      if (url)
        items.push(
          <li key="next" {...part('pagination-item')}>
            <Link {...part('pagination-next')} href={url} rel="next">
              {labels.paginationNext}
            </Link>
          </li>,
        );
    }

    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
      if (errors.first !== undefined) reportInvalid('Pagination', [threw('pageHref', errors.first, 'those pages render without links')]);
    }

    return (
      <nav ref={ref} aria-label={labels.pagination} {...rest} {...rootProps('pagination', { className, classNames, unstyled, theme, colorScheme, style })}>
        <ul {...part('pagination-list')} role="list">
          {items}
        </ul>
      </nav>
    );
  }),
  'Pagination',
);
