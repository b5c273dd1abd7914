import type { Element, ElementContent, Root, RootContent } from 'hast';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The children of a hast root, or none when `tree` is not one. */
export function childrenOf(tree: unknown): unknown[] {
  return isObject(tree) && Array.isArray(tree.children) ? tree.children : [];
}

function heading(value: unknown): Element | undefined {
  if (!isObject(value) || typeof value.id !== 'string') return undefined;
  const depth = typeof value.depth === 'number' && Number.isFinite(value.depth) ? Math.min(6, Math.max(2, Math.round(value.depth))) : 2;
  const children = Array.isArray(value.children) ? (value.children as ElementContent[]) : [{ type: 'text' as const, value: String(value.title ?? '') }];
  return { type: 'element', tagName: `h${depth}`, properties: value.id ? { id: value.id } : {}, children };
}

/**
 * The whole body of a post as one tree: intro, each section and item under its heading, then the
 * footnotes after an `<hr>` (unless `footnotes: false`). A Post keeps its body split for the layout;
 * the feed's content and the share image's search read it whole. Safe on a hand-made post: what is
 * not a tree is skipped.
 */
export function bodyTree(post: unknown, { footnotes = true }: { footnotes?: boolean } = {}): Root {
  const children: unknown[] = [];
  if (!isObject(post)) return { type: 'root', children: [] };
  const full = post as Record<string, unknown>;
  children.push(...childrenOf(full.intro));
  for (const section of Array.isArray(full.sections) ? full.sections : []) {
    const h = heading(section);
    if (h) children.push(h);
    if (isObject(section)) {
      children.push(...childrenOf(section.content));
      for (const item of Array.isArray(section.items) ? section.items : []) {
        const hi = heading(item);
        if (hi) children.push(hi);
        if (isObject(item)) children.push(...childrenOf(item.content));
      }
    }
  }
  const notes = footnotes ? childrenOf(full.footnotes) : [];
  if (notes.length > 0) children.push({ type: 'element', tagName: 'hr', properties: {}, children: [] }, ...notes);
  return { type: 'root', children: children as RootContent[] };
}
