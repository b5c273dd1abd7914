import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { JsonLd } from '../src/index.js';
import type { JsonLdProps } from '../src/index.js';
import { blogJsonLd, postJsonLd } from '../src/seo/index.js';
import { explainer, technical } from './posts.js';
import { fallbackPost, storySite } from './seo.js';

/** The script is invisible; the story shows its text as a search engine reads it. */
function Listing(props: JsonLdProps) {
  return (
    <figure style={{ margin: 0 }}>
      <JsonLd {...props} />
      <figcaption style={{ font: '600 0.8rem system-ui, sans-serif', marginBottom: '0.5rem' }}>
        &lt;script type=&quot;application/ld+json&quot;&gt;, pretty-printed
      </figcaption>
      {/* Long values wrap, so the listing never scrolls (a scrolling region would have to take focus). */}
      <pre style={{ font: '0.8rem/1.4 ui-monospace, monospace', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}>{JSON.stringify(props.data, null, 2)}</pre>
    </figure>
  );
}

const meta = {
  title: 'Components/JsonLd',
  component: JsonLd,
  args: { data: postJsonLd(explainer, storySite) },
  argTypes: { data: { control: 'object' } },
  parameters: {
    docs: {
      description: {
        component:
          'A `<script type="application/ld+json">` for `postJsonLd(post, site)` or `blogJsonLd(site, posts)`. The JSON is written with `<`, `>`, `&`, U+2028 and U+2029 escaped, so no value can end the script element — the one place the kit sets inner HTML.',
      },
    },
  },
  render: (args) => <Listing {...args} />,
} satisfies Meta<JsonLdProps>;

export default meta;
type Story = StoryObj<typeof meta>;

const scriptJson = (el: HTMLElement) => JSON.parse(el.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null');

export const BlogPosting: Story = {
  play: async ({ canvasElement }) => {
    const ld = scriptJson(canvasElement);
    await expect(ld.headline).toBe(explainer.title);
    await expect(ld['@type']).toBe('BlogPosting');
  },
};

/** A team author is an `Organization`; a post without description or hero is described by its excerpt and its first image. */
export const OrganizationAndFallbacks: Story = {
  name: 'Organization author, no description or hero',
  args: { data: postJsonLd(fallbackPost, storySite) },
  play: async ({ canvasElement }) => {
    const text = canvasElement.querySelector('pre')!.textContent!;
    await expect(text).toContain('"@type": "Organization"');
    await expect(text).toContain('"url": "https://example.org/blog/posts/herons-at-dawn/heron.jpg"');
  },
};

export const Blog: Story = {
  name: 'Blog (index page)',
  args: { data: blogJsonLd(storySite, [explainer, technical]) },
};

export const HostileTitle: Story = {
  name: 'Hostile title',
  args: { data: postJsonLd({ ...explainer, title: '</script><script>alert(1)</script>' }, storySite) },
  play: async ({ canvasElement }) => {
    const script = canvasElement.querySelector('script[type="application/ld+json"]')!;
    await expect(script.innerHTML).toContain('\\u003c/script\\u003e');
    await expect(scriptJson(canvasElement).headline).toBe('</script><script>alert(1)</script>');
    await expect(canvasElement.querySelectorAll('script')).toHaveLength(1);
  },
};
