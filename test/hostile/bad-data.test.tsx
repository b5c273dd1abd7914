/**
 * Components given bad data (issue 7): props that did not come from parsePost/createPost — from
 * untyped JavaScript, a hand-written CMS adapter, a stale cache. Each component renders what it
 * can, never throws into the host app, and in development logs one console.error naming the field.
 */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleMeta, HeroImage, MarkdownContent, PostLayout, SectionList, TableOfContents, type Post } from '../../src/index.js';
import { parsePost } from '../../src/parse/index.js';

const good = (): Post =>
  parsePost(
    '---\ntitle: Tides\ndescription: Why the sea rises.\npubDate: 2022-07-24\nauthors: [Ada]\ntags: [ocean]\nheroImage: {src: /tide.png, alt: A beach}\n---\n' +
      'Intro text.\n\n## Moon\n\nThe moon pulls.[^1]\n\n### Spring\n\nStronger.\n\n## Sun\n\nThe sun pulls less.\n\n[^1]: A note.\n',
  );

/** Untyped data, as plain JavaScript would pass it. */
const bad = (patch: Record<string, unknown>): Post => ({ ...good(), ...patch }) as unknown as Post;
const without = (key: keyof Post): Post => {
  const post = good() as unknown as Record<string, unknown>;
  delete post[key];
  return post as unknown as Post;
};

interface Case {
  /** What is wrong. */
  name: string;
  element: () => ReactElement;
  /** The field the console.error must name. */
  field: string;
  /** Text that must still be rendered. */
  keeps: string[];
}

const cases: Case[] = [
  // PostLayout with a Post that is not one
  { name: 'PostLayout: missing title', element: () => <PostLayout post={without('title')} />, field: 'title', keeps: ['The moon pulls.', 'Moon'] },
  { name: 'PostLayout: title is a number', element: () => <PostLayout post={bad({ title: 42 })} />, field: 'title', keeps: ['The moon pulls.'] },
  { name: 'PostLayout: post is null', element: () => <PostLayout post={null as unknown as Post} />, field: 'post', keeps: [] },
  { name: 'PostLayout: post is a string', element: () => <PostLayout post={'# Tides' as unknown as Post} />, field: 'post', keeps: [] },
  { name: 'PostLayout: sections is null', element: () => <PostLayout post={bad({ sections: null })} />, field: 'sections', keeps: ['Tides', 'Intro text.'] },
  { name: 'PostLayout: sections is a string', element: () => <PostLayout post={bad({ sections: 'Moon, Sun' })} />, field: 'sections', keeps: ['Tides', 'Intro text.'] },
  { name: 'PostLayout: a section without id', element: () => <PostLayout post={bad({ sections: [{ title: 'Lost' }, good().sections[1]] })} />, field: 'sections', keeps: ['Tides', 'The sun pulls less.'] },
  { name: 'PostLayout: section items is a string', element: () => <PostLayout post={bad({ sections: [{ ...good().sections[0], items: 'Spring' }] })} />, field: 'items', keeps: ['Tides', 'The moon pulls.'] },
  { name: 'PostLayout: section content is a number', element: () => <PostLayout post={bad({ sections: [{ ...good().sections[0], content: 5 }] })} />, field: 'content', keeps: ['Tides', 'Moon'] },
  { name: 'PostLayout: tags is a string', element: () => <PostLayout post={bad({ tags: 'ocean, moon' })} />, field: 'tags', keeps: ['Tides', 'The moon pulls.'] },
  { name: 'PostLayout: authors is a string', element: () => <PostLayout post={bad({ authors: 'Ada' })} />, field: 'authors', keeps: ['Tides', 'The moon pulls.'] },
  { name: 'PostLayout: pubDate is a number', element: () => <PostLayout post={bad({ pubDate: 1658620800000 })} />, field: 'pubDate', keeps: ['Tides', 'The moon pulls.'] },
  { name: 'PostLayout: pubDate is a Date object', element: () => <PostLayout post={bad({ pubDate: new Date('2022-07-24') })} />, field: 'pubDate', keeps: ['Tides'] },
  { name: 'PostLayout: heroImage.src is an object', element: () => <PostLayout post={bad({ heroImage: { src: { url: '/a.png' }, alt: 'x' } })} />, field: 'heroImage', keeps: ['Tides', 'The moon pulls.'] },
  { name: 'PostLayout: heroImage is a number', element: () => <PostLayout post={bad({ heroImage: 7 })} />, field: 'heroImage', keeps: ['Tides'] },
  { name: 'PostLayout: description is a number', element: () => <PostLayout post={bad({ description: 12 })} />, field: 'description', keeps: ['Tides'] },
  { name: 'PostLayout: toc is a string', element: () => <PostLayout post={bad({ toc: 'Moon' })} />, field: 'toc', keeps: ['Tides', 'The moon pulls.'] },
  { name: 'PostLayout: toc entries without id', element: () => <PostLayout post={bad({ toc: [{ title: 'Moon', depth: 2 }] })} />, field: 'toc', keeps: ['Tides'] },
  { name: 'PostLayout: intro is a string', element: () => <PostLayout post={bad({ intro: 'Intro as text' })} />, field: 'intro', keeps: ['Tides', 'The moon pulls.'] },
  { name: 'PostLayout: readingTime is a string', element: () => <PostLayout post={bad({ readingTime: 'five minutes' })} />, field: 'readingTime', keeps: ['Tides'] },
  { name: 'PostLayout: footnotes is a number', element: () => <PostLayout post={bad({ footnotes: 3 })} />, field: 'footnotes', keeps: ['Tides', 'The moon pulls.'] },
  { name: 'PostLayout: intro holds nodes that are not hast', element: () => <PostLayout post={bad({ intro: { type: 'root', children: [null, 42, 'text', { type: 'element' }, { tagName: 'p' }] } })} />, field: 'intro', keeps: ['Tides', 'The moon pulls.'] },

  // HeroImage
  { name: 'HeroImage: src missing', element: () => <HeroImage src={undefined as unknown as string} alt="A beach" />, field: 'src', keeps: [] },
  { name: 'HeroImage: src is an object', element: () => <HeroImage src={{ url: '/a.png' } as unknown as string} alt="A beach" />, field: 'src', keeps: [] },
  { name: 'HeroImage: alt is a number', element: () => <HeroImage src="/a.png" alt={5 as unknown as string} />, field: 'alt', keeps: [] },
  { name: 'HeroImage: width is a string', element: () => <HeroImage src="/a.png" alt="A beach" width={'wide' as unknown as number} />, field: 'width', keeps: [] },

  // ArticleMeta
  { name: 'ArticleMeta: authors holds null and numbers', element: () => <ArticleMeta authors={[null, 42, { name: 'Ada' }] as never} />, field: 'authors', keeps: ['Ada'] },
  { name: 'ArticleMeta: author name is a number', element: () => <ArticleMeta authors={[{ name: 5 }, { name: 'Ada' }] as never} />, field: 'authors', keeps: ['Ada'] },
  { name: 'ArticleMeta: tags holds objects', element: () => <ArticleMeta tags={[{ name: 'x' }, 'ocean'] as never} />, field: 'tags', keeps: ['ocean'] },
  { name: 'ArticleMeta: pubDate is free text', element: () => <ArticleMeta pubDate="yesterday" tags={['ocean']} />, field: 'pubDate', keeps: ['ocean'] },
  { name: 'ArticleMeta: readingTime.minutes is a string', element: () => <ArticleMeta readingTime={{ minutes: 'five', words: 1 } as never} tags={['ocean']} />, field: 'readingTime', keeps: ['ocean'] },
  { name: 'ArticleMeta: tagHref is not a function', element: () => <ArticleMeta tags={['ocean']} tagHref={'/tags/' as never} />, field: 'tagHref', keeps: ['ocean'] },
  { name: 'ArticleMeta: tagHref throws', element: () => <ArticleMeta tags={['ocean']} tagHref={() => { throw new Error('router not ready'); }} />, field: 'tagHref', keeps: ['ocean'] },

  // TableOfContents
  { name: 'TableOfContents: toc is null', element: () => <TableOfContents toc={null as never} />, field: 'toc', keeps: [] },
  { name: 'TableOfContents: entries without id or depth', element: () => <TableOfContents toc={[{ title: 'A' }, { id: 'b', title: 'B', depth: 2 }] as never} />, field: 'toc', keeps: ['B'] },
  { name: 'TableOfContents: title is a number', element: () => <TableOfContents toc={[{ id: 'b', title: 7, depth: 2 }] as never} />, field: 'title', keeps: [] },

  // SectionList
  { name: 'SectionList: sections is a string', element: () => <SectionList sections={'Moon' as never} />, field: 'sections', keeps: [] },
  { name: 'SectionList: sections holds null', element: () => <SectionList sections={[null, good().sections[1]] as never} />, field: 'sections', keeps: ['The sun pulls less.'] },
  { name: 'SectionList: items is an object', element: () => <SectionList sections={[{ ...good().sections[0], items: { a: 1 } }] as never} />, field: 'items', keeps: ['The moon pulls.'] },

  // MarkdownContent
  { name: 'MarkdownContent: children is a number', element: () => <MarkdownContent>{42 as unknown as string}</MarkdownContent>, field: 'children', keeps: [] },
  { name: 'MarkdownContent: children is an array of strings', element: () => <MarkdownContent>{['# a', 'b'] as unknown as string}</MarkdownContent>, field: 'children', keeps: [] },
  { name: 'MarkdownContent: children is null', element: () => <MarkdownContent>{null as unknown as string}</MarkdownContent>, field: 'children', keeps: [] },
];

