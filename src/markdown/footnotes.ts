import type { Element, Nodes, Root } from 'hast';
import { FOOTNOTE_LABEL_ID } from '../post/index.js';
import { eachNode } from '../core/walk.js';

/** Whether an element is the footnotes section remark-rehype appends (`<section data-footnotes>`). */
export function isFootnotesSection(node: Element): boolean {
  return node.tagName === 'section' && node.properties.dataFootnotes !== undefined;
}

/**
 * rehype plugin: the footnotes heading is an h2 (the top rank of a body, whatever the outline
 * above it) with the id {@link FOOTNOTE_LABEL_ID}, and every footnote reference names that id,
 * whichever sanitizer prefix went through the tree.
 */
export function rehypeKitFootnotes() {
  return (tree: Root) => {
    // remark-rehype appends the section last; with no section there are no references either.
    if (!tree.children.some((c) => c.type === 'element' && isFootnotesSection(c))) return;
    eachNode<Nodes>(tree, (node) => {
      if (node.type !== 'element') return;
      if (node.properties.dataFootnoteRef !== undefined) {
        node.properties.ariaDescribedBy = [FOOTNOTE_LABEL_ID];
        return;
      }
      if (!isFootnotesSection(node)) return;
      const heading = node.children.find((c): c is Element => c.type === 'element' && /^h[1-6]$/.test(c.tagName));
      if (heading) {
        heading.tagName = 'h2';
        heading.properties.id = FOOTNOTE_LABEL_ID;
      }
      return false;
    });
  };
}
