/*
 * loadSearchIndex and search: the browser's side. Reads the JSON createSearchIndex wrote and asks
 * the engine; what it adds is the section to link and the snippet, read from what the index kept.
 */
import MiniSearch from 'minisearch';
import { slug } from '../post/slug.js';
import { SEARCH_INDEX_FORMAT, engineOptions, unpack, type SearchIndexData, type SearchIndexPost } from './data.js';
import { argumentError } from '../post/arguments.js';
import { fold, wordSplitter, type WordSplitter } from './words.js';

/** A loaded index, made by {@link loadSearchIndex}; only {@link search} reads it. */
export interface SearchIndex {
  /** The index's data, as loaded. */
  readonly data: SearchIndexData;
  /** @internal the engine, loaded; opaque to a host. */
  readonly engine: unknown;
}

/** A {@link SearchIndex} as `search` reads it. */
interface LoadedIndex extends SearchIndex {
  readonly engine: MiniSearch;
  /** The splitter the index was built with. */
  readonly split: WordSplitter;
  /** Every word of the index. */
  readonly words: ReadonlySet<string>;
}

/** How a query is run. */
export interface SearchOptions {
  /** The most results returned. @default 10 */
  limit?: number;
  /** Words of the query also find words they begin (`kube` finds `kubernetes`). @default true */
  prefix?: boolean;
  /** Words of four letters or more that the index does not hold also find words one typo away (`kubernets`). @default true */
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
  /**
   * Plain text to show under the title: the start of the section that shows most matched words,
   * else of the post's description (or summary).
   */
  snippet: string;
  /** Where the matched words are in `snippet`: `[start, end)` in UTF-16 code units, in order. */
  marks: Array<[start: number, end: number]>;
  /** Where the matched words are in `title`, as `marks`. */
  titleMarks: Array<[start: number, end: number]>;
  /** The indexed words the query matched (folded: lower case, no accents), best match first. */
  matches: string[];
  /** How well the post matches; higher is better. Comparable between results of one query only. */
  score: number;
  /**
   * The id of the heading whose title and start show most matched words (its title counting
   * double), for a link to `#anchor`; absent when no heading or section start shows one.
   */
  anchor?: string;
  /** The text of that heading. */
  heading?: string;
  /** Where the matched words are in `heading`, as `marks`. */
  headingMarks?: Array<[start: number, end: number]>;
}

function invalid(what: string, value: unknown, expected: string): never {
  throw argumentError('loadSearchIndex', what, expected, value);
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
  const d = value as SearchIndexData;
  if (typeof d.version !== 'number') invalid('data', value, 'the object createSearchIndex returned, or its JSON text');
  if (d.version !== SEARCH_INDEX_FORMAT)
    throw new Error(
      `loadSearchIndex: the index is version ${JSON.stringify(d.version) ?? 'undefined'}, expected ${SEARCH_INDEX_FORMAT}: build it again with createSearchIndex of this version of react-blog-kit.`,
    );
  if (!Array.isArray(d.posts)) invalid('data.posts', d.posts, 'an array');
  if (!d.boost || typeof d.boost !== 'object') invalid('data.boost', d.boost, 'an object');
  if (d.language !== undefined && typeof d.language !== 'string') invalid('data.language', d.language, 'a string');
  const e = d.engine;
  if (!e || typeof e.terms !== 'string' || typeof e.postings !== 'string' || !Array.isArray(e.fieldLength) || !Array.isArray(e.averageFieldLength))
    invalid('data.engine', e, "the engine's index");
  try {
    return openIndex(d);
  } catch (cause) {
    throw new Error(`loadSearchIndex: the engine's index cannot be read (${(cause as Error).message}); build it again with createSearchIndex.`, { cause });
  }
}

/**
 * {@link loadSearchIndex} without its checks and messages, for the dialog's panel (which shows any
 * failure as "could not be loaded"): only the version is checked, so an old index fails rather than
 * reads wrongly.
 */
export function openIndex(d: SearchIndexData): SearchIndex {
  if (d.version !== SEARCH_INDEX_FORMAT) throw new Error(`search index version ${d.version}`);
  const split = wordSplitter(d.language);
  const json = unpack(d.engine);
  const engine = MiniSearch.loadJS(json as never, engineOptions(split));
  const loaded: LoadedIndex = { data: d, engine, split, words: new Set(json.index.map(([word]) => word)) };
  return loaded;
}

