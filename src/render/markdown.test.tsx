// @vitest-environment node
import type { Element } from 'hast';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { assembleChain, calloutsFeature, htmlPolicy } from '../markdown/runtime.js';
import { defaultLabels } from '../core/labels.js';
import { decoratePost } from './decorate.js';
import { renderMarkdown } from './markdown.js';

const chain = (source: string) => assembleChain({ slugPrefix: '' }, { features: [calloutsFeature], html: htmlPolicy('escape', 'runtime') }, source);

describe('renderMarkdown', () => {
  describe('when the chain runs cleanly', () => {
    it('renders the tree through the render pass: decorations, and the URL policy once per URL', () => {
      const text = '## Tides\n\n[moon](/moon) and [bad](javascript:alert(1))\n';
      const seen: string[] = [];
      const html = renderToStaticMarkup(
        renderMarkdown(text, chain(text), {
          labels: defaultLabels,
          decorate: decoratePost,
          urlTransform: (url) => (seen.push(url), url.startsWith('/') ? `https://x.test${url}` : ''),
        })!,
      );
      expect(html).toContain('<h2 id="tides">Tides</h2><a href="#tides" aria-label="Link to section: Tides"');
      expect(html).toContain('<a href="https://x.test/moon">moon</a>');
      expect(html).not.toContain('javascript:');
      expect(seen).toEqual(['/moon', 'javascript:alert(1)']);
    });

    it('hands each component its hast node, as react-markdown does', () => {
      const nodes: Element[] = [];
      const em = ({ node, ...props }: { node?: Element }) => (node && nodes.push(node), <i {...props} />);
      expect(renderToStaticMarkup(renderMarkdown('*sea*', chain('*sea*'), { labels: defaultLabels, components: { em } })!)).toBe('<p><i>sea</i></p>');
      expect(nodes).toMatchObject([{ type: 'element', tagName: 'em' }]);
    });
  });

  describe('when a plugin throws', () => {
    it('throws, for the calling component to report', () => {
      const broken = { ...chain('x'), rehypePlugins: [() => () => { throw new Error('plugin broke'); }] };
      expect(() => renderMarkdown('x', broken, { labels: defaultLabels })).toThrow('plugin broke');
    });
  });
});
