export { SeriesNav, type SeriesNavProps, type SeriesNavSlot, type SeriesNavSeries } from './SeriesNav.js';
