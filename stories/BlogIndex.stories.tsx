import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { Pagination, PostList, TagList } from '../src/index.js';
import type { ColorScheme, PostListProps } from '../src/index.js';
import { blogPosts, blogTags, longTitled, pageHref, postHref, tagHref } from './summaries.js';

interface Args {
  /** Passed to every component, as a host would. */
  colorScheme?: ColorScheme;
  dir?: 'ltr' | 'rtl';
  locale?: string;
  layout: PostListProps['layout'];
}

/**
 * An index page as a host composes it: its own heading, then PostList, Pagination and TagList with
 * no margins of the host's. The space between the blocks is the stylesheet's `--rbk-block-spacing`;
 * in the dark the blocks lie on the page's own background, with no seam between them.
 */
function BlogIndex({ colorScheme, dir, locale, layout }: Args) {
  const shared = { colorScheme, dir, locale };
  return (
    <div dir={dir} style={{ maxInlineSize: '64rem', marginInline: 'auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ margin: 0 }}>Notes from the coast</h1>
      <PostList {...shared} layout={layout} posts={[longTitled, ...blogPosts.slice(0, 3)]} postHref={postHref} />
      <Pagination {...shared} page={1} pages={3} pageHref={pageHref} />
      <TagList {...shared} tags={blogTags} tagHref={tagHref} />
    </div>
  );
}

const meta = {
  title: 'Pages/Blog index',
  component: BlogIndex,
  args: { layout: 'list' },
  argTypes: {
    layout: { control: { type: 'inline-radio' }, options: ['list', 'grid'] },
    colorScheme: { control: { type: 'inline-radio' }, options: ['light', 'dark', 'auto'] },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'A blog index composed from PostList, Pagination and TagList with nothing but the kit’s stylesheet: each block keeps `--rbk-block-spacing` above and below (set the custom property, or a class of yours, to change it), and in the dark the blocks sit on the page without seams.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const List: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('article')).toHaveLength(4);
    await expect(canvas.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
    const tags = canvasElement.querySelector('[data-slot="tag-list"]') as HTMLElement;
    await expect(within(tags).getAllByRole('link')).toHaveLength(blogTags.length);
  },
};

export const Grid: Story = { args: { layout: 'grid' } };

export const Dark: Story = { args: { colorScheme: 'dark' } };
