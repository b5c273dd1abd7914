export { TagList, type TagListProps, type TagListSlot } from './TagList.js';
