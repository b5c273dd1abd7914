export { SearchDialog, type SearchDialogProps, type SearchDialogSlot } from './SearchDialog.js';
export type { ResultHref } from './use-search.js';
export type { SearchLabels } from './labels.js';
