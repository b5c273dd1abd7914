/** What bench/converter.mjs times, built twice: with the kit's hast → React converter and with hast-util-to-jsx-runtime's. */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { MarkdownContent, PostLayout, type Post } from '../src/index.js';
import { parsePost } from '../src/parse/index.js';

export { parsePost };

/** A post page's body: renderToString(<PostLayout post>) of a post parsed beforehand. */
export function renderPost(post: Post): string {
  return renderToString(createElement(PostLayout, { post }));
}

/** Run-time markdown: renderToString(<MarkdownContent>{text}</MarkdownContent>). */
export function renderText(text: string): string {
  return renderToString(createElement(MarkdownContent, null, text));
}
