/** Server side of the code-block page: the technical fixture parsed and rendered by the built package. */
import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { parsePost } from '../../../dist/parse.js';
import { PostLayout } from '../../../dist/index.js';

export function renderCodePage(fixture: string): { html: string; fences: string[] } {
  const source = readFileSync(fixture, 'utf8');
  const post = parsePost(source, { filename: 'tides.md', math: true });
  const body = renderToString(<PostLayout post={post} toc="none" />);
  const json = JSON.stringify(post).replace(/</g, '\\u003c');
  const fences = [...source.matchAll(/^```[^\n]*\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>code</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/styles.css"></head><body><div id="root">${body}</div><script type="application/json" id="post">${json}</script><script src="/client.js"></script></body></html>`;
  return { html, fences };
}
