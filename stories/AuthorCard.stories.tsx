import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { AuthorCard } from '../src/index.js';
import type { AuthorCardProps } from '../src/index.js';
import { StateBoard } from './helpers.js';
import { germanLabels, persianLabels } from './labels.js';
import { images } from './posts.js';
import { ines } from './summaries.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = AuthorCardProps & ThemeArgs;

const meta = {
  title: 'Components/AuthorCard',
  component: AuthorCard,
  args: { author: ines, avatarSize: 64 },
  argTypes: {
    ...themeArgTypes,
    author: { control: 'object' },
    headingLevel: { control: { type: 'select' }, options: [undefined, 2, 3, 4, 5, 6] },
    avatarSize: { control: { type: 'number', min: 16, max: 160 } },
    linkComponent: { control: false },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'An author from the post’s `authors` (an authors map fills bio and socials): avatar (decorative), name linking to `url`, bio and profile links. Place it in PostLayout’s `afterBody`.',
      },
    },
  },
  render: (args) => (
    <div style={{ maxInlineSize: '36rem' }}>
      <AuthorCard {...applyThemeArgs(args)} />
    </div>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Ines Varga' })).toHaveAttribute('href', 'https://example.com/ines');
    await expect(canvas.getByRole('list', { name: 'Profiles of Ines Varga' })).toBeInTheDocument();
  },
};

export const NameOnly: Story = {
  name: 'Name only',
  args: { author: { name: 'Tomasz Wrona' } },
};

export const AsHeading: Story = {
  name: 'Name as a heading',
  args: { headingLevel: 2 },
};

export const Dark: Story = {
  args: { colorScheme: 'dark' },
};

export const Rtl: Story = {
  name: 'RTL (Persian)',
  args: { author: { name: 'مریم احمدی', avatar: images.adaAvatar, bio: 'دربارهٔ دریا و ماه می‌نویسد.', socials: { website: 'https://example.com' } }, dir: 'rtl', lang: 'fa', labels: persianLabels },
};

export const GermanLabels: Story = {
  name: 'Labels in German',
  args: { labels: germanLabels },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list', { name: 'Profile von Ines Varga' });
    await expect(within(list).getByRole('link', { name: 'Website' })).toBeInTheDocument();
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
    const shared = { colorScheme: args.colorScheme, dir: args.dir };
    return (
      <StateBoard
        columns={2}
        states={[
          { name: 'Full', node: <AuthorCard {...shared} author={ines} /> },
          { name: 'Name only', node: <AuthorCard {...shared} author={{ name: 'Tomasz Wrona' }} /> },
          { name: 'Dark', node: <AuthorCard {...shared} author={{ ...ines, name: 'Ines Varga (dark)' }} colorScheme="dark" /> },
        ]}
      />
    );
  },
};
