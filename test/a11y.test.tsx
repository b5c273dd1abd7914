import { render } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import {
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
  ShareLinks,
  TableOfContents,
  TagList,
} from '../src/index.js';
import { tagSlug } from '../src/collection/index.js';
import { parsePost } from '../src/parse/index.js';
import { renderToString } from 'react-dom/server';
import { loadPost } from './conformance.js';
import { breadSeries, gears, hives, postHref, sourdough, tagCounts } from './fixtures/summaries.js';

async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    // jsdom cannot compute colours; contrast is checked in a real browser (test:browser).
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('axe-core finds no violations', () => {
  describe.each(['explainer.md', 'technical.md', 'rtl-fa.md', 'ja.md'])('when rendering %s', (name) => {
    const post = loadPost(name);
    it.each([
      ['aside', 'stack'],
      ['top', 'cards'],
    ] as const)('through PostLayout with toc=%s and %s', async (toc, variant) => {
      const { container } = render(
        <main>
          <PostLayout post={post} toc={toc} variant={variant} footer={<p>Footer</p>} />
        </main>,
      );
      expect(await violations(container)).toEqual([]);
    });
  });

  it('in an MDX post\'s built-ins: callouts, tabs (before and after hydrating) and a disclosure', async () => {
    const body = [
      '<Note>\n  Heights are in metres.\n</Note>',
      '<Admonition type="danger" title="Shallow water">\n  Add the constituents.\n</Admonition>',
      '<Tabs>\n  <TabItem value="a" label="Metres">\n    4.2 m\n  </TabItem>\n  <TabItem value="b" label="Feet">\n    13.8 ft\n  </TabItem>\n</Tabs>',
      '<details>\n  <summary>Why?</summary>\n\n  The Moon.\n</details>',
    ].join('\n\n');
    const post = parsePost(`---\ntitle: Built-ins\n---\n\n${body}\n`, { filename: 'built-ins.mdx' });
    const page = <main><PostLayout post={post} toc="none" /></main>;
    const server = document.createElement('div');
    server.innerHTML = renderToString(page);
    document.body.append(server);
    expect(await violations(server)).toEqual([]);
    server.remove();
    const { container } = render(page);
    expect(container.querySelector('[role="tablist"]')).not.toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it('in each component on its own, dark and unstyled included', async () => {
    const post = loadPost('technical.md');
    const { container } = render(
      <main>
        <HeroImage src="/missing.png" alt="A hero" width={1200} height={630} caption="Caption" colorScheme="dark" />
        <HeroImage src="/a.png" decorative />
        <ArticleMeta pubDate={post.pubDate} updatedDate={post.updatedDate} readingTime={post.readingTime} authors={post.authors} tags={post.tags} tagHref={(t) => `/t/${t}`} />
        <SectionList sections={post.sections} variant="cards" unstyled />
        <TableOfContents toc={post.toc} activeId={post.toc[1].id} />
        <MarkdownContent>{'## A table\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done\n- [ ] todo'}</MarkdownContent>
        <ShareLinks url="https://example.org/posts/x/" title={post.title} colorScheme="dark" />
      </main>,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('on an index page: post list, pagination and tags, dark and unstyled included', async () => {
    const { container } = render(
      <main>
        <h1>Blog</h1>
        <PostList posts={[sourdough, hives, gears]} postHref={postHref} tagHref={(t) => `/tags/${t}`} layout="grid" />
        <PostList posts={[]} colorScheme="dark" />
        <PostList posts={[sourdough]} cardProps={{ excerptComponent: PostExcerpt }} headingLevel={2} />
        <Pagination page={5} pages={10} pageHref={(n) => `/page/${n}`} />
        <TagList tags={tagCounts} tagHref={(t) => `/tags/${tagSlug(t)}`} current="bees" />
        <TagList tags={tagCounts} unstyled />
        <PostCard post={hives} headingLevel={2} unstyled />
      </main>,
    );
    expect(await violations(container)).toEqual([]);
  }, 20_000);

  it('on a post page with series, newer/older, author card and reading progress', async () => {
    const post = loadPost('technical.md');
    const { container } = render(
      <main>
        <ReadingProgress target="article" />
        <PostLayout
          post={post}
          beforeBody={<SeriesNav series={breadSeries} current={sourdough.slug} postHref={postHref} />}
          afterBody={
            <>
              <PostNav newer={hives} older={gears} postHref={postHref} />
              <AuthorCard
                author={{ name: 'Ines Varga', url: 'https://example.com', avatar: '/a.png', bio: 'Bakes.', socials: { github: 'https://github.com/example' } }}
                headingLevel={2}
              />
            </>
          }
        />
      </main>,
    );
    expect(await violations(container)).toEqual([]);
  }, 20_000);
});
