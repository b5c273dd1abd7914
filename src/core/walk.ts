/*
 * The hand walkers of the parse path (heading ids, raw-HTML safety, footnotes, highlighting, the
 * position strip, the nesting check), kept beside unist-util-visit for one measured reason: the parse
 * path walks each body several times, and `visit` in their place made parsePost markedly slower
 * (unist-util-visit-parents copies the ancestor list at every parent and recurses). Iterative, so a
 * deep tree cannot overflow the stack. walk.test.ts holds each to `visit`'s nodes and order on every
 * fixture. React-free and dependency-free, so every entry may import it.
 */

/** What {@link eachNode} hands a visitor: any unist node, with children when it is a parent. */
export interface WalkNode {
  type: string;
  children?: WalkNode[];
}

/**
 * Calls `visitor` on every node below `tree` (not on `tree` itself) in document order, parents
 * before their children, with the node's index and parent. Returning `false` skips the node's
 * children. A node's children are read after its visitor returns, so a visitor may replace them;
 * children that are not a list are no children. What `visit(tree, …)` visits below the root, with `SKIP`
 * for `false`, in the same order.
 */
export function eachNode<Node extends WalkNode>(tree: Node, visitor: (node: Node, index: number, parent: Node) => boolean | void): void {
  const stack: [Node, number, Node][] = [];
  const push = (parent: Node) => {
    const children = parent.children;
    if (Array.isArray(children)) for (let i = children.length; i--; ) stack.push([children[i] as Node, i, parent]);
  };
  push(tree);
  for (let top = stack.pop(); top; top = stack.pop()) if (visitor(...top) !== false) push(top[0]);
}

/**
 * Calls `visitor` on `tree` and on every node below it that has a list of children, parents first:
 * for passes that rewrite lists of children (the walk reads each list after its parent's visit, so
 * it goes into what the visitor left). Returning `false` skips the node's descendants.
 */
export function eachParent<Node extends WalkNode>(tree: Node, visitor: (parent: Node) => boolean | void): void {
  if (visitor(tree) !== false) eachNode(tree, (node) => (Array.isArray(node.children) ? visitor(node) : undefined));
}

/**
 * The deepest nesting below `tree` (its children are at depth 1): the longest ancestor list
 * `visitParents` would hand a visitor. Iterative because it measures a tree before the nesting
 * limit refuses it, where a recursive walk such as `visit` could overflow the stack.
 */
export function depthOf(tree: WalkNode): number {
  let max = 0;
  const nodes: WalkNode[] = [tree];
  const depths: number[] = [0];
  while (nodes.length) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > max) max = depth;
    if (Array.isArray(node.children)) {
      for (const child of node.children) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return max;
}
