/**
 * MDX posts written the way three kinds of blog write them (a React docs blog with `{/*id*\/}`
 * heading ids and many custom components, a Docusaurus blog with its truncate marker, admonitions,
 * tabs and `{#id}` ids, and the Astro template's post importing a component), read by parsePost
 * and by MarkdownContent: no trace of the source syntax may reach the page, the table of contents,
 * the excerpt, the metadata, the JSON-LD or a feed. The posts are written for this test.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { directivesFeature, MarkdownContent, PostExcerpt, PostLayout, TableOfContents } from '../src/index.js';
import { toSummary } from '../src/collection/index.js';
import { createFeed } from '../src/feed/index.js';
import { mdxFeature, parsePost } from '../src/parse/index.js';
import type { Post } from '../src/post/index.js';
import { getPostMetadata, postJsonLd } from '../src/seo/index.js';

const reactDocs = [
  '---',
  'title: "Shipping the new compiler"',
  'author: The Team',
  'date: 2026/10/01',
  'description: What changed, and how to try it.',
  '---',
  '',
  "import {Sandpack} from 'components/Sandpack';",
  "import YouTubeIframe from 'components/YouTubeIframe';",
  '',
  'October 1, 2026 by [The Team](https://example.com/team)',
  '',
  '---',
  '',
  '<Intro>',
  '',
  'The compiler is out of beta. It memoizes components for you.',
  '',
  '</Intro>',
  '',
  '<InlineToc />',
  '',
  '---',
  '',
  '## What is new {/*what-is-new*/}',
  '',
  'Most apps need **no changes**. See <a href="#trying-it">trying it</a>.',
  '',
  '<Note>',
  '',
  'The compiler needs React 17 or later.',
  '',
  '</Note>',
  '',
  '### Fewer re-renders {/*fewer-re-renders*/}',
  '',
  '<Sandpack>',
  '',
  '```js src/App.js active',
  'export default function App() {',
  '  return <h1>Hello</h1>;',
  '}',
  '```',
  '',
  '</Sandpack>',
  '',
  '<YouTubeIframe src="https://www.youtube.com/embed/abc" title="The talk" />',
  '',
  '## Trying it {/*trying-it*/}',
  '',
  '<ConsoleBlock level="error">',
  '',
  'Hooks can only be called inside the body of a component.',
  '',
  '</ConsoleBlock>',
  '',
  '<DeepDive>',
  '',
  '#### How does it work? {/*how-does-it-work*/}',
  '',
  'It reads your code ahead of time.',
  '',
  '</DeepDive>',
  '',
  '{/* TODO: add the benchmark chart */}',
  '',
  'Thanks to <Team names={["Ada", "Grace"]} />.',
  '',
].join('\n');

const docusaurus = [
  '---',
  'slug: tabs-and-tips',
  'title: Tabs and tips',
  'authors: [ada]',
  'tags: [release, docs]',
  'date: 2026-09-14',
  '---',
  '',
  "import Tabs from '@theme/Tabs';",
  "import TabItem from '@theme/TabItem';",
  '',
  'Version 4 adds tabs to the blog.',
  '',
  '{/* truncate */}',
  '',
  '## Installing {#installing}',
  '',
  '<Tabs>',
  '  <TabItem value="npm" label="npm" default>',
  '',
  '```bash',
  'npm install the-site',
  '```',
  '',
  '  </TabItem>',
  '  <TabItem value="yarn" label="Yarn">',
  '',
  '```bash',
  'yarn add the-site',
  '```',
  '',
  '  </TabItem>',
  '</Tabs>',
  '',
  ':::tip[Pro tip]',
  '',
  'Pin the version.',
  '',
  ':::',
  '',
  ':::note Written the old way',
  '',
  'Still a note.',
  '',
  ':::',
  '',
  '<Admonition type="warning" title="Breaking">',
  '  The config moved.',
  '</Admonition>',
  '',
  'export const Highlight = ({children, color}) => (',
  '  <span style={{backgroundColor: color}}>{children}</span>',
  ');',
  '',
  '## Colours {#colours}',
  '',
  'This is <Highlight color="#25c2a0">green</Highlight> text.',
  '',
  '<details>',
  '  <summary>More details</summary>',
  '',
  '  Hidden until opened.',
  '',
  '</details>',
  '',
].join('\n');

const astro = [
  '---',
  "title: 'Components in posts'",
  "description: 'A post that embeds a component'",
  "pubDate: 'Jul 02 2026'",
  '---',
  '',
  'This page uses MDX.',
  '',
  '## An example',
  '',
  "import HeaderLink from '../../components/HeaderLink.astro';",
  '',
  '<HeaderLink href="#" onclick="alert(\'clicked!\')">',
  '\tEmbedded component in MDX',
  '</HeaderLink>',
  '',
  'Written on {frontmatter.pubDate}.',
  '',
].join('\n');

