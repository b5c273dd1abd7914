/**
 * GitHub Flavored Markdown (what remark-gfm adds: autolink literals, footnotes, strikethrough, tables,
 * task lists), with the constructs a document cannot contain left out of its parser.
 *
 * remark-gfm's micromark extensions try some constructs at almost every position: an email autolink
 * at the start of every word, a table at the start of every line. On a post without a `@` or a `|`,
 * those attempts always fail, and they are more than half of micromark's time on such a post
 * (`bench/phases.mjs`). A construct is left out only when the character it cannot exist without is
 * absent from the whole source, so the tree is the same as remark-gfm's: the fidelity check (CommonMark
 * and GFM examples against react-markdown + remark-gfm) and `gfm.test.ts` hold it to that.
 */
import { boundedCache } from '../core/cache.js';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Construct, ConstructRecord, Extension } from 'micromark-util-types';
import type { Processor } from 'unified';

/** A table needs a `|` in its delimiter row. */
export const GFM_TABLE = 1;
/** An email literal (`a@b.co`, `mailto:`, `xmpp:`) needs a `@`. */
export const GFM_EMAIL = 2;
/** A `www.` literal. */
export const GFM_WWW = 4;
/** An `http://` or `https://` literal. */
export const GFM_PROTOCOL = 8;
/** Every construct: what remark-gfm parses, for a processor that serves any source. */
export const GFM_ALL = GFM_TABLE | GFM_EMAIL | GFM_WWW | GFM_PROTOCOL;

const WWW = /www\./i;
const PROTOCOL = /https?:/i;

/**
 * Which of the optional constructs `source` may contain. Each test is looser than the syntax it
 * guards (a `|` anywhere, `http:` anywhere), so a construct the source does contain is never left out.
 */
export function gfmSyntaxOf(source: string): number {
  let syntax = 0;
  if (source.includes('|')) syntax |= GFM_TABLE;
  if (source.includes('@')) syntax |= GFM_EMAIL;
  if (WWW.test(source)) syntax |= GFM_WWW;
  if (PROTOCOL.test(source)) syntax |= GFM_PROTOCOL;
  return syntax;
}

const LITERAL_FLAGS: Record<string, number> = { emailAutolink: GFM_EMAIL, wwwAutolink: GFM_WWW, protocolAutolink: GFM_PROTOCOL };

/** The autolink literal extension with only the constructs in `syntax`. */
function autolinkLiteral(syntax: number): Extension {
  const all = gfmAutolinkLiteral();
  if ((syntax & (GFM_EMAIL | GFM_WWW | GFM_PROTOCOL)) === (GFM_EMAIL | GFM_WWW | GFM_PROTOCOL)) return all;
  const text: ConstructRecord = {};
  for (const [code, hook] of Object.entries(all.text ?? {})) {
    const kept = (Array.isArray(hook) ? hook : [hook]).filter((construct): construct is Construct => {
      if (!construct) return false;
      const flag = construct.name ? LITERAL_FLAGS[construct.name] : undefined;
      // A construct this filter does not know (a later version's) is kept.
      return flag === undefined || (syntax & flag) !== 0;
    });
    if (kept.length > 0) text[code as unknown as number] = kept;
  }
  return { text };
}

// One set of extensions per combination of constructs (a handful of bits).
const extensions = /* @__PURE__ */ boundedCache<number, { micromark: Extension[]; fromMarkdown: unknown[] }>('gfm-extensions', 256);

/** The micromark and mdast extensions for `syntax`, in remark-gfm's order. */
function extensionsFor(syntax: number) {
  return extensions.get(syntax, () => {
    const micromark: Extension[] = [];
    const fromMarkdown: unknown[] = [];
    if (syntax & (GFM_EMAIL | GFM_WWW | GFM_PROTOCOL)) {
      micromark.push(autolinkLiteral(syntax));
      fromMarkdown.push(gfmAutolinkLiteralFromMarkdown());
    }
    micromark.push(gfmFootnote(), gfmStrikethrough());
    fromMarkdown.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
    if (syntax & GFM_TABLE) {
      micromark.push(gfmTable());
      fromMarkdown.push(gfmTableFromMarkdown());
    }
    micromark.push(gfmTaskListItem());
    fromMarkdown.push(gfmTaskListItemFromMarkdown());
    return { micromark, fromMarkdown };
  });
}

/** Options of {@link remarkKitGfm}. */
export interface KitGfmOptions {
  /** The constructs to parse, from {@link gfmSyntaxOf}. @default GFM_ALL */
  syntax?: number;
}

/**
 * remark plugin: remark-gfm's syntax (its parsing side; nothing here writes markdown back), limited
 * to `syntax`.
 */
export function remarkKitGfm(this: Processor, options: KitGfmOptions = {}): undefined {
  const { micromark, fromMarkdown } = extensionsFor(options.syntax ?? GFM_ALL);
  const data = this.data() as { micromarkExtensions?: Extension[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(...micromark);
  (data.fromMarkdownExtensions ??= []).push(...fromMarkdown);
}
