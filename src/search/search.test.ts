// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../test/helpers/shared.js';
import { toSummary } from '../collection/index.js';
import { parsePost } from '../parse/index.js';
import MiniSearch from 'minisearch';
import { chunked, plainFirst, readPosts } from './build.js';
import { FIELDS, TEXT, engineOptions, unpack, type EngineJSON } from './data.js';
import { fold, wordSplitter } from './words.js';
import { createSearchIndex, loadSearchIndex, search, type SearchIndexData, type SearchResult } from './index.js';

const cafe = parsePost(`---
title: Café culture in Montréal
description: Where the city drinks its morning coffee.
tags: [travel, coffee]
authors: [{ name: Zoë Ångström }]
pubDate: 2024-05-01
---
The city wakes up slowly.

## Naïve espresso

Pull a shot, then wait. The crema settles.

\`\`\`js
const secretcodeword = 1;
\`\`\`

## Tides of customers

At noon the queue reaches the perigee of its length, and baristas hurry.
`, { filename: 'cafe.md' });

const ja = parsePost(`---
title: キャッシュからの読み込み
---
## 整合性のある読み込み

クラスターの規模が拡大するにつれて、コントロールプレーンへの負荷が増えます。
`, { filename: 'ja.md' });

const zh = parsePost(`---
title: 通过缓存读取
---
## 为什么一致性读很重要

随着集群规模扩大，对控制平面的需求可能成为性能瓶颈。
`, { filename: 'zh.md' });

const hidden = parsePost(`---
title: Hidden espresso notes
unlisted: true
---
Espresso everywhere.
`, { filename: 'hidden.md' });

const posts = [cafe, ja, zh, hidden];
const data = createSearchIndex(posts);
const index = loadSearchIndex(data);
const slugs = (results: SearchResult[]) => results.map((r) => r.slug);

describe('when words are folded', () => {
  it('folds accents, case and compatibility forms, and keeps what is not an accent', () => {
    expect(fold('Café')).toBe('cafe');
    expect(fold('ÅNGSTRÖM')).toBe('angstrom');
    expect(fold('Ｒｕｓｔ')).toBe('rust');
    // A Japanese voiced mark is a letter of its own: が is not か.
    expect(fold('が')).toBe('が');
  });

  it('finds a post whatever accents and case the query uses', () => {
    expect(slugs(search(index, 'cafe montreal'))[0]).toBe('cafe');
    expect(slugs(search(index, 'MONTRÉAL'))[0]).toBe('cafe');
    expect(slugs(search(index, 'zoe angstrom'))[0]).toBe('cafe');
    expect(slugs(search(index, 'naive'))[0]).toBe('cafe');
  });
});

describe('when the index is packed', () => {
  it('numbers the text field as the packed postings, which leave it unnamed, expect', () => {
    expect(FIELDS[TEXT]).toBe('text');
  });

  it("unpacks to the engine's own JSON, each count rounded down to a power of four", () => {
    const split = wordSplitter();
    const engine = new MiniSearch(engineOptions(split));
    const many = Array.from({ length: 40 }, (_, i) => ({ ...cafe, slug: `cafe-${i}`, tags: i % 3 ? ['coffee'] : [] }));
    for (const { document } of readPosts([...many, ja, zh], {}, split)) engine.add(document);
    const json = engine.toJSON() as unknown as EngineJSON;
    const quarter = (n: number) => 4 ** Math.floor(Math.log(n) / Math.log(4) + 1e-9);
    const expected = Object.fromEntries(
      json.index.map(([term, fields]) => [
        term,
        Object.fromEntries(Object.entries(fields).map(([f, docs]) => [f, Object.fromEntries(Object.entries(docs).map(([d, n]) => [d, quarter(n)]))])),
      ]),
    );
    const unpacked = unpack(createSearchIndex([...many, ja, zh]).engine);
    expect(Object.fromEntries(unpacked.index)).toEqual(expected);
    expect(Object.values(expected).some((fields) => Object.values(fields).some((docs) => Object.values(docs).some((n) => n >= 4)))).toBe(true);
    expect(unpacked.fieldLength).toEqual(json.fieldLength);
    expect(unpacked.documentCount).toBe(json.documentCount);
  });
});

