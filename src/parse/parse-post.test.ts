import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fixture } from '../../test/helpers/fixtures.js';
import { createPost, parsePost } from './index.js';

const headingsIn = (root: Root): Element[] => {
  const out: Element[] = [];
  const stack: Root['children'][number][] = [...root.children];
  while (stack.length) {
    const node = stack.shift()!;
    if (node.type === 'element') {
      if (/^h[1-6]$/.test(node.tagName)) out.push(node);
      stack.unshift(...node.children);
    }
  }
  return out;
};

describe('when parsing the sample explainer', () => {
  const post = parsePost(fixture('explainer.md'));

  it('reads the seed-style frontmatter', () => {
    expect(post.title).toBe('How Ocean Tides Work');
    expect(post.description).toMatch(/^A friendly walk/);
    expect(post.pubDate).toBe('2023-03-14');
    expect(post.heroImage).toEqual({ src: '/images/tides.png' });
    expect(post.authors).toEqual([]);
    expect(post.tags).toEqual([]);
  });

  it('keeps the intro paragraphs apart from the sections', () => {
    const paragraphs = post.intro.children.filter((n) => n.type === 'element' && n.tagName === 'p');
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(headingsIn(post.intro)).toEqual([]);
  });

  it('makes the four ### headings sections and the #### headings their items', () => {
    expect(post.sections.map((s) => s.title)).toHaveLength(4);
    expect(post.sections.map((s) => s.depth)).toEqual([2, 2, 2, 2]);
    expect(post.sections.map((s) => s.items.length)).toEqual([0, 5, 4, 0]);
    for (const item of post.sections.flatMap((s) => s.items)) expect(item.depth).toBe(3);
    expect(post.sections[0].id).toBe('how-tides-work');
    expect(post.sections[1].items[0]).toMatchObject({ id: 'spring-tides', title: 'Spring Tides:' });
  });

  it('lists every heading in the TOC in document order', () => {
    const expected = post.sections.flatMap((s) => [
      { id: s.id, title: s.title, depth: 2 },
      ...s.items.map((i) => ({ id: i.id, title: i.title, depth: 3 })),
    ]);
    expect(post.toc).toEqual(expected);
  });

  it('estimates reading time from the words', () => {
    expect(post.readingTime.words).toBeGreaterThan(500);
    expect(post.readingTime.minutes).toBe(Math.round(post.readingTime.words / 220));
  });

  it('is plain JSON that survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(post))).toEqual(post);
    expect(JSON.stringify(post)).not.toContain('"position"');
  });

  it('gives the same ids on every run', () => {
    expect(parsePost(fixture('explainer.md')).toc).toEqual(post.toc);
  });
});

describe('when parsing a technical post', () => {
  const post = parsePost(fixture('technical.md'));

  it('reads an object hero image, author objects and a tag list', () => {
    expect(post.heroImage).toEqual({
      src: '/images/streaming-json.png',
      width: 1200,
      height: 630,
      alt: 'A conveyor belt carrying curly braces into a funnel',
    });
    expect(post.authors.map((a) => a.name)).toEqual(['Ada Okafor', 'Tomás Lindqvist']);
    expect(post.authors[0]).toEqual({ name: 'Ada Okafor', url: 'https://example.com/ada', avatar: '/avatars/ada.png' });
    expect(post.tags).toEqual(['typescript', 'performance', 'parsing']);
    expect(post.updatedDate).toBe('2024-03-01');
  });

  it('honours {#custom-id} and removes it from the title', () => {
    expect(post.sections[0]).toMatchObject({ id: 'getting-started', title: 'Setup' });
  });

  it('makes duplicate heading ids unique', () => {
    const ids = post.toc.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('results'))).toEqual(['results', 'results-1']);
  });

  it('keeps inline markup in a heading and plain text in its title', () => {
    const tokenizer = post.sections.find((s) => s.title === 'The Tokenizer class')!;
    expect(tokenizer.children.some((c) => c.type === 'element' && c.tagName === 'code')).toBe(true);
  });

  it('keeps deeper headings inside the item they belong to, one rank down', () => {
    const escapes = post.sections[1].items.find((i) => i.title === 'Handling escapes')!;
    expect(headingsIn(escapes.content).map((h) => [h.tagName, h.properties.id])).toEqual([['h4', 'surrogate-pairs']]);
  });

  it('renders GFM: tables, task lists, strikethrough, autolinks', () => {
    const json = JSON.stringify(post);
    expect(json).toContain('"tagName":"table"');
    expect(json).toContain('"type":"checkbox"');
    expect(json).toContain('"tagName":"del"');
    expect(json).toContain('"href":"https://example.com/streaming-json"');
  });

  it('keeps footnotes apart, as one list', () => {
    expect(post.footnotes?.children).toHaveLength(1);
    const list = post.footnotes!.children[0] as Element;
    expect(list.tagName).toBe('ol');
    expect(list.children.filter((c) => c.type === 'element')).toHaveLength(2);
    expect(post.toc.some((t) => /footnote/i.test(t.title))).toBe(false);
  });
});

