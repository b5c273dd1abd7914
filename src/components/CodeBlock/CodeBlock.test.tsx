import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parsePost } from '../../parse/index.js';
import type { Post } from '../../post/index.js';
import { MarkdownContent } from '../MarkdownContent/MarkdownContent.js';
import { remarkKitDirectives } from '../../markdown/directives.js';
import { PostLayout } from '../PostLayout/PostLayout.js';
import { CopyButton, codeText } from './CopyButton.js';

// A whole post with KaTeX markup rendered in jsdom is slow on a shared machine; nothing here is timed.
vi.setConfig({ testTimeout: 30_000 });

const source = readFileSync(path.resolve(__dirname, '../../../test/fixtures/tides.md'), 'utf8');
let post: Post;
beforeAll(() => {
  post = parsePost(source, { filename: 'tides.md', math: true });
}, 60_000);

function mockClipboard() {
  const writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('code blocks of a parsed post', () => {
  describe('when PostLayout renders the technical fixture', () => {
    it('shows highlighted tokens with their light and dark colours', () => {
      const html = renderToString(<PostLayout post={post} />);
      expect(html).toContain('<span style="--shiki-light:#c4232f;--shiki-dark:#F97583">export interface</span>');
      expect(html).toMatch(/--shiki-light:#57606a;--shiki-dark:#959da5">\s*\/\/ metres/);
    });

    it('shows each file name and language label, marks the listed lines and asks for line numbers', () => {
      const { container } = render(<PostLayout post={post} />);
      const blocks = container.querySelectorAll('figure.rbk-code-block');
      expect([...blocks].map((b) => b.getAttribute('data-language'))).toEqual(['ts', 'json', 'ts', 'python', 'bash', 'tidescript']);
      expect(blocks[0].querySelector('.rbk-code-title')).toHaveTextContent('predict.ts');
      expect(blocks[0].querySelector('.rbk-code-language')).toHaveTextContent('ts');
      expect(blocks[0].querySelector('pre')).toHaveAttribute('data-line-numbers');
      expect([...blocks[0].querySelectorAll('.line.highlighted')].map((l) => l.textContent)).toEqual([
        '  speed: number; // degrees per hour',
        '  phase: number; // degrees',
        '}',
      ]);
      expect(blocks[2].querySelector('.line.diff.add')).toHaveTextContent('const speeds');
      expect(blocks[2].querySelector('.line.diff.remove')).toBeInTheDocument();
      expect(blocks[3].querySelector('.line.focused')).toHaveTextContent('table = json.load(f)');
      expect(blocks[5].querySelector('pre')).toHaveTextContent('predict M2 S2 from 06:00 every 10min');
      expect(blocks[5].querySelector('[style]')).toBeNull();
    });

    it('keeps every pre reachable by keyboard', () => {
      const { container } = render(<PostLayout post={post} />);
      for (const pre of container.querySelectorAll('pre')) expect(pre).toHaveAttribute('tabindex', '0');
    });

    it('renders the same HTML from the post after a JSON round trip', () => {
      expect(renderToString(<PostLayout post={JSON.parse(JSON.stringify(post))} />)).toBe(renderToString(<PostLayout post={post} />));
    });
  });

  describe('when the page is rendered on the server', () => {
    it('has no copy button until hydrated, so there is never a dead control', () => {
      const html = renderToString(<PostLayout post={post} />);
      expect(html).not.toContain('<button');
      expect(html).toContain('data-slot="code-frame"');
    });
  });

  describe('when the copy button runs in the browser', () => {
    it('copies the code as written: no line numbers, no diff marks, no notation comments', async () => {
      const writeText = mockClipboard();
      render(<PostLayout post={post} />);
      const buttons = screen.getAllByRole('button', { name: 'Copy code' });
      expect(buttons).toHaveLength(6);
      await act(async () => fireEvent.click(buttons[2]));
      expect(writeText).toHaveBeenCalledWith(
        [
          'const toRad = Math.PI / 180;',
          'const speeds = parts.map((c) => c.speed * toRad);',
          'for (const c of parts) h += c.amplitude * Math.cos((c.speed * t - c.phase) * toRad);',
          'for (let i = 0; i < parts.length; i++) h += amps[i] * Math.cos(speeds[i] * t - phases[i]);',
        ].join('\n'),
      );
    });

    it('announces "Copied" through a live region and shows it on the button', async () => {
      mockClipboard();
      render(<PostLayout post={post} />);
      const frame = screen.getAllByRole('button', { name: 'Copy code' })[0].closest('[data-slot="code-frame"]') as HTMLElement;
      expect(within(frame).getByRole('status')).toHaveTextContent('');
      await act(async () => fireEvent.click(within(frame).getByRole('button')));
      expect(within(frame).getByRole('status')).toHaveTextContent('Copied');
      expect(within(frame).getByRole('button')).toHaveTextContent('Copied');
    });

    it('copies the first block exactly', async () => {
      const writeText = mockClipboard();
      render(<PostLayout post={post} />);
      await act(async () => fireEvent.click(screen.getAllByRole('button', { name: 'Copy code' })[0]));
      const fence = /```ts title="predict.ts" \{4-6\} showLineNumbers\n([\s\S]*?)\n```/.exec(source)![1];
      expect(writeText).toHaveBeenCalledWith(fence);
    });

    it('takes its strings from labels', async () => {
      mockClipboard();
      render(<PostLayout post={post} labels={{ copyCode: 'Code kopieren', codeCopied: 'Kopiert' }} />);
      const button = screen.getAllByRole('button', { name: 'Code kopieren' })[0];
      await act(async () => fireEvent.click(button));
      expect(button).toHaveTextContent('Kopiert');
    });

    it('is left out with copyButton={false}', () => {
      render(<PostLayout post={post} copyButton={false} />);
      expect(screen.queryByRole('button')).toBeNull();
      expect(document.querySelector('[data-slot="code-frame"]')).toBeNull();
    });

    it('yields to a host pre override', () => {
      render(<PostLayout post={post} components={{ pre: (props) => <pre data-host="" {...props} /> }} />);
      expect(screen.queryByRole('button')).toBeNull();
      expect(document.querySelectorAll('pre[data-host]')).toHaveLength(6);
    });
  });

  describe('codeText', () => {
    it('leaves out what is marked data-copy-skip and the final newline', () => {
      const pre = document.createElement('pre');
      pre.innerHTML = '<code><span class="line"><span data-copy-skip>1</span>a &lt; b</span>\n<span class="line">c</span>\n</code>';
      expect(codeText(pre)).toBe('a < b\nc');
    });
  });

  describe('CopyButton on its own', () => {
    it('does nothing outside a code frame and never throws', async () => {
      const writeText = mockClipboard();
      render(<CopyButton />);
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy code' })));
      expect(writeText).not.toHaveBeenCalled();
    });
  });
});

describe('callouts of a parsed post', () => {
  const kinds = [
    ['note', 'Note'],
    ['tip', 'Tip'],
    ['important', 'Important'],
    ['warning', 'Datum shifts'],
    ['caution', 'Caution'],
    ['info', 'Info'],
    ['danger', 'Danger'],
  ];

  it('renders every kind as a note with a visible title in PostLayout', () => {
    const { container } = render(<PostLayout post={post} />);
    const callouts = [...container.querySelectorAll('[data-slot="callout"]')];
    const seen = callouts.map((c) => [c.getAttribute('data-callout'), c.querySelector('.rbk-callout-title')?.textContent]);
    for (const kind of kinds) expect(seen).toContainEqual(kind);
    for (const c of callouts) {
      expect(c).toHaveAttribute('role', 'note');
      expect(c).toHaveClass('rbk-callout');
    }
  });

  it('takes titles from labels, keeping a title the author wrote', () => {
    const { container } = render(<PostLayout post={post} labels={{ calloutNote: 'Hinweis', calloutWarning: 'Warnung', calloutDanger: 'Gefahr' }} />);
    const titles = [...container.querySelectorAll('[data-slot="callout-title"]')].map((t) => t.textContent);
    expect(titles).toContain('Hinweis');
    expect(titles).toContain('Warnung');
    expect(titles).toContain('Gefahr');
    expect(titles).toContain('Datum shifts');
    expect(titles).not.toContain('Note');
  });

  it('renders every kind the same way in MarkdownContent given the directive syntax', () => {
    const body = source.slice(source.indexOf('---', 4) + 3);
    const { container } = render(<MarkdownContent labels={{ calloutTip: 'Tipp' }} remarkPlugins={[remarkKitDirectives]}>{body}</MarkdownContent>);
    const seen = [...container.querySelectorAll('[data-slot="callout"]')].map((c) => [c.getAttribute('data-callout'), c.querySelector('[data-slot="callout-title"]')?.textContent]);
    for (const [kind, title] of kinds) expect(seen).toContainEqual([kind, kind === 'tip' ? 'Tipp' : title]);
  });

  it('drops the kit classes when unstyled, keeping roles and titles', () => {
    const { container } = render(<PostLayout post={post} unstyled />);
    expect(container.querySelector('.rbk-callout, .rbk-code-block, .rbk-copy-button')).toBeNull();
    expect(container.querySelector('[data-callout="tip"] [data-slot="callout-title"]')).toHaveTextContent('Tip');
  });
});

describe('math of a parsed post', () => {
  it('renders MathML and KaTeX HTML with math: true', () => {
    const { container } = render(<PostLayout post={post} />);
    expect(container.querySelectorAll('math').length).toBeGreaterThanOrEqual(4);
    const display = container.querySelector('.rbk-math-display') as HTMLElement;
    expect(display).toHaveAttribute('tabindex', '0');
    expect(display.querySelector('annotation')).toHaveTextContent('h(t) = Z_0 + \\sum_{i=1}^{n} A_i \\cos(\\omega_i t - \\varphi_i)');
  });

  it('leaves dollar signs as text without it', () => {
    const plain = parsePost(source, { filename: 'tides.md' });
    const html = renderToString(<PostLayout post={plain} />);
    expect(html).not.toContain('<math');
    expect(html).toContain('$$');
  });
});
