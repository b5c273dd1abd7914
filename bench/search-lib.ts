/**
 * What bench/search.mjs needs of the kit's sources, bundled once for Node: the loader and the parser
 * (to read the corpus and the generated posts), the search entry, and the pieces that give every
 * engine the same documents, words and fold.
 */
export { loadPosts } from '../src/node/index.js';
export { parsePost } from '../src/parse/index.js';
export { createSearchIndex, loadSearchIndex, search } from '../src/search/index.js';
export { chunked, readPosts } from '../src/search/build.js';
export { FIELDS, DEFAULT_BOOST } from '../src/search/data.js';
export { fold, wordSplitter } from '../src/search/words.js';
export { QUERIES } from '../test/helpers/search-queries.js';