describe('when a post comes from another generator', () => {
  it('maps date, lastmod, summary, coverImage and author', () => {
    const post = parsePost(fixture('aliases.md'));
    expect(post.pubDate).toBe('2022-11-05T04:00:00.000Z');
    expect(post.updatedDate).toBe('2023-01-17');
    expect(post.description).toMatch(/^Field names differ/);
    expect(post.heroImage).toEqual({ src: '/images/migration-cover.jpg' });
    expect(post.authors).toEqual([{ name: 'Mira Santos', avatar: '/avatars/mira.png' }]);
    expect(post.tags).toEqual(['single-tag']);
    // Hugo's series taxonomy list: the post belongs to its first series; draft: false is no draft.
    expect(post.series).toEqual({ name: 'a', slug: 'a' });
    expect('draft' in post).toBe(false);
    expect(post.data).toEqual({});
  });

  it('reads TOML frontmatter with a table kept in data', () => {
    const post = parsePost(fixture('toml.md'));
    expect(post.title).toBe('Notes From a Weekend Bread Class');
    expect(post.pubDate).toBe('2021-05-04');
    expect(post.authors.map((a) => a.name)).toEqual(['Priya Raman', 'Jonas Weber']);
    expect(post.data).toEqual({ extra: { difficulty: 'beginner', hours: 12, featured: true } });
  });

  it('takes the title from a leading # H1 when there is no frontmatter, and drops that H1', () => {
    const post = parsePost(fixture('no-frontmatter.md'));
    expect(post.title).toBe('Fixing a Squeaky Door Hinge');
    expect(post.toc.map((t) => t.title)).not.toContain(post.title);
    expect(post.sections[0].title).toBe('What you need');
    expect(post.sections.every((s) => s.depth === 2)).toBe(true);
  });

  it('drops a leading H1 that repeats the frontmatter title', () => {
    const post = parsePost('---\ntitle: Same Words\n---\n\n# Same words\n\nText.\n\n## Next\n');
    expect(post.toc).toEqual([{ id: 'next', title: 'Next', depth: 2 }]);
  });

  it('takes date, slug and title from a Jekyll or Docusaurus file name', () => {
    const body = 'Just a line.\n';
    expect(parsePost(body, { filename: 'posts/2009-09-05-edge-case-no-title.md' })).toMatchObject({
      title: 'Edge case no title',
      pubDate: '2009-09-05',
      slug: 'edge-case-no-title',
    });
    expect(parsePost('---\ntitle: Hi\n---\nx', { filename: 'blog/2021-08-26-welcome/index.mdx' })).toMatchObject({
      title: 'Hi',
      pubDate: '2021-08-26',
      slug: 'welcome',
    });
  });

  it('accepts an Astro content entry whose pubDate is a Date', () => {
    const post = createPost({
      data: { title: 'From Astro', pubDate: new Date('2022-07-24'), heroImage: '/hero.png' },
      body: '### One\n\nText.\n',
    });
    expect(post.pubDate).toBe('2022-07-24');
    expect(post.sections[0]).toMatchObject({ id: 'one', depth: 2 });
  });

  it('accepts gray-matter output ({ data, content })', () => {
    const post = createPost({ data: { title: 'Matter', tags: 'a' }, content: 'Hello.' });
    expect(post).toMatchObject({ title: 'Matter', tags: ['a'] });
  });
});

