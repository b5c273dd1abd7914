import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { bees, site } from '../../../test/seo/posts.js';
import { postJsonLd } from '../../seo/index.js';
import { JsonLd, serializeJsonLd } from './JsonLd.js';

/** The JSON a search engine reads from the page: every ld+json script's text, parsed. */
function readJsonLd(html: string): unknown[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head><body></body></html>`, 'text/html');
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
}

describe('when given a post’s BlogPosting', () => {
  it('carries what search engines require of an article: headline, image, datePublished, author name', () => {
    const [ld] = readJsonLd(renderToStaticMarkup(<JsonLd data={postJsonLd(bees(), site)} />)) as Record<string, any>[];
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('BlogPosting');
    expect(ld.headline).toBe('How Bees Find Their Way Home');
    expect(ld.image.url).toBe('https://example.org/blog/posts/bees-home/hive.jpg');
    expect(ld.datePublished).toBe('2024-05-02');
    expect(ld.author.map((a: { name: string }) => a.name)).toEqual(['Ada Drone', 'Ben Comb']);
  });

  it('reads back equal to the data, markup-like text included', () => {
    const data = { ...postJsonLd(bees(), site), description: 'a < b && c > d \u2028 line \u2029 para' };
    expect(readJsonLd(renderToStaticMarkup(<JsonLd data={data} />))).toEqual([data]);
  });
});

describe('when serialising', () => {
  it('escapes <, >, &, U+2028 and U+2029 and nothing else', () => {
    expect(serializeJsonLd({ t: '</script>&\u2028\u2029é"' })).toBe('{"t":"\\u003c/script\\u003e\\u0026\\u2028\\u2029é\\""}');
  });

  it('gives undefined for what is not JSON', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(serializeJsonLd(cycle)).toBeUndefined();
    expect(serializeJsonLd({ n: 1n })).toBeUndefined();
    expect(serializeJsonLd(() => 1)).toBeUndefined();
  });
});

describe('when rendered', () => {
  it('is a script element with the ld+json type, the ref and other props', () => {
    const ref = { current: null as HTMLScriptElement | null };
    const { container } = render(<JsonLd ref={ref} data={{ '@type': 'Thing' }} id="ld" {...({ type: 'text/javascript' } as object)} />);
    const script = container.querySelector('script')!;
    expect(ref.current).toBe(script);
    expect(script).toHaveAttribute('type', 'application/ld+json');
    expect(script).toHaveAttribute('id', 'ld');
    expect(script).toHaveAttribute('data-slot', 'json-ld');
    expect(JsonLd.displayName).toBe('JsonLd');
  });

  it('renders nothing for data that is not JSON, and says so in development', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(renderToStaticMarkup(<JsonLd data={cycle} />)).toBe('');
    expect(renderToStaticMarkup(<JsonLd data={'text' as never} />)).toBe('');
    expect(error).toHaveBeenCalledWith('react-blog-kit <JsonLd>: ignored invalid props: data: expected a JSON object, received an object.');
  });
});
