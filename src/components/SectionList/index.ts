export { SectionList, type SectionListProps, type SectionListSlot, type SectionListVariant } from './SectionList.js';
