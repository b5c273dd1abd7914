import { forwardRef, type ReactNode } from 'react';
import type { TocEntry } from '../../post/index.js';
import { kit, named, type KitProps } from '../kit/base.js';
import { devCheck } from '../kit/checks.js';

/** The parts of TableOfContents, keys of `classNames`. */
export type TableOfContentsSlot = 'root' | 'toc-title' | 'toc-list' | 'toc-entry' | 'toc-link';

/** Props of TableOfContents. */
export interface TableOfContentsProps extends Omit<React.ComponentPropsWithoutRef<'nav'>, 'children'>, Omit<KitProps<TableOfContentsSlot>, 'locale'> {
  /** The entries, as `post.toc`. */
  toc: TocEntry[];
  /** Shallowest heading rank listed. @default 2 */
  minDepth?: number;
  /** Deepest heading rank listed. @default 3 */
  maxDepth?: number;
  /** Id of the heading in view: its link gets `aria-current="location"` and `data-active`. @default undefined */
  activeId?: string;
  /** Shows the label as a visible title above the list. @default true */
  showTitle?: boolean;
}

interface TocNode {
  entry: TocEntry;
  children: TocNode[];
}

/** Nests a flat, ordered TOC by depth; a jump of more than one level nests under the last shallower entry. */
function nestToc(entries: TocEntry[]): TocNode[] {
  const roots: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const entry of entries) {
    while (stack.length > 0 && stack[stack.length - 1].entry.depth >= entry.depth) stack.pop();
    const node: TocNode = { entry, children: [] };
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function isEntry(value: unknown): value is TocEntry {
  const e = value as TocEntry;
  return typeof e === 'object' && e !== null && typeof e.id === 'string' && e.id !== '' && typeof e.depth === 'number';
}

/**
 * The table of contents: `<nav aria-label="On this page">` with a nested list of links to the post's
 * heading ids. Works without JavaScript; ActiveTableOfContents adds the highlight of the heading in view.
 */
export const TableOfContents = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, TableOfContentsProps>(function TableOfContents(
    {
      toc,
      minDepth = 2,
      maxDepth = 3,
      activeId,
      showTitle = true,
      ...props
    },
    ref,
  ) {
    const { labels, part, root, rest } = kit<TableOfContentsSlot, typeof props>('toc', props);
    const entries = Array.isArray(toc) ? toc.filter(isEntry) : [];
    devCheck('TableOfContents', ({ describe }) => [
      toc !== undefined && !Array.isArray(toc)
        ? `toc: expected an array of { id, title, depth }, received ${describe(toc)}`
        : entries.length !== (toc ?? []).length && 'toc: some entries lack a string `id` or numeric `depth` and were skipped',
      ...entries.map((e) => typeof e.title !== 'string' && `toc["${e.id}"].title: expected a string, received ${describe(e.title)}; the id is shown`),
    ]);
    const visible = entries.filter((e) => e.depth >= minDepth && e.depth <= maxDepth);
    // Classes computed once per render and passed as plain props: a spread per entry (`{...part()}`)
    // takes V8's slow object-literal path, which a long TOC feels (npm run bench renders one).
    const listClass = part('toc-list').className;
    const entryClass = part('toc-entry').className;
    const linkClass = part('toc-link').className;

    const list = (nodes: TocNode[], level: number): ReactNode => (
      <ol className={listClass} data-slot="toc-list" role="list" data-level={level}>
        {nodes.map((node) => {
          const active = activeId !== undefined && node.entry.id === activeId;
          return (
            <li key={node.entry.id} className={entryClass} data-slot="toc-entry" data-depth={node.entry.depth}>
              <a
                className={linkClass}
                data-slot="toc-link"
                href={`#${node.entry.id}`}
                aria-current={active ? 'location' : undefined}
                data-active={active ? '' : undefined}
              >
                {typeof node.entry.title === 'string' ? node.entry.title : node.entry.id}
              </a>
              {node.children.length > 0 ? list(node.children, level + 1) : null}
            </li>
          );
        })}
      </ol>
    );

    return (
      <nav
        ref={ref}
        aria-label={labels.tableOfContents}
        {...rest}
        {...root}
      >
        {showTitle ? (
          <p {...part('toc-title')} aria-hidden="true">
            {labels.tableOfContents}
          </p>
        ) : null}
        {visible.length > 0 ? list(nestToc(visible), 1) : null}
      </nav>
    );
  }),
  'TableOfContents',
);
