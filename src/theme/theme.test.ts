import { describe, expect, it, vi } from 'vitest';
import { contrastRatio } from './contrast.js';
import { themeToCssVariables } from './css-vars.js';
import { darkColors, defaultTheme, lightColors } from './tokens.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

describe('the built-in palettes', () => {
  describe.each([
    ['light', lightColors],
    ['dark', darkColors],
  ])('when the scheme is %s', (_name, c) => {
    it.each([
      ['text', 'background'],
      ['text', 'surface'],
      ['text', 'codeBackground'],
      ['muted', 'background'],
      ['muted', 'surface'],
      ['accent', 'background'],
      ['accent', 'surface'],
    ] as const)('%s on %s meets 4.5:1 (body text)', (fg, bg) => {
      expect(contrastRatio(c[fg], c[bg])).toBeGreaterThanOrEqual(4.5);
    });

    it('draws the focus ring (accent) at 3:1 or more against the background (UI)', () => {
      expect(contrastRatio(c.accent, c.background)).toBeGreaterThanOrEqual(3);
    });
  });

  it('are the values styles.css declares', () => {
    const css = readFileSync(path.resolve(__dirname, '../styles/base.css'), 'utf8');
    const kebab = (k: string) => k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
    for (const [key, value] of Object.entries(lightColors)) expect(css).toContain(`--rbk-color-${kebab(key)}: ${value};`);
    for (const [key, value] of Object.entries(darkColors)) expect(css).toContain(`--rbk-color-${kebab(key)}: ${value};`);
    const { fonts, colors: _colors, ...rest } = defaultTheme;
    expect(css).toContain(`--rbk-font-body: ${fonts.body};`);
    expect(css).toContain(`--rbk-font-mono: ${fonts.mono};`);
    for (const [key, value] of Object.entries(rest)) expect(css).toContain(`--rbk-${kebab(key)}: ${value};`);
  });
});

describe('contrastRatio', () => {
  it('computes WCAG ratios from hex and rgb()', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(255, 255, 255)', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('gives undefined for colours it cannot read', () => {
    expect(contrastRatio('var(--x)', '#fff')).toBeUndefined();
  });
});

describe('themeToCssVariables', () => {
  it('maps every token to its --rbk-* property', () => {
    expect(
      themeToCssVariables({
        colors: { text: '#111111', codeBackground: '#eeeeee' },
        fonts: { heading: 'Georgia', mono: 'Menlo' },
        fontSize: '18px',
        lineHeight: 1.6,
        radius: '4px',
        contentWidth: '40rem',
        spacing: '8px',
        blockSpacing: '3rem',
      }),
    ).toEqual({
      '--rbk-color-text': '#111111',
      '--rbk-color-code-background': '#eeeeee',
      '--rbk-font-heading': 'Georgia',
      '--rbk-font-mono': 'Menlo',
      '--rbk-font-size': '18px',
      '--rbk-line-height': '1.6',
      '--rbk-radius': '4px',
      '--rbk-content-width': '40rem',
      '--rbk-spacing': '8px',
      '--rbk-block-spacing': '3rem',
    });
  });

  it('ignores values of the wrong type', () => {
    expect(themeToCssVariables({ colors: { text: {} as never }, radius: null as never })).toEqual({});
  });

  describe('when a theme’s text on background is below 4.5:1', () => {
    it('warns in development, naming the pair and its ratio', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      themeToCssVariables({ colors: { text: '#999999', background: '#ffffff' } });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toMatch(/#999999.*#ffffff.*2\.85:1/);
    });

    it('checks a lone text colour against the scheme’s background', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      themeToCssVariables({ colors: { text: '#30363d' } }, 'dark');
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toContain(darkColors.background);
    });

    it('stays quiet in production', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      vi.stubEnv('NODE_ENV', 'production');
      try {
        themeToCssVariables({ colors: { text: '#aaaaaa', background: '#ffffff' } });
      } finally {
        vi.unstubAllEnvs();
      }
      expect(warn).not.toHaveBeenCalled();
    });
  });

  it('does not warn for a readable pair', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    themeToCssVariables({ colors: { text: '#222222', background: '#fafafa' } });
    expect(warn).not.toHaveBeenCalled();
  });
});
