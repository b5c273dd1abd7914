/*
 * An excerpt as plain text: the text of each block of the excerpt tree, as a card shows it in plain
 * paragraphs and as a post page's description falls back to it (seo/). No URL policy, converter or
 * decorations are needed for text, so an index page that shows plain excerpts carries none of the
 * render path (PostExcerpt brings it to the pages that ask for it).
 */
import { textOf } from './text.js';

/**
 * What a plain excerpt leaves out, at any depth: code, tables and media (their text is not prose,
 * or they have none), what never renders (scripts, templates), a footnote's reference number, and
 * the copies a formula keeps for other readers (KaTeX's drawn HTML is aria-hidden, its TeX source
 * an annotation), so a formula reads once, as its MathML's characters.
 */
const skipped = new Set([
  'pre',
  'table',
  'figure',
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'annotation',
  'script',
  'style',
  'template',
  'noscript',
  'button',
  'select',
  'textarea',
]);

function skip(node: Record<string, unknown>): boolean {
  if (node.type !== 'element') return false;
  const props = (node.properties ?? {}) as Record<string, unknown>;
  return (
    skipped.has(node.tagName as string) ||
    props.ariaHidden === 'true' ||
    props.ariaHidden === true ||
    props.dataFootnoteRef !== undefined
  );
}

/**
 * The paragraphs of a plain excerpt: for each top-level block of `tree` (a paragraph, a quote, a
 * list, a heading…) that keeps some text once code, tables and images are left out, that text,
 * trimmed. White space inside is kept, so the browser collapses it as it does in the rich excerpt
 * (a line break between two CJK characters included). Accepts anything: a value that is not a hast
 * root, or children that are not nodes, give no paragraphs.
 */
export function plainExcerpt(tree: unknown): string[] {
  const children = tree && typeof tree === 'object' ? (tree as { children?: unknown }).children : undefined;
  const out: string[] = [];
  if (!Array.isArray(children)) return out;
  for (const block of children) {
    if (!block || typeof block !== 'object' || skip(block as Record<string, unknown>)) continue;
    const text = textOf(block, skip).replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');
    if (text !== '') out.push(text);
  }
  return out;
}
