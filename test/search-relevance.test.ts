// @vitest-environment node
/**
 * Relevance of `react-blog-kit/search` over the shared corpus (read at run time, never copied): each
 * query must find the post named by its file in its first three results. The queries cover title
 * words, heading words, tags, authors, misspellings, prefixes, accents, and Japanese, Chinese and
 * Persian text; each was chosen from a post whose answer is not in doubt.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPosts } from '../src/node/index.js';
import type { Post } from '../src/post/index.js';
import { createSearchIndex, loadSearchIndex, search, type SearchIndex } from '../src/search/index.js';
import { QUERIES } from './helpers/search-queries.js';
import { sharedFolder } from './helpers/shared.js';


let index: SearchIndex;
let files: string[];

beforeAll(async () => {
  const corpus = sharedFolder('corpus');
  files = readdirSync(corpus).filter((f) => f !== 'SOURCES.md');
  // Posts of different blogs may share a slug (the Japanese and Chinese translations do): each gets
  // its own URL, as a site serving them all would give it. The post whose frontmatter is code is left out.
  const posts = await loadPosts(corpus, {
    images: 'keep',
    drafts: true,
    onError: 'skip',
    onProblem: () => {},
    onWarning: () => {},
    postHref: (post: Post) => `/${post.source}/`,
  });
  // The result's href names the post's file, so a query names the post it must find by its file.
  const data = createSearchIndex(
    posts.filter((p) => p.source !== 'SOURCES.md'),
    { href: (post) => (post as Post).source! },
  );
  index = loadSearchIndex(JSON.stringify(data));
}, 120_000);

describe('when the corpus is searched', () => {
  it(`has at least 30 queries, each naming a post of the corpus`, () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    for (const [, , file] of QUERIES) expect(files).toContain(file);
    for (const kind of ['title words', 'heading word', 'tag', 'author', 'misspelling', 'prefix', 'accents', 'Japanese', 'Chinese'])
      expect(QUERIES.some(([k]) => k === kind), kind).toBe(true);
  });

  it.each(QUERIES)('%s: %j finds %s in its top 3', (_kind, query, file) => {
    const top = search(index, query, { limit: 3 }).map((r) => r.href);
    expect(top).toContain(file);
  });

  it('gives the heading of a heading word’s section as the anchor', () => {
    const [r] = search(index, 'calling convention');
    expect(r).toMatchObject({ href: 'rust-blog__2024-03-30-i128-layout-update.md', heading: 'The Calling Convention Problem', anchor: 'the-calling-convention-problem' });
    const [ja] = search(index, '整合性');
    expect(ja.heading).toBe('なぜ整合性のある読み込みが重要なのか');
  });
});
