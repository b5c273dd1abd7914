/**
 * The hostile cases the injection suites and the canary page share: every vector parsed in each
 * raw-HTML mode, hostile URLs for component props, and hand-made Posts that did not come from the
 * parser (a tampered JSON payload) carrying what the parser would never produce.
 */
import type { ReactElement } from 'react';
import { ArticleMeta, HeroImage, MarkdownContent, PostCard, PostExcerpt, PostLayout, rehypeKitSanitize, remarkKitDirectives, TableOfContents, type Post } from '../../src/index.js';
import { parsePost } from '../../src/parse/index.js';
import type { HtmlHandling } from '../../src/parse/options.js';
import { CANARY, toPost, vectors, type Vector } from './vectors.js';

/** Every raw-HTML mode: the default (`escape`), `skip`, and the sanitizer opt-in. */
export const HTML_MODES: HtmlHandling[] = ['escape', 'skip', 'sanitize'];

export type Parsed = { post: Post; error?: undefined } | { post?: undefined; error: unknown };

export function parseVector(v: Vector, html: HtmlHandling): Parsed {
  try {
    return { post: parsePost(toPost(v), { html, filename: `${v.family}.md` }) };
  } catch (error) {
    return { error };
  }
}

/** URLs that must never reach an href or src, as a host might pass them in props. */
export const HOSTILE_URLS = [
  `javascript:${CANARY}`,
  `JaVaScRiPt:${CANARY}`,
  ` javascript:${CANARY}`,
  `\u0001javascript:${CANARY}`,
  `java\tscript:${CANARY}`,
  `java\nscript:${CANARY}`,
  `java\u0000script:${CANARY}`,
  `jav&#x09;ascript:${CANARY}`,
  `vbscript:${CANARY}`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${CANARY}"/>`,
  `DATA:text/html,<script>${CANARY}</script>`,
  `javascript://%0A${CANARY}`,
];

const hostileTree = {
  type: 'root',
  children: [
    { type: 'element', tagName: 'script', properties: {}, children: [{ type: 'text', value: CANARY }] },
    { type: 'element', tagName: 'SCRIPT', properties: {}, children: [{ type: 'text', value: CANARY }] },
    { type: 'raw', value: `<img src=x onerror=${CANARY}>` },
    { type: 'element', tagName: 'img', properties: { src: 'x', onError: CANARY, onerror: CANARY }, children: [] },
    { type: 'element', tagName: 'a', properties: { href: `javascript:${CANARY}`, onClick: CANARY }, children: [{ type: 'text', value: 'link' }] },
    { type: 'element', tagName: 'a', properties: { href: ` \u0001JaVa\tScRiPt:${CANARY}` }, children: [{ type: 'text', value: 'link' }] },
    { type: 'element', tagName: 'iframe', properties: { srcDoc: `<script>${CANARY}</script>` }, children: [] },
    { type: 'element', tagName: 'form', properties: { action: `javascript:${CANARY}` }, children: [
      { type: 'element', tagName: 'button', properties: { formAction: `javascript:${CANARY}` }, children: [{ type: 'text', value: 'go' }] },
    ] },
    { type: 'element', tagName: 'svg', properties: { onLoad: CANARY }, children: [
      { type: 'element', tagName: 'a', properties: { xLinkHref: `javascript:${CANARY}` }, children: [{ type: 'text', value: 'x' }] },
      // Animation writes the href after the URL policy has looked (H5SC #137).
      { type: 'element', tagName: 'a', properties: {}, children: [
        { type: 'element', tagName: 'set', properties: { attributeName: 'href', to: `javascript:${CANARY}` }, children: [] },
        { type: 'element', tagName: 'animate', properties: { attributeName: 'xlink:href', values: `javascript:${CANARY}`, begin: '0s' }, children: [] },
        { type: 'element', tagName: 'text', properties: { x: 0, y: 20 }, children: [{ type: 'text', value: 'click' }] },
      ] },
    ] },
    // A custom element's props are DOM properties on the client: `outerHTML` would parse markup.
    { type: 'element', tagName: 'x-card', properties: { outerHTML: `<img src=x onerror=${CANARY}>` }, children: [] },
    { type: 'element', tagName: 'video', properties: { poster: `javascript:${CANARY}`, src: `javascript:${CANARY}` }, children: [] },
    { type: 'element', tagName: 'img', properties: { src: '/ok.png', srcSet: `/ok.png 1x, javascript:${CANARY} 2x` }, children: [] },
    { type: 'element', tagName: 'meta', properties: { httpEquiv: 'refresh', content: `0;url=javascript:${CANARY}` }, children: [] },
    { type: 'element', tagName: 'base', properties: { href: `javascript:${CANARY}//` }, children: [] },
    { type: 'element', tagName: 'object', properties: { data: `javascript:${CANARY}` }, children: [] },
    { type: 'element', tagName: 'div', properties: { dangerouslySetInnerHTML: { __html: `<img src=x onerror=${CANARY}>` } }, children: [] },
    { type: 'element', tagName: 'div', properties: JSON.parse('{"__proto__": {"__pwned": 1}, "constructor": {"prototype": {"__pwned": 1}}}'), children: [] },
    { type: 'element', tagName: 'img onerror=x', properties: {}, children: [] },
    // Property names in other casings and spellings: the DOM treats attribute names
    // case-insensitively, so `HREF` is an href (React 18 does not block javascript: URLs at all).
    ...[
      { HREF: `javascript:${CANARY}` },
      { Href: `vbscript:${CANARY}` },
      { HREF: 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+' },
      { 'xlink:href': `javascript:${CANARY}` },
      { formaction: `javascript:${CANARY}` },
      { FormAction: `vbscript:${CANARY}` },
      { SRC: `javascript:${CANARY}` },
      { srcset: `javascript:${CANARY} 1x` },
      { Poster: `vbscript:${CANARY}` },
      { style: `background-image: url("javascript:${CANARY}")` },
    ].map((properties) => ({ type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: 'x' }] })),
  ],
};

