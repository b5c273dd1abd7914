/**
 * What the MDX row of the benchmark measures (bench/mdx.mjs), bundled into one module with
 * NODE_ENV=production so the kit and @mdx-js/mdx share the same copies of React, unified and
 * micromark: the kit parses an `.mdx` post into data and renders it; @mdx-js/mdx compiles the post
 * to JavaScript, runs it and renders the component it made. Both render the same components.
 */
import { evaluateSync, type EvaluateOptions } from '@mdx-js/mdx';
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import matter from 'gray-matter';
import type { Root } from 'mdast';
import { createElement, Fragment, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToString } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import { createHighlighter } from 'shiki';
import { PostLayout, type Components } from '../src/index.js';
import { defaultLanguages, defaultThemes } from '../src/markdown/highlight.js';
import { parsePost, type ParseOptions } from '../src/parse/index.js';

// The components a post of the row uses: plain function components, the same ones on both sides.

function Note({ type = 'note', children }: { type?: string; children?: ReactNode }) {
  return createElement('aside', { className: `note note-${type}`, role: 'note' }, children);
}

function Kbd({ children }: { children?: ReactNode }) {
  return createElement('kbd', null, children);
}

/** An object prop: file name → source, shown as one block each. */
function Playground({ files = {}, options = {} }: { files?: Record<string, string>; options?: { showTabs?: boolean; active?: string } }) {
  const names = Object.keys(files);
  return createElement(
    'figure',
    { className: 'playground', 'data-active': options.active ?? names[0] },
    options.showTabs ? createElement('figcaption', null, names.join(' · ')) : null,
    names.map((name) => createElement('pre', { key: name, 'data-file': name }, createElement('code', null, files[name]))),
  );
}

/** A list of objects prop: each series as a row of its points. */
function Chart({ title, series = [] }: { title?: string; series?: { name: string; points: number[] }[] }) {
  return createElement(
    'figure',
    { className: 'chart' },
    createElement('figcaption', null, title),
    createElement(
      'dl',
      null,
      series.map((s) => createElement(Fragment, { key: s.name }, createElement('dt', null, s.name), createElement('dd', null, s.points.join(' ')))),
    ),
  );
}

/** The astro corpus post's `<HeaderLink href>`: a link. */
function HeaderLink({ href, children }: { href?: string; children?: ReactNode }) {
  return createElement('a', { href, className: 'header-link' }, children);
}

const components = { Note, Kbd, Playground, Chart, HeaderLink };
const kitComponents = components as unknown as Components;
const ignore = () => {};

/**
 * The kit: `parsePost` of the `.mdx` file, then the post page with the components mapped. What it
 * leaves out (the Astro post's `onclick`) is told to a hook that keeps it, as a quiet build would,
 * not written to the console each round; `evaluate` warns of nothing.
 */
export function kitMdx(source: string, filename: string, options: ParseOptions = {}): string {
  return renderToString(createElement(PostLayout, { post: parsePost(source, { onWarning: ignore, ...options, filename }), components: kitComponents }));
}

/**
 * The post's `import` lines go: `evaluate` would import each at run time, and the components they
 * name are given through `components` instead, as the kit's host gives them.
 */
function remarkDropImports() {
  return (tree: Root) => {
    tree.children = tree.children.filter((node) => (node.type as string) !== 'mdxjsEsm');
  };
}

/**
 * @mdx-js/mdx: gray-matter splits off the YAML frontmatter (MDX reads it as markdown otherwise: a
 * thematic break and a heading), `evaluateSync` compiles the body with remark-gfm (tables, as the
 * kit reads them) and runs it, then `renderToString(<MDXContent components>)`. `evaluateSync` is
 * `evaluate` without the promise: the same compile and run.
 */
export function mdxEvaluate(source: string, rehypePlugins: unknown[] = []): string {
  const { content } = matter(source, {});
  const { default: MDXContent } = evaluateSync(content, {
    ...(runtime as unknown as Pick<EvaluateOptions, 'Fragment' | 'jsx' | 'jsxs'>),
    remarkPlugins: [remarkGfm, remarkDropImports],
    rehypePlugins: rehypePlugins as never,
  });
  return renderToString(createElement(MDXContent, { components }));
}

