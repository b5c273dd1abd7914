/**
 * What a page adds around a post's content, after the render-time pass made it safe (prepare.ts):
 * heading permalinks on a post page; table scroll regions, focusable code blocks and lazy images
 * wherever content shows, PostExcerpt's excerpt included. A module of its own so that a page
 * rendering no post body (an index page) carries none of it, and the feed, whose HTML leaves the
 * page, none.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { textOf } from '../core/text.js';
import { fill } from '../core/labels.js';
import type { Decorate, PrepareOptions } from '../core/prepare.js';

const headingTag = /^h[1-6]$/;

/** How {@link permalinked} makes an element: as hast on the general path, as a React element on render.ts's fast path. */
export type MakeElement<T> = (tagName: string, attributes: Record<string, string | undefined>, children: (T | string)[]) => T;

/**
 * A heading with its permalink: the one place that markup is written, in React's spelling of the attributes
 * (`data-slot`, `aria-label`, `className`).
 * A wrapper names the level; the link's name is its aria-label (the visible '#' adds nothing to it).
 */
export function permalinked<T>(make: MakeElement<T>, level: number, id: string, heading: T, title: string, options: PrepareOptions): T {
  const styled = !options.unstyled;
  return make('div', { 'data-slot': 'heading', 'data-level': String(level), className: styled ? 'rbk-heading' : undefined }, [
    heading,
    make(
      'a',
      {
        href: `#${id}`,
        'aria-label': fill(options.labels.headingPermalink, { title }),
        'data-slot': 'heading-anchor',
        className: styled ? 'rbk-heading-anchor' : undefined,
      },
      ['#'],
    ),
  ]);
}

/** hast's property names for the attributes {@link permalinked} writes: `data-slot` → `dataSlot`, a class list. */
const hastElement: MakeElement<ElementContent> = (tagName, attributes, children) => {
  const properties: Properties = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name === 'className') properties.className = [value];
    else properties[name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return { type: 'element', tagName, properties, children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)) };
};

function permalink(heading: Element, options: PrepareOptions): ElementContent {
  return permalinked(hastElement, Number(heading.tagName.slice(1)), String(heading.properties.id), heading, textOf(heading).trim(), options);
}

/**
 * The text of each cell of a table's first header row, leaving out tbody and tfoot. Its own small
 * recursion over one table, not `visit`: a post page carries it, and unist-util-visit would not fit
 * that page's size budget; render.test.tsx holds it to the first header row `visit` finds.
 */
function headerCells(node: ElementContent): string[] {
  if (node.type !== 'element') return [];
  if (node.tagName === 'th') return [textOf(node).trim()];
  if (node.tagName === 'tbody' || node.tagName === 'tfoot') return [];
  const out: string[] = [];
  for (const child of node.children) {
    out.push(...headerCells(child));
    if (node.tagName === 'table' || node.tagName === 'thead') {
      if (out.length > 0) break; // the first header row names the table
    }
  }
  return out;
}

function scrollRegion(table: Element, options: PrepareOptions): Element {
  // Each region gets a name of its own (its columns), so several tables are not several "Table" landmarks.
  const columns = headerCells(table).filter(Boolean).join(', ');
  const name = columns ? fill(options.labels.tableColumns, { columns }) : options.labels.table;
  const props: Properties = { role: 'region', tabIndex: 0, ariaLabel: name, dataSlot: 'table' };
  if (!options.unstyled) props.className = ['rbk-table-scroll'];
  return { type: 'element', tagName: 'div', properties: props, children: [table] };
}

/**
 * Content anywhere on a page, PostExcerpt's excerpt included: a table sits in a focusable, named scroll
 * region, a code block can be reached by keyboard to scroll it, and images load lazily.
 */
export const decorateContent: Decorate = (element, options) => {
  const { tagName } = element;
  if (tagName === 'table') return scrollRegion(element, options);
  // A long code line scrolls sideways; keyboard users must be able to reach that scroll box.
  if (tagName === 'pre') element.properties.tabIndex ??= 0;
  if (tagName === 'img') {
    element.properties.loading ??= 'lazy';
    element.properties.decoding ??= 'async';
  }
  return element;
};

/**
 * A post's body on its own page: {@link decorateContent}, and each heading with an id carries a
 * permalink. (An excerpt has none: its headings are not the page's sections.)
 */
export const decoratePost: Decorate = (element, options) =>
  headingTag.test(element.tagName) && typeof element.properties.id === 'string' && element.properties.id !== ''
    ? permalink(element, options)
    : decorateContent(element, options);
