/**
 * The package's only client module ('use client' is added at build time by tsup): the table of
 * contents that highlights the heading in view.
 */
export { ActiveTableOfContents, useActiveHeading } from './components/TableOfContents/ActiveTableOfContents.js';
export type {
  ActiveTableOfContentsProps,
  UseActiveHeadingOptions,
} from './components/TableOfContents/ActiveTableOfContents.js';
