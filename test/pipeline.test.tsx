import { renderToStaticMarkup } from 'react-dom/server';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MarkdownContent, PostLayout, rehypeKitSanitize, type HtmlHandling } from '../src/index.js';
import { parsePost } from '../src/parse/index.js';
import { githubSchema } from '../src/markdown/sanitize.js';

/**
 * The body as PostLayout renders it after parsePost, and as MarkdownContent renders it with the same
 * raw-HTML policy (the parser sanitizes by default; MarkdownContent does when given the sanitizer).
 */
function bothPaths(markdown: string, options: { html?: HtmlHandling; urlTransform?: (url: string) => string } = {}) {
  const post = parsePost(`---\ntitle: Tides\n---\n${markdown}\n`, options.html ? { html: options.html } : {});
  return {
    parsed: renderToStaticMarkup(<PostLayout post={post} urlTransform={options.urlTransform} />),
    runtime: renderToStaticMarkup(
      <MarkdownContent html={options.html ?? 'sanitize'} sanitizer={rehypeKitSanitize} urlTransform={options.urlTransform}>
        {markdown}
      </MarkdownContent>,
    ),
  };
}

describe('when a post holds raw HTML and html is left at its default', () => {
  const source = [
    'The hive <small><em>(a small one)</em></small> hums.<br>A second line.',
    '',
    '<details><summary>How bees dance</summary>',
    '',
    'They waggle toward the flowers.',
    '',
    '</details>',
    '',
    '<script>window.stung = 1</script><p onclick="window.stung = 1" onmouseover="x()">Pollen <img src="/pollen.png" onerror="x()" alt="pollen"> <a href="javascript:alert(1)">honey</a></p>',
  ].join('\n');

  for (const [path, html] of Object.entries(bothPaths(source))) {
    it(`renders it as HTML cleaned by GitHub's schema (${path})`, () => {
      expect(html).toContain('<small><em>(a small one)</em></small>');
      expect(html).toMatch(/<details><summary>How bees dance<\/summary>\s*<p>They waggle toward the flowers.<\/p>\s*<\/details>/);
      expect(html).toMatch(/hums\.<br\/>/);
      expect(html).toContain('<img src="/pollen.png" alt="pollen"');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toContain('javascript:');
      expect(html).toContain('<a>honey</a>');
    });
  }

  it("keeps 'escape' and 'skip' as options", () => {
    expect(bothPaths('A <small>b</small>', { html: 'escape' }).runtime).toContain('A &lt;small&gt;b&lt;/small&gt;');
    expect(bothPaths('A <small>b</small>', { html: 'escape' }).parsed).toContain('A &lt;small&gt;b&lt;/small&gt;');
    expect(bothPaths('A <small>b</small>', { html: 'skip' }).runtime).toContain('<p>A b</p>');
    expect(bothPaths('A <small>b</small>', { html: 'skip' }).parsed).toContain('<p>A b</p>');
  });

  it('prefixes ids from raw HTML once and keeps in-page links and footnotes pointing at them', () => {
    const { parsed, runtime } = bothPaths('<span id="tide"></span>See [the tide](#tide).[^1]\n\n[^1]: Twice a day.');
    for (const html of [parsed, runtime]) {
      expect(html).toContain('id="user-content-tide"');
      expect(html).toContain('href="#user-content-tide"');
      expect(html).toContain('href="#user-content-fn-1" id="user-content-fnref-1"');
      expect(html).toContain('<li id="user-content-fn-1">');
      expect(html).toContain('aria-describedby="footnote-label"');
      expect(html).toContain('<h2 id="footnote-label">');
    }
  });
});

