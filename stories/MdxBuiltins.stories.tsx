import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';

import { PostLayout } from '../src/index.js';
import type { PostLayoutProps } from '../src/index.js';
import { parsePost } from '../src/parse/index.js';
import { StateBoard } from './helpers.js';
import { germanLabels } from './labels.js';

const body = `Components a post written for Docusaurus or Nextra uses most, rendered by the kit when the host maps none.

<Note>
  Heights are in metres above chart datum.
</Note>

<Tip>Compare the high-water times first.</Tip>

<Warning>
  Storm surge is not in the model.
</Warning>

<Admonition type="danger" title="Shallow water">
  Estuaries need shallow-water constituents too.
</Admonition>

<Tabs groupId="units">
  <TabItem value="metric" label="Metres" default>
    The range at springs is **4.2 m**.
  </TabItem>
  <TabItem value="imperial" label="Feet">
    The range at springs is **13.8 ft**.
  </TabItem>
</Tabs>

<details>
  <summary>Why two tides a day?</summary>

  The Moon pulls the near side of the Earth and leaves the far side behind.
</details>
`;

const post = (slugPrefix = '') => parsePost(`---\ntitle: Built-in MDX components\n---\n\n${body}`, { filename: 'built-ins.mdx', slugPrefix });

/** A host's own callout, mapped by name: it gets the post's props and the body, not the kit's title. */
function HostNote({ children }: { children?: ReactNode }) {
  return (
    <aside style={{ border: '2px dashed currentColor', padding: '0.5em 1em', marginBlockEnd: '1em' }} aria-label="Host note">
      {children}
    </aside>
  );
}

type Story = StoryObj<typeof meta>;

const meta = {
  title: 'Components/MDX built-ins',
  component: PostLayout,
  args: { post: post(), toc: 'none' },
  argTypes: { post: { control: false } },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'An `.mdx` post’s `<Note>`, `<Tip>`, `<Info>`, `<Warning>`, `<Caution>`, `<Danger>`, `<Important>` and `<Admonition type title>` become the kit’s callouts; `<Tabs>` / `<TabItem>` become tabs (every panel shows under its label until JavaScript runs); `<details>` works as HTML. A name in `components` replaces the built-in.',
      },
    },
  },
} satisfies Meta<PostLayoutProps>;

export default meta;

export const Unmapped: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('note')).toHaveLength(4);
    const tabs = await canvas.findAllByRole('tab');
    await expect(tabs.map((tab) => tab.textContent)).toEqual(['Metres', 'Feet']);
    tabs[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(tabs[1]).toHaveFocus();
    await expect(canvas.getByRole('tabpanel')).toHaveTextContent('13.8 ft');
  },
};
export const Dark: Story = { args: { colorScheme: 'dark' } };
export const TranslatedTitles: Story = { args: { labels: germanLabels } };
export const HostMapsNote: Story = {
  args: { components: { Note: HostNote } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('complementary', { name: 'Host note' })).toHaveTextContent(/^Heights are in metres above chart datum\.$/);
    await expect(canvas.getAllByRole('note')).toHaveLength(3);
  },
};

export const AllStates: Story = {
  render: () => (
    <StateBoard
      states={[
        { name: 'Light', node: <PostLayout post={post('l-')} toc="none" colorScheme="light" /> },
        { name: 'Dark', node: <PostLayout post={post('d-')} toc="none" colorScheme="dark" /> },
        { name: 'Host maps Note', node: <PostLayout post={post('h-')} toc="none" components={{ Note: HostNote }} /> },
      ]}
    />
  ),
};
