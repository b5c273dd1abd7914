export { MarkdownContent, type MarkdownContentProps, type MarkdownContentBaseProps } from './MarkdownContent.js';
