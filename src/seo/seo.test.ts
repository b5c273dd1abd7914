// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Post } from '../post/index.js';
import { bees, bread, tides, site } from '../../test/seo/posts.js';
import { blogJsonLd, getPostMetadata, postJsonLd, postUrl, sitemapEntries, type Site } from './index.js';

describe('when a post has everything', () => {
  it('gives Next.js-shaped metadata with every URL absolute', () => {
    const post = bees();
    post.authors[0].socials = { x: 'https://x.com/adadrone' };
    const meta = getPostMetadata(post, site);
    expect(meta.title).toBe('How Bees Find Their Way Home');
    expect(meta.description).toBe('Sun compass, landmarks & a waggle dance: the "three" tools of a forager.');
    expect(meta.alternates).toEqual({
      canonical: 'https://example.org/blog/posts/bees-home/',
      types: {
        'application/rss+xml': 'https://example.org/blog/feed.xml',
        'application/atom+xml': 'https://example.org/blog/atom.xml',
        'application/feed+json': 'https://example.org/blog/feed.json',
      },
    });
    expect(meta.authors).toEqual([{ name: 'Ada Drone', url: 'https://example.org/people/ada' }, { name: 'Ben Comb' }]);
    expect(meta.keywords).toEqual(['bees', 'navigation']);
    expect(meta.openGraph).toEqual({
      type: 'article',
      url: 'https://example.org/blog/posts/bees-home/',
      title: 'How Bees Find Their Way Home',
      description: meta.description,
      siteName: 'Field Notes',
      locale: 'en_GB',
      publishedTime: '2024-05-02',
      modifiedTime: '2024-06-01T08:30:00.000Z',
      authors: ['https://example.org/people/ada', 'Ben Comb'],
      tags: ['bees', 'navigation'],
      images: [{ url: 'https://example.org/blog/posts/bees-home/hive.jpg', width: 1200, height: 630, alt: 'A wooden hive in a meadow' }],
    });
    expect(meta.twitter).toEqual({
      card: 'summary_large_image',
      title: 'How Bees Find Their Way Home',
      description: meta.description,
      site: '@fieldnotes',
      creator: '@adadrone',
      images: ['https://example.org/blog/posts/bees-home/hive.jpg'],
    });
  });

  it('gives a BlogPosting with what search engines require of an article', () => {
    const ld = postJsonLd(bees(), site);
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'How Bees Find Their Way Home',
      description: 'Sun compass, landmarks & a waggle dance: the "three" tools of a forager.',
      datePublished: '2024-05-02',
      dateModified: '2024-06-01T08:30:00.000Z',
      author: [
        { '@type': 'Person', name: 'Ada Drone', url: 'https://example.org/people/ada' },
        { '@type': 'Person', name: 'Ben Comb' },
      ],
      image: { '@type': 'ImageObject', url: 'https://example.org/blog/posts/bees-home/hive.jpg', caption: 'A wooden hive in a meadow' },
      keywords: ['bees', 'navigation'],
      url: 'https://example.org/blog/posts/bees-home/',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/blog/posts/bees-home/' },
      inLanguage: 'en-GB',
      isPartOf: { '@type': 'Blog', name: 'Field Notes', url: 'https://example.org/blog/' },
    });
  });

  it('gives a Blog for the index page listing the posts, drafts left out', () => {
    const ld = blogJsonLd(site, [bees(), { ...tides(), draft: true }]);
    expect(ld).toMatchObject({ '@type': 'Blog', name: 'Field Notes', url: 'https://example.org/blog/', description: 'Short notes on small things.', inLanguage: 'en-GB' });
    expect(ld.blogPost?.map((p) => p.headline)).toEqual(['How Bees Find Their Way Home']);
    expect(ld.blogPost?.[0]).not.toHaveProperty('@context');
  });

  it('gives sitemap entries with the last change, drafts left out', () => {
    expect(sitemapEntries([bees(), bread(), tides(), { ...tides(), slug: 'draft', draft: true }], site)).toEqual([
      { url: 'https://example.org/blog/posts/bees-home/', lastModified: '2024-06-01T08:30:00.000Z' },
      { url: 'https://example.org/blog/posts/bread/', lastModified: '2023-11-20' },
      { url: 'https://example.org/blog/posts/tides/' },
    ]);
  });
});

