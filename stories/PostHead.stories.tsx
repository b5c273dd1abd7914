import type { Meta, StoryObj } from '@storybook/react-vite';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, within } from 'storybook/test';

import { PostHead } from '../src/index.js';
import type { PostHeadProps } from '../src/index.js';
import { explainer, persian } from './posts.js';
import { fallbackPost, storySite } from './seo.js';

/**
 * PostHead renders into the document head, where nobody sees it. The story renders it (React 19
 * hoists the tags into this frame's head) and lists the same tags, read from its server markup,
 * as a table: element, the attribute that names it, and its value.
 */
function TagTable(props: PostHeadProps) {
  const markup = renderToStaticMarkup(<PostHead {...props} />);
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head>${markup}</head><body></body></html>`, 'text/html');
  const rows = [...doc.head.children].map((el) => {
    const tag = el.localName;
    if (tag === 'title') return { tag, name: '', value: el.textContent ?? '' };
    if (tag === 'link') return { tag, name: [el.getAttribute('rel'), el.getAttribute('type')].filter(Boolean).join(' '), value: el.getAttribute('href') ?? '' };
    return { tag, name: el.getAttribute('property') ?? el.getAttribute('name') ?? '', value: el.getAttribute('content') ?? '' };
  });
  const cell = { padding: '0.3rem 0.6rem', borderBottom: '1px solid var(--rbk-color-border, #d0d7de)', textAlign: 'start' as const, verticalAlign: 'top' as const };
  return (
    <figure data-slot="post-head-preview" style={{ margin: 0, font: '0.85rem/1.4 ui-monospace, monospace', overflowX: 'auto' }}>
      <PostHead {...props} />
      <figcaption style={{ font: '600 0.8rem system-ui, sans-serif', marginBottom: '0.5rem' }}>
        {rows.length} tags PostHead writes into the head
      </figcaption>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={cell}>Element</th>
            <th style={cell}>rel / name / property</th>
            <th style={cell}>Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td style={cell}>&lt;{row.tag}&gt;</td>
              <td style={cell}>{row.name}</td>
              <td style={{ ...cell, wordBreak: 'break-all' }} dir="auto">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

const meta = {
  title: 'Components/PostHead',
  component: PostHead,
  args: { post: explainer, site: storySite, titleTemplate: '{title} · {site}' },
  argTypes: {
    post: { control: false },
    site: { control: 'object' },
    titleTemplate: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The `<title>`, description, canonical link, feed links, Open Graph and X card tags of a post page, from the same data as `getPostMetadata` (react-blog-kit/seo). React 19 hoists them into `<head>`; in an Astro or Vite SSR template, render it inside `<head>`. The table lists the tags it renders.',
      },
    },
  },
  render: (args) => <TagTable {...args} />,
} satisfies Meta<PostHeadProps>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(within(table).getByText('og:title')).toBeInTheDocument();
    await expect(within(table).getByText('https://example.org/blog/feed.xml')).toBeInTheDocument();
    await expect(within(table).getByText('summary_large_image')).toBeInTheDocument();
  },
};

/** No `description` and no hero: the excerpt describes the page (cut at a word), the first body image is shared. */
export const Fallbacks: Story = {
  name: 'No description, no hero: fallbacks',
  args: { post: fallbackPost },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    const description = within(table).getByText('description').closest('tr')!.lastElementChild!.textContent!;
    await expect(description.startsWith('A grey heron stands in the shallows before sunrise')).toBe(true);
    await expect(description.endsWith('…')).toBe(true);
    // og:image and twitter:image
    await expect(within(table).getAllByText('https://example.org/blog/posts/herons-at-dawn/heron.jpg')).toHaveLength(2);
    await expect(within(table).getByText('og:image:alt')).toBeInTheDocument();
    await expect(within(table).getByText('summary_large_image')).toBeInTheDocument();
  },
};

/** A post with a title and nothing else: no description, a plain summary card and no image. */
export const NothingToFallBackOn: Story = {
  name: 'Nothing to fall back on',
  args: {
    post: { ...explainer, heroImage: undefined, description: undefined, authors: [], tags: [], intro: { type: 'root', children: [] }, sections: [], excerpt: undefined },
    site: { url: 'https://example.org', name: 'Tide Tables' },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('summary')).toBeInTheDocument();
    await expect(within(canvasElement).queryByText('og:image')).toBeNull();
    await expect(within(canvasElement).queryByText('description')).toBeNull();
  },
};

export const RtlPersian: Story = {
  name: 'Persian post',
  args: { post: persian, site: { ...storySite, locale: 'fa-IR' } },
};

export const DefaultImage: Story = {
  name: 'Site default image',
  args: { post: { ...explainer, heroImage: undefined }, site: { ...storySite, defaultImage: { src: '/og.png', width: 1200, height: 630, alt: 'Tide Tables' } } },
};
