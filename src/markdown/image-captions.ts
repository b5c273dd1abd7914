/**
 * Image captions: a paragraph that holds only an image with a title (`![alt](src "title")`) becomes
 * `<figure><img><figcaption>title</figcaption></figure>`, after any sanitizing. `parsePost` does it
 * once, so the Post carries the figure and rendering costs nothing; `MarkdownContent` when its page
 * passes `imageCaptionsFeature`.
 */
import type { Element, Nodes, Root } from 'hast';
import { eachNode } from '../core/walk.js';
import type { MarkdownFeature } from './feature.js';

/** rehype plugin: an image alone in its paragraph, with a title, becomes a captioned figure. */
function rehypeImageCaptions() {
  return (tree: Root) => {
    eachNode<Nodes>(tree, (node, index, parent) => {
      if (node.type !== 'element' || node.tagName !== 'p') return;
      const [img, more] = node.children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
      if (more || img?.type !== 'element' || img.tagName !== 'img') return;
      const title = img.properties.title;
      if (typeof title !== 'string' || title.trim() === '') return;
      // The caption says it once; a tooltip repeating it would be read twice.
      const { title: _title, ...properties } = img.properties;
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: {},
        children: [
          { ...img, properties },
          { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title.trim() }] },
        ],
      };
      (parent as Root | Element).children[index] = figure;
    });
  };
}

/** Options of {@link imageCaptionsFeature}. */
export interface ImageCaptionsOptions {
  /** An image alone in its paragraph with a title (`![alt](src "title")`) becomes a `<figure>` captioned by the title. @default false */
  imageCaptions?: boolean;
}

/** Image captions as a feature. */
export const imageCaptionsFeature: MarkdownFeature<'image-captions', ImageCaptionsOptions> = {
  name: 'image-captions',
  options: { imageCaptions: true },
  plugins: (options) => (options.imageCaptions ? { rehype: [rehypeImageCaptions] } : undefined),
};
