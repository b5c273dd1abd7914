export { defaultUrlTransform, safeImageSrc, type UrlTransform } from './url.js';
export { defaultLabels, resolveLabels, fill, type Labels } from './labels.js';
export { prepareTree, type PrepareOptions } from './prepare.js';
export { textOf } from '../tree/text.js';
export { renderTree, headingTree, type Components, type RenderOptions } from './render.js';
