/*
 * Helpers for hast trees shared by the markdown chain and the render pass. React-free and
 * dependency-free, so every entry may import them.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Plain text of a hast node (hast-util-to-string semantics: text nodes only, raw HTML and comments
 * give nothing). Accepts anything, so a hand-made tree cannot throw; iterative, so a deep tree
 * cannot overflow the stack.
 */
export function textOf(node: unknown): string {
  if (!isObject(node)) return '';
  if (node.type === 'text') return typeof node.value === 'string' ? node.value : '';
  if (!Array.isArray(node.children)) return '';
  let out = '';
  const stack: unknown[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  while (stack.length > 0) {
    const n = stack.pop();
    if (!isObject(n)) continue;
    if (n.type === 'text') {
      if (typeof n.value === 'string') out += n.value;
    } else if (Array.isArray(n.children)) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return out;
}
