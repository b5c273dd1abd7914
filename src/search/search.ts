/*
 * loadSearchIndex and search: the browser's side. Reads the JSON createSearchIndex wrote and asks
 * the engine; what it adds is the post a part belongs to, the section to link and the snippet.
 */
import MiniSearch from 'minisearch';
import { SEARCH_INDEX_FORMAT, engineOptions, type SearchIndexData } from './data.js';
import { received } from './errors.js';
import { fold, wordSplitter, type WordSplitter } from './words.js';

/** A loaded index, made by {@link loadSearchIndex}; only {@link search} reads it. */
export interface SearchIndex {
  /** The index's data, as loaded. */
  readonly data: SearchIndexData;
  /** @internal the engine, loaded. */
  readonly engine: MiniSearch;
  /** @internal the splitter the index was built with. */
  readonly split: WordSplitter;
}

/** How a query is run. */
export interface SearchOptions {
  /** The most results returned. @default 10 */
  limit?: number;
  /** Words of the query also find words they begin (`kube` finds `kubernetes`). @default true */
  prefix?: boolean;
  /** Words of four letters or more also find words one typo away (`kubernets`). @default true */
  fuzzy?: boolean;
}

/** One post found by {@link search}, best first. */
export interface SearchResult {
  /** The post's slug (`slugOf`). */
  slug: string;
  /** The post's title. */
  title: string;
  /** The post's `pubDate`, as the post gives it, when it has one. */
  date?: string;
  /** The post's URL, when the index was built with `href`. */
  href?: string;
  /** Plain text to show under the title: the start of the best matching section, or the post's description. */
  snippet: string;
  /** Where the matched words are in `snippet`: `[start, end)` in UTF-16 code units, in order. */
  marks: Array<[start: number, end: number]>;
  /** The indexed words the query matched (folded: lower case, no accents), best match first. */
  matches: string[];
  /** How well the post matches; higher is better. Comparable between results of one query only. */
  score: number;
  /** The id of the heading whose section matches best, for a link to `#anchor`; absent when the post's own fields match best. */
  anchor?: string;
  /** The text of that heading. */
  heading?: string;
}

function invalid(what: string, value: unknown, expected: string): never {
  throw new TypeError(`loadSearchIndex: invalid \`${what}\`: received ${received(value)}, expected ${expected}.`);
}

/**
 * Reads an index built by `createSearchIndex`, as the object or as its JSON text (a fetched
 * `search.json`). Load it once and keep it: every {@link search} reuses it.
 *
 * @throws {TypeError} when `data` is neither, or not an index (naming the part that is wrong);
 * {@link Error} when the index was built by another version of the kit (build it again) or its JSON
 * does not parse.
 *
 * @example
 * const index = loadSearchIndex(await (await fetch('/search.json')).text());
 */
export function loadSearchIndex(data: SearchIndexData | string): SearchIndex {
  let value: unknown = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch (cause) {
      throw new Error(`loadSearchIndex: \`data\` is not JSON (${(cause as Error).message}); expected the JSON createSearchIndex returned.`, { cause });
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) invalid('data', value, 'the object createSearchIndex returned, or its JSON text');
  const d = value as Record<string, unknown>;
  if (d.version !== SEARCH_INDEX_FORMAT)
    throw new Error(
      `loadSearchIndex: the index is version ${JSON.stringify(d.version) ?? 'undefined'}, expected ${SEARCH_INDEX_FORMAT}: build it again with createSearchIndex of this version of react-blog-kit.`,
    );
  if (!Array.isArray(d.posts)) invalid('data.posts', d.posts, 'an array');
  if (!Array.isArray(d.docs)) invalid('data.docs', d.docs, 'an array');
  if (!d.boost || typeof d.boost !== 'object') invalid('data.boost', d.boost, 'an object');
  if (d.language !== undefined && typeof d.language !== 'string') invalid('data.language', d.language, 'a string');
  const engineData = d.engine as Record<string, unknown> | null;
  if (!engineData || typeof engineData !== 'object' || !Array.isArray(engineData.index)) invalid('data.engine', d.engine, "the engine's index");
  const split = wordSplitter(d.language as string | undefined);
  let engine: MiniSearch;
  try {
    engine = MiniSearch.loadJS(engineData as never, engineOptions(split));
  } catch (cause) {
    throw new Error(`loadSearchIndex: the engine's index cannot be read (${(cause as Error).message}); build it again with createSearchIndex.`, { cause });
  }
  return { data: value as SearchIndexData, engine, split };
}

