import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { MarkdownContent, PostLayout } from '../src/index.js';
import { parsePost } from '../src/parse/index.js';
import type { PostLayoutProps } from '../src/index.js';
import { StateBoard } from './helpers.js';

/** A post made of one markdown body, titled by the story. */
const post = (title: string, body: string, slugPrefix = '') => parsePost(`---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`, { slugPrefix });

const fence = (info: string, code: string) => `\`\`\`${info}\n${code}\n\`\`\``;

const families = [
  fence('ts title="tide.ts"', 'export function height(t: number): number {\n  return 2.4 + 1.6 * Math.cos((28.98 * t - 112.5) * (Math.PI / 180));\n}'),
  fence('jsx', 'export const Tide = ({ metres }) => <p className="tide">{metres.toFixed(2)} m</p>;'),
  fence('python', 'def height(t: float) -> float:\n    """Metres above chart datum."""\n    return 2.4 + 1.6 * math.cos(math.radians(28.98 * t - 112.5))'),
  fence('rust', 'fn height(t: f64) -> f64 {\n    2.4 + 1.6 * ((28.98 * t - 112.5).to_radians()).cos()\n}'),
  fence('go', 'func Height(t float64) float64 {\n\treturn 2.4 + 1.6*math.Cos((28.98*t-112.5)*math.Pi/180)\n}'),
  fence('css', '.tide-table th {\n  color: var(--ink, #1f2328);\n  padding-inline: 0.5rem;\n}'),
  fence('html', '<table class="tide-table">\n  <tr><th>High water</th><td>06:12</td></tr>\n</table>'),
  fence('bash', 'curl -sS https://example.org/harbour.json | jq \'.parts | length\''),
  fence('json', '{ "port": "Brest", "mean": 4.21, "parts": ["M2", "S2", "N2"] }'),
  fence('yaml', 'port: Brest\nparts:\n  - M2 # principal lunar\n  - S2'),
  fence('sql', 'SELECT port, max(height) AS spring_high FROM tides GROUP BY port;'),
  fence('diff', '- mean: 4.12\n+ mean: 4.21'),
].join('\n\n');

const samples = {
  families: post('Each language family', families),
  title: post('A file name', fence('ts title="predict.ts"', "export const M2 = { speed: 28.984, phase: 112.5 };")),
  lines: post('Highlighted lines', fence('ts {2,4-5}', 'const parts = load();\nlet h = mean;\nfor (const c of parts) {\n  h += c.amplitude * Math.cos(c.speed * t - c.phase);\n}\nreturn h;')),
  numbers: post('Line numbers', fence('python showLineNumbers', 'import json\n\nwith open("harbour.json") as f:\n    table = json.load(f)\n\nprint(len(table["parts"]))')),
  diff: post('Diff notation', fence('ts', "const toRad = Math.PI / 180;\nh += a * Math.cos((s * t - p) * Math.PI / 180); // [!code --]\nh += a * Math.cos((s * t - p) * toRad); // [!code ++]")),
  focus: post('Focus notation', fence('ts', "const parts = load();\nconst h = sum(parts, t); // [!code focus]\nconsole.log(h);")),
  long: post('A long line', fence('ts', `const constituents = ['M2', 'S2', 'N2', 'K2', 'K1', 'O1', 'P1', 'Q1', 'M4', 'MS4', 'MN4', 'M6', 'MK3', 'S4', 'MN4', '2N2', 'MU2', 'NU2', 'L2', 'T2'];`)),
  unknown: post('An unknown language', fence('tidescript', 'predict M2 S2 from 06:00 every 10min')),
};

type Story = StoryObj<typeof meta>;

const meta = {
  title: 'Components/CodeBlock',
  component: PostLayout,
  args: { post: samples.families, toc: 'none' },
  argTypes: { post: { control: false }, components: { control: false } },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'Code blocks are highlighted by `parsePost` (Shiki, at parse time): the post carries light and dark colours for every token, so the page ships no highlighter. Fence meta `title="…"`, `{1,3-5}` and `showLineNumbers`, the `// [!code ++]`, `--`, `highlight` and `focus` notations, a language label and a copy button that appears once hydrated.',
      },
    },
  },
} satisfies Meta<PostLayoutProps>;

export default meta;

