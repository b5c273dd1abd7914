export { PostHead, type PostHeadProps } from './PostHead.js';