/**
 * A Post as a tampered JSON payload could deliver it: valid shape, hostile trees and URLs the
 * parser never emits. The render path must clean it on its own.
 */
export function tamperedPost(): Post {
  const heading = { type: 'element', tagName: 'h2', properties: { id: 'x', onMouseOver: CANARY }, children: [{ type: 'text', value: 'X' }] };
  return JSON.parse(
    JSON.stringify({
      format: 2,
      title: `<script>${CANARY}</script>`,
      description: `<img src=x onerror=${CANARY}>`,
      pubDate: '2022-07-24',
      heroImage: { src: `javascript:${CANARY}`, alt: `"><script>${CANARY}</script>` },
      authors: [{ name: 'Eve', url: `javascript:${CANARY}`, avatar: `data:text/html,<script>${CANARY}</script>` }],
      tags: [`javascript:${CANARY}`],
      lang: `en" onmouseover="${CANARY}`,
      dir: 'rtl',
      data: {},
      readingTime: { minutes: 1, words: 3 },
      intro: hostileTree,
      sections: [
        {
          id: `x" onmouseover="${CANARY}`,
          title: 'X',
          depth: 2,
          children: heading.children,
          content: hostileTree,
          items: [{ id: 'y', title: 'Y', depth: 3, children: [{ type: 'text', value: 'Y' }], content: hostileTree }],
        },
      ],
      toc: [{ id: `x" onmouseover="${CANARY}`, title: `<img src=x onerror=${CANARY}>`, depth: 2 }],
      footnotes: hostileTree,
    }),
  ) as Post;
}

/** One element a host could render with hostile input; `name` says which. */
export interface HostileElement {
  name: string;
  element: ReactElement;
}

/** Components handed hostile props directly, and MarkdownContent handed each vector's markdown. */
export function hostileElements(): HostileElement[] {
  const out: HostileElement[] = [];
  for (const url of HOSTILE_URLS) {
    const label = JSON.stringify(url).slice(0, 40);
    out.push({ name: `HeroImage src ${label}`, element: <HeroImage src={url} alt="hero" srcSet={`${url} 2x`} /> });
    out.push({
      name: `ArticleMeta author url/avatar ${label}`,
      element: <ArticleMeta authors={[{ name: 'Eve', url, avatar: url }]} tags={['tag']} tagHref={() => url} />,
    });
    out.push({
      name: `PostLayout with tagHref returning ${label}`,
      element: (
        <PostLayout
          post={{ ...tamperedPost(), heroImage: { src: url, alt: 'x' } }}
          metaProps={{ tagHref: () => url }}
          heroProps={{ srcSet: `${url} 1x` }}
        />
      ),
    });
  }
  out.push({ name: 'ArticleMeta tagHref echoing the tag', element: <ArticleMeta tags={HOSTILE_URLS} tagHref={(tag) => tag} /> });
  out.push({
    name: 'TableOfContents with hostile ids and titles',
    element: <TableOfContents toc={[{ id: `x" onmouseover="${CANARY}`, title: `<img src=x onerror=${CANARY}>`, depth: 2 }, { id: `javascript:${CANARY}`, title: 'j', depth: 2 }]} />,
  });
  out.push({ name: 'PostLayout with a tampered Post', element: <PostLayout post={tamperedPost()} /> });
  const summary = { ...tamperedPost(), excerpt: hostileTree as Post['excerpt'] };
  out.push({ name: 'PostCard with a tampered excerpt, as text', element: <PostCard post={summary} postHref={() => `javascript:${CANARY}`} /> });
  out.push({ name: 'PostCard with a tampered excerpt, with its markup', element: <PostCard post={summary} excerptComponent={PostExcerpt} /> });
  out.push({ name: 'PostLayout with a tampered Post, toc on top', element: <PostLayout post={tamperedPost()} toc="top" metaProps={{ tagHref: (t) => t }} /> });
  for (const v of vectors) {
    if (!v.markdown) continue;
    for (const html of HTML_MODES) {
      // With every opt-in, so the sanitizer and the ':::' syntax face each vector too.
      out.push({
        name: `MarkdownContent html '${html}': ${v.name}`,
        element: (
          <MarkdownContent html={html} sanitizer={rehypeKitSanitize} remarkPlugins={[remarkKitDirectives]}>
            {v.markdown}
          </MarkdownContent>
        ),
      });
    }
  }
  return out;
}