describe('when a long text is split into words', () => {
  it('gives the words and places the segmenter gives for the whole text, though it segments it in pieces', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    const whole = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => ({ index: s.index, segment: s.segment }));
    const english = 'Go 1.21 brings node.js-free builds, naïve café talk and U+1F600 😀 faces. '.repeat(60);
    const japanese = 'クラスターの規模が拡大するにつれて、コントロールプレーンへの負荷が増えます。'.repeat(60);
    for (const text of [english, japanese, english + japanese]) expect(chunked(wordSplitter())(text)).toEqual(whole(text));
  });
});

describe('when a text is split into words at build time', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  const whole = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => ({ index: s.index, segment: s.segment }));
  const split = plainFirst(chunked(wordSplitter()));

  it('takes plain words as they are and gives the words and places the segmenter gives, for every post of the corpus', () => {
    const corpus = sharedFolder('corpus');
    const texts = readdirSync(corpus).filter((name) => /\.(md|mdx|markdown)$/.test(name)).map((name) => readFileSync(path.join(corpus, name), 'utf8'));
    expect(texts.length).toBeGreaterThan(30);
    // The segmenter in pieces: the whole text's words, as the test above shows, in linear time.
    for (const text of texts) expect(split(text)).toEqual(chunked(wordSplitter())(text));
  });

  it('leaves to the segmenter what joins across punctuation or invisible characters', () => {
    const edges = [
      "don't (hello) 'quoted' \"twice\" e.g. U.S.A. 3.14 1,000 foo_bar __ _ x:y a.b",
      'abc\uFEFFdef caf\u0301e a \u0301b x\u200Dy 😀a a😀 ｒｕｓｔ 整合性 (整合) ՚ a\u00A0b a\u3000b',
      '\tstart\r\nend. [link] {x} <tag> *em* !bang? ;semi: 42nd 0x1F',
    ];
    for (const text of edges) expect(split(text)).toEqual(whole(text));
  });
});

describe('when the text is Chinese or Japanese', () => {
  it('splits words with Intl.Segmenter, so a word inside a sentence is found', () => {
    expect(slugs(search(index, '整合性'))).toEqual(['ja']);
    expect(slugs(search(index, '一致性'))).toEqual(['zh']);
    expect(slugs(search(index, '性能瓶颈'))).toEqual(['zh']);
  });
});

describe('when a word is typed in part or with a typo', () => {
  it('finds the words a query word begins, unless prefix is off', () => {
    expect(slugs(search(index, 'perig'))).toEqual(['cafe']);
    expect(search(index, 'perig', { prefix: false })).toEqual([]);
  });

  it('finds a word one typo away from four letters on, unless fuzzy is off', () => {
    expect(slugs(search(index, 'peregee'))).toEqual(['cafe']);
    expect(slugs(search(index, 'baristas', { fuzzy: false }))).toEqual(['cafe']);
    expect(search(index, 'peregee', { fuzzy: false, prefix: false })).toEqual([]);
  });

  it('looks a typo away only for a word the index does not hold, so near-misses never outrank the word itself', () => {
    const post = (slug: string, title: string, body: string) => parsePost(`---\ntitle: ${title}\nslug: ${slug}\n---\n${body}\n`, { filename: `${slug}.md` });
    const two = loadSearchIndex(
      createSearchIndex([
        post('rust', 'What a year of Rust in production taught our small team', 'We moved our services over last year.\n\n## Deploying\n\nBuilds take a few minutes.'),
        post('notes', 'Weekly notes', 'Small things.\n\n## Just trust the dust, must bust the gust\n\nCleaning the workshop.'),
      ]),
    );
    // Six words one typo from `rust` in one heading added up to more than the title's own word.
    expect(slugs(search(two, 'rust'))).toEqual(['rust']);
    // A word it does not hold still finds the words a typo away.
    expect(slugs(search(two, 'rusy'))).toEqual(['rust']);
  });
});

