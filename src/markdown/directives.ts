import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Construct, Extension } from 'micromark-util-types';
import type { Processor } from 'unified';
import type { MarkdownFeature } from './feature.js';
import { fenceRuns } from './fences.js';

/**
 * The `:::name` container form of directives and nothing else. The text (`:name`) and leaf
 * (`::name`) forms would claim words in running prose (`mailto:ada@example.org`, `16:nine`) and break
 * GFM autolinks; only the container, the one concrete construct of the three, is a callout's syntax.
 */
function containerDirectives(): Extension {
  const flow = directive().flow?.[58];
  const constructs = (Array.isArray(flow) ? flow : flow ? [flow] : []) as Construct[];
  return { flow: { 58: constructs.filter((construct) => construct.concrete) } };
}

/**
 * remark plugin: the `:::name` container syntax of Docusaurus and Starlight, which
 * `remarkKitCallouts` turns into callouts. A plugin of its own because its parser is the largest part
 * of the callouts (`npm run size` prints it): the parser always has it, a page rendering markdown at run time
 * with `MarkdownContent` carries it only when it passes it in `remarkPlugins`.
 */
export function remarkKitDirectives(this: Processor) {
  const data = this.data() as { micromarkExtensions?: Extension[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(containerDirectives());
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
  const self = this as unknown as { parser?: (doc: string, file: unknown) => unknown };
  const parse = self.parser;
  if (parse) self.parser = (doc, file) => parse(bracketLegacyTitles(doc), file);
}

// Docusaurus's admonition kinds, the only directives whose title it ever read without brackets.
const LEGACY_TITLE = /^( {0,3}:{3,}[ \t]*(?:note|tip|info|warning|danger|caution|important))[ \t]+([^\s[{][^\n]*?)[ \t]*$/i;

/**
 * `:::tip My title`, the title form Docusaurus 1 and 2 wrote and 3 still reads, as `:::tip[My title]`,
 * outside fenced code: without brackets the line opens no directive, and the post showed its colons.
 */
function bracketLegacyTitles(doc: string): string {
  if (!doc.includes(':::')) return doc;
  return fenceRuns(doc)
    .flatMap(({ code, lines }) =>
      code
        ? lines
        : lines.map((line) => {
            const legacy = LEGACY_TITLE.exec(line);
            return legacy ? `${legacy[1]}[${legacy[2]!.replace(/[[\]\\]/g, '\\$&')}]` : line;
          }),
    )
    .join('\n');
}

/**
 * The directive syntax as a feature: on wherever it is given (`parsePost` always has it; a page
 * passes it to `MarkdownContent`, or `remarkKitDirectives` in `remarkPlugins`).
 */
export const directivesFeature: MarkdownFeature<'directives', {}> = {
  name: 'directives',
  options: {},
  plugins: () => ({ remark: [remarkKitDirectives] }),
};
