// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { toSummary } from '../collection/index.js';
import type { Post } from '../post/index.js';
import { bees, parse, site, tides } from '../../test/seo/posts.js';
import { clipText } from './fallbacks.js';
import { blogJsonLd, getPostMetadata, postJsonLd } from './index.js';

const post = (body: string, frontmatter = '') => parse(`---\ntitle: Field day\nslug: field-day\n${frontmatter}---\n\n${body}\n`, 'field-day.md', 'sanitize');

/** Every description a page gets: the meta tag, Open Graph, the X card and JSON-LD. */
function descriptions(p: Post) {
  const meta = getPostMetadata(p, site);
  return [meta.description, meta.openGraph.description, meta.twitter.description, postJsonLd(p, site).description];
}

describe('when a post has no description', () => {
  it('describes the page with its first paragraph, everywhere a description goes', () => {
    expect(descriptions(tides())).toEqual(Array(4).fill('The sea rises and falls.'));
  });

  it('takes the text before <!-- more --> when there is a marker, as a card shows it', () => {
    const p = post('Morning *fog* over the [marsh](/marsh/).\n\nThe heron waits.\n\n<!-- more -->\n\nAfter the marker.');
    expect(descriptions(p)[0]).toBe('Morning fog over the marsh. The heron waits.');
  });

  it('leaves out images, footnote numbers and raw markup, as the card’s plain excerpt does', () => {
    const p = post('Counting `n` herons ![a heron](heron.png) by the pond[^1] <b>today</b>.\n\n[^1]: The small one.');
    expect(descriptions(p)[0]).toBe('Counting n herons by the pond today.');
  });

  it('skips a first block that has no prose (a code block) and uses the first paragraph', () => {
    const p = post('```js\nlet x = 1;\n```\n\nWhat the code counts.');
    expect(descriptions(p)[0]).toBe('What the code counts.');
  });

  it('cuts a long paragraph to 160 characters at a word boundary, with an ellipsis', () => {
    const words = 'The tide came in over the flats while the birds kept feeding along its edge, moving a step ahead of the water each minute until the light went and only the gulls stayed.';
    const [description] = descriptions(post(words));
    expect(Array.from(description!).length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/…$/);
    const kept = description!.slice(0, -1);
    // Whole words only: what is kept is a prefix of the text that ends where a word ends.
    expect(words.startsWith(kept)).toBe(true);
    expect(words[kept.length]).toMatch(/[\s,.]/);
  });

  it('keeps its own description, however long', () => {
    const long = 'x'.repeat(300);
    expect(getPostMetadata({ ...tides(), description: long }, site).description).toBe(long);
    expect(getPostMetadata(bees(), site).description).toBe('Sun compass, landmarks & a waggle dance: the "three" tools of a forager.');
  });

  it('gives a summary from toSummary the description of its post', () => {
    const p = post('Lapwings nest on open ground.\n\n## Later\n\nMore.');
    expect(getPostMetadata(toSummary(p), site).description).toBe('Lapwings nest on open ground.');
    expect(blogJsonLd(site, [toSummary(p)]).blogPost?.[0].description).toBe('Lapwings nest on open ground.');
  });

  it('gives no description for a post with no prose at all, and never throws over a broken body', () => {
    expect(getPostMetadata(post('![only a picture](p.png)'), site)).not.toHaveProperty('description');
    const broken = { ...tides(), intro: undefined, sections: 'x' } as unknown as Post;
    expect(getPostMetadata(broken, site)).not.toHaveProperty('description');
  });
});

describe('when text is cut to a length', () => {
  it('leaves short text alone', () => {
    expect(clipText('Short.', 160)).toBe('Short.');
    expect(clipText('x'.repeat(160), 160)).toBe('x'.repeat(160));
  });

  it('cuts at the last space, dropping punctuation left at the end', () => {
    expect(clipText('one two, three four', 12)).toBe('one two…');
  });

  it('cuts text without spaces (Japanese) at the length, never inside an emoji or between a letter and its accent', () => {
    expect(clipText('潮が満ちて干潟の鳥たちは水際に沿って餌を探し続けた', 10)).toBe('潮が満ちて干潟の鳥…');
    expect(clipText('🐦'.repeat(20), 10)).toBe(`${'🐦'.repeat(9)}…`);
    expect(clipText('👩‍🔬'.repeat(20), 4)).toBe(`${'👩‍🔬'.repeat(3)}…`);
    expect(clipText('éééééééééééé'.normalize('NFD'), 6)).toBe('ééééé…'.normalize('NFD'));
  });
});