let logged: string[] = [];
const originalError = console.error;
beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
});
afterEach(() => {
  console.error = originalError;
});

/** The kit's own development messages (React's warnings are counted apart). */
const kitMessages = () => logged.filter((m) => m.startsWith('react-blog-kit'));

describe('when a component is handed data that did not come from parsePost', () => {
  for (const c of cases) {
    describe(`when ${c.name}`, () => {
      it('renders on the server without throwing, and logs one error naming the field', () => {
        let html = '';
        expect(() => {
          html = renderToString(c.element());
        }).not.toThrow();
        for (const text of c.keeps) expect(html).toContain(text);
        expect(kitMessages(), logged.join('\n')).toHaveLength(1);
        expect(kitMessages()[0]).toContain(c.field);
        expect(logged.filter((m) => !m.startsWith('react-blog-kit')), 'React warnings').toEqual([]);
      });

      it('renders on the client without throwing, and logs one error naming the field', () => {
        let container: HTMLElement | undefined;
        expect(() => {
          container = render(c.element()).container;
        }).not.toThrow();
        for (const text of c.keeps) expect(container!.textContent).toContain(text);
        expect(kitMessages(), logged.join('\n')).toHaveLength(1);
        expect(kitMessages()[0]).toContain(c.field);
        expect(logged.filter((m) => !m.startsWith('react-blog-kit')), 'React warnings').toEqual([]);
      });
    });
  }

  it('a valid Post logs nothing (the check is not satisfied by noise)', () => {
    renderToString(<PostLayout post={good()} />);
    render(<PostLayout post={good()} />);
    expect(logged).toEqual([]);
  });
});
