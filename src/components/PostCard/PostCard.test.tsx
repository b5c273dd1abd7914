import { render, screen, within } from '@testing-library/react';
import type { Root } from 'hast';
import type { AnchorHTMLAttributes } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { loadPost } from '../../../test/conformance.js';
import { plainTagHref as tagHref } from '../../../test/fixtures/props.js';
import { gears, hives, paragraph, postHref, sourdough } from '../../../test/fixtures/summaries.js';
import { PostExcerpt, type PostExcerptProps } from '../PostExcerpt/PostExcerpt.js';
import { PostCard } from './PostCard.js';

const el = (tagName: string, children: unknown[] = [], properties: Record<string, unknown> = {}) => ({ type: 'element', tagName, properties, children });
const txt = (value: string) => ({ type: 'text', value });
/** An excerpt as the parser gives one: blocks with newlines between them, markup of every kind. */
const mixed = {
  type: 'root',
  children: [
    el('h2', [txt('Why '), el('em', [txt('cold')]), txt(' matters')]),
    txt('\n'),
    el('p', [txt('Yeasts are '), el('strong', [txt('slower')]), txt(' below 20 °C, see '), el('a', [txt('yeast')], { href: '/blog/yeast' }), txt('.')]),
    txt('\n'),
    el('ul', [txt('\n'), el('li', [txt('feed twice')]), txt('\n'), el('li', [txt('keep it '), el('code', [txt('warm')])]), txt('\n')]),
    el('blockquote', [txt('\n'), el('p', [txt('Patience.')]), txt('\n')]),
    el('figure', [el('figcaption', [txt('js')]), el('pre', [el('code', [txt('const starter = 1;')])])], { dataSlot: 'code-block' }),
    el('pre', [el('code', [txt('feed(starter)')])]),
    el('table', [el('tbody', [el('tr', [el('td', [txt('cell text')])])])]),
    el('p', [el('img', [], { src: '/jar.png', alt: 'A jar' })]),
    { type: 'raw', value: '<img src=x onerror="window.__pwned=1">' },
    { type: 'comment', value: 'a note to editors' },
  ],
} as unknown as Root;

const rich = (props: PostExcerptProps) => <PostExcerpt {...props} />;

