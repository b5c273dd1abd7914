import type { Meta, StoryObj } from '@storybook/react-vite';
import 'katex/dist/katex.min.css';

import { PostLayout } from '../src/index.js';
import { parsePost } from '../src/parse/index.js';
import type { PostLayoutProps } from '../src/index.js';

const body = `The height at time $t$ is a mean level $Z_0$ plus one cosine per constituent:

$$
h(t) = Z_0 + \\sum_{i=1}^{n} A_i \\cos\\left(\\omega_i t - \\varphi_i\\right)
$$

A long formula scrolls inside its own box on a narrow screen:

$$
h(t) = Z_0 + A_{M_2}\\cos(\\omega_{M_2} t - \\varphi_{M_2}) + A_{S_2}\\cos(\\omega_{S_2} t - \\varphi_{S_2}) + A_{N_2}\\cos(\\omega_{N_2} t - \\varphi_{N_2}) + A_{K_1}\\cos(\\omega_{K_1} t - \\varphi_{K_1})
$$`;

const post = parsePost(`---\ntitle: Math\n---\n\n${body}\n`, { math: true });

type Story = StoryObj<typeof meta>;

const meta = {
  title: 'Components/Math',
  component: PostLayout,
  args: { post, toc: 'none' },
  argTypes: { post: { control: false } },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          '`parsePost(source, { math: true })` typesets `$…$` and `$$…$$` with KaTeX at parse time: MathML for screen readers and KaTeX’s HTML, which needs `import \'katex/dist/katex.min.css\'` in the page. Display math scrolls in its own focusable box.',
      },
    },
  },
} satisfies Meta<PostLayoutProps>;

export default meta;

export const InlineAndDisplay: Story = {};
export const Dark: Story = { args: { colorScheme: 'dark' } };
export const OnAPhone: Story = { decorators: [(Story) => <div style={{ maxInlineSize: 360 }}><Story /></div>] };
