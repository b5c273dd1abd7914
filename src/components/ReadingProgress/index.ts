export { ReadingProgress, readingProgress, type ReadingProgressProps, type ReadingProgressSlot } from './ReadingProgress.js';
