import { describe, expect, it } from 'vitest';
import { parsePost } from '../parse/parse-post.js';

const md = '---\ntitle: Bread\n---\n\nIt rises.\n\n![A loaf on a rack](/loaf.png "Cooling after the bake")\n\nInline ![crumb](/crumb.png "a crumb") here.\n\n![No title](/plain.png)\n';
const elements = (post: ReturnType<typeof parsePost>) => post.intro.children.filter((c) => c.type === 'element');

describe('the imageCaptions parse option', () => {
  describe('when it is on', () => {
    it('turns an image alone in its paragraph with a title into a figure captioned by the title', () => {
      const [, figure] = elements(parsePost(md, { imageCaptions: true }));
      expect(figure).toMatchObject({
        tagName: 'figure',
        children: [
          { tagName: 'img', properties: { src: '/loaf.png', alt: 'A loaf on a rack' } },
          { tagName: 'figcaption', children: [{ type: 'text', value: 'Cooling after the bake' }] },
        ],
      });
      expect((figure as { children: { properties?: object }[] }).children[0].properties).not.toHaveProperty('title');
    });

    it('leaves an inline image and an image with no title in their paragraphs', () => {
      const tags = elements(parsePost(md, { imageCaptions: true })).map((e) => (e as { tagName: string }).tagName);
      expect(tags).toEqual(['p', 'figure', 'p', 'p']);
    });
  });

  describe('when raw HTML is sanitized', () => {
    it('still makes the figure, which runs after the sanitizer', () => {
      const tags = elements(parsePost(md, { imageCaptions: true, html: 'sanitize' })).map((e) => (e as { tagName: string }).tagName);
      expect(tags).toEqual(['p', 'figure', 'p', 'p']);
    });
  });

  describe('when it is off (the default)', () => {
    it('keeps every image in its paragraph, title included', () => {
      const [, p] = elements(parsePost(md));
      expect(p).toMatchObject({ tagName: 'p', children: [{ tagName: 'img', properties: { title: 'Cooling after the bake' } }] });
    });
  });
});
