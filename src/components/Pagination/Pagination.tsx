import { forwardRef, type ElementType, type ReactNode } from 'react';
import { fill, type Labels } from '../../core/labels.js';
import { formatCount } from '../ArticleMeta/format.js';
import { hrefFrom } from '../blog.js';
import { kit, named, type KitProps, type PartProps } from '../kit/base.js';
import { devCheck } from '../kit/checks.js';

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

/** The list items: previous, the numbers with their ellipses, next. A page without a usable URL is plain text. */
function pageLinks(
  page: number,
  pages: number,
  siblings: number,
  href: (n: number) => string | undefined,
  { labels, locale, part, Link }: { labels: Labels; locale: string; part: (name: PaginationSlot) => PartProps<PaginationSlot>; Link: ElementType },
): ReactNode[] {
  const items: ReactNode[] = [];
  const step = (key: 'previous' | 'next', n: number, rel: 'prev' | 'next', text: string) => {
    const url = href(n);
    if (url)
      items.push(
        <li key={key} {...part('pagination-item')}>
          <Link {...part(key === 'previous' ? 'pagination-previous' : 'pagination-next')} href={url} rel={rel}>
            {text}
          </Link>
        </li>,
      );
  };
  if (page > 1) step('previous', page - 1, 'prev', labels.paginationPrevious);
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
  if (page < pages) step('next', page + 1, 'next', labels.paginationNext);
  return items;
}

/**
 * Links between the pages of an index: a `<nav>` with previous/next and numbered links (an
 * ellipsis for long runs), the current page marked `aria-current="page"`. Plain links, no
 * JavaScript. Renders nothing when there is only one page.
 */
export const Pagination = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, PaginationProps>(function Pagination(
    { page: pageProp, pages: pagesProp, pageHref, siblings: siblingsProp = 1, linkComponent, ...props },
    ref,
  ) {
    const base = kit<PaginationSlot, typeof props>('pagination', props, linkComponent);
    const pages = Math.max(0, wholeNumber(pagesProp) ?? 0);
    // A page past either end shows the nearest real page as current.
    const page = Math.min(Math.max(1, wholeNumber(pageProp) ?? 1), Math.max(1, pages));
    const siblings = Math.max(0, wholeNumber(siblingsProp) ?? 1);
    const errors: { first?: unknown } = {};

    devCheck('Pagination', ({ describe }) => [
      wholeNumber(pagesProp) === undefined && `pages: expected a number, received ${describe(pagesProp)}`,
      wholeNumber(pageProp) === undefined && `page: expected a 1-based page number, received ${describe(pageProp)}`,
      typeof pageHref !== 'function' && `pageHref: expected a function (page) => URL, received ${describe(pageHref)}`,
    ]);
    if (pages <= 1) return null;
    const items = pageLinks(page, pages, siblings, (n) => hrefFrom(pageHref, n, errors), base);
    devCheck('Pagination', ({ threw }) => [errors.first !== undefined && threw('pageHref', errors.first, 'those pages render without links')]);

    return (
      <nav ref={ref} aria-label={base.labels.pagination} {...base.rest} {...base.root}>
        <ul {...base.part('pagination-list')} role="list">
          {items}
        </ul>
      </nav>
    );
  }),
  'Pagination',
);
