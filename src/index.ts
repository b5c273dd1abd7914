/**
 * react-blog-kit — React components that render a markdown blog post.
 * Named exports only; the parser is re-exported from `react-blog-kit/parse`.
 */
export * from './parse/index.js';
