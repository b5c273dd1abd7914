import { describe, expect, it } from 'vitest';
import * as client from '../src/client.js';
import * as main from '../src/index.js';
import * as parse from '../src/parse/index.js';

// Adding or removing an export is an API change: update these lists on purpose, with a changelog entry.
describe('the public export list', () => {
  it('of react-blog-kit is exactly this', () => {
    expect(Object.keys(main).sort()).toEqual([
      'ActiveTableOfContents',
      'ArticleMeta',
      'CopyButton',
      'HeroImage',
      'MarkdownContent',
      'POST_FORMAT',
      'PostLayout',
      'PostParseError',
      'SectionList',
      'TableOfContents',
      'codeText',
      'contrastRatio',
      'createKitHighlighter',
      'createPost',
      'darkColors',
      'defaultLabels',
      'defaultTheme',
      'defaultUrlTransform',
      'formatPostDate',
      'isPostParseError',
      'lightColors',
      'parseDate',
      'parsePost',
      'rehypeKitHeadings',
      'rehypeKitHighlight',
      'rehypeKitMath',
      'rehypeKitSafety',
      'remarkKitCallouts',
      'remarkKitMath',
      'themeToCssVariables',
      'useActiveHeading',
    ]);
  });

  it('of react-blog-kit/parse is exactly this', () => {
    expect(Object.keys(parse).sort()).toEqual([
      'POST_FORMAT',
      'PostParseError',
      'createKitHighlighter',
      'createPost',
      'isPostParseError',
      'parseDate',
      'parsePost',
      'rehypeKitHeadings',
      'rehypeKitHighlight',
      'rehypeKitMath',
      'rehypeKitSafety',
      'remarkKitCallouts',
      'remarkKitMath',
    ]);
  });

  it('of the client module is only the interactive table of contents and the copy button', () => {
    expect(Object.keys(client).sort()).toEqual(['ActiveTableOfContents', 'CopyButton', 'codeText', 'useActiveHeading']);
    expect(main.CopyButton).toBe(client.CopyButton);
    expect(main.ActiveTableOfContents).toBe(client.ActiveTableOfContents);
  });

  it('gives every component a displayName', () => {
    for (const name of ['ActiveTableOfContents', 'ArticleMeta', 'CopyButton', 'HeroImage', 'MarkdownContent', 'PostLayout', 'SectionList', 'TableOfContents'] as const) {
      expect(main[name].displayName).toBe(name);
    }
  });
});
