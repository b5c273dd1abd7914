/**
 * react-blog-kit — React components that render a markdown blog post.
 * Named exports only. The parser is not here: it lives in `react-blog-kit/parse`, for build scripts
 * and servers, so no import of this entry can bring it into a client bundle. What a client needs of
 * a Post (its types, `asPost`, `POST_FORMAT`, `isPostParseError`) comes from `post/`, which imports
 * nothing.
 */
export * from './post/public.js';
export { isPostParseError } from './post/errors.js';
export type { PostParseError } from './post/errors.js';

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
export type { MarkdownContentProps, MarkdownContentBaseProps } from './components/MarkdownContent/index.js';
// MarkdownContent's opt-ins, each apart so a page that does not use it does not download it: the
// sanitizer for raw HTML (it brings parse5) and the `:::note` directive syntax of callouts, as a
// plugin and as a feature. The features with an engine come from react-blog-kit/parse.
export { rehypeKitSanitize } from './markdown/sanitize.js';
export { remarkKitDirectives, directivesFeature } from './markdown/directives.js';
export type { HtmlHandling } from './markdown/html.js';
export type { ChainOptions } from './markdown/options.js';
export type { MarkdownFeature, FeatureOptionsOf, FeatureHandlers } from './markdown/feature.js';
export { PostCard } from './components/PostCard/index.js';
export type { PostCardProps, PostCardSlot } from './components/PostCard/index.js';
export { PostExcerpt } from './components/PostExcerpt/index.js';
export type { PostExcerptProps } from './components/PostExcerpt/index.js';
export { PostList } from './components/PostList/index.js';
export type { PostListProps, PostListSlot, PostListLayout } from './components/PostList/index.js';
export { Pagination } from './components/Pagination/index.js';
export type { PaginationProps, PaginationSlot } from './components/Pagination/index.js';
export { TagList } from './components/TagList/index.js';
export type { TagListProps, TagListSlot } from './components/TagList/index.js';
export { PostNav } from './components/PostNav/index.js';
export type { PostNavProps, PostNavSlot } from './components/PostNav/index.js';
export { SeriesNav } from './components/SeriesNav/index.js';
export type { SeriesNavProps, SeriesNavSlot, SeriesNavSeries } from './components/SeriesNav/index.js';
export { AuthorCard } from './components/AuthorCard/index.js';
export type { AuthorCardProps, AuthorCardSlot } from './components/AuthorCard/index.js';
export type { PostLike } from './post/identity.js';
export type { PostHref } from './components/blog.js';
// Types the components' props use, and what the helpers that feed them return, importable where the components are.
export type { TagHref } from './components/blog.js';
export type { Site } from './seo/index.js';
export type { Page, SeriesInfo } from './collection/index.js';
export { PostHead } from './components/PostHead/index.js';
export type { PostHeadProps } from './components/PostHead/index.js';
export { JsonLd } from './components/JsonLd/index.js';
export type { JsonLdProps } from './components/JsonLd/index.js';
export { ShareLinks } from './components/ShareLinks/index.js';
export type { ShareLinksProps, ShareLinksSlot, ShareNetwork } from './components/ShareLinks/index.js';
// The client module stays a separate file in dist (see tsup.config.ts), keeping its 'use client' banner.
export { ActiveTableOfContents, useActiveHeading, ReadingProgress, ShareActions, CopyButton, codeText, SearchDialog } from './components/islands.js';
export type {
  ActiveTableOfContentsProps,
  UseActiveHeadingOptions,
  ReadingProgressProps,
  ReadingProgressSlot,
  ShareActionsProps,
  ShareActionsSlot,
  CopyButtonProps,
  SearchDialogProps,
  SearchDialogSlot,
  SearchLabels,
  ResultHref,
} from './components/islands.js';
export type { KitProps } from './components/kit/base.js';
// The types SearchDialog's props name, so a host types its loader without importing the engine's entry.
export type { SearchIndex, SearchResult } from './search/search.js';
export type { SearchIndexData, SearchIndexPost, PackedEngine, SearchField } from './search/data.js';

export { checkedUrlTransform as defaultUrlTransform } from './core/url.js';
export type { UrlTransform } from './core/url.js';
export { defaultLabels } from './core/labels.js';
export type { Labels } from './core/labels.js';
export type { Components } from './render/render.js';
export { lightColors, darkColors, defaultTheme, contrastRatio, themeToCssVariables } from './theme/index.js';
export type { Theme, ThemeColors, ThemeFonts, ColorScheme } from './theme/index.js';
