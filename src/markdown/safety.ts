import type { Nodes, Parents, Root, RootContent } from 'hast';
import { eachParent } from '../core/walk.js';
import { DEFAULT_HTML, type HtmlHandling } from './html.js';
import { optionsOf, requireOneOf } from '../post/arguments.js';

/** Options of {@link rehypeKitSafety}. */
export interface KitSafetyOptions {
  /** What happens to raw HTML nodes left in the tree (the chain passes its `htmlPolicy`). @default 'sanitize' */
  html?: HtmlHandling;
}

// `<!-->` and `<!--->` are whole comments in CommonMark; an unclosed one runs to the end of the block.
const COMMENT = /<!--(?:-?>|[\s\S]*?(?:-->|$))/g;

/** The text a raw HTML node shows when escaped: its source without HTML comments. */
function escapedText(value: string): string | undefined {
  const text = value.includes('<!--') ? value.replace(COMMENT, '') : value;
  return text.trim() === '' ? undefined : text;
}

/**
 * rehype plugin: what react-markdown does with raw HTML by default — shown as text (`escape`) or
 * left out (`skip`) — with HTML comments dropped either way, since they never were visible content
 * (`<!--more-->` excerpt markers). With `sanitize` the raw nodes were parsed and cleaned before, and
 * any a later plugin left are dropped.
 */
export function rehypeKitSafety(safetyOptions?: KitSafetyOptions) {
  const options = optionsOf('rehypeKitSafety', 'options', safetyOptions);
  requireOneOf('rehypeKitSafety', 'options.html', options.html, ['sanitize', 'escape', 'skip']);
  const html = options.html ?? DEFAULT_HTML.parse;
  // Raw HTML becomes text or goes, comments and doctypes go; the list is compacted in place.
  const clean = (parent: Parents) => {
    const children: RootContent[] = parent.children;
    let kept = 0;
    for (const node of children) {
      const text = node.type === 'raw' && html === 'escape' ? escapedText(node.value) : undefined;
      if (text !== undefined) children[kept++] = { type: 'text', value: text };
      else if (node.type !== 'raw' && node.type !== 'comment' && node.type !== 'doctype') children[kept++] = node;
    }
    children.length = kept;
  };
  return (tree: Root) => eachParent<Root | Nodes>(tree, (parent) => void clean(parent as Parents));
}
