import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { PostLike } from '../seo/site.js';
import { defaultLabels } from '../render/labels.js';
import { prepareTree } from '../render/prepare.js';
import { defaultUrlTransform } from '../render/url.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function childrenOf(tree: unknown): unknown[] {
  return isObject(tree) && Array.isArray(tree.children) ? tree.children : [];
}

function heading(value: unknown): Element | undefined {
  if (!isObject(value) || typeof value.id !== 'string') return undefined;
  const depth = typeof value.depth === 'number' && Number.isFinite(value.depth) ? Math.min(6, Math.max(2, Math.round(value.depth))) : 2;
  const children = Array.isArray(value.children) ? (value.children as ElementContent[]) : [{ type: 'text' as const, value: String(value.title ?? '') }];
  return { type: 'element', tagName: `h${depth}`, properties: value.id ? { id: value.id } : {}, children };
}

/** The whole body of a post as one tree: intro, each section and item under its heading, footnotes. */
export function bodyTree(post: PostLike): Root {
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
  const notes = childrenOf(full.footnotes);
  if (notes.length > 0) children.push({ type: 'element', tagName: 'hr', properties: {}, children: [] }, ...notes);
  return { type: 'root', children: children as RootContent[] };
}

/** The first paragraph of the body, for a summary when the post has no excerpt marker. */
function firstParagraph(tree: Root): Root | undefined {
  for (const node of tree.children) {
    if (isObject(node) && node.type === 'element' && node.tagName === 'p') return { type: 'root', children: [node] };
  }
  return undefined;
}

/** The summary tree: the excerpt before `<!-- more -->`, else the first paragraph. */
export function summaryTree(post: PostLike): Root | undefined {
  const excerpt = isObject(post) ? (post as { excerpt?: unknown }).excerpt : undefined;
  if (childrenOf(excerpt).length > 0) return excerpt as Root;
  return firstParagraph(bodyTree(post));
}

// Characters XML 1.0 cannot carry at all, and halves of surrogate pairs that UTF-8 cannot encode.
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text any feed format can carry. */
export function feedText(value: string): string {
  return value.replace(notXml, '').replace(loneSurrogate, '\uFFFD');
}

/** A URL as it must appear outside the page: resolved against the post's URL. */
function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return '';
  }
}

const srcsetNames = new Set(['srcSet', 'imageSrcSet']);

function absoluteSrcsets(nodes: readonly RootContent[] | ElementContent[], base: string): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    for (const key of Object.keys(node.properties)) {
      const value = node.properties[key];
      if (!srcsetNames.has(key) || typeof value !== 'string') continue;
      node.properties[key] = value
        .split(',')
        .map((candidate) => {
          const [url, ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url, base), ...descriptor].join(' ');
        })
        .join(', ');
    }
    absoluteSrcsets(node.children, base);
  }
}

/**
 * A tree as feed HTML: through the kit's render-time safety pass (no script, no handler, no unsafe
 * URL), without the page's decorations, every URL absolute against the post's URL, serialised by
 * hast-util-to-html. `]]>` is written `]]&gt;` (the same HTML) so no CDATA section can end early.
 */
export function feedHtml(tree: unknown, postUrl: string): string {
  const prepared = prepareTree(tree, {
    labels: defaultLabels,
    decorate: false,
    urlTransform: (url) => {
      const safe = defaultUrlTransform(url);
      return safe === '' ? '' : absolute(safe, postUrl);
    },
  });
  absoluteSrcsets(prepared.children, postUrl);
  return feedText(toHtml(prepared)).replace(/]]>/g, ']]&gt;');
}

/** Escapes text for an HTML context. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
