/**
 * An MDX post's components rendered by the host's components (issue 24): the `components` prop that
 * maps tags maps a component's name, on a post page (PostLayout over a parsed .mdx file) and on the
 * runtime path (MarkdownContent with the mdx feature), the same way. A name the host did not map shows
 * its children, and development says so once.
 */
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkdownContent, PostExcerpt, PostLayout, rehypeKitSanitize, type Components } from '../src/index.js';
import { mdxFeature } from '../src/markdown/mdx.js';
import { parsePost } from '../src/parse/index.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const body = [
  'Tides have <Term word="slack">slack water</Term> twice a day.',
  '',
  '{/* truncate */}',
  '',
  '## Reading one {/*reading*/}',
  '',
  '<Note kind="tip" rows={[1, 2]} meta={{ source: "almanac", exact: false }} more="https://example.com/tides">',
  '  Look at **both** columns.',
  '',
  '  - high',
  '  - low',
  '</Note>',
  '',
  'The end.',
  '',
].join('\n');
const source = `---\ntitle: Tide tables\n---\n${body}`;

/** What each mapped component received, by name. */
let received: Record<string, Record<string, unknown>[]>;
const recorder = (name: string, Tag: 'aside' | 'dfn') =>
  function Recorded({ children, ...props }: Record<string, unknown> & { children?: ReactNode }) {
    (received[name] ??= []).push(props);
    return (
      <Tag data-component={name} title={typeof props.kind === 'string' ? props.kind : undefined}>
        {children}
      </Tag>
    );
  };

function mapped(): Components {
  received = {};
  return { Note: recorder('Note', 'aside'), Term: recorder('Term', 'dfn') };
}