let highlighted: unknown[] = [];

/**
 * `@shikijs/rehype` for {@link mdxHighlighted}, on Shiki's own highlighter (Oniguruma) made up front
 * with the kit's default languages and themes, as bench/lib.ts's highlighted baseline has it.
 */
export async function prepareHighlighted(): Promise<void> {
  const highlighter = await createHighlighter({ themes: [defaultThemes.light, defaultThemes.dark], langs: defaultLanguages.flat() });
  highlighted = [[rehypeShikiFromHighlighter, highlighter, { themes: { light: defaultThemes.light.name!, dark: defaultThemes.dark.name! } }]];
}

/** {@link mdxEvaluate} highlighting code as the kit does by default: like for like with `kitMdx`. */
export function mdxHighlighted(source: string): string {
  return mdxEvaluate(source, highlighted);
}

const section = (i: number) => `## ${['Reading', 'Writing', 'Testing', 'Shipping'][i % 4]} the tides, part ${i + 1} {/*part-${i + 1}*/}

The tide turns **twice a day**, and the table in \`tides.json\` says when: read it with
[the almanac](https://example.com/almanac/${i}) open beside it, and press <Kbd>Ctrl</Kbd> + <Kbd>K</Kbd> to search.
A harbour master writes the *slack water* down to the minute, because a boat that leaves early meets the flood.

{/* Section ${i + 1}: checked against the ${2000 + i} tables. */}

<Note type="${i % 2 ? 'tip' : 'warning'}">
  Spring tides come **two days** after a full or new moon, not on the day itself.

  - high water rises higher
  - low water falls lower
</Note>

${
  i % 3 === 0
    ? `| Port | High water | Low water | Range (m) |
| --- | --- | --- | ---: |
| Brest | 05:12 | 11:31 | ${(6 + (i % 5) * 0.1).toFixed(1)} |
| Dover | 09:40 | 16:02 | ${(5.2 + (i % 4) * 0.2).toFixed(1)} |
| Saint-Malo | 06:03 | 12:20 | ${(10.9 + (i % 3) * 0.3).toFixed(1)} |
`
    : `<Chart title="Heights, week ${i + 1}" series={[{ name: 'high', points: [${i % 7}, 4.1, 4.4, 4.9] }, { name: 'low', points: [1.2, 0.9, 0.7, ${(i % 5) / 10}] }]} />
`
}
\`\`\`ts
export function nextHighWater(table: Tide[], after: Date): Tide | undefined {
  // The table is sorted by time; the first high water after the given time is the answer.
  return table.find((tide) => tide.kind === 'high' && tide.at > after.getTime() + ${i});
}
\`\`\`

${
  i % 4 === 1
    ? `<Playground files={{ 'App.js': 'export default function App() {\\n  return <h1>Tide ${i}</h1>;\\n}', 'styles.css': 'h1 { color: navy; }' }} options={{ showTabs: true, active: 'App.js' }} />
`
    : `\`\`\`bash
npx tides --port brest --days ${i + 1}
\`\`\`
`
}
Each port has its own rhythm, set by the shape of its coast and the depth of its water, so a table is
only good for the port it was written for.
`;

/**
 * A long post with components, made here (no corpus post is this long): frontmatter, an excerpt
 * marker, and `sections` sections each with a heading id, inline and block components (`<Kbd>`,
 * `<Note>` with markdown children, `<Chart>` or `<Playground>` with literal object and array props),
 * a comment, a table or a chart, and code blocks.
 */
export function longMdxPost(sections: number): string {
  const body = Array.from({ length: sections }, (_, i) => section(i)).join('\n');
  return `---
title: A year of tide tables
description: How to read, write, test and ship tide tables, port by port.
pubDate: 2024-06-01
tags: [tides, tables, mdx]
---

Tide tables look simple until the first spring tide: this post walks through a year of them.

{/* truncate */}

${body}`;
}
