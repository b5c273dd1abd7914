import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { Pagination, PostExcerpt, PostList, TagList } from '../src/index.js';
import type { PostListProps } from '../src/index.js';
import { StateBoard } from './helpers.js';
import { germanLabels, persianLabels } from './labels.js';
import { blogPosts, blogTags, levain, longTitled, manyTagged, pageHref, persianSummary, postHref, starter, tagHref, tidePools } from './summaries.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = PostListProps & ThemeArgs;

const meta = {
  title: 'Components/PostList',
  component: PostList,
  args: { posts: blogPosts, postHref, tagHref, layout: 'list', headingLevel: 2 },
  argTypes: {
    ...themeArgTypes,
    posts: { control: 'object' },
    layout: { control: { type: 'inline-radio' }, options: ['list', 'grid'] },
    headingLevel: { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] },
    postHref: { control: false },
    tagHref: { control: false },
    linkComponent: { control: false },
    imageComponent: { control: false },
    cardProps: { control: 'object' },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'Post cards in a `<ul>`, one under another or as a responsive grid that falls to one column on a phone. `headingLevel` sets every card title’s rank so the list fits the page outline. Give it summaries (`toSummary`) so an index page ships no post bodies.\n\n' +
          'Cards show excerpts as plain text. `cardProps={{ excerptComponent: PostExcerpt }}` renders them with their markup (links, emphasis, code), at the cost of the render path on the page.',
      },
    },
  },
  render: (args) => <PostList {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const List: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('article')).toHaveLength(blogPosts.length);
    await expect(within(canvasElement).getAllByRole('heading', { level: 2 })).toHaveLength(blogPosts.length);
  },
};

export const Grid: Story = {
  args: { layout: 'grid' },
};

/** The grid in a phone-wide frame (360 px): one column, nothing wider than the screen. */
export const GridOnAPhone: Story = {
  name: 'Cards grid on a phone',
  args: { layout: 'grid', posts: [blogPosts[0], longTitled, manyTagged] },
  render: (args) => (
    <div style={{ inlineSize: 360, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
      <PostList {...applyThemeArgs(args)} />
    </div>
  ),
};

const excerptPosts = [levain, starter, tidePools];

/** Cards whose excerpts have markup, shown as text: the default. */
export const Excerpts: Story = {
  name: 'Excerpts as text (default)',
  args: { posts: excerptPosts },
  play: async ({ canvasElement }) => {
    const excerpts = [...canvasElement.querySelectorAll('[data-slot="card-excerpt"]')];
    await expect(excerpts).toHaveLength(excerptPosts.length);
    for (const excerpt of excerpts) await expect(excerpt.querySelector('a, em, strong, code, pre')).toBeNull();
  },
};

/** The same cards with `cardProps={{ excerptComponent: PostExcerpt }}`. */
export const RichExcerpts: Story = {
  name: 'Excerpts with markup (PostExcerpt)',
  args: { posts: excerptPosts, cardProps: { excerptComponent: PostExcerpt } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'the winter starter post' })).toHaveAttribute('href', '#post-starter-in-winter');
    await expect(canvasElement.querySelectorAll('[data-slot="card-excerpt"] strong')).toHaveLength(2);
  },
};

export const Empty: Story = {
  name: 'No posts',
  args: { posts: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No posts yet.')).toBeInTheDocument();
  },
};

export const Dark: Story = {
  args: { colorScheme: 'dark', layout: 'grid' },
};

export const Rtl: Story = {
  name: 'RTL (Persian)',
  globals: { locale: 'fa-IR' },
  args: { posts: [persianSummary, { ...persianSummary, slug: 'second', heroImage: undefined }], dir: 'rtl', lang: 'fa', locale: 'fa-IR', labels: persianLabels },
};

export const GermanLabels: Story = {
  name: 'Labels in German',
  globals: { locale: 'de-DE' },
  args: { locale: 'de-DE', labels: germanLabels, posts: blogPosts.slice(0, 3) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('time')).toHaveTextContent('18. Juni 2024');
  },
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { theme: paperTheme, layout: 'grid' },
};

export const Unstyled: Story = {
  args: { unstyled: true },
};

/**
 * An index page as a host builds it: the page's h1, the cards of page 1 (`paginate`), the
 * pagination and the tag list (`tagsOf`), each piece a separate component.
 */
export const IndexPage: Story = {
  name: 'Index page',
  args: { layout: 'grid' },
  render: (args) => {
    const shared = { colorScheme: args.colorScheme, dir: args.dir, locale: args.locale, labels: args.labels };
    return (
      <div className="rbk-root" style={{ maxInlineSize: '64rem', marginInline: 'auto' }} data-color-scheme={args.colorScheme}>
        <h1 style={{ marginBlockStart: 0 }}>Notes from the coast</h1>
        <PostList {...applyThemeArgs(args)} posts={blogPosts.slice(0, 4)} />
        <Pagination {...shared} page={1} pages={3} pageHref={pageHref} />
        <h2>Tags</h2>
        <TagList {...shared} tags={blogTags} tagHref={tagHref} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Notes from the coast');
    await expect(canvas.getAllByRole('article')).toHaveLength(4);
    await expect(canvas.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'bread, 3 posts' })).toHaveAttribute('href', '#tag-bread');
  },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => {
    const shared = { colorScheme: args.colorScheme, dir: args.dir, locale: args.locale, postHref, tagHref, headingLevel: 3 as const };
    return (
      <StateBoard
        states={[
          { name: 'List', node: <PostList {...shared} posts={blogPosts.slice(0, 2)} /> },
          { name: 'Grid', node: <PostList {...shared} posts={blogPosts.slice(2, 5)} layout="grid" /> },
          { name: 'No posts', node: <PostList {...shared} posts={[]} /> },
          { name: 'Dark grid', node: <PostList {...shared} posts={blogPosts.slice(0, 3)} layout="grid" colorScheme="dark" /> },
        ]}
      />
    );
  },
};
