export {
  PostLayout,
  type PostLayoutProps,
  type PostLayoutSlot,
  type PostHeaderProps,
  type PostSectionProps,
  type TocPlacement,
} from './PostLayout.js';
