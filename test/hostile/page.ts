/**
 * A whole HTML page made of every hostile vector, for the browser suite's canary check: load it in
 * a real browser, give handlers a chance to fire (focus, hover, load, error), then expect
 * `window.__pwned` to be undefined. Every executing payload in vectors.ts sets that canary.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { PostLayout } from '../../src/index.js';
import { HTML_MODES, hostileElements, parseVector } from './cases.js';
import { vectors } from './vectors.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** One rendered block of the page, for a browser test that wants to locate a vector. */
export interface HostilePageBlock {
  /** `parsePost/<mode>: <vector>` or the component case's name. */
  name: string;
  /** The server HTML of that case (or the refusal message, escaped, when the parser refused it). */
  html: string;
}

/** Every case rendered on the server: each vector in each raw-HTML mode, then the component cases. */
export function renderHostileBlocks(): HostilePageBlock[] {
  const blocks: HostilePageBlock[] = [];
  for (const html of HTML_MODES) {
    for (const v of vectors) {
      const parsed = parseVector(v, html);
      blocks.push({
        name: `parsePost/${html}: ${v.name}`,
        html: parsed.post
          ? renderToString(createElement(PostLayout, { post: parsed.post, metaProps: { tagHref: (tag: string) => tag } }))
          : `<p>refused: ${escapeHtml(String((parsed.error as Error)?.message))}</p>`,
      });
    }
  }
  for (const { name, element } of hostileElements()) blocks.push({ name, html: renderToString(element) });
  return blocks;
}

/**
 * The canary page: `<!doctype html>` with every block in a `<section data-vector="…">`. An optional
 * `head` string is inserted into `<head>` (e.g. the kit's stylesheet link).
 */
export function renderHostilePage(options: { head?: string } = {}): string {
  const body = renderHostileBlocks()
    .map((b) => `<section data-vector="${escapeHtml(b.name)}">\n${b.html}\n</section>`)
    .join('\n');
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>react-blog-kit hostile vectors</title>\n${options.head ?? ''}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
