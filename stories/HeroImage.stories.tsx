import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentPropsWithoutRef } from 'react';
import { expect, waitFor, within } from 'storybook/test';

import { HeroImage } from '../src/index.js';
import type { HeroImageProps } from '../src/index.js';
import { StateBoard, snippet } from './helpers.js';
import { images, tidesImage } from './posts.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = HeroImageProps & ThemeArgs;

const alt = tidesImage.alt!;
const gardenAlt = 'نقشه‌ی یک چهارباغ: دو جوی آب که همدیگر را در میانه‌ی باغ قطع می‌کنند';

/** Waits until the frame reports the failed image, then checks the alt text is what the reader sees. */
async function expectFallback(canvasElement: HTMLElement, text: string) {
  const canvas = within(canvasElement);
  const frame = canvasElement.querySelector('[data-slot="hero-frame"]');
  await waitFor(() => expect(frame).toHaveAttribute('data-error'), { timeout: 5000 });
  await expect(canvas.getByText(text, { selector: '[data-slot="hero-fallback"]' })).toBeVisible();
}

const meta = {
  title: 'Components/HeroImage',
  component: HeroImage,
  args: { src: tidesImage.src, alt, width: 1200, height: 630 },
  argTypes: {
    ...themeArgTypes,
    caption: { control: 'text' },
    imageComponent: { control: false },
    aspectRatio: { control: 'text' },
    loading: { control: { type: 'inline-radio' }, options: ['eager', 'lazy'] },
    fetchPriority: { control: { type: 'inline-radio' }, options: ['high', 'low', 'auto'] },
    decoding: { control: { type: 'inline-radio' }, options: ['async', 'sync', 'auto'] },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir'],
    docs: {
      description: {
        component:
          'The hero `<figure>`: the box is reserved before the image loads (from `width`/`height` or `aspectRatio`), the image is eager and high priority by default, and a failed image leaves its alt text on a neutral surface. Usually rendered by PostLayout from `post.heroImage`.',
      },
      source: { type: 'dynamic', transform: snippet<Args>('HeroImage', applyThemeArgs) },
    },
  },
  render: (args) => <HeroImage {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The file is there but is not an image: the reserved box shows the alt text instead of a broken-image icon. */
export const FailsToLoad: Story = {
  name: 'Hero that fails to load',
  args: { src: images.broken },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: alt })).toBeInTheDocument();
    await expectFallback(canvasElement, alt);
  },
};

/** A `javascript:` URL never reaches the DOM: no `<img>` at all, the alt text in its place. */
export const UnsafeSource: Story = {
  name: 'Unsafe URL',
  args: { src: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('img')).toBeNull();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expectFallback(canvasElement, alt);
  },
};

/** Adds nothing for a reader who cannot see it: `alt=""`, so screen readers skip it. */
export const Decorative: Story = {
  name: 'Decorative hero',
  args: { alt: undefined, decorative: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('img')).toBeNull();
    await expect(canvasElement.querySelector('img')).toHaveAttribute('alt', '');
  },
};

export const Caption: Story = {
  args: { caption: 'Spring tide under a full moon. Illustration made for this kit.' },
};

/** No intrinsic size known: `aspectRatio` reserves the box instead. */
export const AspectRatio: Story = {
  name: 'Aspect ratio instead of size',
  args: { width: undefined, height: undefined, aspectRatio: '21 / 9' },
};

/** A below-the-fold image: lazy, low priority. */
export const LazyLowPriority: Story = {
  name: 'Lazy, low priority',
  args: { loading: 'lazy', fetchPriority: 'low' },
};

/** Stands in for next/image or an Astro wrapper: the host's component receives the same props an img would. */
function HostImage(props: ComponentPropsWithoutRef<'img'>) {
  return <img {...props} data-host-image="" />;
}

export const HostImageComponent: Story = {
  name: 'Host image component',
  args: { imageComponent: HostImage, caption: 'Rendered through the host’s own image component.' },
  play: async ({ canvasElement }) => {
    const img = within(canvasElement).getByRole('img', { name: alt });
    await expect(img).toHaveAttribute('data-host-image');
    await expect(img).toHaveAttribute('width', '1200');
  },
};

export const Dark: Story = {
  args: { colorScheme: 'dark', caption: 'The caption follows the scheme.' },
};

export const DarkFailsToLoad: Story = {
  name: 'Dark, fails to load',
  args: { colorScheme: 'dark', src: images.broken },
  play: async ({ canvasElement }) => expectFallback(canvasElement, alt),
};

export const RtlPersian: Story = {
  name: 'RTL (Persian)',
  args: {
    src: images.gardenHero,
    alt: gardenAlt,
    dir: 'rtl',
    lang: 'fa',
    caption: 'طرح ساده‌ی یک چهارباغ، کشیده‌شده برای این نمونه.',
  },
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { theme: { ...paperTheme, radius: '1.5rem' }, caption: 'A larger radius and the paper palette.' },
};

export const Unstyled: Story = {
  args: { unstyled: true, caption: 'No kit classes: plain figure, img and figcaption.' },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => {
    const shared = { colorScheme: args.colorScheme, dir: args.dir, width: 1200, height: 630 };
    return (
      <StateBoard
        columns={2}
        states={[
          { name: 'Default', node: <HeroImage {...shared} src={tidesImage.src} alt={alt} /> },
          { name: 'Caption', node: <HeroImage {...shared} src={tidesImage.src} alt={alt} caption="Spring tide under a full moon." /> },
          { name: 'Fails to load', node: <HeroImage {...shared} src={images.broken} alt={alt} /> },
          { name: 'Decorative', node: <HeroImage {...shared} src={tidesImage.src} decorative /> },
          { name: 'Aspect ratio 21 / 9', node: <HeroImage {...shared} width={undefined} height={undefined} aspectRatio="21 / 9" src={images.streamingHero} alt="Curly braces riding a conveyor belt into a funnel" /> },
          { name: 'Dark', node: <HeroImage {...shared} colorScheme="dark" src={images.broken} alt={alt} caption="Fallback and caption in the dark palette." /> },
          { name: 'Custom theme', node: <HeroImage {...shared} theme={{ ...paperTheme, radius: '1.5rem' }} src={images.gardenHero} alt="A garden plan: two water channels crossing among four groups of trees" /> },
          { name: 'Unstyled', node: <HeroImage {...shared} unstyled src={tidesImage.src} alt={alt} caption="Plain figure." /> },
        ]}
      />
    );
  },
};
