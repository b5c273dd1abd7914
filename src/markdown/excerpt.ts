/**
 * The excerpt marker: a remark plugin that finds the first `<!-- more -->` or `<!-- truncate -->`
 * (Hugo's and Docusaurus's markers) and keeps a copy of everything before it.
 */
import type { Definition, Nodes, Parents, Root } from 'mdast';
import type { MarkdownFeature } from './feature.js';

const MARKER = /^<!--\s*(?:more|truncate)\s*-->$/i;

/** Where remarkExcerpt leaves the excerpt: on the root's `data`, since the tree is what every caller holds. */
export interface ExcerptData {
  /** The content before the marker, as mdast; absent when the body has no marker. */
  excerpt?: Root;
}

/** Whether an mdast node is an excerpt marker. */
function isExcerptMarker(node: Nodes): boolean {
  return node.type === 'html' && MARKER.test(node.value.trim());
}

/**
 * The content before the first marker, or undefined when there is none. A marker inside a
 * paragraph (Hugo allows it mid-sentence) cuts that paragraph there; the tree is not changed.
 */
export function contentBeforeMarker(tree: Root): Root | undefined {
  // Depth-first in document order, keeping the path of child indexes to the current node: its own loop,
  // not `visit`, because the cut needs every ancestor's child index, where `visit` hands over the parent only.
  const path: { node: Parents; index: number }[] = [{ node: tree, index: 0 }];
  while (path.length) {
    const top = path[path.length - 1];
    if (top.index >= top.node.children.length) {
      path.pop();
      if (path.length) path[path.length - 1].index++;
      continue;
    }
    const child = top.node.children[top.index] as Nodes;
    if (isExcerptMarker(child)) return withDefinitions(cut(path), tree);
    if ('children' in child && child.children.length) path.push({ node: child, index: 0 });
    else top.index++;
  }
  return undefined;
}

/**
 * `part` with a copy of every link reference definition of `whole` after its own content: an
 * excerpt's `[text][ref]` links when `[ref]: url` sits below the cut, as Jekyll appends a post's
 * definitions to its excerpt. Definitions render nothing, so the excerpt shows no more than before.
 */
export function withDefinitions(part: Root, whole: Root): Root {
  const stack: Nodes[] = [whole];
  const definitions: Definition[] = [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') definitions.push(structuredClone(node));
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  if (definitions.length) part.children.push(...definitions);
  return part;
}

/** Copies the ancestors on `path`, each keeping only the children before the path's next step. */
function cut(path: { node: Parents; index: number }[]): Root {
  let inner: Parents | undefined;
  for (let i = path.length - 1; i >= 0; i--) {
    const { node, index } = path[i];
    const children = node.children.slice(0, index).map((c) => structuredClone(c));
    // A container left empty by the cut (a list whose first item held the marker) is dropped.
    if (inner && 'children' in inner && inner.children.length) children.push(inner as never);
    inner = { ...node, children } as Parents;
  }
  return inner as Root;
}

/**
 * remark plugin: when the body has an excerpt marker, puts the content before it on
 * `tree.data.excerpt` (see {@link ExcerptData}) for the caller to turn into HTML with the same
 * processor. The body itself is left as it is.
 */
export function remarkExcerpt() {
  return (tree: Root) => {
    const excerpt = contentBeforeMarker(tree);
    if (excerpt) (tree as Root & { data?: ExcerptData }).data = { ...tree.data, excerpt };
  };
}

/** Excerpt markers as a feature: always on in `parsePost`, which reads the excerpt it leaves. */
export const excerptFeature: MarkdownFeature<'excerpt', {}> = {
  name: 'excerpt',
  options: {},
  plugins: () => ({ remark: [remarkExcerpt] }),
};
