import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Post, Section, SectionItem, TocEntry } from '../post.js';
import type { FoundHeading } from './rehype-kit.js';

/** The part of a Post built from the body's tree. */
export type PostStructure = Pick<Post, 'intro' | 'sections' | 'toc' | 'footnotes'>;

const root = (children: RootContent[]): Root => ({ type: 'root', children });
const isHeading = (node: RootContent, headings: Map<Element, FoundHeading>) =>
  node.type === 'element' ? headings.get(node) : undefined;

/**
 * Splits a body tree into intro, sections and items. Sections start at the shallowest heading
 * level the body uses; inside each section, items start at the shallowest level below it; deeper
 * headings stay in the content they belong to. Only headings at the top of the tree structure
 * the post (a heading inside a blockquote is content).
 */
export function buildStructure(tree: Root, found: FoundHeading[], footnotes: Root | undefined): PostStructure {
  const topLevel = found.filter((h) => h.parent === tree);
  const byNode = new Map(topLevel.map((h) => [h.node, h]));
  const toc: TocEntry[] = topLevel.map((h) => ({ id: h.id, title: h.title, depth: h.rank }));
  const sectionDepth = topLevel.reduce((min, h) => Math.min(min, h.sourceDepth), 7);

  const intro: RootContent[] = [];
  const sections: Section[] = [];
  let section: Section | undefined;
  let item: SectionItem | undefined;
  let itemDepth = 7;

  const children = tree.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    const heading = isHeading(node, byNode);
    if (heading && heading.sourceDepth === sectionDepth) {
      section = { ...headingOf(heading), content: root([]), items: [] };
      sections.push(section);
      item = undefined;
      // The items of this section are the shallowest headings until the next section.
      itemDepth = 7;
      for (let i = index + 1; i < children.length; i++) {
        const next = isHeading(children[i], byNode);
        if (!next) continue;
        if (next.sourceDepth === sectionDepth) break;
        itemDepth = Math.min(itemDepth, next.sourceDepth);
      }
      continue;
    }
    if (heading && section && heading.sourceDepth === itemDepth) {
      item = { ...headingOf(heading), content: root([]) };
      section.items.push(item);
      continue;
    }
    if (node.type === 'text' && node.value.trim() === '') continue;
    (item ? item.content.children : section ? section.content.children : intro).push(node);
  }

  const structure: PostStructure = { intro: root(intro), sections, toc };
  if (footnotes) structure.footnotes = footnotes;
  return structure;
}

function headingOf(h: FoundHeading) {
  return { id: h.id, title: h.title, depth: h.rank, children: h.node.children as ElementContent[] };
}
