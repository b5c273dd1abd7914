/**
 * Server side of the hostile page: every vector of test/hostile/vectors.ts parsed with the default
 * (raw HTML escaped) and with the sanitizing opt-in, rendered with renderToString. Vectors the
 * parser refuses (PostParseError) are counted, not rendered.
 */
import { renderToString } from 'react-dom/server';
import { isPostParseError, parsePost } from '../../../dist/parse.js';
import { toPost, vectors } from '../../hostile/vectors.js';
import { HostilePost, type HostileItem } from './post.js';

const MODES = ['escape', 'sanitize'] as const;

export function renderHostilePage(): { html: string; vectors: number; rendered: number; refused: string[] } {
  const items: HostileItem[] = [];
  const refused: string[] = [];
  vectors.forEach((vector, index) => {
    for (const html of MODES) {
      const id = `v${index}-${html}`;
      try {
        const post = parsePost(toPost(vector), { html, slugPrefix: `${id}-` });
        items.push({ id, name: `${vector.name} (${html})`, post, markdown: vector.markdown, html });
      } catch (error) {
        if (!isPostParseError(error)) throw error;
        refused.push(`${vector.name} (${html})`);
      }
    }
  });
  const body = items
    .map((item) => `<section class="vector" data-name="${escapeAttr(item.name)}"><div id="${item.id}">${renderToString(<HostilePost item={item} />)}</div></section>`)
    .join('\n');
  // JSON inside a script element: escape what could close it or start markup.
  const data = JSON.stringify(items).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Hostile vectors</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/styles.css">
</head>
<body>
<main>
${body}
</main>
<script type="application/json" id="rbk-hostile-data">${data}</script>
<script src="/client.js"></script>
</body>
</html>`;
  return { html, vectors: vectors.length, rendered: items.length, refused };
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