/** The ranges of `text`'s words that fold to one of `terms`. */
function marksIn(text: string, terms: ReadonlySet<string>, split: WordSplitter): Array<[number, number]> {
  const marks: Array<[number, number]> = [];
  for (const w of split(text)) if (terms.has(fold(w.segment))) marks.push([w.index, w.index + w.segment.length]);
  return marks;
}

interface Found {
  post: number;
  score: number;
  /** The post's parts that matched, best first. */
  docs: { id: number; score: number }[];
  terms: string[];
}

/**
 * The posts that match `query`, best first: each word of the query is looked for in every post's
 * title, description, tags, authors, headings and text, accents and case aside, Chinese and
 * Japanese split into words; a word also finds the words it begins and, from four letters, those
 * one typo away (both count less than the word itself). A post's score is that of its own fields
 * plus that of its best matching section, whose heading it links to; the snippet is the start of
 * the best matching part that shows a matched word, with those words marked.
 *
 * An empty or blank query finds nothing.
 *
 * @throws {TypeError} when `index` is not a loaded index, `query` not a string or an option has the wrong type.
 *
 * @example
 * for (const r of search(index, 'kubernetes cache')) console.log(r.title, r.anchor, r.snippet);
 */
export function search(index: SearchIndex, query: string, options?: SearchOptions): SearchResult[] {
  const fail = (name: string, value: unknown, expected: string): never => {
    throw new TypeError(`search: invalid \`${name}\`: received ${received(value)}, expected ${expected}.`);
  };
  if (!index || typeof index !== 'object' || !(index.engine instanceof MiniSearch)) fail('index', index, 'an index from loadSearchIndex');
  if (typeof query !== 'string') fail('query', query, 'a string');
  if (options !== undefined && (!options || typeof options !== 'object')) fail('options', options, 'an object of SearchOptions or undefined');
  const { limit = 10, prefix = true, fuzzy = true } = options ?? {};
  if (!(Number.isInteger(limit) && limit >= 0)) fail('options.limit', limit, 'a whole number of results, 0 or more');
  if (typeof prefix !== 'boolean') fail('options.prefix', prefix, 'a boolean');
  if (typeof fuzzy !== 'boolean') fail('options.fuzzy', fuzzy, 'a boolean');
  if (query.trim() === '' || limit === 0) return [];

  const { data, engine, split } = index;
  const hits = engine.search(query, {
    boost: data.boost,
    prefix,
    fuzzy: fuzzy ? (term) => (term.length >= 4 ? 1 : false) : false,
    combineWith: 'OR',
  });
  const byPost = new Map<number, Found>();
  for (const hit of hits) {
    const doc = data.docs[hit.id as number];
    if (!doc) continue;
    let found = byPost.get(doc[0]);
    if (!found) byPost.set(doc[0], (found = { post: doc[0], score: 0, docs: [], terms: [] }));
    found.docs.push({ id: hit.id as number, score: hit.score });
    for (const t of hit.terms) if (!found.terms.includes(t)) found.terms.push(t);
  }
  const ranked = [...byPost.values()];
  for (const found of ranked) {
    // The post's own fields, plus its best section: a long post is not ranked up by repeating a word in every section.
    const own = found.docs.find((d) => data.docs[d.id][1] === null);
    const part = found.docs.find((d) => d !== own);
    found.score = (own?.score ?? 0) + (part?.score ?? 0);
  }
  ranked.sort((a, b) => b.score - a.score);
  return ranked.slice(0, limit).map((found) => toResult(found, data, split));
}

function toResult(found: Found, data: SearchIndexData, split: WordSplitter): SearchResult {
  const [slug, title, date, href] = data.posts[found.post];
  const terms = new Set(found.terms);
  const section = found.docs.find((d) => Boolean(data.docs[d.id][1]));
  // The snippet: the best matching part whose stored start shows a matched word, else the best part's start.
  let shown = found.docs[0];
  let marks: Array<[number, number]> = [];
  for (const d of found.docs) {
    const m = marksIn(data.docs[d.id][3], terms, split);
    if (m.length > 0) {
      shown = d;
      marks = m;
      break;
    }
  }
  const result: SearchResult = { slug, title, snippet: data.docs[shown.id][3], marks, matches: found.terms, score: found.score };
  if (date !== null) result.date = date;
  if (href !== null) result.href = href;
  if (section) {
    result.anchor = data.docs[section.id][1]!;
    result.heading = data.docs[section.id][2];
  }
  return result;
}
