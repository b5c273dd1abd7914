import type { ElementContent, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { defaultLabels } from '../core/labels.js';
import { prepareTree } from '../core/prepare.js';
import { defaultUrlTransform } from '../core/url.js';

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
