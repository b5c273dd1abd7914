export { AuthorCard, type AuthorCardProps, type AuthorCardSlot } from './AuthorCard.js';
