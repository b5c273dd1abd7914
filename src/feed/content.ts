import type { ElementContent, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { defaultLabels } from '../core/labels.js';
import { prepareTree } from '../core/prepare.js';
import { defaultUrlTransform } from '../core/url.js';

// Characters XML 1.0 cannot carry at all, halves of surrogate pairs that UTF-8 cannot encode, and the
// noncharacters U+FDD0–U+FDEF, which are not for interchange and which `sealed` uses as placeholders.
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text any feed format can carry: what XML 1.0 forbids left out, a lone surrogate as U+FFFD. */
export function feedText(value: string): string {
  return value.replace(notXml, '').replace(loneSurrogate, '\uFFFD');
}

/*
 * The `feed` package writes XML through xml-js, which escapes by halves (nashwaan/xml-js#69, open):
 * an attribute gets only `"` escaped (feed adds `&`), so a category `a<b` makes `<category term="a<b"/>`,
 * which no XML parser accepts; text first turns every `&amp;` back into `&`, so the text `a&amp;b` reads back as `a&b`;
 * and a CDATA section has only its first `]]>` split. So the kit hands `feed` each string with the
 * four markup characters swapped for placeholders it leaves alone (noncharacters `feedText` keeps
 * out of every string), and writes the characters itself in `unsealXml`, once the document is
 * whole: as references in text and attributes, as themselves in CDATA, every `]]>` split.
 */
const seals: Record<string, string> = { '&': '\uFDD0', '<': '\uFDD1', '>': '\uFDD2', '"': '\uFDD3' };
const unseals: Record<string, [raw: string, escaped: string]> = {
  '\uFDD0': ['&', '&amp;'],
  '\uFDD1': ['<', '&lt;'],
  '\uFDD2': ['>', '&gt;'],
  '\uFDD3': ['"', '&quot;'],
};
const markup = /[&<>"]/g;
const sealedChar = /[\uFDD0-\uFDD3]/g;
const cdata = /<!\[CDATA\[([\s\S]*?)]]>/g;

/** A string for an XML document `feed` writes: {@link feedText}, its markup characters sealed until {@link unsealXml}. */
export function sealed(value: string): string {
  return feedText(value).replace(markup, (ch) => seals[ch]);
}

/** The document `feed` wrote from {@link sealed} strings, with every sealed character written as XML wants it where it stands. */
export function unsealXml(document: string): string {
  return document
    .replace(cdata, (_, body: string) => `<![CDATA[${body.replace(sealedChar, (ch) => unseals[ch][0]).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`)
    .replace(sealedChar, (ch) => unseals[ch][1]);
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
 * hast-util-to-html.
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
  return feedText(toHtml(prepared));
}

/** Escapes text for an HTML context. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