/** The post's first image node, for tests that give it what the loader would (a measured size). */
function firstImg(p: Post): Element {
  const paragraph = p.intro.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p')!;
  return paragraph.children.find((c): c is Element => c.type === 'element' && c.tagName === 'img')!;
}

/** The image everywhere a page shares one: Open Graph, the X card and JSON-LD. */
function images(p: Post, s = site) {
  const meta = getPostMetadata(p, s);
  return { og: meta.openGraph.images, card: meta.twitter.card, x: meta.twitter.images, ld: postJsonLd(p, s).image };
}

describe('when a post has no hero', () => {
  it('shares the first body image, made absolute against the post’s URL as a hero is, with its alt text', () => {
    const p = post('A heron on one leg.\n\n![A grey heron in the reeds](./heron.jpg)\n\n![Later](later.jpg)');
    expect(images(p)).toEqual({
      og: [{ url: 'https://example.org/blog/posts/field-day/heron.jpg', alt: 'A grey heron in the reeds' }],
      card: 'summary_large_image',
      x: ['https://example.org/blog/posts/field-day/heron.jpg'],
      ld: { '@type': 'ImageObject', url: 'https://example.org/blog/posts/field-day/heron.jpg', caption: 'A grey heron in the reeds' },
    });
  });

  it('gives the size the loader measured on the image', () => {
    const p = post('![A heron](/img/heron.jpg)');
    Object.assign(firstImg(p).properties, { width: 1600, height: 900 });
    expect(images(p).og).toEqual([{ url: 'https://example.org/img/heron.jpg', width: 1600, height: 900, alt: 'A heron' }]);
  });

  it('reads the size raw HTML gives, as digits', () => {
    const p = post('<img src="https://cdn.example.net/heron.webp" width="1200" height="630" alt="Heron">');
    expect(images(p).og).toEqual([{ url: 'https://cdn.example.net/heron.webp', width: 1200, height: 630, alt: 'Heron' }]);
  });

  it('walks the body in document order: intro, then each section and its items', () => {
    const p = post('Intro text.\n\n## First\n\nNo image.\n\n### Item\n\n![in the item](item.png)\n\n## Second\n\n![in the second section](second.png)');
    expect(images(p).og?.[0].url).toBe('https://example.org/blog/posts/field-day/item.png');
  });

  it('skips data:, javascript: and SVG images, and images known to be too small for a card', () => {
    const p = post(
      [
        '![pixel](data:image/png;base64,iVBORw0KGgo=)',
        '<img src="javascript:alert(1)" alt="x">',
        '![build badge](https://img.shields.io/badge/build-passing-green.svg)',
        '<img src="icon.png" width="32" height="32" alt="icon">',
        '<img src="wide.png" width="1200" height="40" alt="rule">',
        '![The pond at dawn](pond.png)',
      ].join('\n\n'),
    );
    expect(images(p).og).toEqual([{ url: 'https://example.org/blog/posts/field-day/pond.png', alt: 'The pond at dawn' }]);
  });

  it('prefers the hero, then the body image, then the site’s default image', () => {
    const withDefault = { ...site, defaultImage: '/og.png' };
    const body = post('![The pond](pond.png)');
    expect(images(body, withDefault).og?.[0].url).toBe('https://example.org/blog/posts/field-day/pond.png');
    const hero = post('![The pond](pond.png)', 'heroImage: ./hero.png\n');
    expect(images(hero, withDefault).og?.[0].url).toBe('https://example.org/blog/posts/field-day/hero.png');
    const none = post('No pictures here.');
    expect(images(none, withDefault).og?.[0].url).toBe('https://example.org/blog/og.png');
    expect(images(none)).toEqual({ og: undefined, card: 'summary', x: undefined, ld: undefined });
  });

  it('gives a summary the first image of its excerpt (it carries no body)', () => {
    const p = post('![The pond](pond.png)\n\nText.\n\n<!-- more -->\n\n![Later](later.png)');
    expect(images(toSummary(p) as unknown as Post).og?.[0].url).toBe('https://example.org/blog/posts/field-day/pond.png');
  });
});

describe('when an author is an organisation', () => {
  it('types it Organization in JSON-LD, and the others Person', () => {
    const p = post('Notes.', 'authors:\n  - { name: The Core Team, type: organization, url: "https://example.org/team" }\n  - { name: Ada }\n');
    expect(postJsonLd(p, site).author).toEqual([
      { '@type': 'Organization', name: 'The Core Team', url: 'https://example.org/team' },
      { '@type': 'Person', name: 'Ada' },
    ]);
    // The page's other tags name an organisation as they name a person.
    expect(getPostMetadata(p, site).authors).toEqual([{ name: 'The Core Team', url: 'https://example.org/team' }, { name: 'Ada' }]);
  });
});