const quietWarnings = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('rendering an MDX post', () => {
  describe('when the host maps its components', () => {
    it('renders each with the props the post wrote and its children as markdown', () => {
      const post = parsePost(source, { filename: 'tides.mdx' });
      const { container } = render(<PostLayout post={post} components={mapped()} />);
      expect(received.Note).toEqual([{ kind: 'tip', rows: [1, 2], meta: { source: 'almanac', exact: false }, more: 'https://example.com/tides' }]);
      expect(received.Term).toEqual([{ word: 'slack' }]);
      const note = container.querySelector('aside[data-component="Note"]')!;
      expect(note.querySelector('strong')?.textContent).toBe('both');
      expect([...note.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['high', 'low']);
      // Inline in its paragraph, as written.
      expect(container.querySelector('p > dfn[data-component="Term"]')?.textContent).toBe('slack water');
      expect(screen.getByRole('heading', { name: 'Reading one' })).toHaveAttribute('id', 'reading');
    });

    it('renders a Post that travelled as JSON the same', () => {
      const post = parsePost(source, { filename: 'tides.mdx' });
      const direct = renderToStaticMarkup(<PostLayout post={post} components={mapped()} />);
      expect(renderToStaticMarkup(<PostLayout post={JSON.parse(JSON.stringify(post))} components={mapped()} />)).toBe(direct);
    });

    it('maps them in an excerpt too', () => {
      const post = parsePost(source, { filename: 'tides.mdx' });
      const { container } = render(<PostExcerpt excerpt={post.excerpt!} components={mapped()} />);
      expect(container.querySelector('dfn[data-component="Term"]')?.textContent).toBe('slack water');
      expect(received.Term).toEqual([{ word: 'slack' }]);
    });

    it('maps them the same on the runtime path (MarkdownContent with the mdx feature)', () => {
      const post = parsePost(source, { filename: 'tides.mdx' });
      const page = render(<PostLayout post={post} components={mapped()} />);
      const fromPost = { received, note: page.container.querySelector('aside')!.outerHTML, term: page.container.querySelector('dfn')!.outerHTML };
      page.unmount();
      const runtime = render(
        <MarkdownContent features={[mdxFeature]} format="mdx" components={mapped()}>
          {body}
        </MarkdownContent>,
      );
      expect(received).toEqual(fromPost.received);
      expect(runtime.container.querySelector('aside')!.outerHTML).toBe(fromPost.note);
      expect(runtime.container.querySelector('dfn')!.outerHTML).toBe(fromPost.term);
    });

    it('still maps tags with the same prop, beside the components', () => {
      const post = parsePost(source, { filename: 'tides.mdx' });
      const { container } = render(<PostLayout post={post} components={{ ...mapped(), strong: ({ children }) => <b>{children}</b> }} />);
      expect(container.querySelector('aside b')?.textContent).toBe('both');
    });
  });

  describe('when the host has not mapped a component', () => {
    const unmapped = (name: string) => source.replaceAll('Note', name).replaceAll('Term', `${name}Inline`);

    it('shows its children, block and inline, and none of its props', () => {
      quietWarnings();
      const post = parsePost(unmapped('Aside'), { filename: 'tides.mdx' });
      const { container } = render(<PostLayout post={post} />);
      expect(container.querySelector('strong')?.textContent).toBe('both');
      expect(container.querySelector('p > span')?.textContent).toBe('slack water');
      expect(container.innerHTML).not.toMatch(/kind|tip|almanac|example\.com|slack"|Aside/);
    });

    it('warns once in development, naming it, however often it is used or rendered', () => {
      const warn = quietWarnings();
      const twice = unmapped('Callout') + '\n<Callout>Again.</Callout>\n';
      const post = parsePost(twice, { filename: 'tides.mdx' });
      render(<PostLayout post={post} />);
      render(<PostLayout post={post} />);
      const messages = warn.mock.calls.map((call) => String(call[0]));
      expect(messages.filter((m) => m.includes('<Callout>'))).toHaveLength(1);
      expect(messages.filter((m) => m.includes('<CalloutInline>'))).toHaveLength(1);
      expect(messages.find((m) => m.includes('<Callout>'))).toMatch(/components=\{\{ Callout: … \}\}/);
    });

    it('says nothing in production, and renders the same', () => {
      const warn = quietWarnings();
      const post = parsePost(unmapped('Quiet'), { filename: 'tides.mdx' });
      const dev = renderToStaticMarkup(<PostLayout post={post} />);
      vi.stubEnv('NODE_ENV', 'production');
      const prod = renderToStaticMarkup(<PostLayout post={parsePost(unmapped('Silent'), { filename: 'tides.mdx' })} />);
      expect(prod).toBe(dev);
      expect(warn.mock.calls.map((call) => String(call[0])).filter((m) => m.includes('<Silent'))).toEqual([]);
    });
  });
});

describe('the built-in components of an MDX post', () => {
  const builtins = [
    '<Note>',
    '  Heights are in metres.',
    '</Note>',
    '',
    '<Admonition type="warning" title="Storm surge">',
    '  Not in the model.',
    '</Admonition>',
    '',
    '<Tabs>',
    '  <TabItem value="high" label="High water">Twice a day.</TabItem>',
    '  <TabItem value="low" label="Low water">Twice too.</TabItem>',
    '</Tabs>',
    '',
  ].join('\n');
  const builtinPost = () => parsePost(`---\ntitle: Built-ins\n---\n\n${builtins}`, { filename: 'built-ins.mdx' });

  describe('when the host maps none of them', () => {
    it('renders callouts titled by the host\'s labels (or the post\'s title) and tabs, and warns about none', () => {
      const warn = quietWarnings();
      render(<PostLayout post={builtinPost()} labels={{ calloutNote: 'Hinweis' }} />);
      const [note, warning] = screen.getAllByRole('note');
      expect(note!.firstElementChild).toHaveTextContent(/^Hinweis$/);
      expect(note).toHaveTextContent('Heights are in metres.');
      expect(warning).toHaveAttribute('data-callout', 'warning');
      expect(warning!.firstElementChild).toHaveTextContent(/^Storm surge$/);
      expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['High water', 'Low water']);
      expect(warn).not.toHaveBeenCalled();
    });

    it('renders them the same on the runtime path', () => {
      const fromPost = render(<PostLayout post={builtinPost()} />).container.querySelector('[data-slot="intro"]')!.innerHTML;
      cleanup();
      const runtime = render(
        <MarkdownContent features={[mdxFeature]} format="mdx">
          {builtins}
        </MarkdownContent>,
      ).container.firstElementChild!.innerHTML;
      // useId's ids differ between two roots, and the runtime path keeps line breaks between blocks.
      const ids = (html: string) => html.replace(/«[^»]*»|_r_\w+_|:r\w+:/g, 'ID').replace(/>\n+</g, '><');
      expect(ids(runtime)).toBe(ids(fromPost));
    });
  });

  describe('when the host maps a callout name', () => {
    it('renders the host\'s component with the post\'s props and its children, without the kit\'s title', () => {
      const seen: Record<string, unknown>[] = [];
      const Admonition = ({ children, ...props }: Record<string, unknown> & { children?: ReactNode }) => {
        seen.push(props);
        return <aside data-host="">{children}</aside>;
      };
      const { container } = render(<PostLayout post={builtinPost()} components={{ Admonition }} />);
      expect(seen).toEqual([{ type: 'warning', title: 'Storm surge' }]);
      expect(container.querySelector('aside[data-host]')!.innerHTML).toBe('<p>Not in the model.</p>');
      // The one it does not map is still the kit's.
      expect(screen.getAllByRole('note')).toHaveLength(1);
    });
  });
});

describe('the warning for a component the host has not mapped', () => {
  const messages = (warn: ReturnType<typeof quietWarnings>) => warn.mock.calls.map((call) => String(call[0]));

  it('names the post, the component and the line it is written on', () => {
    const warn = quietWarnings();
    const post = parsePost('---\ntitle: Sandboxes\nslug: sandboxes\n---\n\nIntro.\n\n<Sandpack>\n  code\n</Sandpack>\n', { filename: 'sandboxes.mdx' });
    render(<PostLayout post={post} />);
    expect(messages(warn)).toEqual([
      'react-blog-kit: <Sandpack> in "sandboxes" (line 8) is not in components; its children show without it. Map it: components={{ Sandpack: … }}.',
    ]);
  });

  it('is given once per post and component, wherever else it is used', () => {
    const warn = quietWarnings();
    const post = (slug: string) =>
      parsePost(`---\ntitle: Twice\nslug: ${slug}\n---\n\n<Chart>\n  one\n</Chart>\n\n<Chart>\n  two\n</Chart>\n\n## Later\n\nThird <Chart>three</Chart>.\n`, { filename: 'twice.mdx' });
    render(<PostLayout post={post('twice-a')} />);
    render(<PostLayout post={post('twice-a')} />);
    render(<PostLayout post={post('twice-b')} />);
    expect(messages(warn).filter((m) => m.includes('<Chart>'))).toEqual([
      expect.stringContaining('<Chart> in "twice-a" (line 6)'),
      expect.stringContaining('<Chart> in "twice-b" (line 6)'),
    ]);
  });

  it('names a post by its title when it has no slug, in an excerpt too', () => {
    const warn = quietWarnings();
    const post = parsePost('---\ntitle: No slug here\n---\n\n<Excerpted>\n  before\n</Excerpted>\n\n{/* truncate */}\n\nafter\n', { filename: 'no-slug-here.mdx' });
    render(<PostExcerpt excerpt={post.excerpt!} postName={post.title} />);
    expect(messages(warn)).toEqual([expect.stringContaining('<Excerpted> in "No slug here" (line 5)')]);
  });
});

describe('<details> and <summary> in an MDX post', () => {
  const details = '<details>\n  <summary>Why twice a day?</summary>\n\n  The Moon pulls **both** sides.\n</details>\n';

  const check = (container: HTMLElement) => {
    const disclosure = container.querySelector('details')!;
    expect(disclosure.querySelector(':scope > summary')).toHaveTextContent(/^Why twice a day\?$/);
    expect(disclosure.querySelector('p strong')).toHaveTextContent('both');
    expect(container.textContent).not.toMatch(/<|>/);
  };

  it('renders as a disclosure from parsePost (raw HTML sanitized by default)', () => {
    check(render(<PostLayout post={parsePost(`---\ntitle: Tides\n---\n\n${details}`, { filename: 'tides.mdx' })} />).container);
  });

  it('renders as a disclosure from MarkdownContent with the sanitizer', () => {
    check(
      render(
        <MarkdownContent features={[mdxFeature]} format="mdx" html="sanitize" sanitizer={rehypeKitSanitize}>
          {details}
        </MarkdownContent>,
      ).container,
    );
  });
});
