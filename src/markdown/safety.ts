import type { ElementContent, Parents, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { DEFAULT_HTML, type HtmlHandling } from './options.js';

/** Options of {@link rehypeKitSafety}. */
export interface KitSafetyOptions {
  /** What happens to raw HTML nodes left in the tree. @default 'sanitize' */
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
export function rehypeKitSafety(options: KitSafetyOptions = {}) {
  const html = options.html ?? DEFAULT_HTML;
  return (tree: Root) => {
    visit(tree, (node, index, parent: Parents | undefined) => {
      if (!parent || index === undefined) return;
      if (node.type === 'raw') {
        const text = html === 'escape' ? escapedText(node.value) : undefined;
        if (text !== undefined) {
          parent.children[index] = { type: 'text', value: text } satisfies Text as ElementContent;
          return SKIP;
        }
      } else if (node.type !== 'comment' && node.type !== 'doctype') {
        return;
      }
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
