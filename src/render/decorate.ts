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

function permalink(heading: Element, options: PrepareOptions): Element {
  const id = String(heading.properties.id);
  const title = textOf(heading).trim();
  const anchorProps: Properties = {
    href: `#${id}`,
    ariaLabel: fill(options.labels.headingPermalink, { title }),
    dataSlot: 'heading-anchor',
  };
  const wrapperProps: Properties = { dataSlot: 'heading', dataLevel: heading.tagName.slice(1) };
  if (!options.unstyled) {
    anchorProps.className = ['rbk-heading-anchor'];
    wrapperProps.className = ['rbk-heading'];
  }
  return {
    type: 'element',
    tagName: 'div',
    properties: wrapperProps,
    children: [
      heading,
      {
        type: 'element',
        tagName: 'a',
        properties: anchorProps,
        // The link's name is its aria-label; the visible '#' adds nothing to it.
        children: [{ type: 'text', value: '#' }],
      },
    ],
  };
}

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
