import { render } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ArticleMeta, HeroImage, MarkdownContent, PostLayout, SectionList, ShareLinks, TableOfContents } from '../src/index.js';
import { loadPost } from './conformance.js';

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
});
