/**
 * The package's only client module: the table of contents that highlights the heading in view, the
 * reading progress bar, the copy-link and share-sheet buttons, the copy button of code blocks, and the
 * tabs of an MDX post's `<Tabs>`, and the site search's trigger (SearchDialog, whose panel and engine
 * load with `import()` on first use, as a chunk of their own).
 * Built as dist/client.js, whose 'use client' scripts/mark-client.mjs writes after the build.
 */
export { ActiveTableOfContents, useActiveHeading } from './TableOfContents/ActiveTableOfContents.js';
export type {
  ActiveTableOfContentsProps,
  UseActiveHeadingOptions,
} from './TableOfContents/ActiveTableOfContents.js';
export { ReadingProgress } from './ReadingProgress/index.js';
export type { ReadingProgressProps, ReadingProgressSlot } from './ReadingProgress/index.js';
export { ShareActions } from './ShareLinks/ShareActions.js';
export type { ShareActionsProps, ShareActionsSlot } from './ShareLinks/ShareActions.js';
export { CopyButton, codeText } from './CodeBlock/CopyButton.js';
export type { CopyButtonProps } from './CodeBlock/CopyButton.js';
export { TabsIsland } from './Tabs/TabsIsland.js';
export type { TabsIslandProps, TabsIslandTab } from './Tabs/TabsIsland.js';
export { SearchDialog } from './SearchDialog/index.js';
export type { SearchDialogProps, SearchDialogSlot, SearchLabels, ResultHref } from './SearchDialog/index.js';
