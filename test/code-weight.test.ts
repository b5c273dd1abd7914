// @vitest-environment node
/**
 * What highlighted code weighs (issue 28): a highlighted block keeps its code as one text and its
 * colours as a run table (core/code-runs.ts), so a code-heavy post's JSON holds no node per token or
 * line, and its page, where the table becomes Shiki's spans again, stays within twice the HTML
 * @shikijs/rehype writes for the same markdown. Sizes, not times: gzip level 9, as
 * `node bench/code-weight.mjs` prints them for the corpus and a 300 kB post.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeShiki from '@shikijs/rehype';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { codeHeavyPost } from '../bench/code-weight.mjs';
import { PostLayout } from '../src/index.js';
import { parsePost } from '../src/parse/index.js';
import { sharedFolder } from './helpers/shared.js';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const corpus = sharedFolder('corpus');
const posts = readdirSync(corpus)
  .filter((name) => /\.(md|mdx|markdown)$/.test(name) && name !== 'SOURCES.md')
  .map((name) => ({ name, text: readFileSync(path.join(corpus, name), 'utf8') }))
  .filter((p) => !p.text.startsWith('---js'));
// A tenth of the bench's 300 kB, so the test stays quick; the same blocks, the same density.
const markdown = codeHeavyPost(posts, 30_000);

describe('a code-heavy post', () => {
  const post = parsePost(markdown, { filename: 'heavy.md' });
  const json = JSON.stringify(post);

  it('keeps each block’s code as one text and its colours as a run table, with no node per token', () => {
    const blocks = json.match(/"tagName":"pre"/g)?.length ?? 0;
    const tables = json.match(/"runs":"/g)?.length ?? 0;
    expect(blocks).toBeGreaterThan(30);
    expect(tables).toBeGreaterThan(blocks * 0.8);
    expect(json).not.toContain('"className":["line"]');
    expect(json).not.toMatch(/"tagName":"span","properties":\{"style":"--shiki-light:/);
  });

  it('weighs at most 1.5 times its markdown, gzipped', () => {
    expect(gz(json) / gz(markdown)).toBeLessThanOrEqual(1.5);
  });

  it('renders a page within twice the gzip of the HTML @shikijs/rehype writes with its default dual themes', async () => {
    const shiki = await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeShiki, { themes: { light: 'github-light', dark: 'github-dark' } })
      .use(rehypeStringify)
      .process(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const page = renderToStaticMarkup(createElement(PostLayout, { post }));
    expect(gz(page) / gz(String(shiki))).toBeLessThanOrEqual(2);
    // The page draws each token in its colours for both schemes, as Shiki's HTML does.
    expect(page).toMatch(/<span style="--shiki-light:#[0-9a-f]+;--shiki-dark:#[0-9a-f]+">/i);
  }, 120_000);
});