export const LanguageFamilies: Story = {};
export const Title: Story = { args: { post: samples.title } };
export const HighlightedLines: Story = { args: { post: samples.lines } };
export const LineNumbers: Story = { args: { post: samples.numbers } };
export const Diff: Story = { args: { post: samples.diff } };
export const Focus: Story = { args: { post: samples.focus } };
export const LongLineOnAPhone: Story = { args: { post: samples.long }, decorators: [(Story) => <div style={{ maxInlineSize: 360 }}><Story /></div>] };
export const UnknownLanguage: Story = { args: { post: samples.unknown } };
export const Dark: Story = { args: { post: samples.families, colorScheme: 'dark' } };
export const Auto: Story = { args: { post: samples.diff, colorScheme: 'auto' } };
/**
 * Theme colours apply in every scheme, so a custom code background that must work in light and dark gives
 * both through CSS `light-dark()`: the kit sets `color-scheme` on its root, and the token colours follow.
 */
export const CustomCodeBackground: Story = {
  args: { post: samples.lines, theme: { colors: { codeBackground: 'light-dark(#fbf7ee, #1d1a14)' } } },
};
export const WithoutCopyButton: Story = { args: { post: samples.title, copyButton: false } };

const placement = post(
  'Where the copy button sits',
  [
    'With a file name, the button sits in the title bar:',
    fence('ts title="predict.ts"', 'export const M2 = { speed: 28.984, phase: 112.5, amplitude: 1.6 };'),
    'With a language only, in the bar beside the label:',
    fence('ts', 'const height = mean + parts.reduce((h, c) => h + c.amplitude * Math.cos(c.speed * t - c.phase), 0);'),
    'Without a bar, in a strip kept free above the first line:',
    fence('', 'predict M2 S2 from 06:00 every 10min until the harbour wall is dry'),
    'With line numbers and marked lines, with a file name and with a language only:',
    fence('ts title="tide.ts" {1} showLineNumbers', 'export function height(t: number): number {\n  return 2.4 + 1.6 * Math.cos((28.98 * t - 112.5) * (Math.PI / 180));\n}'),
    fence('python {2} showLineNumbers', 'with open("harbour.json") as f:\n    table = json.load(f)  # every constituent of the harbour, by name'),
  ].join('\n\n'),
);

/**
 * The copy button never lies over code: in the title bar when the block has one (a file name or a
 * language), else in a strip kept free above the first line. Shown at phone width in the visual
 * baselines, light and dark.
 */
export const CopyButtonPlacement: Story = {
  name: 'Copy button placement',
  args: { post: placement },
  play: async ({ canvasElement }) => {
    const buttons = await within(canvasElement).findAllByRole('button', { name: 'Copy code' });
    await expect(buttons).toHaveLength(5);
  },
};

/**
 * `MarkdownContent` with `copyButton` and no highlighter: plain `<pre>` blocks with no bar, so the
 * button sits in the strip kept free above the first line.
 */
export const CopyButtonInMarkdownContent: Story = {
  name: 'Copy button in MarkdownContent',
  render: (args) => (
    <MarkdownContent copyButton colorScheme={args.colorScheme} dir={args.dir}>
      {['Plain blocks, as `MarkdownContent` renders them without a highlighter:', fence('', 'predict M2 S2 from 06:00 every 10min until the harbour wall is dry'), fence('ts', 'const height = mean + parts.reduce((h, c) => h + c.amplitude * Math.cos(c.speed * t - c.phase), 0);')].join('\n\n')}
    </MarkdownContent>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findAllByRole('button', { name: 'Copy code' })).toHaveLength(2);
  },
};

export const CopyButtonCopies: Story = {
  args: { post: samples.title },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: 'Copy code' });
    await expect(button).toBeVisible();
    await userEvent.click(button);
    // The clipboard may be refused in a story frame; the status region still exists and is polite.
    await waitFor(() => expect(canvas.getByRole('status')).toBeInTheDocument());
  },
};

export const AllStates: Story = {
  render: () => (
    <StateBoard
      states={[
        { name: 'Title, light', node: <PostLayout post={post('Title', fence('ts title="predict.ts"', 'export const M2 = 28.984;'), 'a-')} toc="none" /> },
        { name: 'Diff, dark', node: <PostLayout post={post('Diff', fence('ts', 'old(); // [!code --]\nnew(); // [!code ++]'), 'b-')} toc="none" colorScheme="dark" /> },
        { name: 'Line numbers and marks, auto', node: <PostLayout post={post('Marks', fence('ts {2} showLineNumbers', 'a();\nb();\nc();'), 'c-')} toc="none" colorScheme="auto" /> },
        { name: 'Unknown language, right to left', node: <PostLayout post={post('RTL', fence('tidescript', 'predict M2'), 'd-')} toc="none" dir="rtl" /> },
      ]}
    />
  ),
};
