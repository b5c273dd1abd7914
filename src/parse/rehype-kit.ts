import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Nodes, Parents, Root, Text } from 'hast';
import type { HtmlHandling } from './options.js';

const HEADING = /^h([1-6])$/;
const CUSTOM_ID = /\s*\{#([A-Za-z][\w.:-]*)\}\s*$/;

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

/** Plain text of a node (hast-util-to-string semantics, iterative). */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  let out = '';
  const stack: Nodes[] = [...node.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.value;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

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
 * Visits every heading in document order (iteratively: no recursion on deep trees), giving each
 * a unique id and the rank it renders at. Ranks nest: a heading is one rank below the nearest
 * earlier top-level heading the markdown wrote shallower, so `###`/`####` become h2/h3, skipped
 * levels (## → ####) close up, and a heading with nothing shallower before it is an h2.
 * `visit`, when given, sees every node of the tree in document order during the same walk.
 */
export function assignHeadings(root: Root, slugPrefix = '', visit?: (node: Nodes) => void): FoundHeading[] {
  const slugger = new GithubSlugger();
  const found: FoundHeading[] = [];
  const open: { sourceDepth: number; rank: number }[] = [];
  // Two parallel stacks rather than one of pairs: no allocation per node on a hot path.
  const nodes: Nodes[] = [root];
  const parents: (Parents | undefined)[] = [undefined];
  while (nodes.length) {
    const node = nodes.pop()!;
    const parent = parents.pop();
    visit?.(node);
    if (node.type === 'element' && parent) {
      const level = HEADING.exec(node.tagName);
      if (level) {
        const sourceDepth = Number(level[1]);
        let rank: number;
        if (parent.type === 'root') {
          while (open.length && open[open.length - 1].sourceDepth >= sourceDepth) open.pop();
          rank = Math.min(6, (open.length ? open[open.length - 1].rank : 1) + 1);
          open.push({ sourceDepth, rank });
        } else {
          // A heading inside a blockquote or list is content: it ranks under the outline around
          // it but does not open a level of that outline.
          let i = open.length - 1;
          while (i >= 0 && open[i].sourceDepth >= sourceDepth) i--;
          rank = Math.min(6, (i >= 0 ? open[i].rank : 1) + 1);
        }
        const custom = takeCustomId(node);
        const title = textOf(node).replace(/\s+/g, ' ').trim();
        const slug = custom ? slugger.slug(custom, true) : slugger.slug(title) || slugger.slug('section');
        const id = slugPrefix + slug;
        node.tagName = `h${rank}`;
        node.properties = { ...node.properties, id };
        found.push({ node, parent, sourceDepth, rank, id, title });
      }
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        nodes.push(node.children[i]);
        parents.push(node);
      }
    }
  }
  return found;
}

/** Options of {@link rehypeKitHeadings}. */
export interface KitHeadingsOptions {
  /** Prefix for every heading id. @default '' */
  slugPrefix?: string;
}

/**
 * rehype plugin: the kit's heading ids and ranks for markdown rendered at run time (MarkdownContent),
 * so that it renders like a parsed post.
 */
export function rehypeKitHeadings(options: KitHeadingsOptions = {}) {
  return (tree: Root) => {
    assignHeadings(tree, options.slugPrefix ?? '');
  };
}

/** Options of {@link rehypeKitSafety}. */
export interface KitSafetyOptions {
  /** What happens to raw HTML nodes left in the tree. @default 'escape' */
  html?: HtmlHandling;
}

const COMMENT = /^<!--[\s\S]*?-->\s*$/;

/**
 * rehype plugin: what react-markdown does with raw HTML by default — shown as text (`escape`) or
 * left out (`skip`) — and HTML comments dropped either way, since they never were visible content
 * (`<!--more-->` excerpt markers). With `sanitize` the raw nodes are already parsed and cleaned,
 * and any left over are dropped.
 */
export function rehypeKitSafety(options: KitSafetyOptions = {}) {
  const html = options.html ?? 'escape';
  return (tree: Root) => {
    const stack: Parents[] = [tree];
    while (stack.length) {
      const parent = stack.pop()!;
      const kept: (typeof parent.children)[number][] = [];
      let changed = false;
      for (const child of parent.children) {
        if (child.type === 'raw') {
          changed = true;
          if (html === 'escape' && !COMMENT.test(child.value)) kept.push({ type: 'text', value: child.value } satisfies Text);
          continue;
        }
        if (child.type === 'comment' || child.type === 'doctype') {
          changed = true;
          continue;
        }
        kept.push(child);
        if ('children' in child) stack.push(child);
      }
      if (changed) parent.children = kept as ElementContent[];
    }
  };
}
