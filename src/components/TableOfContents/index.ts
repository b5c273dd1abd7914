export { TableOfContents, type TableOfContentsProps, type TableOfContentsSlot } from './TableOfContents.js';
