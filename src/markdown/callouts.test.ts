import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../theme/contrast.js';
import { darkColors, lightColors } from '../theme/tokens.js';
import { remarkKitCallouts } from './callouts.js';
import { remarkKitDirectives } from './directives.js';

function html(markdown: string): string {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkKitDirectives).use(remarkKitCallouts).use(remarkRehype);
  return toHtml(processor.runSync(processor.parse(markdown), markdown) as Root);
}

const callout = (kind: string, title: string, body: string, label = true) =>
  `<div role="note" data-slot="callout" data-callout="${kind}">\n<p data-slot="callout-title"${label ? ` data-callout-label="${kind}"` : ''}>${title}</p>\n${body}\n</div>`;

describe('remarkKitCallouts', () => {
  describe('when a quote starts with a GitHub alert marker', () => {
    it.each([
      ['NOTE', 'note', 'Note'],
      ['TIP', 'tip', 'Tip'],
      ['IMPORTANT', 'important', 'Important'],
      ['WARNING', 'warning', 'Warning'],
      ['CAUTION', 'caution', 'Caution'],
    ])('renders [!%s] as a %s callout titled %s', (marker, kind, title) => {
      expect(html(`> [!${marker}]\n> Slack water lasts minutes.`)).toBe(callout(kind, title, '<p>Slack water lasts minutes.</p>'));
    });

    it('keeps every paragraph and the inline markup of the body', () => {
      expect(html('> [!tip]\n> Use **neap** tides.\n>\n> Second.')).toBe(callout('tip', 'Tip', '<p>Use <strong>neap</strong> tides.</p>\n<p>Second.</p>'));
    });
  });

  describe('when the alert is not one', () => {
    it('leaves a marker with no body as a plain quote', () => {
      expect(html('> [!NOTE]')).toBe('<blockquote>\n<p>[!NOTE]</p>\n</blockquote>');
    });

    it('leaves a marker in a nested quote as a plain quote', () => {
      expect(html('> outer\n>\n> > [!NOTE]\n> > inner')).not.toContain('data-callout');
    });

    it('leaves an unknown kind and text after the marker on its line as a quote', () => {
      expect(html('> [!DANGER]\n> x')).toContain('<blockquote>');
      expect(html('> [!NOTE] same line\n> x')).toContain('<blockquote>');
    });
  });

  describe('when a container directive names a callout kind', () => {
    it.each([
      ['note', 'Note'],
      ['tip', 'Tip'],
      ['info', 'Info'],
      ['warning', 'Warning'],
      ['danger', 'Danger'],
      ['caution', 'Caution'],
      ['important', 'Important'],
    ])(':::%s renders as a callout titled %s', (kind, title) => {
      expect(html(`:::${kind}\nCheck the datum.\n:::`)).toBe(callout(kind, title, '<p>Check the datum.</p>'));
    });

    it('takes a written title from the label, which no label replaces', () => {
      expect(html(':::warning[Datum *shifts*]\nOld constants.\n:::')).toBe(callout('warning', 'Datum <em>shifts</em>', '<p>Old constants.</p>', false));
    });

    it('reads a title written after the kind without brackets, as Docusaurus does, outside code only', () => {
      expect(html(':::tip Pin the [version] first\nBody.\n:::')).toBe(callout('tip', 'Pin the [version] first', '<p>Body.</p>', false));
      expect(html('```md\n:::tip Not a title\n```')).toContain(':::tip Not a title');
      // Another directive keeps the syntax it has: its title must be in brackets.
      expect(html(':::details More\nBody.\n:::')).toContain(':::details More');
    });

    it('renders an empty one with its title alone', () => {
      expect(html(':::note\n:::')).toBe('<div role="note" data-slot="callout" data-callout="note">\n<p data-slot="callout-title" data-callout-label="note">Note</p>\n</div>');
    });
  });

  describe('when directive syntax is not a callout', () => {
    it('keeps text directives as the text written', () => {
      expect(html('A ratio of 16:nine, at 10:30, see :abbr[HTML]{title="x"}.')).toBe('<p>A ratio of 16:nine, at 10:30, see :abbr[HTML]{title="x"}.</p>');
    });

    it('leaves GFM autolinks after a colon alone (mailto:, a word before a colon)', () => {
      expect(html('Write to mailto:ada@example.org, or note:this.')).toBe(
        '<p>Write to mailto:<a href="mailto:ada@example.org">ada@example.org</a>, or note:this.</p>',
      );
    });

    it('keeps a leaf directive as a paragraph of its text', () => {
      expect(html('::youtube[Video]{#abc}')).toBe('<p>::youtube[Video]{#abc}</p>');
    });

    it('keeps an unknown container as its fences around its content', () => {
      expect(html(':::details\nInside *here*.\n:::')).toBe('<p>:::details</p>\n<p>Inside <em>here</em>.</p>\n<p>:::</p>');
    });
  });
});

describe('the callout colours in styles', () => {
  const css = readFileSync(path.resolve(__dirname, '../styles/callouts.css'), 'utf8');
  const block = (scheme: 'light' | 'dark') =>
    scheme === 'light' ? css.slice(0, css.indexOf("[data-color-scheme='dark']")) : css.slice(css.indexOf("[data-color-scheme='dark']"), css.indexOf('@media'));

  describe.each([
    ['light', lightColors],
    ['dark', darkColors],
  ] as const)('when the scheme is %s', (scheme, palette) => {
    const colours = [...block(scheme).matchAll(/--rbk-color-(\w+): (#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]] as const);

    it('declares one colour a kind', () => {
      expect(colours.map(([name]) => name)).toEqual(['note', 'tip', 'important', 'warning', 'caution']);
    });

    it.each(['background', 'surface'] as const)('draws every title at 4.5:1 or more on the %s', (where) => {
      for (const [name, colour] of colours) expect(contrastRatio(colour, palette[where]), `${name} ${colour}`).toBeGreaterThanOrEqual(4.5);
    });

    it('repeats its values in the auto block', () => {
      if (scheme === 'light') return;
      const auto = css.slice(css.indexOf('@media'));
      for (const [name, colour] of colours) expect(auto).toContain(`--rbk-color-${name}: ${colour};`);
    });
  });
});
