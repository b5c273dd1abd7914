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
import { sharedFolder } from './helpers/shared.js';

/** [kind, query, the file of the post it must find in its top 3]. */
const QUERIES: [kind: string, query: string, file: string][] = [
  ['title words', 'emulator javascript', 'taniarascia__2020-04-13-writing-an-emulator-in-javascript-chip8.md'],
  ['title words', 'hex dump', 'taniarascia__2019-01-04-bits-bytes-bases-and-a-hex-dump-javascript.md'],
  ['title words', 'keyword generics', 'rust-blog__keyword-generics.md'],
  ['title words', 'compiler ambitions', 'rust-blog__compiler-team-ambitions-2022.md'],
  ['title words', 'five years of rust', 'rust-blog__five-years-of-rust-index.md'],
  ['title words', 'releasing docusaurus i18n', 'docusaurus-website__2021-03-09-releasing-docusaurus-i18n.md'],
  ['title words', 'math typesetting', 'hugo-basic-example__math-typesetting.md'],
  ['title words', 'jekyll 3.2', 'jekyll-docs__2016-07-26-jekyll-3-2-0-released.markdown'],
  ['title words', 'go 1.21 released', 'go-blog__go1.21.md'],
  ['title words', 'details tags controllable component', 'jbranchaud-til__details-tags-are-a-controllable-component.md'],
  ['title words', 'u128 layout', 'rust-blog__2024-03-30-i128-layout-update.md'],
  ['title words', 'new beginnings', 'gatsby-starter-blog__new-beginnings-index.md'],
  ['heading word', 'calling convention', 'rust-blog__2024-03-30-i128-layout-update.md'],
  ['heading word', 'nibbles', 'taniarascia__2019-01-04-bits-bytes-bases-and-a-hex-dump-javascript.md'],
  ['heading word', 'sandwich problem', 'rust-blog__keyword-generics.md'],
  ['heading word', 'WASI', 'go-blog__go1.21.md'],
  ['heading word', 'dynamic dispatch', 'rust-blog__stabilizing-async-fn-in-trait.md'],
  ['heading word', 'MSRV', 'rust-blog__this-development-cycle-in-cargo-1.79-index.md'],
  ['tag', 'shortcodes', 'hugo-basic-example__rich-content.md'],
  ['tag', 'computer science', 'taniarascia__2019-01-04-bits-bytes-bases-and-a-hex-dump-javascript.md'],
  ['tag', 'emoji', 'hugo-basic-example__emoji-support.md'],
  ['author', 'Trevor Gross', 'rust-blog__2024-03-30-i128-layout-update.md'],
  ['author', 'Yoshua Wuyts', 'rust-blog__keyword-generics.md'],
  ['author', 'Niko Matsakis', 'rust-blog__stabilizing-async-fn-in-trait.md'],
  ['author', 'Patrice Chalin', 'docsy-example__first-post-index.md'],
  ['misspelling', 'emulater', 'taniarascia__2020-04-13-writing-an-emulator-in-javascript-chip8.md'],
  ['misspelling', 'typesettng', 'hugo-basic-example__math-typesetting.md'],
  ['misspelling', 'hexadecmal', 'taniarascia__2019-01-04-bits-bytes-bases-and-a-hex-dump-javascript.md'],
  ['misspelling', 'kubernets', 'k8s-website-ja__2024-08-15-consistent-read-from-cache.md'],
  ['prefix', 'stabiliz', 'rust-blog__stabilizing-async-fn-in-trait.md'],
  ['prefix', 'placehol', 'hugo-basic-example__placeholder-text.md'],
  ['prefix', 'internationaliz', 'docusaurus-website__2021-03-09-releasing-docusaurus-i18n.md'],
  ['accents', 'Esteban Küber', 'rust-blog__compiler-team-ambitions-2022.md'],
  ['accents', 'esteban kuber', 'rust-blog__compiler-team-ambitions-2022.md'],
  ['accents', 'émulâtor', 'taniarascia__2020-04-13-writing-an-emulator-in-javascript-chip8.md'],
  ['Japanese', '整合性', 'k8s-website-ja__2024-08-15-consistent-read-from-cache.md'],
  ['Japanese', 'キャッシュ', 'k8s-website-ja__2024-08-15-consistent-read-from-cache.md'],
  ['Chinese', '一致性读', 'k8s-website-zh-cn__2024-08-15-consistent-read-from-cache.md'],
  ['Chinese', '缓存', 'k8s-website-zh-cn__2024-08-15-consistent-read-from-cache.md'],
  ['Persian', 'داکسی', 'docsy-example-fa__first-post-index.md'],
];

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
