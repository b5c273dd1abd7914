export { PostExcerpt, type PostExcerptProps } from './PostExcerpt.js';
