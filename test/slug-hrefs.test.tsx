/**
 * A Post taken from a cache or a CMS without `asPost` may carry a slug edited to climb (`..`). The
 * kit's own URLs for it — the default `postHref` of `/seo` and `/feed`, and `slugPath`, which the
 * recipes' `postHref` use — never hold a `.` or `..` segment, so a list never links to the blog's home
 * in its place.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PostList } from '../src/index.js';
import { slugOf, slugPath } from '../src/collection/index.js';
import { postUrl } from '../src/seo/index.js';

const site = { url: 'https://example.org', name: 'Example' };
const tampered = { title: 'Tampered', slug: '../..', pubDate: '2024-01-01' };
const climbing = { title: 'Climbing', slug: '../../outside/escaped', pubDate: '2024-01-02' };

describe('when a post from outside the parser has a slug that climbs', () => {
  it('gets no canonical URL from the default postHref when nothing is left, and one inside /posts/ otherwise', () => {
    expect(postUrl(tampered as never, site)).toBeUndefined();
    expect(postUrl(climbing as never, site)).toBe('https://example.org/posts/outside/escaped/');
  });

  it('is linked by PostList through slugPath without a .. segment', () => {
    render(<PostList posts={[climbing, tampered] as never} postHref={(post) => `/posts/${slugPath(slugOf(post))}/`} />);
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/posts/outside/escaped/');
    expect(hrefs.every((href) => !/(^|\/)\.\.?(\/|$)/.test(href ?? ''))).toBe(true);
  });
});
