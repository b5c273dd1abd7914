/**
 * react-blog-kit/search — full-text search over posts with no service: `createSearchIndex` builds a
 * JSON index at build time, `loadSearchIndex` and `search` run in the browser (or anywhere). React-free
 * and browser-safe: no Node built-in, no markdown parser; the engine is MiniSearch.
 */
export { createSearchIndex } from './build.js';
export type { SearchIndexOptions } from './build.js';
export { loadSearchIndex, search } from './search.js';
export type { SearchIndex, SearchOptions, SearchResult } from './search.js';
export type { SearchIndexData, SearchIndexPost, PackedEngine, SearchField } from './data.js';
export type { PostLike } from '../post/identity.js';
