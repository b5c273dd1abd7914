/**
 * react-blog-kit — React components that render a markdown blog post.
 * Named exports only; the parser is re-exported from `react-blog-kit/parse`.
 */
export * from './parse/index.js';

export { PostLayout } from './components/PostLayout/index.js';
export type {
  PostLayoutProps,
  PostLayoutSlot,
  PostHeaderProps,
  PostSectionProps,
  TocPlacement,
} from './components/PostLayout/index.js';
export { HeroImage } from './components/HeroImage/index.js';
export type { HeroImageProps, HeroImageSlot } from './components/HeroImage/index.js';
export { ArticleMeta, formatPostDate } from './components/ArticleMeta/index.js';
export type { ArticleMetaProps, ArticleMetaSlot } from './components/ArticleMeta/index.js';
export { SectionList } from './components/SectionList/index.js';
export type { SectionListProps, SectionListSlot, SectionListVariant } from './components/SectionList/index.js';
export { TableOfContents } from './components/TableOfContents/index.js';
export type { TableOfContentsProps, TableOfContentsSlot } from './components/TableOfContents/index.js';
export { MarkdownContent } from './components/MarkdownContent/index.js';
export type { MarkdownContentProps } from './components/MarkdownContent/index.js';
// The client module stays a separate file in dist (see tsup.config.ts), keeping its 'use client' banner.
export { ActiveTableOfContents, useActiveHeading, CopyButton, codeText } from './client.js';
export type { ActiveTableOfContentsProps, UseActiveHeadingOptions, CopyButtonProps } from './client.js';
export type { KitProps } from './components/shared.js';

export { defaultUrlTransform, defaultLabels } from './render/index.js';
export type { UrlTransform, Labels, Components } from './render/index.js';
export { lightColors, darkColors, defaultTheme, contrastRatio, themeToCssVariables } from './theme/index.js';
export type { Theme, ThemeColors, ThemeFonts, ColorScheme } from './theme/index.js';