describe('when the body has unusual structure', () => {
  it('closes skipped heading levels (## → ####) with no gap', () => {
    const post = parsePost('---\ntitle: T\n---\n## A\n\n#### B\n\n###### C\n\n## D\n');
    expect(post.toc.map((t) => [t.title, t.depth])).toEqual([['A', 2], ['B', 3], ['C', 4], ['D', 2]]);
    expect(post.sections[0].items.map((i) => i.title)).toEqual(['B']);
  });

  it('makes a heading written deeper before the first shallower one a section too, never an h2 in the intro', () => {
    const post = parsePost('---\ntitle: T\n---\nIntro.\n\n#### Early\n\nA.\n\n## Main\n\n### Part\n');
    expect(post.toc).toEqual([
      { id: 'early', title: 'Early', depth: 2 },
      { id: 'main', title: 'Main', depth: 2 },
      { id: 'part', title: 'Part', depth: 3 },
    ]);
    expect(post.sections.map((s) => [s.title, s.items.map((i) => i.title)])).toEqual([['Early', []], ['Main', ['Part']]]);
    expect(JSON.stringify(post.intro)).not.toContain('"tagName":"h');
  });

  it('ranks a heading inside a blockquote under the outline without opening a level', () => {
    const post = parsePost('---\ntitle: T\n---\n> # Quoted\n\n## A\n\n### B\n');
    expect(post.sections.map((s) => [s.title, s.items.map((i) => i.title)])).toEqual([['A', ['B']]]);
    expect(JSON.stringify(post.intro)).toContain('"tagName":"h2"');
  });

  it('prefixes every id with slugPrefix', () => {
    const post = parsePost('---\ntitle: T\n---\n## A\n', { slugPrefix: 'p1-' });
    expect(post.toc[0].id).toBe('p1-a');
  });

  it("shows raw HTML as text with html: 'escape' and drops comments", () => {
    const post = parsePost('---\ntitle: T\n---\nHi <b>there</b>\n\n<!--more-->\n\n<script>alert(1)</script>\n', { html: 'escape' });
    const json = JSON.stringify(post.intro);
    expect(json).not.toContain('"tagName":"script"');
    expect(json).not.toContain('"tagName":"b"');
    expect(json).toContain('<b>');
    expect(json).not.toContain('more');
  });

  it("leaves raw HTML out with html: 'skip'", () => {
    const post = parsePost('---\ntitle: T\n---\nHi <b>there</b>\n', { html: 'skip' });
    expect(JSON.stringify(post.intro)).not.toContain('<b>');
  });

  it("renders sanitized HTML with html: 'sanitize'", () => {
    const post = parsePost('---\ntitle: T\n---\n<kbd>Ctrl</kbd> <img src=x onerror="alert(1)"> <script>alert(1)</script>\n', {
      html: 'sanitize',
    });
    const json = JSON.stringify(post.intro);
    expect(json).toContain('"tagName":"kbd"');
    expect(json).not.toContain('onerror');
    expect(json).not.toContain('script');
  });

  it('keeps footnote links pointing at their notes after sanitizing', () => {
    const post = parsePost('---\ntitle: T\n---\nA claim.[^1]\n\n[^1]: The note.\n', { html: 'sanitize' });
    const json = JSON.stringify(post);
    const href = /"href":"#([^"]+)"/.exec(JSON.stringify(post.intro))![1];
    expect(json).toContain(`"id":"${href}"`);
  });

  it('runs remark and rehype plugins given in options', () => {
    const remarkShout = () => (tree: { children: { type: string; children?: { type: string; value?: string }[] }[] }) => {
      for (const node of tree.children) for (const c of node.children ?? []) if (c.type === 'text') c.value = c.value!.toUpperCase();
    };
    const rehypeMark = () => (tree: Root) => {
      for (const node of tree.children) if (node.type === 'element') node.properties.dataMarked = true;
    };
    const post = parsePost('---\ntitle: T\n---\nquiet words\n', { remarkPlugins: [remarkShout], rehypePlugins: [rehypeMark] });
    const p = post.intro.children[0] as Element;
    expect(p.properties.dataMarked).toBe(true);
    expect(JSON.stringify(p)).toContain('QUIET WORDS');
  });

  it('counts CJK reading time by characters', () => {
    const post = parsePost(fixture('ja.md'));
    expect(post.lang).toBe('ja');
    expect(post.readingTime.minutes).toBeGreaterThanOrEqual(2);
    expect(post.readingTime.words).toBeGreaterThan(100);
  });

  it('reads lang and dir for a right-to-left post', () => {
    const post = parsePost(fixture('rtl-fa.md'));
    expect(post).toMatchObject({ lang: 'fa', dir: 'rtl' });
    expect(post.sections.length).toBeGreaterThanOrEqual(2);
  });

  it('does not mutate Object.prototype through __proto__ keys', () => {
    const post = parsePost('---\ntitle: T\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n---\nx\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(post.data)).toBe(Object.prototype);
    expect(Object.keys(post.data)).toEqual(['__proto__', 'constructor']);
  });
});