describe('PostCard', () => {
  describe('when given a summary', () => {
    it('titles the card with a heading linking to the post', () => {
      render(<PostCard post={sourdough} postHref={postHref} />);
      const heading = screen.getByRole('heading', { level: 2 });
      expect(within(heading).getByRole('link', { name: sourdough.title })).toHaveAttribute('href', '/blog/sourdough-starter');
    });

    it('uses headingLevel for the title', () => {
      render(<PostCard post={sourdough} postHref={postHref} headingLevel={4} />);
      expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(sourdough.title);
    });

    it('shows the date as ArticleMeta formats it, and the reading time', () => {
      const { container } = render(<PostCard post={sourdough} />);
      expect(container.querySelector('time')).toHaveAttribute('dateTime', '2024-03-02');
      expect(container.querySelector('time')).toHaveTextContent('March 2, 2024');
      expect(screen.getByText('6 min read')).toBeInTheDocument();
    });

    it('falls back to the description when there is no excerpt', () => {
      render(<PostCard post={hives} />);
      expect(screen.getByText(hives.description!).tagName).toBe('P');
    });

    it('lists the tags, as links when tagHref is given', () => {
      render(<PostCard post={sourdough} tagHref={tagHref} />);
      const tags = screen.getByRole('list', { name: 'Tags' });
      expect(within(tags).getByRole('link', { name: 'fermentation' })).toHaveAttribute('href', '/tags/fermentation');
    });

    it('leaves parts out when asked', () => {
      const { container } = render(<PostCard post={sourdough} hero={false} excerpt={false} tags={false} />);
      expect(container.querySelector('img')).toBeNull();
      expect(container.querySelector('[data-slot="card-excerpt"]')).toBeNull();
      expect(screen.queryByRole('list', { name: 'Tags' })).toBeNull();
    });
  });

  describe('when the post has an excerpt', () => {
    it('shows its text as a plain paragraph, links as their text', () => {
      const { container } = render(<PostCard post={sourdough} />);
      const part = container.querySelector('[data-slot="card-excerpt"]')!;
      expect([...part.children].map((p) => [p.tagName, p.textContent])).toEqual([
        ['P', 'A starter is a colony of yeasts and bacteria; cold slows both, but not equally. More on levain'],
      ]);
      expect(screen.queryByRole('link', { name: 'More on levain' })).toBeNull();
    });

    it('keeps the excerpt part, its classes and the prose measure', () => {
      const { container } = render(<PostCard post={sourdough} classNames={{ 'card-excerpt': 'host' }} />);
      expect(container.querySelector('[data-slot="card-excerpt"]')).toHaveClass('rbk-card-excerpt', 'rbk-prose', 'host');
    });

    it('gives each prose block a paragraph and leaves out code, tables, images, raw HTML and comments', () => {
      const { container } = render(<PostCard post={{ ...hives, excerpt: mixed }} />);
      const part = container.querySelector('[data-slot="card-excerpt"]')!;
      expect([...part.children].map((p) => [p.tagName, p.textContent])).toEqual([
        ['P', 'Why cold matters'],
        ['P', 'Yeasts are slower below 20 °C, see yeast.'],
        ['P', 'feed twice\nkeep it warm'],
        ['P', 'Patience.'],
      ]);
      expect(part.querySelectorAll('*')).toHaveLength(4);
      expect(part.textContent).not.toMatch(/starter = 1|feed\(starter\)|cell text|A jar|onerror|editors/);
      // The description is not shown next to an excerpt.
      expect(container.textContent).not.toContain(hives.description);
    });

    it('never renders markup from the text or a raw node: it shows as text', () => {
      const excerpt = {
        type: 'root',
        children: [el('p', [txt('<img src=x onerror="window.__pwned=1"> and <b>bold</b>')]), { type: 'raw', value: '<b>raw</b>' }],
      } as unknown as Root;
      const { container } = render(<PostCard post={{ ...hives, excerpt }} />);
      expect(container.querySelector('[data-slot="card-excerpt"] img, [data-slot="card-excerpt"] b')).toBeNull();
      expect(screen.getByText('<img src=x onerror="window.__pwned=1"> and <b>bold</b>').tagName).toBe('P');
      expect(renderToString(<PostCard post={{ ...hives, excerpt }} />)).toContain('&lt;b&gt;bold&lt;/b&gt;');
    });

    it('reads a formula once and leaves out footnote reference numbers', () => {
      const formula = el('span', [
        el('span', [el('math', [el('semantics', [el('msup', [el('mi', [txt('x')]), el('mn', [txt('2')])]), el('annotation', [txt('x^2')], { encoding: 'application/x-tex' })])])], { className: ['katex-mathml'] }),
        el('span', [el('span', [txt('x')]), el('span', [txt('2')])], { className: ['katex-html'], ariaHidden: 'true' }),
      ], { className: ['katex'] });
      const note = el('sup', [el('a', [txt('1')], { href: '#user-content-fn-1', dataFootnoteRef: '' })]);
      const excerpt = { type: 'root', children: [el('p', [txt('It grows as '), formula, txt('.'), note])] } as unknown as Root;
      const { container } = render(<PostCard post={{ ...hives, excerpt }} />);
      expect(container.querySelector('[data-slot="card-excerpt"]')).toHaveTextContent(/^It grows as x2\.$/);
    });

    it('shows the description when the excerpt has no prose', () => {
      const excerpt = { type: 'root', children: [el('pre', [el('code', [txt('make bread')])])] } as unknown as Root;
      const { container } = render(<PostCard post={{ ...hives, excerpt }} />);
      expect(container.querySelector('[data-slot="card-excerpt"]')).toHaveTextContent(hives.description!);
      expect(container.textContent).not.toContain('make bread');
    });
  });

  describe('when the excerpt is not a hast tree (tampered JSON)', () => {
    it('renders the description and names the field in development', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      for (const excerpt of ['<p>hi</p>', 42, { type: 'root', children: 'x' }]) {
        error.mockClear();
        const { container, unmount } = render(<PostCard post={{ ...hives, excerpt: excerpt as never }} />);
        expect(container.querySelector('[data-slot="card-excerpt"]')).toHaveTextContent(hives.description!);
        expect(error).toHaveBeenCalledTimes(1);
        expect(String(error.mock.calls[0][0])).toMatch(/excerpt: expected a hast root \(\{ type: 'root', children \}\), received/);
        unmount();
      }
    });

    it('renders the text it can find, skips the rest and says how much it skipped', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const excerpt = {
        type: 'root',
        children: [null, 42, 'loose', el('p', [txt('Kept'), null, { type: 'text', value: 5 }, el('em', 'no list' as never)]), el('p', 'no list' as never), txt('Loose text')],
      } as unknown as Root;
      const { container } = render(<PostCard post={{ ...hives, excerpt }} />);
      expect([...container.querySelector('[data-slot="card-excerpt"]')!.children].map((p) => p.textContent)).toEqual(['Kept', 'Loose text']);
      expect(String(error.mock.calls[0][0])).toContain('excerpt: skipped 3 values that are not a hast node');
    });

    it('does not overflow the stack on a very deep tree', () => {
      let node: unknown = txt('deep');
      for (let i = 0; i < 20_000; i++) node = el('span', [node]);
      const excerpt = { type: 'root', children: [el('p', [node])] } as unknown as Root;
      render(<PostCard post={{ ...hives, excerpt }} />);
      expect(screen.getByText('deep').tagName).toBe('P');
    });
  });

  describe('when the excerpt is asked for with its markup (excerptComponent)', () => {
    it('renders links and emphasis through PostExcerpt, in the same part', () => {
      const { container } = render(<PostCard post={{ ...sourdough, excerpt: mixed }} excerptComponent={PostExcerpt} />);
      const part = container.querySelector('[data-slot="card-excerpt"]') as HTMLElement;
      expect(part).toHaveClass('rbk-card-excerpt', 'rbk-prose');
      expect(within(part).getByRole('link', { name: 'yeast' })).toHaveAttribute('href', '/blog/yeast');
      expect(part.querySelector('strong')).toHaveTextContent('slower');
      expect(part.querySelector('h2 em')).toHaveTextContent('cold');
      expect(part.querySelector('pre')).toHaveAttribute('tabindex', '0');
      expect(within(part).getByRole('region', { name: 'Table' })).toBeInTheDocument();
      expect(part.querySelector('img')).toHaveAttribute('loading', 'lazy');
    });

    it('applies the URL policy: a javascript: href never reaches the DOM', () => {
      const excerpt = paragraph('Read', { href: 'javascript:alert(2)', text: 'this' });
      const { container } = render(<PostCard post={{ ...sourdough, excerpt }} excerptComponent={PostExcerpt} />);
      expect(container.querySelector('[data-slot="card-excerpt"]')).toHaveTextContent('Read this');
      expect(container.querySelector('[href^="javascript"]')).toBeNull();
    });

    it('passes components and urlTransform to it, and warns about neither', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const Link = (props: AnchorHTMLAttributes<HTMLAnchorElement>) => <a data-excerpt-link="" {...props} />;
      render(<PostCard post={sourdough} excerptComponent={PostExcerpt} components={{ a: Link }} urlTransform={(url) => url.replace('/blog/', '/posts/')} />);
      const link = screen.getByRole('link', { name: 'More on levain' });
      expect(link).toHaveAttribute('href', '/posts/levain');
      expect(link).toHaveAttribute('data-excerpt-link');
      expect(warn).not.toHaveBeenCalled();
    });

    it('hands a custom component the excerpt, labels and unstyled', () => {
      const Custom = vi.fn((props: PostExcerptProps) => <p data-custom="">{props.excerpt.children.length}</p>);
      const labels = { table: 'Tabelle' };
      const { container } = render(<PostCard post={sourdough} excerptComponent={Custom} labels={labels} unstyled />);
      expect(Custom.mock.calls[0][0]).toMatchObject({ excerpt: sourdough.excerpt, labels, unstyled: true });
      expect(container.querySelector('[data-slot="card-excerpt"] > p[data-custom]')).toHaveTextContent('1');
    });

    it('shows the description when there is no excerpt', () => {
      const Custom = vi.fn(rich);
      render(<PostCard post={hives} excerptComponent={Custom} />);
      expect(screen.getByText(hives.description!).tagName).toBe('P');
      expect(Custom).not.toHaveBeenCalled();
    });

    it('shows the plain excerpt and names the prop when it is not a component', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<PostCard post={sourdough} excerptComponent={'PostExcerpt' as never} />);
      expect(screen.getByText(/cold slows both/).tagName).toBe('P');
      expect(String(error.mock.calls[0][0])).toContain('excerptComponent: expected a component such as PostExcerpt, received "PostExcerpt"');
    });
  });

  describe('when components or urlTransform are given without excerptComponent', () => {
    it('warns once in development that they are not used, naming them and the fix', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { rerender } = render(<PostCard post={sourdough} components={{ a: () => null }} />);
      rerender(<PostCard post={hives} components={{ a: () => null }} />);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toMatch(/<PostCard>: `components` applies only to .*plain text, so it is not used\. Pass `excerptComponent=\{PostExcerpt\}`/);
      expect(screen.getByText(hives.description!).tagName).toBe('P');
    });

    it('names both when both are given, and urlTransform alone', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<PostCard post={sourdough} components={{}} urlTransform={(u) => u} />);
      render(<PostCard post={sourdough} urlTransform={(u) => u} />);
      expect(warn.mock.calls.map((c) => String(c[0]).match(/<PostCard>: (.+?) appl(?:y|ies) only/)?.[1])).toEqual(['`components` and `urlTransform`', '`urlTransform`']);
    });

    it('says nothing in production', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      vi.stubEnv('NODE_ENV', 'production');
      try {
        render(<PostCard post={gears} components={{ p: () => null }} urlTransform={() => null} />);
      } finally {
        vi.unstubAllEnvs();
      }
      expect(warn).not.toHaveBeenCalled();
    });
  });

  describe('when the post has a hero image', () => {
    it('shows a decorative thumbnail whose box is reserved before it loads', () => {
      const { container } = render(<PostCard post={sourdough} />);
      const img = container.querySelector('img')!;
      expect(img).toHaveAttribute('src', '/images/starter.png');
      expect(img).toHaveAttribute('alt', '');
      expect(img).toHaveAttribute('width', '1200');
      expect(img).toHaveAttribute('height', '630');
      expect(img).toHaveAttribute('loading', 'lazy');
      expect((img.parentElement as HTMLElement).style.aspectRatio).toBe('1200 / 630');
    });

    it('reserves a 16 / 9 box when the image has no size', () => {
      const { container } = render(<PostCard post={{ ...sourdough, heroImage: { src: '/a.png' } }} />);
      expect((container.querySelector('[data-slot="card-media"]') as HTMLElement).style.aspectRatio).toBe('16 / 9');
    });

    it('renders through imageComponent', () => {
      const Image = vi.fn((props: { src: string; width?: number }) => <img data-host="" alt="" src={props.src} width={props.width} />);
      const { container } = render(<PostCard post={sourdough} imageComponent={Image} />);
      expect(container.querySelector('img[data-host]')).toHaveAttribute('width', '1200');
    });
  });

  describe('when the post has no hero', () => {
    it('renders no media part', () => {
      const { container } = render(<PostCard post={hives} />);
      expect(container.querySelector('[data-slot="card-media"]')).toBeNull();
      expect(container.firstElementChild).not.toHaveAttribute('data-hero');
    });
  });

  describe('when given a full Post', () => {
    it('renders its summary parts and none of its body', () => {
      const post = loadPost('technical.md');
      const { container } = render(<PostCard post={post} postHref={() => '/blog/streaming'} />);
      expect(screen.getByRole('link', { name: post.title })).toHaveAttribute('href', '/blog/streaming');
      expect(screen.getByText(post.description!)).toBeInTheDocument();
      expect(container.textContent).not.toContain('You need Node 20 or later');
      expect(container.querySelectorAll('h2')).toHaveLength(1);
    });
  });

  describe('when links come from a host router', () => {
    it('renders the title and tag links through linkComponent', () => {
      const Link = (props: AnchorHTMLAttributes<HTMLAnchorElement>) => <a data-router="" {...props} />;
      const { container } = render(<PostCard post={sourdough} postHref={postHref} tagHref={tagHref} linkComponent={Link} />);
      // The title and both tags; the excerpt's own link is body content and stays a plain <a>.
      expect(container.querySelectorAll('a[data-router]')).toHaveLength(3);
    });
  });

  describe('when given unsafe or bad data', () => {
    it('drops unsafe URLs from postHref, the hero and the excerpt, plain or rich', () => {
      const post = { ...sourdough, heroImage: { src: 'javascript:alert(1)' }, excerpt: paragraph('Read', { href: 'javascript:alert(2)', text: 'this' }) };
      for (const excerptComponent of [undefined, PostExcerpt]) {
        const { container, unmount } = render(<PostCard post={post} postHref={() => 'javascript:alert(3)'} excerptComponent={excerptComponent} />);
        expect(container.querySelector('img')).toBeNull();
        expect(container.querySelector('[href^="javascript"]')).toBeNull();
        expect(container.querySelector('[data-slot="card-excerpt"]')).toHaveTextContent('Read this');
        expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(sourdough.title);
        unmount();
      }
    });

    it('renders the title as text and names postHref when it throws', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<PostCard post={gears} postHref={() => { throw new Error('no route'); }} />);
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(gears.title);
      expect(screen.queryByRole('link')).toBeNull();
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0][0])).toMatch(/postHref: threw no route/);
    });

    it('renders what it can when the post is not an object', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<PostCard post={'nope' as never} />);
      expect(container.querySelector('article')).not.toBeNull();
      expect(String(error.mock.calls[0][0])).toContain('post: expected a Post or PostSummary, received "nope"');
    });
  });

  describe('when the title is long', () => {
    it('shows the whole title', () => {
      const title = 'A very long title about proofing baskets, banneton flour, rice flour, linen liners and why the dough sticks anyway on humid afternoons';
      render(<PostCard post={{ ...hives, title }} postHref={postHref} />);
      expect(screen.getByRole('link', { name: title })).toBeInTheDocument();
    });
  });

  describe('when labels and locale are given', () => {
    it('uses them for the date and reading time', () => {
      const { container } = render(
        <PostCard post={sourdough} locale="de-DE" labels={{ readingTime: { one: '{count} Minute Lesezeit', other: '{count} Minuten Lesezeit' } }} />,
      );
      expect(container.querySelector('time')).toHaveTextContent('2. März 2024');
      expect(screen.getByText('6 Minuten Lesezeit')).toBeInTheDocument();
    });

    it('carries the post language and direction', () => {
      const { container } = render(<PostCard post={{ ...hives, lang: 'fa', dir: 'rtl' }} />);
      expect(container.firstElementChild).toHaveAttribute('lang', 'fa');
      expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    });
  });
});
