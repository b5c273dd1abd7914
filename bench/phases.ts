/**
 * The pipeline and the baseline cut into their phases, for bench/phases.mjs: each phase runs on
 * inputs prepared beforehand, so its time is its own. Internals are imported from src on purpose;
 * this is a diagnostic, not part of the public API.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import matter from 'gray-matter';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { createElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { renderToString } from 'react-dom/server';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { ArticleMeta, PostLayout, SectionList, TableOfContents, type Post } from '../src/index.js';
import { readFields } from '../src/parse/fields.js';
import { lineOfField, splitFrontmatter } from '../src/parse/frontmatter.js';
import { readingTime } from '../src/parse/reading-time.js';
import { assignHeadings } from '../src/markdown/headings.js';
import { markdownChain } from '../src/markdown/kit-chain.js';
import { buildStructure } from '../src/parse/structure.js';
import { resolveLabels } from '../src/core/labels.js';
import { renderTree } from '../src/render/render.js';
import { parsePost, type ParseOptions } from '../src/parse/index.js';

// The processor parsePost builds for a source (from the one chain, GFM limited to what the source
// can contain) and react-markdown's.
// PHASES_OPTIONS='{"highlight":false}' times the kit with other parse options.
const kitOptions = JSON.parse(process.env.PHASES_OPTIONS ?? '{}') as ParseOptions;
const kitFor = (body: string) => {
  const chain = markdownChain(kitOptions, body);
  return unified().use(remarkParse).use(chain.remarkPlugins).use(remarkRehype, chain.remarkRehypeOptions).use(chain.rehypePlugins).freeze();
};
const floorProc = unified().use(remarkParse).use(remarkGfm).freeze();
const rm = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).freeze();

/** A copy of parse-post.ts's private nesting check, to time it. */
function nestingDepth(tree: MdastRoot): number {
  let max = 0;
  const stack: [{ type: string; children?: unknown[] }, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (node.children) for (const child of node.children as { type: string; children?: unknown[] }[]) stack.push([child, depth + 1]);
  }
  return max;
}

/** A copy of parse-post.ts's walk + position strip + text collection. */
function stripAndText(tree: HastRoot): string {
  let text = '';
  const stack: any[] = [tree];
  while (stack.length) {
    const node = stack.pop();
    if ('position' in node) delete node.position;
    if (node.type === 'text') text += `${node.value} `;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return text;
}

export interface Phases {
  [name: string]: () => unknown;
}

/**
 * Phases of one input. Phases that mutate their input (the kit's passes on the hast) get a fresh
 * structured clone from `fresh()`, made before the clock starts.
 */
export function phasesOf(source: string) {
  const body = splitFrontmatter(source).body;
  const kit = kitFor(body);
  const mdast = kit.parse(body);
  const hastTemplate = kit.runSync(structuredClone(mdast)) as HastRoot;
  const post: Post = parsePost(source, kitOptions);
  const labels = resolveLabels(undefined);
  const rmBody = matter(source, {}).content;
  const rmMdast = rm.parse(rmBody);
  const rmHast = rm.runSync(structuredClone(rmMdast)) as HastRoot;

  let mdastCopy = structuredClone(mdast);
  let hastCopy = structuredClone(hastTemplate);
  let rmMdastCopy = structuredClone(rmMdast);
  const fresh = () => {
    mdastCopy = structuredClone(mdast);
    hastCopy = structuredClone(hastTemplate);
    rmMdastCopy = structuredClone(rmMdast);
  };

  const kitPhases: Phases = {
    'kit: frontmatter (yaml + fields)': () => {
      const split = splitFrontmatter(source);
      return readFields(split.data, { lineOf: (key) => lineOfField(split, key) });
    },
    'kit: markdown parse (micromark)': () => kit.parse(body),
    'kit: nesting check': () => nestingDepth(mdast),
    'kit: runSync (gfm, mdast→hast, safety)': () => kit.runSync(mdastCopy),
    'kit: headings + strip + reading time + structure': () => {
      const headings = assignHeadings(hastCopy);
      const text = stripAndText(hastCopy);
      readingTime(text);
      return buildStructure(hastCopy, headings, undefined);
    },
    'kit: parsePost (all of the above)': () => parsePost(source, kitOptions),
    'kit: render PostLayout (all)': () => renderToString(createElement(PostLayout, { post })),
    'kit: render ArticleMeta only': () =>
      renderToString(createElement(ArticleMeta, { pubDate: post.pubDate, readingTime: post.readingTime, authors: post.authors, tags: post.tags })),
    'kit: render TableOfContents only': () => renderToString(createElement(TableOfContents, { toc: post.toc })),
    'kit: render SectionList only': () => renderToString(createElement(SectionList, { sections: post.sections })),
    'kit: renderTree (prepare+toJsx) of every body tree, no React render': () => {
      renderTree(post.intro, { labels });
      for (const s of post.sections) {
        renderTree(s.content, { labels });
        for (const i of s.items) renderTree(i.content, { labels });
      }
    },
  };
  const basePhases: Phases = {
    'base: gray-matter': () => matter(source, {}),
    'base: markdown parse (micromark)': () => rm.parse(rmBody),
    'base: runSync (gfm, mdast→hast)': () => rm.runSync(rmMdastCopy),
    'base: toJsxRuntime + renderToString': () =>
      renderToString(toJsxRuntime(rmHast, { Fragment, jsx, jsxs, passKeys: true, ignoreInvalidStyle: true })),
    'floor: parse + runSync, remark-gfm only': () => floorProc.runSync(floorProc.parse(rmBody)),
    'base: whole react-markdown render': () => renderToString(createElement(Markdown, { remarkPlugins: [remarkGfm] }, rmBody)),
  };
  return { kitPhases, basePhases, fresh };
}

/** Sanity figures: output sizes of the two renders. */
export function outputs(source: string) {
  const post: Post = parsePost(source, kitOptions);
  const rmBody = matter(source, {}).content;
  const rmHast = rm.runSync(rm.parse(rmBody)) as HastRoot;
  return {
    kit: renderToString(createElement(PostLayout, { post })).length,
    baseToJsx: renderToString(toJsxRuntime(rmHast, { Fragment, jsx, jsxs, passKeys: true, ignoreInvalidStyle: true })).length,
    baseWhole: renderToString(createElement(Markdown, { remarkPlugins: [remarkGfm] }, rmBody)).length,
  };
}
