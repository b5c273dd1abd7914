/**
 * react-blog-kit/node — loads a folder of posts at build time (Node only): files found and parsed,
 * local images resolved, copied and sized, author keys resolved, links between post files made
 * post URLs, drafts left out in production, parsed posts cached on disk, and every file's problem
 * reported at once.
 */
export { loadPosts, loadPost } from './load.js';
export type { LoadOptions } from './load.js';
export { loadPostSummaries, readCachedPost } from './summaries.js';
export type { PostSummary } from '../post/index.js';
export { PostLoadError, isPostLoadError, PostParseError, isPostParseError } from '../post/errors.js';
export type { ImageHandling } from './images.js';
export type { Post } from '../post/index.js';
export type { AuthorEntry } from '../parse/authors.js';
export type { ParseOptions } from '../parse/options.js';
export type { PostWarning } from '../post/errors.js';