describe('when URLs are joined', () => {
  const post = { ...tides(), slug: 'x' };
  for (const url of ['https://example.org/blog', 'https://example.org/blog/', 'https://example.org/blog?utm=1#top']) {
    it(`keeps the base path of ${url}`, () => {
      expect(postUrl(post, { url, name: 'n' })).toBe('https://example.org/blog/posts/x/');
    });
  }

  it('takes the host’s postHref, relative or absolute', () => {
    expect(postUrl(post, { url: 'https://example.org/blog', name: 'n', postHref: (p) => `/${p.slug}.html` })).toBe('https://example.org/blog/x.html');
    expect(postUrl(post, { url: 'https://example.org', name: 'n', postHref: () => 'https://cdn.example.net/x/' })).toBe('https://cdn.example.net/x/');
    expect(postUrl(post, { url: 'https://example.org', name: 'n', postHref: () => 'javascript:alert(1)' })).toBeUndefined();
    expect(postUrl(post, { url: 'https://example.org', name: 'n', postHref: () => { throw new Error('no'); } })).toBeUndefined();
  });

  it('resolves a relative hero against the post URL and a default image under the site', () => {
    const withHero = (src: string) => getPostMetadata({ ...post, heroImage: { src } }, site).openGraph.images?.[0].url;
    expect(withHero('hero.png')).toBe('https://example.org/blog/posts/x/hero.png');
    expect(withHero('../shared/hero.png')).toBe('https://example.org/blog/posts/shared/hero.png');
    expect(withHero('/hero.png')).toBe('https://example.org/hero.png');
    expect(withHero('//cdn.example.net/hero.png')).toBe('https://cdn.example.net/hero.png');
    const fallback = getPostMetadata(post, { ...site, defaultImage: { src: '/og.png', width: 1200, height: 630 } });
    expect(fallback.openGraph.images).toEqual([{ url: 'https://example.org/blog/og.png', width: 1200, height: 630 }]);
    expect(fallback.twitter.card).toBe('summary_large_image');
  });
});

describe('when the input is bad', () => {
  const bad: [string, Post][] = [
    ['no description, image, date or authors', tides()],
    ['a title full of markup and quotes', { ...tides(), title: '</title><script>alert("x")</script> & \'q\'' }],
    ['a hero with an unsafe URL', { ...tides(), heroImage: { src: 'javascript:alert(1)', width: -3, height: Number.NaN } }],
    ['authors without names and with unsafe URLs', { ...tides(), authors: [{ name: '' }, { name: 'Eve', url: 'javascript:alert(1)' }] }],
    ['dates that are not dates', { ...tides(), pubDate: 'Jully 2022', updatedDate: '2022-02-30' }],
    ['no slug and a title with no letters', { ...tides(), slug: undefined, title: '!!!' }],
    ['fields of the wrong type', { ...tides(), tags: 'bees', authors: null, lang: 42 } as unknown as Post],
  ];
  const sites: Site[] = [site, { url: 'https://example.org', name: '' }, { url: 'https://example.org/a/b', name: 'x', feeds: { rss: 'javascript:x' }, defaultImage: 'data:x' }];

  for (const [name, post] of bad) {
    it(`with ${name}, leaves out what is missing and never writes undefined or null`, () => {
      for (const s of sites) {
        const outputs = [getPostMetadata(post, s), postJsonLd(post, s), blogJsonLd(s, [post]), sitemapEntries([post], s)];
        const json = JSON.stringify(outputs);
        expect(json).not.toMatch(/undefined|null|NaN|javascript:|data:/);
        // JSON.stringify drops undefined values; the objects must not hold them either.
        const walk = (v: unknown): void => {
          if (v && typeof v === 'object') for (const x of Object.values(v)) { expect(x).not.toBeUndefined(); walk(x); }
        };
        walk(outputs);
      }
    });
  }

  it('gives a summary card and no image or description when the post has none and no body', () => {
    const meta = getPostMetadata({ ...tides(), intro: { type: 'root', children: [] } }, { url: 'https://example.org', name: 'x' });
    expect(meta.twitter.card).toBe('summary');
    expect(meta.openGraph).not.toHaveProperty('images');
    expect(meta).not.toHaveProperty('description');
  });

  it('names site.url when it is not an absolute http(s) URL', () => {
    for (const url of ['example.org', '/blog', 'ftp://example.org', '', undefined]) {
      expect(() => getPostMetadata(tides(), { url, name: 'x' } as Site)).toThrow(/^getPostMetadata: site\.url must be an absolute http\(s\) URL such as "https:\/\/example\.org".*, received /);
      expect(() => postJsonLd(tides(), { url, name: 'x' } as Site)).toThrow(TypeError);
      expect(() => sitemapEntries([tides()], { url, name: 'x' } as Site)).toThrow(TypeError);
    }
  });
});
