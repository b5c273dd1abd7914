/**
 * The package's only client module ('use client' is added at build time by tsup): the table of
 * contents that highlights the heading in view, the reading progress bar, the copy-link and share-sheet
 * buttons, and the copy button of code blocks.
 */
export { ActiveTableOfContents, useActiveHeading } from './components/TableOfContents/ActiveTableOfContents.js';
export type {
  ActiveTableOfContentsProps,
  UseActiveHeadingOptions,
} from './components/TableOfContents/ActiveTableOfContents.js';
export { ReadingProgress } from './components/ReadingProgress/ReadingProgress.js';
export type { ReadingProgressProps, ReadingProgressSlot } from './components/ReadingProgress/ReadingProgress.js';
export { ShareActions } from './components/ShareLinks/ShareActions.js';
export type { ShareActionsProps, ShareActionsSlot } from './components/ShareLinks/ShareActions.js';
export { CopyButton, codeText } from './components/CodeBlock/CopyButton.js';
export type { CopyButtonProps } from './components/CodeBlock/CopyButton.js';
