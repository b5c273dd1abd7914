import { act, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { loadPost } from '../../../test/conformance.js';
import { parsePost } from '../../parse/index.js';
import type { Post } from '../../post/index.js';
import { ActiveTableOfContents } from '../TableOfContents/ActiveTableOfContents.js';
import { PostLayout } from './PostLayout.js';

const explainer = loadPost('explainer.md');
const technical = loadPost('technical.md');

describe('PostLayout', () => {
  describe('when rendering the sample explainer', () => {
    it('has exactly one h1, the title', () => {
      render(<PostLayout post={explainer} />);
      const h1s = screen.getAllByRole('heading', { level: 1 });
      expect(h1s).toHaveLength(1);
      expect(h1s[0]).toHaveTextContent('How Ocean Tides Work');
    });

    it('renders the four sections as h2 and their items as h3', () => {
      render(<PostLayout post={explainer} />);
      const h2s = screen.getAllByRole('heading', { level: 2 });
      expect(h2s.map((h) => h.textContent)).toEqual([
        'How Tides Work:',
        'Kinds of Tides You Can Meet:',
        'Why Tides Matter:',
        'Conclusion:',
      ]);
      const h3s = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim());
      expect(h3s).toEqual(explainer.sections.flatMap((s) => s.items.map((i) => i.title)));
      expect(h3s).toContain('Spring Tides:');
      expect(screen.queryAllByRole('heading', { level: 4 })).toHaveLength(0);
    });

    it('shows the description as the lede and the date in a time element', () => {
      const { container } = render(<PostLayout post={explainer} />);
      expect(screen.getByText(explainer.description!)).toHaveAttribute('data-slot', 'description');
      expect(container.querySelector('time')).toHaveAttribute('dateTime', explainer.pubDate);
    });

    it('renders the hero as a figure with an eager, high-priority image', () => {
      render(<PostLayout post={explainer} />);
      const img = screen.getByRole('figure').querySelector('img')!;
      expect(img).toHaveAttribute('src', explainer.heroImage!.src);
      // The explainer's hero has no alt text, so it is treated as decorative rather than unnamed.
      expect(img).toHaveAttribute('alt', '');
      expect(img).toHaveAttribute('loading', 'eager');
      expect(img).toHaveAttribute('fetchpriority', 'high');
    });

    it('warns once in development that the hero has no alt text, naming the post and the field', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const post = { ...explainer, slug: 'tides-warning-check' };
      render(<PostLayout post={post} />);
      render(<PostLayout post={post} />);
      const messages = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('tides-warning-check'));
      warn.mockRestore();
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/post "tides-warning-check": heroImage\.alt is missing/);
      expect(messages[0]).toContain('/images/tides.png');
    });

    it('does not warn when the post marks its hero decorative with alt: ""', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const post = { ...explainer, slug: 'tides-decorative', heroImage: { src: '/images/tides.png', alt: '' } };
      render(<PostLayout post={post} />);
      const calls = warn.mock.calls.length;
      warn.mockRestore();
      expect(calls).toBe(0);
      expect(screen.getByRole('figure').querySelector('img')).toHaveAttribute('alt', '');
    });

    it('points every table of contents link at a heading that exists', () => {
      const { container } = render(<PostLayout post={explainer} />);
      const links = within(screen.getByRole('navigation', { name: 'On this page' })).getAllByRole('link');
      expect(links.length).toBeGreaterThan(4);
      for (const link of links) {
        const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
        const target = container.ownerDocument.getElementById(id);
        expect(target, id).not.toBeNull();
        expect(target!.tagName).toMatch(/^H[2-6]$/);
      }
    });

    it('gives every heading id exactly once', () => {
      const { container } = render(<PostLayout post={explainer} />);
      const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });

  describe('when choosing where the table of contents goes', () => {
    it('puts it in the aside part by default, above the body in source order', () => {
      const { container } = render(<PostLayout post={explainer} />);
      expect(container.firstElementChild).toHaveAttribute('data-toc', 'aside');
      expect(screen.getByRole('navigation').closest('[data-slot="aside"]')).not.toBeNull();
    });

    it('wraps the aside TOC in a closed disclosure titled with the TOC label, so a phone shows the body first', () => {
      const { container } = render(<PostLayout post={explainer} labels={{ tableOfContents: 'Contents' }} />);
      const nav = screen.getByRole('navigation', { name: 'Contents' });
      const details = nav.parentElement!;
      expect(details.tagName).toBe('DETAILS');
      expect(details).not.toHaveAttribute('open');
      expect(details.parentElement).toHaveAttribute('data-slot', 'aside');
      expect(details.querySelector(':scope > summary')).toHaveTextContent('Contents');
      expect(container.querySelector('summary')).toHaveAttribute('data-slot', 'toc-summary');
    });

    it('keeps the TOC out of a disclosure with toc="top"', () => {
      const { container } = render(<PostLayout post={explainer} toc="top" />);
      expect(container.querySelector('details')).toBeNull();
    });

    it('puts it at the top of the main column with toc="top"', () => {
      render(<PostLayout post={explainer} toc="top" />);
      expect(screen.getByRole('navigation').parentElement).toHaveAttribute('data-slot', 'main');
    });

    it('leaves it out with toc="none"', () => {
      render(<PostLayout post={explainer} toc="none" />);
      expect(screen.queryByRole('navigation')).toBeNull();
    });
  });

  describe('when the body has images', () => {
    const md = '---\ntitle: Bicycle Gears\n---\n\n## Chains\n\n![A derailleur](/gear.png "The rear derailleur")\n';
    const post = parsePost(md);

    it('renders an image with the size the post knows, lazily and with async decoding', () => {
      const sized = structuredClone(post);
      const img = (sized.sections[0].content.children.find((c) => c.type === 'element') as { children: { properties: Record<string, unknown> }[] }).children[0];
      Object.assign(img.properties, { width: 800, height: 450 });
      render(<PostLayout post={sized} />);
      const el = screen.getByRole('img', { name: 'A derailleur' });
      expect(el).toHaveAttribute('width', '800');
      expect(el).toHaveAttribute('height', '450');
      expect(el).toHaveAttribute('loading', 'lazy');
      expect(el).toHaveAttribute('decoding', 'async');
    });

    it('renders the figure a post parsed with imageCaptions carries, caption from the title', () => {
      render(<PostLayout post={parsePost(md, { imageCaptions: true })} />);
      const figure = screen.getByRole('img', { name: 'A derailleur' }).parentElement!;
      expect(figure.tagName).toBe('FIGURE');
      expect(figure.querySelector('figcaption')).toHaveTextContent('The rear derailleur');
    });
  });

  describe('when the post has footnotes', () => {
    it('renders them once after the sections, under their own h2 that the references point to', () => {
      const { container } = render(<PostLayout post={technical} />);
      const footnotes = container.querySelector('[data-slot="footnotes"]')!;
      const heading = within(footnotes as HTMLElement).getByRole('heading', { level: 2, name: 'Footnotes' });
      const ref = container.querySelector('[data-footnote-ref]')!;
      expect(ref.getAttribute('aria-describedby')).toBe(heading.id);
      expect(footnotes.getAttribute('aria-labelledby')).toBe(heading.id);
      const target = container.ownerDocument.getElementById(ref.getAttribute('href')!.slice(1));
      expect(footnotes).toContainElement(target);
      expect(container.querySelectorAll('[data-slot="footnotes"]')).toHaveLength(1);
    });

    it('finds the label the references point to when they sit only inside sections and items', () => {
      const post = parsePost('---\ntitle: T\n---\nIntro.\n\n## A\n\n### B\n\nA claim.[^1]\n\n[^1]: The note.\n', { html: 'sanitize' });
      const { container } = render(<PostLayout post={post} />);
      const ref = container.querySelector('[data-footnote-ref]')!;
      const footnotes = container.querySelector('[data-slot="footnotes"]')!;
      expect(ref.getAttribute('aria-describedby')).toBe(footnotes.getAttribute('aria-labelledby'));
      expect(container.ownerDocument.getElementById(ref.getAttribute('aria-describedby')!)).toHaveTextContent('Footnotes');
    });

    it('names the footnotes heading from labels', () => {
      render(<PostLayout post={technical} labels={{ footnotes: 'Notes' }} />);
      expect(screen.getByRole('heading', { level: 2, name: 'Notes' })).toBeInTheDocument();
    });
  });

  describe('when given labels and a locale', () => {
    it('formats the date and names the navigation in that language', () => {
      render(<PostLayout post={technical} locale="fr-FR" labels={{ tableOfContents: 'Sur cette page', updated: 'Mis à jour le {date}' }} />);
      expect(screen.getByRole('navigation', { name: 'Sur cette page' })).toBeInTheDocument();
      expect(screen.getByText('9 février 2024')).toBeInTheDocument();
      expect(screen.getByText('1 mars 2024').parentElement).toHaveTextContent('Mis à jour le 1 mars 2024');
    });
  });

  describe('when the post is right-to-left', () => {
    it('sets lang and dir from the post, and dir can be overridden', () => {
      const fa = loadPost('rtl-fa.md');
      const { container, rerender } = render(<PostLayout post={fa} />);
      expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
      expect(container.firstElementChild).toHaveAttribute('lang', 'fa');
      rerender(<PostLayout post={fa} dir="ltr" />);
      expect(container.firstElementChild).toHaveAttribute('dir', 'ltr');
    });
  });

  describe('when the host replaces a part', () => {
    it('uses the given header, meta, hero, toc and section components and keeps the rest', () => {
      render(
        <PostLayout
          post={technical}
          headerComponent={({ children, ...props }) => (
            <header {...props} data-custom="header">
              {children}
            </header>
          )}
          metaComponent={(props) => <p data-custom="meta">{props.pubDate}</p>}
          heroComponent={(props) => <p data-custom="hero">{props.alt}</p>}
          tocComponent={(props) => <nav aria-label="Custom">{props.toc.length}</nav>}
          sectionComponent={({ section, children }) => <div data-custom={section.id}>{children}</div>}
        />,
      );
      expect(document.querySelector('[data-custom="header"]')).toContainElement(screen.getByRole('heading', { level: 1 }));
      expect(document.querySelector('[data-custom="meta"]')).toHaveTextContent('2024-02-09');
      expect(document.querySelector('[data-custom="hero"]')).toHaveTextContent(technical.heroImage!.alt!);
      expect(screen.getByRole('navigation', { name: 'Custom' })).toHaveTextContent(String(technical.toc.length));
      expect(document.querySelector(`[data-custom="${technical.sections[0].id}"] h2`)).toHaveTextContent(technical.sections[0].title);
    });

    it('accepts ActiveTableOfContents as the toc part', () => {
      render(<PostLayout post={explainer} tocComponent={ActiveTableOfContents} />);
      expect(screen.getByRole('navigation', { name: 'On this page' })).toBeInTheDocument();
    });
  });

  describe('when the body contains unsafe content', () => {
    const hostileSource =
      [
        '---',
        'title: Hostile',
        'heroImage: "javascript:alert(1)"',
        '---',
        '',
        'Intro <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned=1">.',
        '',
        '## Links',
        '',
        '[click](javascript:alert(1)) [ok](https://example.com) ![pic](vbscript:msgbox(1)) <JaVaScRiPt:alert(1)>',
        '',
        '[ref]: data:text/html;base64,PHNjcmlwdD4=',
        '',
        'A [reference][ref] link.',
      ].join('\n');
    const hostile = parsePost(hostileSource);

    it('renders raw HTML sanitized: no script, no handler, only the images with a safe source', () => {
      const { container } = render(<PostLayout post={hostile} />);
      expect(container.querySelector('script')).toBeNull();
      const attributes = [...container.querySelectorAll('*')].flatMap((el) => el.getAttributeNames());
      expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
      expect([...container.querySelectorAll('img')].map((img) => [img.getAttribute('alt'), img.getAttribute('src')])).toEqual([
        ['', 'x'],
        ['pic', null],
      ]);
    });

    it("shows raw HTML as text with html: 'escape'", () => {
      const { container } = render(<PostLayout post={parsePost(hostileSource, { html: 'escape' })} />);
      expect(container.querySelector('script')).toBeNull();
      expect(container.querySelectorAll('img')).toHaveLength(1);
      expect(container).toHaveTextContent('<script>window.__pwned = 1</script>');
    });

    it('drops every unsafe URL and keeps the safe ones', () => {
      const { container } = render(<PostLayout post={hostile} />);
      const urls = [...container.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src'));
      expect(urls.filter((u) => /^\s*(javascript|vbscript|data):/i.test(u!))).toEqual([]);
      expect(screen.getByRole('link', { name: 'ok' })).toHaveAttribute('href', 'https://example.com');
      expect(screen.getByText('click').closest('a')).not.toHaveAttribute('href');
    });

    it('makes hand-made trees safe too: raw nodes, handlers and script elements', () => {
      const post: Post = {
        ...explainer,
        intro: {
          type: 'root',
          children: [
            { type: 'raw', value: '<b onclick="x()">raw</b>' } as never,
            { type: 'element', tagName: 'script', properties: {}, children: [{ type: 'text', value: 'alert(1)' }] },
            { type: 'element', tagName: 'iframe', properties: { src: 'https://evil.example' }, children: [] },
            { type: 'element', tagName: 'a', properties: { href: 'javascript:alert(1)', onClick: 'alert(1)', onMouseOver: 'x' }, children: [{ type: 'text', value: 'bad link' }] },
            { type: 'element', tagName: 'img', properties: { src: '/ok.png', srcSet: 'javascript:alert(1) 2x' }, children: [] },
          ],
        },
      };
      const A = vi.fn((props: Record<string, unknown>) => <a href={props.href as string}>{props.children as string}</a>);
      const { container } = render(<PostLayout post={post} components={{ a: A }} />);
      // Handlers never reach a host component either, where a spread could pass them on.
      const received = A.mock.calls.map(([props]) => props).find((p) => p.children === 'bad link')!;
      expect(Object.keys(received).filter((k) => /^on/i.test(k))).toEqual([]);
      expect(received.href).toBeUndefined();
      expect(container.querySelector('script, iframe')).toBeNull();
      expect(container).toHaveTextContent('<b onclick="x()">raw</b>');
      const all = [...container.querySelectorAll('*')];
      expect(all.flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')))).toEqual([]);
      expect(screen.getByText('bad link')).not.toHaveAttribute('href');
      const img = container.querySelector('[data-slot="intro"] img')!;
      expect(img).toHaveAttribute('src', '/ok.png');
      expect(img).not.toHaveAttribute('srcset');
      expect(img).toHaveAttribute('loading', 'lazy');
      expect(img).toHaveAttribute('alt', '');
    });
  });

  describe('when given data that did not come from parsePost', () => {
    it('renders what it can and logs one error naming the field', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const bad = { ...explainer, title: 42, sections: 'nope' } as unknown as Post;
      render(<PostLayout post={bad} />);
      expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
      expect(screen.getByText(explainer.description!)).toBeInTheDocument();
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0][0])).toMatch(/title.*sections/);
    });

    it.each([
      ['toc', 'not a list'],
      ['intro', 'text'],
      ['footnotes', 5],
      ['dir', 'sideways'],
      ['heroImage', 'cover.png'],
      ['tags', 'one,two'],
      ['authors', { name: 'Ada' }],
      ['pubDate', 20240209],
      ['readingTime', 'long'],
    ])('names %s in exactly one error when only it is wrong', (field, value) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<PostLayout post={{ ...technical, [field]: value } as unknown as Post} />);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(technical.title);
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0][0])).toContain(field);
    });

    it('does not throw for a missing post', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(() => render(<PostLayout post={undefined as never} />)).not.toThrow();
    });
  });

  describe('when hydrating HTML rendered on the server', () => {
    it('hydrates without a mismatch, with the active table of contents as the toc part', async () => {
      const error = vi.spyOn(console, 'error');
      const element = <PostLayout post={technical} tocComponent={ActiveTableOfContents} />;
      const container = document.createElement('div');
      container.innerHTML = renderToString(element);
      document.body.append(container);
      const before = container.innerHTML;
      const root = await act(async () => hydrateRoot(container, element, { onRecoverableError: (e) => console.error(e) }));
      expect(error).not.toHaveBeenCalled();
      expect(container.querySelector('[aria-current="location"]')).not.toBeNull();
      expect(container.querySelector('h1')?.textContent).toBe(technical.title);
      expect(before).toContain('<h1');
      act(() => root.unmount());
      container.remove();
    });
  });

  describe('when given beforeBody and afterBody', () => {
    it('places beforeBody after the header and before the intro', () => {
      const { container } = render(<PostLayout post={technical} toc="top" beforeBody={<nav aria-label="Series: Parsing">Part 1 of 3</nav>} />);
      const slotEl = container.querySelector('[data-slot="before-body"]')!;
      const header = container.querySelector('[data-slot="header"]')!;
      const intro = container.querySelector('[data-slot="intro"]')!;
      expect(slotEl).toHaveTextContent('Part 1 of 3');
      expect(header.compareDocumentPosition(slotEl) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(slotEl.compareDocumentPosition(intro) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(slotEl.nextElementSibling).toHaveAttribute('data-slot', 'toc');
    });

    it('places afterBody in a footer at the end of the article, after the footnotes and before the footer slot', () => {
      const { container } = render(<PostLayout post={technical} afterBody={<p>About the author</p>} footer="Thanks" />);
      const after = container.querySelector('footer[data-slot="after-body"]')!;
      expect(after).toHaveTextContent('About the author');
      const footnotes = container.querySelector('[data-slot="footnotes"]')!;
      expect(footnotes.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(after.parentElement?.tagName).toBe('ARTICLE');
      expect(after.nextElementSibling).toHaveAttribute('data-slot', 'footer');
    });

    it('adds no element for a slot that is not given', () => {
      const { container } = render(<PostLayout post={technical} beforeBody={null} afterBody={false} />);
      expect(container.querySelector('[data-slot="before-body"], [data-slot="after-body"]')).toBeNull();
      expect(container.querySelectorAll('footer')).toHaveLength(0);
    });
  });
});
