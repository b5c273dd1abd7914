import { describe, expect, it } from 'vitest';
import * as client from '../src/components/islands.js';
import * as collection from '../src/collection/index.js';
import * as feed from '../src/feed/index.js';
import * as main from '../src/index.js';
import * as node from '../src/node/index.js';
import * as parse from '../src/parse/index.js';
import * as search from '../src/search/index.js';
import * as seo from '../src/seo/index.js';

// Adding or removing an export is an API change: update these lists on purpose, with a changelog entry.
describe('the public export list', () => {
  it('of react-blog-kit is exactly this, and none of it is the parser', () => {
    // The parser (parsePost, createPost, markdownChain, the highlighter and math plugins) lives in
    // react-blog-kit/parse only; test/architecture.test.ts and npm run size check that no import of
    // this entry brings it into a client bundle.
    expect(Object.keys(main).sort()).toEqual([
      'ActiveTableOfContents',
      'ArticleMeta',
      'AuthorCard',
      'CopyButton',
      'HeroImage',
      'JsonLd',
      'MarkdownContent',
      'POST_FORMAT',
      'Pagination',
      'PostCard',
      'PostExcerpt',
      'PostHead',
      'PostLayout',
      'PostList',
      'PostNav',
      'ReadingProgress',
      'SearchDialog',
      'SectionList',
      'SeriesNav',
      'ShareActions',
      'ShareLinks',
      'TableOfContents',
      'TagList',
      'asPost',
      'codeText',
      'contrastRatio',
      'darkColors',
      'defaultLabels',
      'defaultTheme',
      'defaultUrlTransform',
      'directivesFeature',
      'formatPostDate',
      'isPostParseError',
      'lightColors',
      'rehypeKitSanitize',
      'remarkKitDirectives',
      'themeToCssVariables',
      'useActiveHeading',
    ]);
  });

  it('of react-blog-kit/parse is exactly this', () => {
    expect(Object.keys(parse).sort()).toEqual([
      'POST_FORMAT',
      'PostParseError',
      'asPost',
      'createKitHighlighter',
      'createPost',
      'directivesFeature',
      'highlightFeature',
      'imageCaptionsFeature',
      'isPostParseError',
      'markdownChain',
      'mathFeature',
      'mdxFeature',
      'parseDate',
      'parsePost',
      'rehypeKitHeadings',
      'rehypeKitHighlight',
      'rehypeKitMath',
      'rehypeKitSafety',
      'rehypeKitSanitize',
      'remarkKitCallouts',
      'remarkKitDirectives',
      'remarkKitMath',
    ]);
  });

  it('of react-blog-kit/collection is exactly this', () => {
    expect(Object.keys(collection).sort()).toEqual([
      'adjacentPosts',
      'isUnlisted',
      'paginate',
      'postsWithTag',
      'relatedPosts',
      'seriesOf',
      'slugOf',
      'slugPath',
      'sortPosts',
      'tagSlug',
      'tagsOf',
      'toSummary',
    ]);
  });

  it('of react-blog-kit/node is exactly this', () => {
    expect(Object.keys(node).sort()).toEqual(['PostLoadError', 'PostParseError', 'isPostLoadError', 'isPostParseError', 'loadPost', 'loadPostSummaries', 'loadPosts', 'readCachedPost']);
  });

  it('of react-blog-kit/seo is exactly this', () => {
    expect(Object.keys(seo).sort()).toEqual(['blogJsonLd', 'getPostMetadata', 'postJsonLd', 'postUrl', 'sitemapEntries']);
  });

  it('of react-blog-kit/feed is exactly this', () => {
    expect(Object.keys(feed).sort()).toEqual(['createFeed']);
  });

  it('of react-blog-kit/search is exactly this', () => {
    expect(Object.keys(search).sort()).toEqual(['createSearchIndex', 'loadSearchIndex', 'search']);
  });

  it('of the client module is only the interactive islands', () => {
    // TabsIsland is placed by the body renderers' Tabs (an MDX post's <Tabs>), not by a host: not in the main entry.
    expect(Object.keys(client).sort()).toEqual(['ActiveTableOfContents', 'CopyButton', 'ReadingProgress', 'SearchDialog', 'ShareActions', 'TabsIsland', 'codeText', 'useActiveHeading']);
    expect(main.CopyButton).toBe(client.CopyButton);
    expect(main.ActiveTableOfContents).toBe(client.ActiveTableOfContents);
    expect(main.ReadingProgress).toBe(client.ReadingProgress);
    expect(main.ShareActions).toBe(client.ShareActions);
    expect(main.SearchDialog).toBe(client.SearchDialog);
  });

  it('gives every component a displayName', () => {
    for (const name of [
      'ActiveTableOfContents',
      'ArticleMeta',
      'AuthorCard',
      'CopyButton',
      'HeroImage',
      'JsonLd',
      'MarkdownContent',
      'Pagination',
      'PostCard',
      'PostHead',
      'PostLayout',
      'PostList',
      'PostNav',
      'ReadingProgress',
      'SearchDialog',
      'SectionList',
      'SeriesNav',
      'ShareActions',
      'ShareLinks',
      'TableOfContents',
      'TagList',
    ] as const) {
      expect(main[name].displayName).toBe(name);
    }
  });
});
