/*
 * Helpers for hast trees shared by the markdown chain and the render pass. React-free and
 * dependency-free, so every entry may import them.
 */

import { eachNode, type WalkNode } from './walk.js';

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
  let out = '';
  eachNode(node as unknown as WalkNode, (n: unknown) => {
    if (!isObject(n) || n.type !== 'text') return isObject(n);
    if (typeof n.value === 'string') out += n.value;
    return false;
  });
  return out;
}
