/**
 * Unlisted posts (Docusaurus's `unlisted: true`) and slugs that are paths (`slug: /hey/my path`),
 * across every helper that lists posts or builds a post's URL.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PostHead, PostList } from '../src/index.js';
import {
  adjacentPosts,
  isUnlisted,
  paginate,
  postsWithTag,
  relatedPosts,
  seriesOf,
  slugPath,
  sortPosts,
  tagsOf,
  toSummary,
} from '../src/collection/index.js';
import { createFeed } from '../src/feed/index.js';
import { parsePost } from '../src/parse/index.js';
import { blogJsonLd, getPostMetadata, postJsonLd, postUrl, sitemapEntries } from '../src/seo/index.js';

const site = { url: 'https://example.org/blog', name: 'Tides' };
const post = (slug: string, front: string) => parsePost(`---\ntitle: ${slug} tides\nslug: ${slug}\n${front}---\n\nAbout tides.\n`);
const old = post('old', 'date: 2020-01-01\ntags: [sea]\nseries: Tides\n');
const hidden = post('hidden', 'date: 2021-01-01\ntags: [sea, secret]\nseries: Tides\nunlisted: true\n');
const recent = post('recent', 'date: 2022-01-01\ntags: [sea]\nseries: Tides\n');
const posts = [old, hidden, recent];
const slugs = (list: readonly { slug?: string }[]) => list.map((p) => p.slug);

describe('when a post is unlisted', () => {
  it('is kept by sortPosts, which a host builds every route from', () => {
    expect(slugs(sortPosts(posts))).toEqual(['recent', 'hidden', 'old']);
    expect(isUnlisted(hidden)).toBe(true);
    expect(toSummary(hidden).unlisted).toBe(true);
  });

  it('is on no page of paginate, and not counted', () => {
    expect(paginate(sortPosts(posts), { perPage: 1 })).toMatchObject({ pages: 2, total: 2, items: [recent] });
    expect(paginate(sortPosts(posts).map(toSummary), { perPage: 1, page: 2 }).items.map((p) => p.slug)).toEqual(['old']);
  });

  it('counts toward no tag and is on no tag page', () => {
    expect(tagsOf(posts)).toEqual([{ name: 'sea', slug: 'sea', count: 2 }]);
    expect(slugs(postsWithTag(posts, 'sea'))).toEqual(['old', 'recent']);
    expect(postsWithTag(posts, 'secret')).toEqual([]);
  });

  it('is nobody’s neighbour, related post or series member, yet its own page has its series and related posts', () => {
    expect(adjacentPosts(posts, 'recent')).toEqual({ older: old });
    expect(adjacentPosts(posts, 'old')).toEqual({ newer: recent });
    expect(adjacentPosts(posts, 'hidden')).toEqual({});
    expect(slugs(relatedPosts(posts, 'old'))).toEqual(['recent']);
    expect(slugs(relatedPosts(posts, 'hidden'))).toEqual(['recent', 'old']);
    expect(slugs(seriesOf(posts, 'old')!.posts)).toEqual(['old', 'recent']);
    expect(seriesOf(posts, 'hidden')).toMatchObject({ index: 2, total: 3 });
  });

  it('is in no feed, sitemap or Blog JSON-LD, and its page asks search engines not to index it', () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      const feed = createFeed(posts, site, { format });
      expect(feed).toContain('/posts/recent/');
      expect(feed).not.toContain('/posts/hidden/');
    }
    expect(sitemapEntries(posts, site).map((e) => e.url)).toEqual(['https://example.org/blog/posts/old/', 'https://example.org/blog/posts/recent/']);
    expect(blogJsonLd(site, posts).blogPost?.map((p) => p.url)).toEqual(['https://example.org/blog/posts/old/', 'https://example.org/blog/posts/recent/']);
    expect(getPostMetadata(hidden, site).robots).toEqual({ index: false, follow: false });
    expect('robots' in getPostMetadata(old, site)).toBe(false);
    render(<PostHead post={hidden} site={site} />);
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
  });

  it('is not shown by PostList', () => {
    render(<PostList posts={posts.map(toSummary)} postHref={(p) => `/posts/${p.slug}/`} />);
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['old tides', 'recent tides']);
  });
});

describe('when a slug is a path', () => {
  const nested = parsePost('---\ntitle: Complex Slug\nslug: /hey/my super path/héllô\ndate: 2020/08/16\ntags: [complex]\n---\n\ncomplex url slug\n');
  const href = 'https://example.org/blog/posts/hey/my-super-path/h%C3%A9ll%C3%B4/';

  it('is served by every URL helper as segments, never as one encoded segment', () => {
    expect(nested.slug).toBe('hey/my-super-path/héllô');
    expect(slugPath(nested.slug!)).toBe('hey/my-super-path/h%C3%A9ll%C3%B4');
    expect(postUrl(nested, site)).toBe(href);
    expect(postUrl(toSummary(nested), site)).toBe(href);
    expect(getPostMetadata(nested, site).alternates?.canonical).toBe(href);
    expect(getPostMetadata(nested, site).openGraph.url).toBe(href);
    expect(postJsonLd(nested, site).url).toBe(href);
    expect(sitemapEntries([nested], site)).toEqual([{ url: href, lastModified: '2020-08-16' }]);
    expect(createFeed([nested], site, { format: 'json' })).toContain(`"url": "${href}"`);
    expect(createFeed([nested], site)).toContain(`<link>${href}</link>`);
  });

  it('is found by the collection helpers by its path', () => {
    const others = [nested, post('next', 'date: 2021-01-01\ntags: [complex]\n')];
    expect(adjacentPosts(others, 'hey/my-super-path/héllô').newer?.slug).toBe('next');
    expect(slugs(relatedPosts(others, 'hey/my-super-path/héllô'))).toEqual(['next']);
  });
});
