// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parsePost } from '../parse/index.js';
import { DEFAULT_HTML, htmlPolicy } from './html.js';
import { rehypeKitSanitize } from './sanitize.js';

describe('htmlPolicy, the one place the raw-HTML option is decided', () => {
  describe('when no mode is given', () => {
    it('sanitizes on the parse path and shows HTML as text at run time', () => {
      expect(DEFAULT_HTML).toEqual({ parse: 'sanitize', runtime: 'escape' });
      expect(htmlPolicy(undefined, 'parse', rehypeKitSanitize).html).toBe('sanitize');
      expect(htmlPolicy(undefined, 'runtime', rehypeKitSanitize).html).toBe('escape');
    });
  });

  describe('when the mode is sanitize', () => {
    it('adds the sanitizer with the schema given', () => {
      const schema = { tagNames: ['p'] };
      expect(htmlPolicy('sanitize', 'runtime', rehypeKitSanitize, schema)).toEqual({ html: 'sanitize', sanitize: [[rehypeKitSanitize, { schema }]] });
    });

    it('shows the HTML as text when no sanitizer is given: raw HTML never renders unsanitized', () => {
      expect(htmlPolicy('sanitize', 'runtime')).toEqual({ html: 'escape', sanitize: [] });
      expect(htmlPolicy(undefined, 'parse')).toEqual({ html: 'escape', sanitize: [] });
    });
  });

  describe('when the mode is escape, skip or unknown', () => {
    it('adds no step, and leaves the raw nodes to the safety pass; an unknown mode shows the HTML as text', () => {
      expect(htmlPolicy('escape', 'parse', rehypeKitSanitize)).toEqual({ html: 'escape', sanitize: [] });
      expect(htmlPolicy('skip', 'parse', rehypeKitSanitize)).toEqual({ html: 'skip', sanitize: [] });
      expect(htmlPolicy('render', 'runtime', rehypeKitSanitize)).toEqual({ html: 'escape', sanitize: [] });
    });

    it('makes parsePost refuse an unknown mode, naming the option', () => {
      expect(() => parsePost('---\ntitle: T\n---\nHi <b>x</b>\n', { html: 'render' as never })).toThrow(
        'parsePost: options.html must be "sanitize", "escape" or "skip" (or undefined), received "render" (a string).',
      );
    });
  });
});
