/**
 * What the benchmark measures, bundled by bench/run.mjs into one module with NODE_ENV=production,
 * so the kit and the baseline share the same copies of React, unified and micromark.
 */
import matter from 'gray-matter';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { PostLayout, type Post } from '../src/index.js';
import { parsePost, type ParseOptions } from '../src/parse/index.js';

export { parsePost };

/** The kit: parse the file once, render the whole layout (header, meta, hero, TOC, sections, footnotes). */
export function pipeline(source: string, filename?: string, options: ParseOptions = {}): string {
  return renderToString(createElement(PostLayout, { post: parsePost(source, { ...options, filename }) }));
}

/** Rendering a post that was parsed earlier (at build time, in a loader, or from JSON). */
export function renderPost(post: Post): string {
  return renderToString(createElement(PostLayout, { post }));
}

/**
 * The baseline a Next.js-style blog runs: gray-matter splits the frontmatter, react-markdown with
 * remark-gfm parses and renders the body. Options are passed to gray-matter so that its
 * per-string cache does not turn repeated iterations into a lookup (a build sees each file once).
 */
export function baseline(source: string, rehypePlugins: unknown[] = []): string {
  const { content } = matter(source, {});
  return renderToString(createElement(Markdown, { remarkPlugins: [remarkGfm], rehypePlugins: rehypePlugins as never }, content));
}

/** The body gray-matter extracts, for the parse floor. */
export function bodyOf(source: string): string {
  return matter(source, {}).content;
}

const floorProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * The parse floor: markdown → mdast with GFM (`processor.parse`, micromark + mdast-util-from-markdown
 * with the GFM extensions) and `runSync` of that processor, whose only transformer is remark-gfm's
 * (none of note). No mdast → hast, no sanitising, no React.
 */
export function floor(body: string): unknown {
  return floorProcessor.runSync(floorProcessor.parse(body));
}

// Code-heavy posts: the kit's parsePost (Shiki at parse time) against what a static blog runs.
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { createHighlighter } from 'shiki';
import { defaultLanguages, defaultThemes } from '../src/markdown/highlight.js';

let shikiBaseline: ReturnType<typeof makeShikiBaseline> | undefined;

function makeShikiBaseline(highlighter: Awaited<ReturnType<typeof createHighlighter>>) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeShikiFromHighlighter, highlighter as never, { themes: { light: 'github-light', dark: 'github-dark' }, fallbackLanguage: 'text' })
    .use(rehypeStringify)
    .freeze();
}

/**
 * unified + remark-parse + remark-gfm + remark-rehype + @shikijs/rehype + rehype-stringify, with
 * Shiki's own highlighter (Oniguruma, every bundled grammar on demand): created once up front, so
 * each timed call is the per-post work only, as in a build that highlights many posts.
 */
export async function prepareShikiBaseline(langs: string[]): Promise<void> {
  const highlighter = await createHighlighter({ themes: ['github-light', 'github-dark'], langs });
  shikiBaseline = makeShikiBaseline(highlighter);
}

let highlightedMarkdown: unknown[] = [];

/**
 * The baseline with highlighting, like for like with the kit's default: react-markdown + remark-gfm
 * + @shikijs/rehype, on Shiki's own highlighter (Oniguruma) loaded up front with the kit's default
 * languages and themes, as a react-markdown blog that highlights code would run it.
 */
export async function prepareHighlightedBaseline(): Promise<void> {
  const highlighter = await createHighlighter({ themes: [defaultThemes.light, defaultThemes.dark], langs: defaultLanguages.flat() });
  highlightedMarkdown = [[rehypeShikiFromHighlighter, highlighter, { themes: { light: defaultThemes.light.name!, dark: defaultThemes.dark.name! } }]];
}

/** {@link baseline} with @shikijs/rehype (see {@link prepareHighlightedBaseline}). */
export function baselineHighlighted(source: string): string {
  return baseline(source, highlightedMarkdown);
}

/** One post through the Shiki baseline (see {@link prepareShikiBaseline}). */
export function shikiPipeline(source: string): string {
  const processor = shikiBaseline!;
  return String(processor.processSync(matter(source, {}).content));
}
