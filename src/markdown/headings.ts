import { Slugger } from '../post/slug.js';
import type { Element, Nodes, Parents, Root } from 'hast';
import type { VFile } from 'vfile';
import { FOOTNOTE_LABEL_ID } from '../post/index.js';
import { textOf } from '../core/text.js';
import { eachNode } from '../core/walk.js';
import { isFootnotesSection } from './footnotes.js';
import { optionalString, optionsOf } from '../post/arguments.js';

/** A heading found in a tree, with the rank it renders at. */
export interface FoundHeading {
  node: Element;
  parent: Parents;
  /** The level the markdown wrote (1–6). */
  sourceDepth: number;
  /** The level it renders at: 2 for the top level, no gaps below, never over 6. */
  rank: number;
  id: string;
  title: string;
}

declare module 'vfile' {
  interface DataMap {
    /** The headings {@link rehypeKitHeadings} found, in document order. */
    kitHeadings: FoundHeading[];
    /** Parse path: the frontmatter title in, the post title out (see `rehypeKitLeadingTitle`). */
    kitTitle: string | undefined;
  }
}

/**
 * The page's only h1 is the post title, which the layout draws: body headings start at this rank.
 * The render pass turns a stray h1 of a hand-made tree into the same rank.
 */
const TOP_RANK = 2;

const HEADING = /^h([1-6])$/;
const CUSTOM_ID = /\s*\{#([A-Za-z][\w.:-]*)\}\s*$/;

/** Removes a trailing `{#custom-id}` from a heading's last text node and returns the id. */
function takeCustomId(heading: Element): string | undefined {
  const last = heading.children[heading.children.length - 1];
  if (!last || last.type !== 'text') return undefined;
  const match = CUSTOM_ID.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  if (last.value === '') heading.children.pop();
  return match[1];
}

/**
 * Gives a heading a new id (`-1`, `-2` …) when another element of the page already has its id: a
 * footnote (`user-content-fn-1`), a footnote reference, the footnotes heading, or sanitized raw
 * HTML. Otherwise `#id` would land on the other element.
 */
function keepHeadingIdsUnique(headings: FoundHeading[], taken: Set<string>) {
  if (taken.size === 0) return;
  const used = new Set(headings.map((h) => h.id));
  for (const heading of headings) {
    if (!taken.has(heading.id)) continue;
    let n = 1;
    while (taken.has(`${heading.id}-${n}`) || used.has(`${heading.id}-${n}`)) n++;
    heading.id = `${heading.id}-${n}`;
    used.add(heading.id);
    heading.node.properties = { ...heading.node.properties, id: heading.id };
  }
}

/**
 * Every heading outside the footnotes section, in document order, with a unique id and the rank
 * it renders at. Ranks nest: a heading is one rank below the nearest earlier top-level heading the
 * markdown wrote shallower, so `###`/`####` become h2/h3, skipped levels (## → ####) close up, and
 * a heading with nothing shallower before it is an h2. A heading inside a blockquote or list ranks
 * under the outline around it but does not open a level of that outline.
 */
export function assignHeadings(root: Root, slugPrefix = ''): FoundHeading[] {
  const slugger = new Slugger();
  const found: FoundHeading[] = [];
  const taken = new Set<string>();
  const open: { sourceDepth: number; rank: number }[] = [];
  const collectIds = (node: Nodes) => {
    if (node.type === 'element' && typeof node.properties.id === 'string') taken.add(node.properties.id);
  };
  eachNode<Nodes>(root, (node, _index, parent) => {
    if (node.type !== 'element') return;
    if (isFootnotesSection(node)) {
      taken.add(FOOTNOTE_LABEL_ID);
      collectIds(node);
      eachNode(node, collectIds);
      return false;
    }
    const level = HEADING.exec(node.tagName);
    if (!level) {
      collectIds(node);
      return;
    }
    const sourceDepth = Number(level[1]);
    let rank: number;
    if (parent.type === 'root') {
      while (open.length && open[open.length - 1].sourceDepth >= sourceDepth) open.pop();
      rank = Math.min(6, (open.length ? open[open.length - 1].rank : TOP_RANK - 1) + 1);
      open.push({ sourceDepth, rank });
    } else {
      let i = open.length - 1;
      while (i >= 0 && open[i].sourceDepth >= sourceDepth) i--;
      rank = Math.min(6, (i >= 0 ? open[i].rank : TOP_RANK - 1) + 1);
    }
    const custom = takeCustomId(node);
    const title = textOf(node).replace(/\s+/g, ' ').trim();
    const slug = custom ? slugger.slug(custom, true) : slugger.slug(title) || slugger.slug('section');
    const id = slugPrefix + slug;
    node.tagName = `h${rank}`;
    node.properties = { ...node.properties, id };
    found.push({ node, parent: parent as Parents, sourceDepth, rank, id, title });
  });
  keepHeadingIdsUnique(found, taken);
  return found;
}

/** Options of {@link rehypeKitHeadings}. */
export interface KitHeadingsOptions {
  /** Prefix for every heading id. @default '' */
  slugPrefix?: string;
}

/**
 * rehype plugin: the kit's heading ids and ranks (see {@link assignHeadings}); the headings found
 * are left in `file.data.kitHeadings` for the parser's structure.
 */
export function rehypeKitHeadings(headingsOptions?: KitHeadingsOptions) {
  const options = optionsOf('rehypeKitHeadings', 'options', headingsOptions);
  optionalString('rehypeKitHeadings', 'options.slugPrefix', options.slugPrefix);
  const slugPrefix = options.slugPrefix ?? '';
  return (tree: Root, file: VFile) => {
    file.data.kitHeadings = assignHeadings(tree, slugPrefix);
  };
}

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * rehype plugin, parse path: a leading `# Heading` is the title when the frontmatter has none
 * (`file.data.kitTitle`), and is dropped when it repeats the title, so the layout's title stays the
 * page's only h1. The title found is written back to `file.data.kitTitle`.
 */
export function rehypeKitLeadingTitle() {
  return (tree: Root, file: VFile) => {
    let title = file.data.kitTitle;
    const first = tree.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
    if (first?.type === 'element' && first.tagName === 'h1') {
      const text = textOf(first).replace(/\s+/g, ' ').trim();
      if (!title && text) title = text;
      if (title && comparable(text) === comparable(title)) tree.children.splice(tree.children.indexOf(first), 1);
    }
    file.data.kitTitle = title;
  };
}
