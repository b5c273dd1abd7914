/*
 * The index as JSON and the engine's settings both sides share: the build writes what the browser
 * reads, with the same fields, the same words and the same fold.
 */
import type { Options } from 'minisearch';
import { fold, type WordSplitter } from './words.js';

/** Version of {@link SearchIndexData}'s shape; bumped when an index built before would read wrongly. */
export const SEARCH_INDEX_FORMAT = 1 as const;

/** The fields a result is found by: a post's own (`title` … `authors`) and a body part's (`heading`, `text`). */
export type SearchField = 'title' | 'description' | 'tags' | 'authors' | 'heading' | 'text';

/** Every field, in the order the engine numbers them. */
export const FIELDS: readonly SearchField[] = ['title', 'description', 'tags', 'authors', 'heading', 'text'];

/** How much a word found in each field counts against one found in the body's text. */
export const DEFAULT_BOOST: Readonly<Record<SearchField, number>> = { title: 4, tags: 3, heading: 2, authors: 2, description: 1.5, text: 1 };

/**
 * A built search index: plain JSON, written by `createSearchIndex` at build time and read by
 * `loadSearchIndex` in the browser. Its parts other than `version` may change between versions of
 * the kit (`version` says which); build and read it with the same version.
 */
export interface SearchIndexData {
  /** The shape's version, {@link SEARCH_INDEX_FORMAT}; `loadSearchIndex` refuses any other. */
  version: number;
  /** The language words were split for (`SearchIndexOptions.language`); absent for the runtime's default. */
  language?: string;
  /** The boost of each field, as built. */
  boost: Record<SearchField, number>;
  /** Each post: `[slug, title, date, href]`, date and href `null` when absent. */
  posts: [slug: string, title: string, date: string | null, href: string | null][];
  /**
   * Each searchable part, the engine's document of the same number: `[post, anchor, heading, lead]`:
   * the post's index in `posts`; the anchor, `null` for the post's own fields (title, description,
   * tags, authors), `''` for the body before the first heading, else the heading's id; the
   * heading's text (`''` without one); the start of its text, which a snippet is cut from.
   */
  docs: [post: number, anchor: string | null, heading: string, lead: string][];
  /** The engine's own index (MiniSearch's serialised form), read only by `loadSearchIndex`. */
  engine: Record<string, unknown>;
}

/** The engine's options for a splitter: the fields, the words and their fold, on both sides. */
export function engineOptions(split: WordSplitter): Options {
  return {
    fields: [...FIELDS],
    tokenize: (text) => split(text).map((w) => w.segment),
    processTerm: (term) => fold(term) || null,
  };
}