/** A marked word: `[start, end)` in UTF-16 code units. */
type Mark = [start: number, end: number];

/** The ranges of `text`'s words that fold to one of `terms`. */
function marksIn(text: string, terms: ReadonlySet<string>, split: WordSplitter): Mark[] {
  const marks: Mark[] = [];
  // Splitting is the costly part; a text whose folded whole holds none of the terms has no word that does.
  const folded = fold(text);
  let any = false;
  for (const t of terms) if ((any = folded.includes(t))) break;
  if (!any) return marks;
  for (const w of split(text)) if (terms.has(fold(w.segment))) marks.push([w.index, w.index + w.segment.length]);
  return marks;
}

/**
 * The posts that match `query`, best first, as the engine ranks them (BM25 over the fields, each
 * with its boost): each word of the query is looked for in every post's title, description, tags,
 * authors, headings and text, accents and case aside, Chinese and Japanese split into words; a word
 * also finds the words it begins and, from four letters when the index does not hold it as typed, those one typo away, both counting less
 * than the word itself. A post matching more of the query's words ranks higher.
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
    throw argumentError('search', name, expected, value);
  };
  if (!index || typeof index !== 'object' || !(index.engine instanceof MiniSearch)) fail('index', index, 'an index from loadSearchIndex');
  if (typeof query !== 'string') fail('query', query, 'a string');
  if (options !== undefined && (!options || typeof options !== 'object')) fail('options', options, 'an object of SearchOptions or undefined');
  const { limit = 10, prefix = true, fuzzy = true } = options ?? {};
  if (!(Number.isInteger(limit) && limit >= 0)) fail('options.limit', limit, 'a whole number of results, 0 or more');
  if (typeof prefix !== 'boolean') fail('options.prefix', prefix, 'a boolean');
  if (typeof fuzzy !== 'boolean') fail('options.fuzzy', fuzzy, 'a boolean');
  return runQuery(index, query, limit, prefix, fuzzy);
}

/** {@link search} without its checks, for the dialog's panel. */
export function runQuery(index: SearchIndex, text: string, limit: number, prefix = true, fuzzy = true): SearchResult[] {
  const { data, engine, words } = index as LoadedIndex;
  if (text.trim() === '' || limit === 0) return [];
  const hits = engine.search(text, {
    boost: data.boost,
    prefix,
    // A word the index holds is not also looked for a typo away: the engine adds up every word it
    // finds, so a post with several near-misses (`rust`: trust, dust, must) could outrank the one
    // holding the word itself, in its title.
    fuzzy: fuzzy ? (term) => (term.length >= 4 && !words.has(term) ? 1 : false) : false,
  });
  return hits.slice(0, limit).map((hit) => toResult(index as LoadedIndex, data.posts[hit.id as number], hit.terms, hit.score));
}

/** A result for a post the engine found: its best section and its snippet, from what the index kept. */
function toResult({ split }: LoadedIndex, post: SearchIndexPost, matches: string[], score: number): SearchResult {
  const [slugged, title, date, href, lead, sections] = post;
  const terms = new Set(matches);
  const marks = (text: string) => marksIn(text, terms, split);
  const result: SearchResult = { slug: slugged, title, titleMarks: marks(title), snippet: lead, marks: marks(lead), matches, score };
  // The section whose heading and start show most matched words, the heading counting double.
  let best = 0;
  let section = -1;
  let sectionMarks: Mark[] = [];
  for (let i = 0; i < sections.length; i += 3) {
    const [inHeading, inLead] = [marks(sections[i + 1]), marks(sections[i + 2])];
    const weight = 2 * inHeading.length + inLead.length;
    if (weight > best) [best, section, sectionMarks, result.headingMarks] = [weight, i, inLead, inHeading];
  }
  if (section >= 0) {
    result.heading = sections[section + 1];
    result.anchor = sections[section] || slug(result.heading);
    // The description says what the post is about; a section's start is shown when only it shows a matched word.
    if (result.marks.length === 0 && sectionMarks.length > 0) [result.snippet, result.marks] = [sections[section + 2], sectionMarks];
  }
  if (date !== null) result.date = date;
  if (href !== null) result.href = href;
  return result;
}
