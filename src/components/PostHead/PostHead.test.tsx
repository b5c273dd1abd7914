import { render } from '@testing-library/react';
import ogs from 'open-graph-scraper';
import { version } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { bees, parse, site, tides } from '../../../test/seo/posts.js';
import { getPostMetadata } from '../../seo/index.js';
import { PostHead } from './PostHead.js';

function withSocials() {
  const post = bees();
  post.authors[0].socials = { x: 'https://x.com/adadrone' };
  return post;
}

describe('when rendered on the server inside <head>', () => {
  const html = renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <PostHead post={withSocials()} site={site} titleTemplate="{title} · {site}" />
      </head>
      <body>
        <p>post</p>
      </body>
    </html>,
  );

  it('gives an Open Graph parser every tag of the metadata', async () => {
    const { result, error } = await ogs({ html });
    expect(error).toBe(false);
    const meta = getPostMetadata(withSocials(), site);
    expect(result.ogTitle).toBe(meta.openGraph.title);
    expect(result.ogDescription).toBe(meta.description);
    expect(result.ogUrl).toBe('https://example.org/blog/posts/bees-home/');
    expect(result.ogSiteName).toBe('Field Notes');
    expect(result.ogLocale).toBe('en_GB');
    expect(result.ogType).toBe('article');
    expect(result.ogImage).toEqual([
      expect.objectContaining({ url: 'https://example.org/blog/posts/bees-home/hive.jpg', width: '1200', height: '630', alt: 'A wooden hive in a meadow' }),
    ]);
    expect(result.articlePublishedTime).toBe('2024-05-02');
    expect(result.articleModifiedTime).toBe('2024-06-01T08:30:00.000Z');
    // The scraper keeps one value of a repeated tag; the DOM test below reads both.
    expect(['bees', 'navigation']).toContain(result.articleTag);
    expect(result.twitterCard).toBe('summary_large_image');
    expect(result.twitterSite).toBe('@fieldnotes');
    expect(result.twitterCreator).toBe('@adadrone');
    expect(result.twitterTitle).toBe(meta.twitter.title);
    expect(result.twitterImage).toEqual([expect.objectContaining({ url: 'https://example.org/blog/posts/bees-home/hive.jpg', alt: 'A wooden hive in a meadow' })]);
  });

  it('writes the document title, description, canonical link and feed links into the head', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.title).toBe('How Bees Find Their Way Home · Field Notes');
    expect(doc.head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Sun compass, landmarks & a waggle dance: the "three" tools of a forager.');
    expect(doc.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://example.org/blog/posts/bees-home/');
    expect([...doc.head.querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute('type'), l.getAttribute('href'), l.getAttribute('title')])).toEqual([
      ['application/rss+xml', 'https://example.org/blog/feed.xml', 'Field Notes (RSS)'],
      ['application/atom+xml', 'https://example.org/blog/atom.xml', 'Field Notes (Atom)'],
      ['application/feed+json', 'https://example.org/blog/feed.json', 'Field Notes (JSON Feed)'],
    ]);
    expect([...doc.head.querySelectorAll('meta[property="article:tag"]')].map((m) => m.getAttribute('content'))).toEqual(['bees', 'navigation']);
    expect(doc.body.querySelector('meta, link, title')).toBeNull();
  });
});

describe('when rendered in an Astro or Vite template', () => {
  it('renders the tags in place, to be put in the template’s <head>', () => {
    const html = renderToString(<PostHead post={tides()} site={{ url: 'https://example.org', name: 'Notes' }} />);
    expect(html).toBe(
      '<title>Tides</title><meta name="description" content="The sea rises and falls."/>' +
        '<link rel="canonical" href="https://example.org/posts/tides/"/>' +
        '<meta property="og:title" content="Tides"/><meta property="og:description" content="The sea rises and falls."/>' +
        '<meta property="og:url" content="https://example.org/posts/tides/"/>' +
        '<meta property="og:site_name" content="Notes"/><meta property="og:type" content="article"/>' +
        '<meta name="twitter:card" content="summary"/><meta name="twitter:title" content="Tides"/>' +
        '<meta name="twitter:description" content="The sea rises and falls."/>',
    );
  });
});

describe('when the post has no description and no hero', () => {
  const post = parse(
    '---\ntitle: Herons\nslug: herons\n---\n\nA grey heron stands in the shallows & waits.\n\n![A heron with a fish](./heron.jpg)\n',
    'herons.md',
  );

  it('describes the page with its excerpt and shares the first body image, as a scraper reads them', async () => {
    const html = renderToStaticMarkup(<html><head><PostHead post={post} site={site} /></head><body /></html>);
    const { result } = await ogs({ html });
    expect(result.ogDescription).toBe('A grey heron stands in the shallows & waits.');
    expect(result.twitterDescription).toBe('A grey heron stands in the shallows & waits.');
    expect(result.ogImage).toEqual([expect.objectContaining({ url: 'https://example.org/blog/posts/herons/heron.jpg', alt: 'A heron with a fish' })]);
    expect(result.twitterCard).toBe('summary_large_image');
    expect(result.twitterImage).toEqual([expect.objectContaining({ url: 'https://example.org/blog/posts/herons/heron.jpg', alt: 'A heron with a fish' })]);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('A grey heron stands in the shallows & waits.');
  });

  it('still describes the page by its excerpt when site.url is unusable', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const html = renderToString(<PostHead post={post} site={{ url: '/', name: 'x' }} />);
    expect(html).toContain('<meta name="description" content="A grey heron stands in the shallows &amp; waits."/>');
  });
});

describe('when rendered in the body', () => {
  // React 19 hoists <title>, <meta> and <link> into document.head; React 18 (also in the peer range,
  // run by test/react18.sh) renders them where they stand, so there PostHead belongs inside <head>.
  const hoists = Number(version.split('.')[0]) >= 19;

  it(hoists ? 'hoists its tags into document.head (React 19)' : 'renders its tags in place (React 18)', () => {
    const { container } = render(<PostHead post={bees()} site={site} />);
    const where = hoists ? document.head : container;
    if (hoists) expect(container.querySelector('meta, title, link')).toBeNull();
    expect(where.querySelector('title')?.textContent).toBe('How Bees Find Their Way Home');
    expect(where.querySelector('meta[property="og:image"]')).toHaveAttribute('content', 'https://example.org/blog/posts/bees-home/hive.jpg');
  });
});

describe('when the data is bad', () => {
  it('writes a title full of markup and quotes as text', async () => {
    const title = '</title><script>alert("x")</script> & \'q\'';
    const html = renderToStaticMarkup(<html><head><PostHead post={{ ...tides(), title }} site={site} /></head><body /></html>);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.title).toBe(title);
    expect(doc.querySelector('script')).toBeNull();
    expect((await ogs({ html })).result.ogTitle).toBe(title);
  });

  it('renders the title and description only when site.url is unusable, and says so in development', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const html = renderToString(<PostHead post={bees()} site={{ url: 'example.org', name: 'x' }} />);
    expect(html).not.toMatch(/undefined|null|canonical|og:url/);
    expect(html).toContain('<title>How Bees Find Their Way Home</title>');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('react-blog-kit <PostHead>: ignored invalid props: site.url: expected an absolute http(s) URL, received "example.org"'));
  });

  it('never writes undefined or null for a post with nothing but a title', () => {
    const html = renderToString(<PostHead post={{ ...tides(), authors: null, tags: undefined } as never} site={{ url: 'https://example.org/a', name: '' }} />);
    expect(html).not.toMatch(/undefined|null|NaN/);
    expect(html).toContain('href="https://example.org/a/posts/tides/"');
  });
});
