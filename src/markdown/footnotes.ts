import type { Element, Nodes, Root } from 'hast';
import { FOOTNOTE_LABEL_ID } from '../post/index.js';
import { eachNode } from '../core/walk.js';

/** Whether an element is the footnotes section remark-rehype appends (`<section data-footnotes>`). */
export function isFootnotesSection(node: Element): boolean {
  return node.tagName === 'section' && node.properties.dataFootnotes !== undefined;
}

/**
 * remark-rehype names the footnotes heading {@link FOOTNOTE_LABEL_ID}, and every reference points
 * at it, without the prefix it gives the notes' ids; after the sanitizer prefixed every id, the
 * heading and the references take that id back.
 */
export function restoreFootnoteLabel(tree: Root): void {
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
    if (heading) heading.properties.id = FOOTNOTE_LABEL_ID;
    return false;
  });
}
