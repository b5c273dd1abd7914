/*
 * A walk over a tree for the parser's own passes (heading ids, raw-HTML safety, footnotes, the final
 * position strip). React-free and dependency-free, so every entry may import it.
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
 * children that are not a list are no children. Iterative, so a deep tree cannot overflow the stack.
 *
 * The parse path walks the body's tree several times a post, and unist-util-visit names a new
 * closure and copies the list of ancestors for every node it passes: on an ordinary post its walks
 * cost tens of times this loop's.
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
