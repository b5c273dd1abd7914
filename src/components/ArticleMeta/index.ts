export { ArticleMeta, type ArticleMetaProps, type ArticleMetaSlot } from './ArticleMeta.js';
export { formatPostDate } from './format.js';
