import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';

import { ActiveTableOfContents, SectionList, darkColors } from '../src/index.js';
import type { ActiveTableOfContentsProps, Post } from '../src/index.js';
import { snippet } from './helpers.js';
import { persianLabels } from './labels.js';
import { explainer, persian } from './posts.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = ActiveTableOfContentsProps & ThemeArgs;

/**
 * The TOC beside the sections it points to, as in a post page: the TOC sticks to the top while the
 * sections scroll. Space after the last section lets every heading reach the top of the viewport.
 */
function PageWithToc({ post, ...props }: ActiveTableOfContentsProps & { post: Post }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, 15rem) minmax(0, 1fr)', gap: '2rem', alignItems: 'start' }}>
      <ActiveTableOfContents {...props} toc={post.toc} style={{ position: 'sticky', top: '1rem', ...props.style }} />
      <div>
        <SectionList sections={post.sections} colorScheme={props.colorScheme} theme={props.theme} dir={props.dir} labels={props.labels} />
        <div style={{ blockSize: '100vh' }} />
      </div>
    </div>
  );
}

/** Scrolls a heading to the top, as a reader would, and waits for its link to become the current one. */
async function scrollTo(canvasElement: HTMLElement, entry: { id: string; title: string }, navName = 'On this page') {
  const nav = within(canvasElement).getByRole('navigation', { name: navName });
  canvasElement.ownerDocument.getElementById(entry.id)!.scrollIntoView({ block: 'start' });
  const link = within(nav).getByRole('link', { name: entry.title });
  await waitFor(() => expect(link).toHaveAttribute('aria-current', 'location'), { timeout: 5000 });
  await expect(link).toHaveAttribute('data-active');
  // Exactly one entry is current.
  await expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1);
}

const meta = {
  title: 'Components/ActiveTableOfContents',
  component: ActiveTableOfContents,
  args: { toc: explainer.toc },
  argTypes: {
    ...themeArgTypes,
    toc: { control: false },
    offset: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir'],
    docs: {
      description: {
        component:
          "TableOfContents that follows the reader: the link of the heading in view gets `aria-current=\"location\"` and `data-active`. The kit's only client component (`'use client'`); on the server and before hydration it renders the plain TableOfContents. Pass it to PostLayout as `tocComponent`.",
      },
      source: { type: 'dynamic', transform: snippet<Args>('ActiveTableOfContents', applyThemeArgs) },
    },
  },
  render: (args) => <PageWithToc post={explainer} {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

// Headings the plays scroll to: each is followed by enough text that the next heading stays below
// the activation line (a quarter down the viewport) once it is at the top.
const tidalBores = explainer.sections[1].items[explainer.sections[1].items.length - 1];
const conclusion = explainer.sections[explainer.sections.length - 1];

/** Scroll the sections: the entry of the heading you reach is highlighted. The play function scrolls to an item, then to the last section. */
export const FollowsScroll: Story = {
  name: 'Follows the scroll',
  play: async ({ canvasElement }) => {
    await scrollTo(canvasElement, tidalBores);
    await scrollTo(canvasElement, conclusion);
  },
};

export const Dark: Story = {
  args: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => scrollTo(canvasElement, conclusion),
};

export const RtlPersian: Story = {
  name: 'RTL (Persian)',
  args: { dir: 'rtl', labels: persianLabels },
  render: (args) => <PageWithToc post={persian} lang="fa" {...applyThemeArgs(args)} toc={persian.toc} />,
  play: async ({ canvasElement }) => scrollTo(canvasElement, persian.toc[persian.toc.length - 1], persianLabels.tableOfContents),
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { theme: paperTheme },
  play: async ({ canvasElement }) => scrollTo(canvasElement, tidalBores),
};

export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => scrollTo(canvasElement, conclusion),
};

/** Two ways to show the same position: the default TOC and a dark, sections-only one. */
export const AllStates: Story = {
  name: 'All states',
  render: (args) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, 14rem) minmax(10rem, 14rem) minmax(0, 1fr)', gap: '1.5rem', alignItems: 'start' }}>
      <ActiveTableOfContents toc={explainer.toc} colorScheme={args.colorScheme} dir={args.dir} style={{ position: 'sticky', top: '1rem' }} />
      {/* A dark component lies on the page: here, a dark page of its own. */}
      <div style={{ position: 'sticky', top: '1rem', background: darkColors.background, colorScheme: 'dark', padding: '0.75rem' }}>
        <ActiveTableOfContents toc={explainer.toc} colorScheme="dark" dir={args.dir} maxDepth={2} aria-label="Sections" />
      </div>
      <div>
        <SectionList sections={explainer.sections} colorScheme={args.colorScheme} dir={args.dir} />
        <div style={{ blockSize: '100vh' }} />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await scrollTo(canvasElement, conclusion);
    await scrollTo(canvasElement, conclusion, 'Sections');
  },
};
