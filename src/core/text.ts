/*
 * Helpers for hast trees shared by the markdown chain and the render pass. React-free and
 * dependency-free, so every entry may import them.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Plain text of a hast node (hast-util-to-string semantics: text nodes only, raw HTML and comments
 * give nothing), in the order `visit` meets them. Its own loop, not `visit`: every page that renders a
 * tree carries it, and unist-util-visit would add more to that bundle than this helper weighs. Accepts
 * anything, so a hand-made tree cannot throw; iterative, so a deep tree cannot overflow the stack. `skip` leaves out the nodes below `node` it returns true for, with
 * their descendants (a card's plain excerpt leaves out code, tables and images).
 */
export function textOf(node: unknown, skip?: (node: Record<string, unknown>) => boolean): string {
  let out = '';
  // The node itself is the first entry: a text node gives its value, anything else its descendants'.
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!isObject(n)) continue;
    if (n.type === 'text') {
      if (typeof n.value === 'string') out += n.value;
    } else if (Array.isArray(n.children)) {
      for (let i = n.children.length; i--; ) {
        const child = n.children[i];
        if (!skip || !isObject(child) || !skip(child)) stack.push(child);
      }
    }
  }
  return out;
}
