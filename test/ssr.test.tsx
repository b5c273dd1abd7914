// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  ActiveTableOfContents,
  ArticleMeta,
  AuthorCard,
  HeroImage,
  MarkdownContent,
  Pagination,
  PostCard,
  PostExcerpt,
  PostLayout,
  PostList,
  PostNav,
  ReadingProgress,
  SectionList,
  SeriesNav,
  TableOfContents,
  TagList,
} from '../src/index.js';
import { tagSlug } from '../src/collection/index.js';
import { loadPost } from './conformance.js';
import { breadSeries, gears, hives, postHref, sourdough, tagCounts } from './fixtures/summaries.js';

const post = loadPost('explainer.md');
const technical = loadPost('technical.md');

describe('when rendered on the server (no DOM)', () => {
  it('runs in an environment without window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders the whole post with renderToString, without warnings', () => {
    const error = vi.spyOn(console, 'error');
    const html = renderToString(<PostLayout post={post} />);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html.match(/<h2[ >]/g)).toHaveLength(4);
    expect(html).toContain(`<time dateTime="${post.pubDate}">`);
    expect(html).toMatch(/<img [^>]*fetchpriority="high"/i);
    expect(error).not.toHaveBeenCalled();
  });

  it('renders every component', () => {
    const parts = [
      <HeroImage key="h" src="/a.png" alt="A" width={10} height={5} />,
      <ArticleMeta key="m" pubDate="2024-02-09" readingTime={{ minutes: 3, words: 600 }} />,
      <SectionList key="s" sections={technical.sections} variant="cards" />,
      <TableOfContents key="t" toc={technical.toc} />,
      <ActiveTableOfContents key="a" toc={technical.toc} />,
      <MarkdownContent key="md">{'## Hello\n\nworld'}</MarkdownContent>,
    ];
    const html = renderToString(<>{parts}</>);
    expect(html).toContain('alt="A"');
    expect(html).toContain('February 9, 2024');
    expect(html).toContain('data-variant="cards"');
    expect(html.match(/<nav /g)).toHaveLength(2);
    expect(html).toContain('id="hello"');
  });

  it('renders the blog components: an index page and a post page with its slots', () => {
    const error = vi.spyOn(console, 'error');
    const index = renderToString(
      <main>
        <h1>Blog</h1>
        <PostList posts={[sourdough, hives, gears]} postHref={postHref} tagHref={(t) => `/tags/${t}`} layout="grid" />
        <Pagination page={2} pages={7} pageHref={(n) => `/page/${n}`} />
        <TagList tags={tagCounts} tagHref={(t) => `/tags/${tagSlug(t)}`} />
        <PostCard post={sourdough} />
        <PostCard post={sourdough} excerptComponent={PostExcerpt} />
      </main>,
    );
    expect(index.match(/<article /g)).toHaveLength(5);
    // The default card's excerpt is text; the opt-in renders its link.
    expect(index.match(/href="\/blog\/levain"/g)).toHaveLength(1);
    expect(index).toContain('aria-current="page"');
    expect(index).toContain('aria-label="Café culture, 12 posts"');
    expect(index).toContain('<time dateTime="2024-03-02">March 2, 2024</time>');
    const page = renderToString(
      <PostLayout
        post={technical}
        beforeBody={<SeriesNav series={breadSeries} current={sourdough.slug} postHref={postHref} />}
        afterBody={
          <>
            <PostNav newer={hives} older={gears} postHref={postHref} />
            <AuthorCard author={{ name: 'Ines Varga', bio: 'Bakes.', socials: { github: 'https://github.com/example' } }} />
          </>
        }
      />,
    );
    expect(page).toContain('Part 2 of 3');
    expect(page).toContain('aria-label="More posts"');
    expect(page).toMatch(/<footer [^>]*data-slot="after-body"/);
    expect(renderToString(<ReadingProgress />)).toContain('data-slot="reading-progress-bar"');
    expect(error).not.toHaveBeenCalled();
  });

  it('renders the same HTML for the same post every time', () => {
    expect(renderToString(<PostLayout post={technical} />)).toBe(renderToString(<PostLayout post={JSON.parse(JSON.stringify(technical))} />));
  });
});

describe('when built for production', () => {
  const badPost = () =>
    ({
      ...post,
      description: 12,
      tags: [{ name: 'x' }, 'ocean'],
      sections: [{ ...post.sections[0], items: 'Spring', content: 5 }, post.sections[1]],
      intro: { type: 'root', children: [null, 42, ...post.intro.children] },
    }) as unknown as typeof post;

  it('still renders what it can from bad data, and logs nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    let html = '';
    try {
      html = renderToString(<PostLayout post={badPost()} />);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(error).not.toHaveBeenCalled();
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('>ocean</li>');
    expect(html).toContain(`id="${post.sections[1].id}"`);
    // The same render in development names the fields it skipped.
    renderToString(<PostLayout post={badPost()} />);
    expect(error.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/tags[\s\S]*items|items[\s\S]*tags/);
    error.mockRestore();
  });

  it('leaves the development diagnostics out of the bundle a host ships', async () => {
    const { build } = await import('esbuild');
    const bundle = async (mode: string) => {
      const result = await build({
        entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
        bundle: true,
        packages: 'external',
        minify: true,
        format: 'esm',
        platform: 'neutral',
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
        write: false,
        logLevel: 'silent',
      });
      return result.outputFiles[0].text;
    };
    const diagnostics = ['ignored invalid props', 'expected a hast root', 'below the 4.5:1'];
    const development = await bundle('development');
    for (const text of diagnostics) expect(development).toContain(text);
    const production = await bundle('production');
    for (const text of diagnostics) expect(production).not.toContain(text);
  });
});
