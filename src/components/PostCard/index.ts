export { PostCard, type PostCardProps, type PostCardSlot } from './PostCard.js';
