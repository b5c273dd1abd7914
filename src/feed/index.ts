/**
 * react-blog-kit/feed — RSS 2.0, Atom 1.0 and JSON Feed documents for a list of posts, with each
 * post's full content as safe HTML. Imports no React and no DOM: run it in a route handler, an
 * endpoint or a build script.
 */
export { createFeed } from './create-feed.js';
export type { CreateFeedOptions, FeedFormat } from './create-feed.js';
export type { Site } from '../seo/site.js';
export type { PostLike } from '../post/identity.js';
