/**
 * What every entry that hands out Posts exports of the Post, named once: the main entry and
 * `/parse` re-export this module whole (`export * from`).
 */
export { POST_FORMAT } from './index.js';
export { asPost } from './as-post.js';
export type {
  Post,
  PostImage,
  PostAuthor,
  PostSeries,
  PostSummary,
  TagCount,
  PostHeading,
  ReadingTime,
  Section,
  SectionItem,
  TocEntry,
} from './index.js';
