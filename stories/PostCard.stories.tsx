import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { PostCard, PostExcerpt } from '../src/index.js';
import type { PostCardProps } from '../src/index.js';
import { StateBoard } from './helpers.js';
import { germanLabels, persianLabels } from './labels.js';
import { gearing, levain, longTitled, manyTagged, persianSummary, postHref, starter, tagHref, tidePools } from './summaries.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = PostCardProps & ThemeArgs;

const meta = {
  title: 'Components/PostCard',
  component: PostCard,
  args: { post: tidePools, postHref, tagHref, headingLevel: 2 },
  argTypes: {
    ...themeArgTypes,
    post: { control: 'object' },
    postHref: { control: false },
    tagHref: { control: false },
    headingLevel: { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] },
    linkComponent: { control: false },
    imageComponent: { control: false },
    excerptComponent: { control: false },
    components: { control: false },
    urlTransform: { control: false },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'One post in a list: the title linking to `postHref(post)`, the date and reading time as ArticleMeta shows them, a hero thumbnail whose box is reserved, the excerpt (else the description) and the tags. Takes a `Post` or a `PostSummary`; never renders a post body.\n\n' +
          'The excerpt shows as plain text: a paragraph for each prose block, with code, tables and images left out, so an index page carries no render path. For the excerpt with its markup (links, emphasis, code), pass `excerptComponent={PostExcerpt}` — on a PostList, `cardProps={{ excerptComponent: PostExcerpt }}`; `components` and `urlTransform` then apply to it.',
      },
    },
  },
  render: (args) => (
    <div style={{ maxInlineSize: '26rem' }}>
      <PostCard {...applyThemeArgs(args)} />
    </div>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: tidePools.title })).toHaveAttribute('href', '#post-reading-a-tide-table');
    await expect(canvasElement.querySelector('time')).toHaveTextContent('June 18, 2024');
    await expect(canvasElement.querySelector('img')).toHaveAttribute('width', '1200');
  },
};

export const NoHero: Story = {
  name: 'No hero',
  args: { post: gearing },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(within(canvasElement).getByText(gearing.description!)).toBeInTheDocument();
  },
};

export const LongTitle: Story = {
  name: 'Long title',
  args: { post: longTitled },
};

export const ManyTags: Story = {
  name: 'Many tags',
  args: { post: manyTagged },
  play: async ({ canvasElement }) => {
    await expect(within(within(canvasElement).getByRole('list', { name: 'Tags' })).getAllByRole('link')).toHaveLength(manyTagged.tags.length);
  },
};

/** The default: the excerpt's prose as text, its code block left out (see the next story). */
export const Excerpt: Story = {
  name: 'Excerpt as text (default)',
  args: { post: levain },
  play: async ({ canvasElement }) => {
    const excerpt = canvasElement.querySelector('[data-slot="card-excerpt"]') as HTMLElement;
    await expect([...excerpt.children].map((p) => p.tagName)).toEqual(['P', 'P']);
    await expect(excerpt).toHaveTextContent('A levain is a small, young starter built for one bake; the winter starter post explains');
    await expect(excerpt.querySelector('a, em, code, pre')).toBeNull();
  },
};

/** The opt-in: `excerptComponent={PostExcerpt}` renders the excerpt as a post body renders. */
export const RichExcerpt: Story = {
  name: 'Excerpt with markup (PostExcerpt)',
  args: { post: levain, excerptComponent: PostExcerpt },
  play: async ({ canvasElement }) => {
    const excerpt = canvasElement.querySelector('[data-slot="card-excerpt"]') as HTMLElement;
    await expect(within(excerpt).getByRole('link', { name: 'the winter starter post' })).toHaveAttribute('href', '#post-starter-in-winter');
    await expect(excerpt.querySelector('em')).toHaveTextContent('small, young');
    await expect(excerpt.querySelector('pre')).toHaveAttribute('tabindex', '0');
  },
};

export const Dark: Story = {
  args: { colorScheme: 'dark', post: starter },
};

export const Rtl: Story = {
  name: 'RTL (Persian)',
  globals: { locale: 'fa-IR' },
  args: { post: persianSummary, locale: 'fa-IR', labels: persianLabels },
};

export const GermanLabels: Story = {
  name: 'Labels in German',
  globals: { locale: 'de-DE' },
  args: { post: starter, locale: 'de-DE', labels: germanLabels },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('time')).toHaveTextContent('9. März 2024');
    await expect(within(canvasElement).getByText('6 Minuten Lesezeit')).toBeInTheDocument();
  },
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { theme: paperTheme },
};

export const Unstyled: Story = {
  args: { unstyled: true },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => {
    const shared = { colorScheme: args.colorScheme, dir: args.dir, locale: args.locale, postHref, tagHref };
    return (
      <StateBoard
        columns={2}
        states={[
          { name: 'Hero and excerpt', node: <PostCard {...shared} post={starter} /> },
          { name: 'Excerpt as text', node: <PostCard {...shared} post={levain} /> },
          { name: 'Excerpt with markup', node: <PostCard {...shared} post={levain} excerptComponent={PostExcerpt} /> },
          { name: 'No hero', node: <PostCard {...shared} post={gearing} /> },
          { name: 'Long title', node: <PostCard {...shared} post={longTitled} /> },
          { name: 'Many tags', node: <PostCard {...shared} post={manyTagged} /> },
          { name: 'Dark', node: <PostCard {...shared} post={tidePools} colorScheme="dark" /> },
          { name: 'RTL (Persian)', node: <PostCard {...shared} post={persianSummary} locale="fa-IR" labels={persianLabels} /> },
        ]}
      />
    );
  },
};
