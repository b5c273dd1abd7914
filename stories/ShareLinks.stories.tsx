import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { ShareLinks } from '../src/index.js';
import type { ShareLinksProps } from '../src/index.js';
import { postUrl } from '../src/seo/index.js';
import { StateBoard, snippet } from './helpers.js';
import { germanLabels, persianLabels } from './labels.js';
import { explainer, persian } from './posts.js';
import { storySite } from './seo.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = ShareLinksProps & ThemeArgs;

const url = postUrl(explainer, storySite)!;

const meta = {
  title: 'Components/ShareLinks',
  component: ShareLinks,
  args: { url, title: explainer.title },
  argTypes: {
    ...themeArgTypes,
    url: { control: 'text' },
    title: { control: 'text' },
    networks: { control: 'check', options: ['x', 'bluesky', 'mastodon', 'linkedin', 'hackernews', 'reddit', 'email'] },
    mastodonInstance: { control: 'text' },
    actions: { control: 'boolean' },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir'],
    docs: {
      description: {
        component:
          'Plain links that share the post on X, Bluesky, Mastodon, LinkedIn, Hacker News, Reddit and by e-mail: no third-party script, nothing loaded until a click. Once hydrated, "Copy link" and (where the browser has one) the share sheet join the list.',
      },
      source: { type: 'dynamic', transform: snippet<Args>('ShareLinks', applyThemeArgs) },
    },
  },
  render: (args) => <ShareLinks {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list', { name: 'Share this post' });
    await expect(within(list).getByRole('link', { name: 'Share on Bluesky' })).toHaveAttribute('href', expect.stringContaining('https://bsky.app/intent/compose?text='));
  },
};

export const Dark: Story = { args: { colorScheme: 'dark' } };

export const GermanLabels: Story = {
  name: 'German labels',
  args: { labels: germanLabels },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Per E-Mail teilen' })).toHaveTextContent('E-Mail');
  },
};

export const RtlPersian: Story = {
  name: 'Right to left (Persian)',
  args: { dir: 'rtl', lang: 'fa', labels: persianLabels, url: postUrl(persian, storySite), title: persian.title },
};

export const MastodonInstance: Story = {
  name: 'Own Mastodon instance',
  args: { networks: ['mastodon', 'bluesky'], mastodonInstance: 'mastodon.social' },
};

export const LinksOnly: Story = {
  name: 'Links only (no client buttons)',
  args: { actions: false },
};

export const CustomTheme: Story = { args: { theme: paperTheme } };

export const AllStates: Story = {
  name: 'All states',
  render: () => (
    <StateBoard
      states={[
        { name: 'Light', node: <ShareLinks url={url} title={explainer.title} /> },
        { name: 'Dark', node: <ShareLinks url={url} title={explainer.title} colorScheme="dark" /> },
        { name: 'German', node: <ShareLinks url={url} title={explainer.title} labels={germanLabels} /> },
        { name: 'Persian, right to left', node: <ShareLinks url={url} title={persian.title} dir="rtl" labels={persianLabels} /> },
        { name: 'Two networks', node: <ShareLinks url={url} title={explainer.title} networks={['hackernews', 'email']} actions={false} /> },
      ]}
    />
  ),
};
