/**
 * The conformance table: every component the package exports that renders a root element, with the
 * props that make it render each of its parts. A new component adds its row here; the test at the end
 * fails when an exported component is in neither the table nor the list of those without a root.
 */
import type { ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as entry from '../src/index.js';
import { describeConformance, loadPost, type ConformanceOptions } from './conformance.js';
import { fullMeta, ines, markdown, pageHref, plainTagHref, sharedPage, tagHref } from './fixtures/props.js';
import { breadSeries, gears, hives, postHref, sourdough, tagCounts } from './fixtures/summaries.js';
import { stubNavigator } from './helpers/navigator.js';

interface Row {
  /** The component, as the package exports it. */
  component: { displayName?: string };
  /** Declares the component's conformance tests. */
  conformance: () => void;
  /** Runs before each of the row's tests, for a component whose parts need the browser to offer something. */
  setup?: () => void;
}

/** One row, its props checked against the component's own. */
function row<P extends object>(component: ComponentType<P>, spec: ConformanceOptions<P>, setup?: () => void): Row {
  return { component, conformance: () => describeConformance(component, spec), setup };
}

const explainer = loadPost('explainer.md');
const technical = loadPost('technical.md');

const table: Row[] = [
  row(entry.PostLayout, {
    props: { post: technical, footer: 'Thanks for reading', beforeBody: 'Series', afterBody: 'Newer and older' },
    rootTag: 'article',
    rootSlot: 'post',
    slots: ['header', 'title', 'description', 'body', 'aside', 'toc-disclosure', 'toc-summary', 'main', 'intro', 'footnotes', 'before-body', 'after-body', 'footer'],
  }),
  row(entry.HeroImage, {
    props: { src: '/hero.png', alt: 'A lighthouse at dusk', width: 1200, height: 630, caption: 'Photo: the author' },
    rootTag: 'figure',
    rootSlot: 'hero',
    slots: ['hero-frame', 'hero-image', 'hero-fallback', 'hero-caption'],
  }),
  row(entry.ArticleMeta, {
    props: fullMeta,
    rootTag: 'div',
    rootSlot: 'meta',
    slots: ['published', 'updated', 'reading-time', 'authors', 'author', 'avatar', 'tags', 'tag'],
  }),
  row(entry.SectionList, {
    props: { sections: explainer.sections },
    rootTag: 'div',
    rootSlot: 'sections',
    slots: ['section', 'section-content', 'items', 'item', 'item-content'],
  }),
  row(entry.TableOfContents, {
    props: { toc: technical.toc, activeId: technical.toc[0].id },
    rootTag: 'nav',
    rootSlot: 'toc',
    slots: ['toc-title', 'toc-list', 'toc-entry', 'toc-link'],
  }),
  row(entry.MarkdownContent, {
    props: { children: markdown },
    rootTag: 'div',
    rootSlot: 'markdown',
    slots: [],
  }),
  row(entry.PostCard, {
    props: { post: sourdough, postHref, tagHref: plainTagHref },
    rootTag: 'article',
    rootSlot: 'card',
    slots: ['card-media', 'card-image', 'card-title', 'card-link', 'meta', 'card-excerpt'],
  }),
  row(entry.PostList, {
    props: { posts: [sourdough, hives, gears], postHref },
    rootTag: 'div',
    rootSlot: 'post-list',
    slots: ['post-list-items', 'post-list-item'],
  }),
  row(entry.Pagination, {
    props: { page: 5, pages: 10, pageHref },
    rootTag: 'nav',
    rootSlot: 'pagination',
    slots: ['pagination-list', 'pagination-item', 'pagination-link', 'pagination-previous', 'pagination-next', 'pagination-ellipsis'],
  }),
  row(entry.TagList, {
    props: { tags: tagCounts, tagHref },
    rootTag: 'ul',
    rootSlot: 'tag-list',
    slots: ['tag-list-item', 'tag-list-link', 'tag-list-count'],
  }),
  row(entry.PostNav, {
    props: { newer: hives, older: gears, postHref },
    rootTag: 'nav',
    rootSlot: 'post-nav',
    slots: ['post-nav-newer', 'post-nav-older', 'post-nav-label', 'post-nav-title'],
  }),
  row(entry.SeriesNav, {
    props: { series: breadSeries, current: sourdough.slug, postHref },
    rootTag: 'nav',
    rootSlot: 'series-nav',
    slots: ['series-nav-name', 'series-nav-part', 'series-nav-list', 'series-nav-item', 'series-nav-link'],
  }),
  row(entry.AuthorCard, {
    props: { author: ines },
    rootTag: 'div',
    rootSlot: 'author-card',
    slots: ['author-card-avatar', 'author-card-name', 'author-card-bio', 'author-card-links', 'author-card-link'],
  }),
  row(
    entry.ShareLinks,
    {
      props: sharedPage,
      rootTag: 'div',
      rootSlot: 'share',
      slots: ['share-list', 'share-item', 'share-link', 'share-button', 'share-status'],
    },
    // Every part rendered means the island's buttons too: copy needs the clipboard, share the share sheet.
    () => stubNavigator({ share: () => Promise.resolve(), clipboard: { writeText: () => Promise.resolve() } as unknown as Clipboard }),
  ),
  row(entry.ActiveTableOfContents, {
    props: { toc: explainer.toc },
    rootTag: 'nav',
    rootSlot: 'toc',
    slots: ['toc-title', 'toc-list', 'toc-entry', 'toc-link'],
  }),
  row(entry.ReadingProgress, {
    props: {},
    rootTag: 'div',
    rootSlot: 'reading-progress',
    slots: ['reading-progress-bar'],
  }),
  // The trigger's parts; the panel's, which load on first use, are held to the same rules in SearchDialog.test.tsx.
  row(entry.SearchDialog, {
    props: { indexUrl: '/search.json' },
    rootTag: 'div',
    rootSlot: 'search',
    slots: ['search-trigger', 'search-shortcut'],
  }),
];

/** Exported components with no root element of their own, so nothing for the suite to hold them to. */
const withoutRoot: Record<string, string> = {
  PostHead: 'a fragment of <title>, <meta> and <link> tags for the document head',
  JsonLd: 'a lone <script> of structured data, with no classes, theme or parts',
  PostExcerpt: 'the excerpt’s own nodes, with no wrapper around them',
  ShareActions: 'list items inside ShareLinks’ list, held to the suite through ShareLinks’ row',
  CopyButton: 'the button inside a code block, shown once hydrated, with no classNames or theme',
};

afterEach(() => {
  vi.unstubAllGlobals();
});

for (const { component, conformance, setup } of table) {
  if (setup) {
    describe(`${component.displayName} in a browser that offers what it needs`, () => {
      beforeEach(setup);
      conformance();
    });
  } else {
    conformance();
  }
}

/** The names of the package's exports that are React components: functions or forwardRef objects with a displayName. */
function exportedComponents(): string[] {
  return Object.entries(entry)
    .filter(([, value]) => (typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value)) && typeof (value as { displayName?: unknown }).displayName === 'string')
    .map(([name]) => name)
    .sort();
}

describe('the conformance table', () => {
  it('has a row for every exported component that renders a root element, or says why it has none', () => {
    const listed = [...table.map((r) => r.component.displayName ?? '(no displayName)'), ...Object.keys(withoutRoot)];
    const exported = exportedComponents();
    expect({
      missing: exported.filter((name) => !listed.includes(name)),
      notExported: listed.filter((name) => !exported.includes(name)),
      twice: listed.filter((name, i) => listed.indexOf(name) !== i),
    }).toEqual({ missing: [], notExported: [], twice: [] });
  });
});
