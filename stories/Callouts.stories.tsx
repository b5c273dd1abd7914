import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { MarkdownContent, PostLayout, directivesFeature } from '../src/index.js';
import { parsePost } from '../src/parse/index.js';
import type { PostLayoutProps } from '../src/index.js';
import { StateBoard } from './helpers.js';
import { germanLabels, persianLabels } from './labels.js';

const alerts = `> [!NOTE]
> Heights are in metres above chart datum.

> [!TIP]
> Compare the high-water times first.

> [!IMPORTANT]
> Constants only hold for the port they were measured at.

> [!WARNING]
> Storm surge is not in the model.

> [!CAUTION]
> Never plan a crossing on a predicted height alone.

:::info
The constituent speeds are the same everywhere.
:::

:::danger[Shallow water]
Estuaries need shallow-water constituents too.
:::`;

const persianAlerts = `> [!NOTE]
> ارتفاع‌ها بر حسب متر از سطح مبنای نقشه است.

> [!WARNING]
> موج طوفان در این مدل نیست.

:::tip
زمان‌های مد کامل را اول مقایسه کنید.
:::`;

const post = (body: string, slugPrefix = '') => parsePost(`---\ntitle: Callouts\n---\n\n${body}\n`, { slugPrefix });

type Story = StoryObj<typeof meta>;

const meta = {
  title: 'Components/Callouts',
  component: PostLayout,
  args: { post: post(alerts), toc: 'none' },
  argTypes: { post: { control: false } },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'GitHub alerts (`> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]`) and the `:::note` / `:::tip` / `:::info` / `:::warning` / `:::danger` directives of Docusaurus and Starlight become callouts: `role="note"`, a visible title from `labels` that names the kind, and a bar in the kind’s colour.',
      },
    },
  },
} satisfies Meta<PostLayoutProps>;

export default meta;

export const EveryKind: Story = {
  play: async ({ canvasElement }) => {
    const notes = within(canvasElement).getAllByRole('note');
    await expect(notes).toHaveLength(7);
  },
};
export const Dark: Story = { args: { colorScheme: 'dark' } };
export const RightToLeft: Story = { args: { post: post(persianAlerts), dir: 'rtl', labels: persianLabels } };
export const TranslatedTitles: Story = { args: { labels: germanLabels } };
/**
 * At run time: GitHub alerts work as they are; the `:::` containers need the directive syntax passed
 * in (`features={[directivesFeature]}`), so a page that renders markdown without them does
 * not download their parser.
 */
export const InMarkdownContent: Story = {
  render: () => <MarkdownContent features={[directivesFeature]}>{alerts}</MarkdownContent>,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('note')).toHaveLength(7);
  },
};

export const AllStates: Story = {
  render: () => (
    <StateBoard
      states={[
        { name: 'Light', node: <PostLayout post={post(alerts, 'l-')} toc="none" colorScheme="light" /> },
        { name: 'Dark', node: <PostLayout post={post(alerts, 'd-')} toc="none" colorScheme="dark" /> },
        { name: 'Right to left', node: <PostLayout post={post(persianAlerts, 'r-')} toc="none" dir="rtl" labels={persianLabels} /> },
      ]}
    />
  ),
};
