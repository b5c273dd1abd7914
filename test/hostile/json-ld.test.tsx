// @vitest-environment node
/**
 * The one component that sets inner HTML (issue 14): a post title written to end the script
 * element, in every spelling a browser would accept, must stay inside the JSON. The page is loaded
 * in a DOM that runs scripts, where the canary must stay unset and the JSON must read back intact.
 */
import { JSDOM } from 'jsdom';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '../../src/index.js';
import { postJsonLd } from '../../src/seo/index.js';
import { tides } from '../seo/posts.js';
import { CANARY } from './vectors.js';

const TITLES = [
  '</script><script>alert(1)</script>',
  `</script><script>${CANARY}</script>`,
  `</SCRIPT ><script>${CANARY}</script>`,
  `</script\t/><img src=x onerror="${CANARY}">`,
  `<!--<script>${CANARY}</script>-->`,
  `]]></script><script>${CANARY}</script>`,
  `\u2028\u2029</script><script>${CANARY}</script>`,
  `&lt;/script&gt;<script>${CANARY}</script>`,
];

describe('when a hostile title reaches JsonLd', () => {
  for (const title of TITLES) {
    it(JSON.stringify(title), () => {
      const data = postJsonLd({ ...tides(), title, description: title, tags: [title] }, { url: 'https://example.org', name: title });
      const html = renderToString(<JsonLd data={data} />);
      expect(html).not.toMatch(/<\/script[^>]*>.*<\/script/is);
      const dom = new JSDOM(`<!doctype html><html><head>${html}</head><body></body></html>`, { runScripts: 'dangerously' });
      try {
        const doc = dom.window.document;
        expect((dom.window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
        const scripts = doc.querySelectorAll('script');
        expect(scripts).toHaveLength(1);
        expect(doc.querySelector('img')).toBeNull();
        expect(JSON.parse(scripts[0].textContent ?? '')).toEqual(data);
      } finally {
        dom.window.close();
      }
    });
  }

  it('the check can fail: JSON.stringify alone would end the element', () => {
    const html = `<script type="application/ld+json">${JSON.stringify({ headline: `</script><script>${CANARY}</script>` })}</script>`;
    const dom = new JSDOM(`<!doctype html><html><head>${html}</head><body></body></html>`, { runScripts: 'dangerously' });
    expect((dom.window as unknown as { __pwned?: unknown }).__pwned).toBe(1);
    dom.window.close();
  });
});
