export { ReadingProgress, type ReadingProgressProps, type ReadingProgressSlot } from './ReadingProgress.js';