describe('when a tree has no raw HTML, the sanitizer is skipped', () => {
  // rehypeKitSanitize skips the sanitizer only under its default schema; the same schema given
  // explicitly takes the general path, so the two must render alike. (npm run test:fidelity checks
  // every raw-free spec example; a sample keeps this suite quick.)
  const require = createRequire(import.meta.url);
  const spec: { markdown: string }[] = require('commonmark-spec').tests;
  const sample = spec.map((t) => t.markdown).filter((m, i) => !m.includes('<') && i % 8 === 0);
  const extra = ['A note.[^n]\n\n[^n]: Here.', '- [x] done\n- [ ] not yet', '| a | b |\n| - | :-: |\n| 1 | 2 |', '~~gone~~ www.example.com', '# Bread\n\n## Rye {#rye}'];
  // Re-parsing HTML drops a newline that opens a <pre> (an HTML parsing rule react-markdown does not
  // apply) and turns the boolean `data-footnote-ref` into an empty string: the only changes the
  // general path makes to markdown's own output, and the fast path keeps react-markdown's.
  const render = (markdown: string, sanitizeSchema?: typeof githubSchema) =>
    renderToStaticMarkup(<MarkdownContent html="sanitize" sanitizer={rehypeKitSanitize} sanitizeSchema={sanitizeSchema}>{markdown}</MarkdownContent>)
      .replace(/(<pre[^>]*><code[^>]*>)\n/g, '$1')
      .replace(/data-footnote-ref="true"/g, 'data-footnote-ref=""');

  it(`and the output is what sanitizing gives (${sample.length + extra.length} documents)`, () => {
    const differ = [...sample, ...extra].filter((markdown) => render(markdown) !== render(markdown, githubSchema));
    expect(differ).toEqual([]);
  });

  it('and when its only raw HTML is comments (an excerpt marker), which the schema drops anyway', () => {
    const comments = [
      'The moon pulls.\n\n<!-- more -->\n\n## Why\n\nGravity.',
      'Before <!-- an aside --> after, and *emphasis*.',
      '<!--truncate-->\n\n- one\n- two <!-- x -->',
      '> quoted\n>\n> <!-- hidden -->\n\n```\ncode\n```',
      '[a]: https://example.com/a\n<!-- one --> <!-- two -->\n<!-- three -->\nText <!-- x --> <!-- y --> after.',
    ];
    for (const markdown of comments) {
      expect(render(markdown)).not.toContain('<!--');
      expect(render(markdown)).toBe(render(markdown, githubSchema));
    }
    // Not a lone comment: HTML around or after it still goes through the parser and sanitizer.
    const mixed = '<!-- a --><b onclick="x()">bold</b>';
    expect(render(mixed)).toBe(render(mixed, githubSchema));
    expect(render(mixed)).toContain('<b>bold</b>');
    expect(render(mixed)).not.toContain('onclick');
  });
});

describe('when the two paths render the same markdown (regressions of issue 10)', () => {
  it('applies a custom urlTransform exactly once on each path', () => {
    const cdn = (url: string) => `https://cdn.example/${url}`;
    for (const html of Object.values(bothPaths('[a](a.html)', { urlTransform: cdn }))) {
      expect(html).toContain('href="https://cdn.example/a.html"');
    }
  });

  it('keeps an image whose URL the policy removed, with its alt text', () => {
    for (const html of Object.values(bothPaths('![a cat](javascript:alert(1))'))) {
      expect(html).toMatch(/<img alt="a cat"[^>]*>/);
      expect(html).not.toContain('src=');
    }
  });

  it('keeps the text between two comments on a raw HTML line, in every mode', () => {
    for (const mode of ['escape', 'sanitize'] as const) {
      for (const html of Object.values(bothPaths('<!-- a --> visible text <!-- b -->', { html: mode }))) {
        expect(html).toContain('visible text');
        expect(html).not.toContain('&lt;!--');
      }
    }
  });

  it('ranks the footnotes heading h2 on both paths', () => {
    for (const html of Object.values(bothPaths('# A\n\n## B\n\n### C\n\nx[^1]\n\n[^1]: note'))) {
      expect(html).toMatch(/<h2 id="footnote-label">Footnotes<\/h2>/);
    }
  });

  it('renders an empty link destination as href=""', () => {
    for (const html of Object.values(bothPaths('[x]()'))) expect(html).toContain('<a href="">x</a>');
  });

  it('keeps the line between two escaped HTML blocks on the parsed path', () => {
    const { parsed, runtime } = bothPaths('<div>\n\n<span>', { html: 'escape' });
    expect(parsed).toContain('&lt;div&gt;\n&lt;span&gt;');
    expect(runtime).toContain('&lt;div&gt;\n&lt;span&gt;');
  });
});
