/**
 * react-blog-kit/node — loads a folder of posts at build time (Node only): files found and parsed,
 * local images resolved, copied and sized, author keys resolved, drafts left out in production,
 * and parsed posts cached on disk.
 */
export { loadPosts, loadPost } from './load.js';
export type { LoadOptions } from './load.js';
export type { ImageHandling } from './images.js';
export type { Post } from '../post/index.js';
export type { AuthorEntry } from '../parse/authors.js';
export type { ParseOptions } from '../parse/options.js';
export type { PostWarning } from '../post/errors.js';
