// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  ActiveTableOfContents,
  ArticleMeta,
  HeroImage,
  MarkdownContent,
  PostLayout,
  SectionList,
  TableOfContents,
} from '../src/index.js';
import { loadPost } from './conformance.js';

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

  it('renders the same HTML for the same post every time', () => {
    expect(renderToString(<PostLayout post={technical} />)).toBe(renderToString(<PostLayout post={JSON.parse(JSON.stringify(technical))} />));
  });
});
