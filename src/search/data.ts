/*
 * The index as JSON and the engine's settings both sides share: the build writes what the browser
 * reads, with the same fields, the same words and the same fold.
 */
import type { Options } from 'minisearch';
import { fold, type WordSplitter } from './words.js';

/** Version of {@link SearchIndexData}'s shape; bumped when an index built before would read wrongly. */
export const SEARCH_INDEX_FORMAT = 1 as const;

/** The fields a post is found by. `headings` holds every heading of its body, `text` the rest of it. */
export type SearchField = 'title' | 'description' | 'tags' | 'authors' | 'headings' | 'text';

/** Every field, in the order the engine numbers them. */
export const FIELDS: readonly SearchField[] = ['title', 'description', 'tags', 'authors', 'headings', 'text'];

/** How much a word found in each field counts against one found in the body's text. */
export const DEFAULT_BOOST: Readonly<Record<SearchField, number>> = { title: 4, tags: 3, headings: 2, authors: 2, description: 1.5, text: 1 };

/**
 * One post of the index: `[slug, title, date, href, lead, sections]`. `date` and `href` are `null`
 * when absent; `lead` is the start of the description (else of the post's summary); `sections`
 * lists each heading of the body as three strings, `id, title, lead`: the heading's id (`''` when it
 * is the slug of its title, which the reader makes again), its text, and the start of its section's
 * text.
 */
export type SearchIndexPost = [slug: string, title: string, date: string | null, href: string | null, lead: string, sections: string[]];

/**
 * The engine's index in a compact text form (MiniSearch's own JSON repeats each document's number and
 * each field's as object keys, which makes it much larger): `terms`, one a line, sorted, each opening with
 * how many characters it shares with the line before (one base-36 digit); `postings`, a line a term:
 * for each field that holds it, the field as a capital letter (`A` for the first of {@link FIELDS}; none
 * for `text`, the usual one), then the posts holding it as base-36 gaps from the one before, each
 * followed by `*count` when the word is there 4 times or more (counts rounded down to a power of four),
 * separated by commas; fields separated by spaces. `fieldLength` holds each post's length of each
 * field, post after post.
 */
export interface PackedEngine {
  terms: string;
  postings: string;
  fieldLength: number[];
  averageFieldLength: number[];
}

/**
 * A built search index: plain JSON, written by `createSearchIndex` at build time and read by
 * `loadSearchIndex` in the browser. Its parts other than `version` may change between versions of
 * the kit (`version` says which); build and read it with the same version.
 */
export interface SearchIndexData {
  /** The shape's version (1 in this version of the kit); `loadSearchIndex` refuses any other. */
  version: number;
  /** The language words were split for (`SearchIndexOptions.language`); absent for the runtime's default. */
  language?: string;
  /** The boost of each field, as built. */
  boost: Record<SearchField, number>;
  /** Each post, in the engine's order. */
  posts: SearchIndexPost[];
  /** The engine's index. */
  engine: PackedEngine;
}

/** The engine's options for a splitter: the fields, the words and their fold, on both sides. */
export function engineOptions(split: WordSplitter): Options {
  return {
    fields: [...FIELDS],
    tokenize: (text) => split(text).map((w) => w.segment),
    processTerm: (term) => fold(term) || null,
  };
}

/** The engine's own serialised form (MiniSearch's `toJSON`), as far as the kit writes and reads it. */
export interface EngineJSON {
  documentCount: number;
  nextId: number;
  documentIds: Record<string, number>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  storedFields: Record<string, unknown>;
  dirtCount?: number;
  index: [string, Record<string, Record<string, number>>][];
  serializationVersion: number;
}

/** The number of the `text` field, the one packed postings leave unnamed. */
export const TEXT = 5;

/** The engine's JSON back from its packed form: posts are the engine's documents, numbered in order. */
export function unpack(packed: PackedEngine): EngineJSON {
  const count = packed.fieldLength.length / FIELDS.length;
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  for (let d = 0; d < count; d++) {
    documentIds[d] = d;
    fieldLength[d] = packed.fieldLength.slice(d * FIELDS.length, (d + 1) * FIELDS.length);
  }
  const terms = packed.terms === '' ? [] : packed.terms.split('\n');
  const postings = packed.postings.split('\n');
  const index: EngineJSON['index'] = [];
  let previous = '';
  terms.forEach((line, i) => {
    const term = previous.slice(0, parseInt(line[0], 36)) + line.slice(1);
    previous = term;
    const fields: Record<string, Record<string, number>> = {};
    for (const segment of postings[i].split(' ')) {
      const named = /[A-Z]/.test(segment[0]);
      const docs: Record<string, number> = {};
      let doc = 0;
      for (const entry of segment.slice(named ? 1 : 0).split(',')) {
        const [gap, times] = entry.split('*');
        doc += parseInt(gap, 36);
        docs[doc] = times ? parseInt(times, 36) : 1;
      }
      fields[named ? segment.charCodeAt(0) - 65 : TEXT] = docs;
    }
    index.push([term, fields]);
  });
  const fieldIds = Object.fromEntries(FIELDS.map((f, i) => [f, i]));
  return { documentCount: count, nextId: count, documentIds, fieldIds, fieldLength, averageFieldLength: packed.averageFieldLength, storedFields: {}, index, serializationVersion: 2 };
}