describe('when a result is shown', () => {
  it('gives the title, the date, and the anchor and text of the heading that matches', () => {
    const [r] = search(index, 'espresso');
    expect(r).toMatchObject({ slug: 'cafe', title: 'Café culture in Montréal', date: '2024-05-01', anchor: 'naïve-espresso', heading: 'Naïve espresso' });
    expect(r.matches).toEqual(['espresso']);
    expect(r.score).toBeGreaterThan(0);
    // A heading's own id (written with {#id}) is kept as it is.
    const custom = parsePost('---\ntitle: Tides\n---\n## Spring tides {#spring}\n\nThe moon pulls.\n', { filename: 'tides.md' });
    expect(search(loadSearchIndex(createSearchIndex([custom])), 'spring')[0]).toMatchObject({ anchor: 'spring', heading: 'Spring tides' });
  });

  it('shows the description with its matched words marked, as written (accents, case, prefix)', () => {
    const [r] = search(index, 'MORN cofee');
    expect(r.snippet).toBe('Where the city drinks its morning coffee.');
    expect(r.matches.sort()).toEqual(['coffee', 'morning']);
    expect(r.marks.map(([start, end]) => r.snippet.slice(start, end))).toEqual(['morning', 'coffee']);
    expect(r.anchor).toBeUndefined();
  });

  it('marks only words that match, in every snippet', () => {
    for (const query of ['PERIG', 'baristas', 'coffee', '負荷', '瓶颈', 'city']) {
      for (const r of search(index, query)) {
        for (const [start, end] of r.marks) expect(r.matches, query).toContain(fold(r.snippet.slice(start, end)));
      }
    }
  });

  it('with sectionSnippetLength, links and shows the section whose start matches when the description does not', () => {
    const richer = loadSearchIndex(createSearchIndex(posts, { sectionSnippetLength: 60 }));
    const [r] = search(richer, 'crema');
    expect(r).toMatchObject({ anchor: 'naïve-espresso', snippet: 'Pull a shot, then wait. The crema settles.' });
    expect(r.marks.map(([start, end]) => r.snippet.slice(start, end))).toEqual(['crema']);
    const [cut] = search(loadSearchIndex(createSearchIndex(posts, { sectionSnippetLength: 12 })), 'shot');
    expect(cut.snippet).toBe('Pull a shot…');
    // A Chinese start is cut between words too.
    expect(search(richer, '瓶颈')[0].marks.length).toBe(1);
  });

  it('has no anchor when no heading matches, and shows the description', () => {
    const [r] = search(index, 'crema');
    expect(r.anchor).toBeUndefined();
    expect(r.snippet).toBe('Where the city drinks its morning coffee.');
    expect(r.marks).toEqual([]);
  });

  it('marks the matched words in the title and in the heading', () => {
    const [r] = search(index, 'montreal espresso');
    expect(r.titleMarks.map(([start, end]) => r.title.slice(start, end))).toEqual(['Montréal']);
    expect(r.headingMarks?.map(([start, end]) => r.heading!.slice(start, end))).toEqual(['espresso']);
    expect(search(index, 'crema')[0].titleMarks).toEqual([]);
  });

  it('keeps only a date the kit reads, a day or an ISO date-time', () => {
    const dated = (pubDate: string) => parsePost(`---\ntitle: Dated\npubDate: ${pubDate}\n---\nText.\n`, { filename: 'dated.md', onWarning: () => {} });
    const [day, time] = [dated('2024-05-01'), dated('2024-05-01T10:30:00Z')];
    const summary = { ...toSummary(dated('2024-05-01')), pubDate: 'May 1st' };
    const results = search(loadSearchIndex(createSearchIndex([day, time, summary])), 'dated');
    expect(results.map((r) => r.date).sort()).toEqual([day.pubDate, time.pubDate, undefined].sort());
  });

  it('keeps the snippet plain text', () => {
    for (const r of search(index, 'tides')) expect(r.snippet).not.toMatch(/[<>]/);
  });
});