const styles = [
  { name: 'a React docs blog', file: 'compiler.mdx', source: reactDocs, shown: ['memoizes components', 'React 17', 'Hooks can only be called', 'It reads your code', 'export default function App'], ids: ['what-is-new', 'fewer-re-renders', 'trying-it', 'how-does-it-work'] },
  { name: 'a Docusaurus blog', file: '2026-09-14-tabs.mdx', source: docusaurus, shown: ['npm install the-site', 'yarn add the-site', 'Pin the version', 'Written the old way', 'The config moved', 'green', 'Hidden until opened'], ids: ['installing', 'colours'] },
  { name: 'the Astro template', file: 'components.mdx', source: astro, shown: ['Embedded component in MDX', 'This page uses MDX'], ids: ['an-example'] },
];

/** The traces of MDX source that must never be seen: comments, ids, imports, exports, tags, expressions. */
const TRACES = [/\{\s*\/\*/, /\*\/\s*\}/, /\{#[\w-]+\}/, /\bimport\s+[\w{]/, /\bexport\s+(const|default\s+\(|function\s+[A-Z])/, /<\/?[A-Z][\w.]*[\s/>]/, /\{[a-z]\w*(\.\w+)+\}/, /=\{/, /:::/, /\btruncate\b/, /onclick|alert\(/i];
/** The same in HTML: what a reader sees is the text between tags and the attribute values. */
function visible(html: string): string {
  // Highlighted code is split into spans; the words they hold stay one text.
  const text = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<\/?span[^>]*>/g, '').replace(/<[^>]*>/g, ' ');
  const attributes = [...html.matchAll(/\s[\w:-]+="([^"]*)"/g)].map((m) => m[1]).join(' ');
  return `${text} ${attributes}`.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
}
function expectNoTrace(where: string, text: string): void {
  // The code block of the React docs post shows JSX on purpose: code is data, shown as written.
  const outsideCode = text.replace(/export default function App\(\) \{\s*return <h1>Hello<\/h1>;\s*\}/g, '');
  for (const trace of TRACES) expect(outsideCode, `${where} shows ${trace}`).not.toMatch(trace);
}

const site = { url: 'https://blog.example.com', name: 'Example' };

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe.each(styles)('an MDX post written for $name', ({ file, source, shown, ids }) => {
  const post: Post = parsePost(source, { filename: file, onWarning: () => {} });

  it('shows its text on the page with no trace of MDX syntax, and its ids on its headings', () => {
    const html = renderToStaticMarkup(<PostLayout post={post} />);
    expectNoTrace('the page', visible(html));
    for (const text of shown) expect(visible(html)).toContain(text);
    for (const id of ids) expect(html).toContain(`id="${id}"`);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it('lists its headings in the table of contents by their text and ids', () => {
    const html = renderToStaticMarkup(<TableOfContents toc={post.toc} />);
    expectNoTrace('the table of contents', visible(html));
    for (const id of ids.filter((id) => post.toc.some((entry) => entry.id === id))) expect(html).toContain(`href="#${id}"`);
    expect(post.toc.map((entry) => entry.id)).toEqual(expect.arrayContaining(ids.slice(0, 2)));
  });

  it('keeps MDX out of its excerpt, description, metadata and JSON-LD', () => {
    // A card shows the description when there is one; without it, the excerpt (the marker's, or the first paragraph).
    const excerpt = toSummary({ ...post, description: undefined }).excerpt;
    expect(excerpt?.children.length).toBeGreaterThan(0);
    const shownExcerpt = visible(renderToStaticMarkup(<PostExcerpt excerpt={excerpt!} />));
    expect(shownExcerpt.trim()).not.toBe('');
    expectNoTrace('the excerpt', shownExcerpt);
    expectNoTrace('the description', post.description ?? '');
    expectNoTrace('the metadata', JSON.stringify(getPostMetadata(post, site)));
    expectNoTrace('the JSON-LD', JSON.stringify(postJsonLd(post, site)));
  });

  it('keeps MDX out of every feed, its full text included', () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      const feed = createFeed([post], site, { format });
      const text = format === 'json' ? (JSON.parse(feed).items as { content_html: string }[]).map((item) => item.content_html).join(' ') : feed.replace(/<!\[CDATA\[|\]\]>/g, '');
      expectNoTrace(`the ${format} feed`, visible(format === 'json' ? text : visible(text)));
      for (const text of shown.slice(0, 2)) expect(feed).toContain(text.split(' ')[0]);
    }
  });

  it('round-trips as JSON and renders the same', () => {
    const again = JSON.parse(JSON.stringify(post)) as Post;
    expect(renderToStaticMarkup(<PostLayout post={again} />)).toBe(renderToStaticMarkup(<PostLayout post={post} />));
  });

  it('renders its body at run time (MarkdownContent with the mdx feature) with no trace of MDX syntax', () => {
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
    const html = renderToStaticMarkup(
      <MarkdownContent features={[mdxFeature, directivesFeature]} format="mdx">
        {body}
      </MarkdownContent>,
    );
    expectNoTrace('MarkdownContent', visible(html));
    for (const text of shown.filter((text) => !text.startsWith('Hidden') && !text.startsWith('green'))) expect(visible(html)).toContain(text);
  });
});
