export { PostList, type PostListProps, type PostListSlot, type PostListLayout } from './PostList.js';
