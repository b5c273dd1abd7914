/**
 * The render fast paths (structure headings built as React elements, cached Intl formatters) must
 * give exactly the markup of the general path. No timing is asserted here.
 */
import { createElement, type ComponentProps } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleMeta } from '../components/ArticleMeta/ArticleMeta.js';
import { PostLayout } from '../components/PostLayout/PostLayout.js';
import { createPost, parsePost } from '../parse/index.js';
import { fixture } from '../../test/helpers/fixtures.js';


// Any override sends every tree through hast-util-to-jsx-runtime; this one renders a plain <span>.
function Span({ node: _node, ...props }: ComponentProps<'span'> & { node?: unknown }) {
  return createElement('span', props);
}

describe('structure headings', () => {
  it.each(['explainer.md', 'technical.md', 'rtl-fa.md', 'ja.md'])('render %s the same with and without component overrides', (name) => {
    const post = parsePost(fixture(name), { filename: name });
    for (const props of [{}, { unstyled: true }, { labels: { headingPermalink: 'Permalink: {title} ({missing})', footnotes: 'Notes' } }]) {
      const direct = renderToString(<PostLayout post={post} {...props} />);
      const general = renderToString(<PostLayout post={post} {...props} components={{ span: Span }} />);
      expect(direct).toBe(general);
      expect(direct).toContain('data-slot="heading-anchor"');
    }
  });

  it('keep inline markup, drop unsafe URLs and name the permalink after the text', () => {
    const post = createPost({
      data: { title: 'T' },
      body: '## Using `code` and *stress* [here](javascript:alert(1))\n\nText.\n\n### Item <b>raw</b>\n\nMore.',
    });
    const html = renderToString(<PostLayout post={post} />);
    expect(html).toBe(renderToString(<PostLayout post={post} components={{ span: Span }} />));
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<em>stress</em>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('aria-label="Link to section: Using code and stress here"');
  });
});

describe('ArticleMeta with cached formatters', () => {
  it('formats each locale and time zone with its own formatter, whatever the order', () => {
    const meta = (locale: string, timeZone?: string) =>
      renderToString(<ArticleMeta pubDate="2024-03-05T23:30:00Z" readingTime={{ minutes: 1234, words: 1 }} locale={locale} timeZone={timeZone} />);
    const first = [meta('en-US'), meta('de-DE'), meta('en-US', 'Asia/Tokyo'), meta('hi-IN')];
    const again = [meta('hi-IN'), meta('en-US', 'Asia/Tokyo'), meta('de-DE'), meta('en-US')].reverse();
    expect(again).toEqual(first);
    expect(first[0]).toContain('March 5, 2024');
    expect(first[0]).toContain('1,234 min read');
    expect(first[1]).toContain('5. März 2024');
    expect(first[1]).toContain('1.234 min read');
    expect(first[2]).toContain('March 6, 2024');
    expect(new Set(first).size).toBe(4);
  });

  it('keeps working past the cache bound', () => {
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 100);
    for (const zone of zones) renderToString(<ArticleMeta pubDate="2024-03-05T12:00:00Z" timeZone={zone} />);
    expect(renderToString(<ArticleMeta pubDate="2024-03-05T23:30:00Z" timeZone="Asia/Tokyo" />)).toContain('March 6, 2024');
  });
});
