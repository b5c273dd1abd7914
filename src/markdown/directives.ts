import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Construct, Extension } from 'micromark-util-types';
import type { Processor } from 'unified';
import type { MarkdownFeature } from './feature.js';

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
 * of the callouts (about 4 kB gzip): the parser always has it, a page rendering markdown at run time
 * with `MarkdownContent` carries it only when it passes it in `remarkPlugins`.
 */
export function remarkKitDirectives(this: Processor) {
  const data = this.data() as { micromarkExtensions?: Extension[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(containerDirectives());
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
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
