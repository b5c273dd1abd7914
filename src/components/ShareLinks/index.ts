export { ShareLinks, type ShareLinksProps, type ShareLinksSlot } from './ShareLinks.js';
export type { ShareNetwork } from './share-urls.js';
