import type { ElementContent, Root, RootContent } from 'hast';
import type { Post, Section, SectionItem, TocEntry } from '../post/index.js';
import type { FoundHeading } from '../markdown/headings.js';

/** The part of a Post built from the body's tree. */
export type PostStructure = Pick<Post, 'intro' | 'sections' | 'toc' | 'footnotes'>;

const root = (children: RootContent[]): Root => ({ type: 'root', children });
const isWords = (node: RootContent | undefined) => node?.type === 'text' && node.value.trim() !== '';

/**
 * Splits a body tree into intro, sections and items by the outline's ranks: every top-level heading
 * that ranks as an h2 (nothing shallower before it — in an explainer, each `###`) starts a section,
 * every h3 inside a section (each `####`) starts an item, and deeper headings stay in the content
 * they belong to. Content before the first heading is the intro. Only headings at the top of the
 * tree structure the post: a heading inside a blockquote is content.
 */
export function buildStructure(tree: Root, found: FoundHeading[], footnotes: Root | undefined): PostStructure {
  const topLevel = found.filter((h) => h.parent === tree);
  const byNode = new Map(topLevel.map((h) => [h.node, h]));
  const toc: TocEntry[] = topLevel.map((h) => ({ id: h.id, title: h.title, depth: h.rank }));

  const intro: RootContent[] = [];
  const sections: Section[] = [];
  let section: Section | undefined;
  let item: SectionItem | undefined;

  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const heading = node.type === 'element' ? byNode.get(node) : undefined;
    if (heading?.rank === 2) {
      section = { ...headingOf(heading), content: root([]), items: [] };
      sections.push(section);
      item = undefined;
      continue;
    }
    if (heading?.rank === 3 && section) {
      item = { ...headingOf(heading), content: root([]) };
      section.items.push(item);
      continue;
    }
    // Blank text between blocks is dropped, except between two texts (escaped HTML blocks): there it
    // keeps them from running together.
    if (node.type === 'text' && node.value.trim() === '' && !(isWords(children[i - 1]) && isWords(children[i + 1]))) continue;
    (item ? item.content.children : section ? section.content.children : intro).push(node);
  }

  const structure: PostStructure = { intro: root(intro), sections, toc };
  if (footnotes) structure.footnotes = footnotes;
  return structure;
}

function headingOf(h: FoundHeading) {
  return { id: h.id, title: h.title, depth: h.rank, children: h.node.children as ElementContent[] };
}