describe('when the index is built', () => {
  it('leaves out drafts, whatever the loader kept: the index is public', () => {
    const draft = { ...cafe, slug: 'plans', title: 'Plans', description: 'The codename is bluefalcon.', draft: true };
    expect(search(loadSearchIndex(createSearchIndex([...posts, draft])), 'bluefalcon')).toEqual([]);
    expect(slugs(search(loadSearchIndex(createSearchIndex([...posts, { ...draft, draft: false }])), 'bluefalcon'))).toEqual(['plans']);
  });

  it('leaves out code blocks unless includeCode, and unlisted posts', () => {
    expect(search(index, 'secretcodeword')).toEqual([]);
    expect(slugs(search(loadSearchIndex(createSearchIndex(posts, { includeCode: true })), 'secretcodeword'))).toEqual(['cafe']);
    expect(slugs(search(index, 'hidden'))).toEqual([]);
  });

  it('reads the own fields of a summary', () => {
    const fromSummaries = loadSearchIndex(createSearchIndex([toSummary(cafe)]));
    expect(slugs(search(fromSummaries, 'travel'))).toEqual(['cafe']);
    expect(search(fromSummaries, 'crema')).toEqual([]);
  });

  it('keeps each post’s href when given one', () => {
    const withHref = loadSearchIndex(createSearchIndex(posts, { href: (p) => `/blog/${p.slug}/` }));
    expect(search(withHref, 'crema')[0].href).toBe('/blog/cafe/');
    expect(search(index, 'crema')[0].href).toBeUndefined();
    expect(search(index, 'crema')[0].date).toBe('2024-05-01');
  });

  it('returns at most `limit` results, 10 by default', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ ...cafe, slug: `cafe-${i}` }));
    const big = loadSearchIndex(createSearchIndex(many));
    expect(search(big, 'crema')).toHaveLength(10);
    expect(search(big, 'crema', { limit: 3 })).toHaveLength(3);
    expect(search(big, '   ')).toEqual([]);
  });

  it('comes back equal from JSON, as the object or its text', () => {
    const json = JSON.stringify(data);
    const again = JSON.parse(json) as SearchIndexData;
    for (const query of ['cafe', 'crema', '整合性', 'peregee', 'perig']) {
      const expected = search(index, query);
      expect(search(loadSearchIndex(json), query)).toEqual(expected);
      expect(search(loadSearchIndex(again), query)).toEqual(expected);
    }
  });
});

describe('when the input is wrong', () => {
  it('createSearchIndex names the parameter, what it received and what it expected', () => {
    expect(() => createSearchIndex('posts' as never)).toThrow(
      new TypeError('createSearchIndex: posts must be an array of posts (Post or PostSummary), received "posts" (a string).'),
    );
    expect(() => createSearchIndex([cafe, {} as never])).toThrow(
      new TypeError('createSearchIndex: posts[1] must be a post (Post or PostSummary) with a title, received an object.'),
    );
    expect(() => createSearchIndex(posts, { snippetLength: -1 })).toThrow(
      new TypeError('createSearchIndex: options.snippetLength must be a whole number of characters, 0 or more, received -1 (a number).'),
    );
    expect(() => createSearchIndex(posts, { boost: { body: 2 } as never })).toThrow(/createSearchIndex: options\.boost\.body must be one of the fields title.*received "body" \(a string\)/);
  });

  it('loadSearchIndex refuses what is not an index, and an index of another version', () => {
    expect(() => loadSearchIndex(42 as never)).toThrow(
      new TypeError('loadSearchIndex: data must be the object createSearchIndex returned, or its JSON text, received 42 (a number).'),
    );
    expect(() => loadSearchIndex('{')).toThrow(/^loadSearchIndex: `data` is not JSON/);
    expect(() => loadSearchIndex({ ...data, version: 99 })).toThrow(
      'loadSearchIndex: the index is version 99, expected 1: build it again with createSearchIndex of this version of react-blog-kit.',
    );
    expect(() => loadSearchIndex({ ...data, posts: 'x' } as never)).toThrow(new TypeError('loadSearchIndex: data.posts must be an array, received "x" (a string).'));
  });

  it('search names the parameter, what it received and what it expected', () => {
    expect(() => search({} as never, 'x')).toThrow(new TypeError('search: index must be an index from loadSearchIndex, received an object.'));
    expect(() => search(index, 42 as never)).toThrow(new TypeError('search: query must be a string, received 42 (a number).'));
    expect(() => search(index, 'x', { limit: 1.5 })).toThrow(
      new TypeError('search: options.limit must be a whole number of results, 0 or more, received 1.5 (a number).'),
    );
  });
});
