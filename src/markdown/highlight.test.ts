import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { defaultLabels } from '../core/labels.js';
import { prepareTree } from '../core/prepare.js';
import { textOf } from '../core/text.js';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import elixir from '@shikijs/langs/elixir';
import minLight from '@shikijs/themes/min-light';
import minDark from '@shikijs/themes/min-dark';
import { contrastRatio } from '../theme/contrast.js';
import { darkColors, lightColors } from '../theme/tokens.js';
import { createHighlighterCoreSync } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import {
  HIGHLIGHT_LIMITS,
  defaultColorReplacements,
  defaultLanguages,
  defaultThemes,
  parseFenceMeta,
  rehypeKitHighlight,
  rememberingEngine,
  type HighlightOptions,
} from './highlight.js';

function tree(markdown: string, options?: HighlightOptions | false): Root {
  // \`false\` turns a unified plugin off: what parsePost does with \`highlight: false\`.
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeKitHighlight, options);
  return processor.runSync(processor.parse(markdown)) as Root;
}

/**
 * The HTML of a block as a page draws it: through the render-time pass, which expands each run table
 * and writes the language label from `data-language` (unstyled: no kit classes to read past).
 */
function html(markdown: string, options?: HighlightOptions | false): string {
  return toHtml(prepareTree(tree(markdown, options), { labels: defaultLabels, unstyled: true }));
}

const fence = (info: string, code: string) => `\`\`\`${info}\n${code}\n\`\`\`\n`;

describe('rehypeKitHighlight', () => {
  describe('when a block names a known language', () => {
    const out = html(fence('ts', 'const tide: number = 2.4;'));

    it('colours each token for both schemes', () => {
      expect(out).toContain('<span style="--shiki-light:#c4232f;--shiki-dark:#F97583">const</span>');
      expect(out).toMatch(/--shiki-light:#005CC5;--shiki-dark:#79B8FF">(?: )?number/);
    });

    it('wraps it in a code-block figure with its language label, and keeps no Shiki background or tabindex', () => {
      expect(out).toMatch(
        /^<figure data-slot="code-block" data-language="ts"><figcaption data-slot="code-header"><span data-slot="code-language">ts<\/span><\/figcaption><pre style="--shiki-light:#24292e;--shiki-dark:#e1e4e8"><code><span class="line">/,
      );
      expect(out).not.toContain('tabindex');
      expect(out).not.toContain('-bg:');
    });

    it('keeps the code as the one text of its <code>, and its colours as a run table naming the tree’s styles', () => {
      const root = tree(fence('ts', 'const tide: number = 2.4;\nlet ebb = "low";'));
      const code = ((root.children[0] as Element).children.at(-1) as Element).children[0] as Element;
      expect(code.tagName).toBe('code');
      expect(code.children).toEqual([{ type: 'text', value: 'const tide: number = 2.4;\nlet ebb = "low";' }]);
      expect(textOf(code)).toBe('const tide: number = 2.4;\nlet ebb = "low";');
      expect(typeof code.data?.runs).toBe('string');
      expect(root.data?.codeStyles).toContain('--shiki-light:#c4232f;--shiki-dark:#F97583');
      // The language is the figure's data-language alone; the page's label is written from it.
      expect((root.children[0] as Element).properties.dataLanguage).toBe('ts');
      expect(JSON.stringify(root)).not.toContain('code-language');
      // One palette for the tree: a second block names the same styles by the same letters.
      const two = tree(fence('ts', 'const a = 1;') + '\n' + fence('ts', 'const a = 1;'));
      const runs = [...JSON.stringify(two).matchAll(/"runs":"([^"]*)"/g)].map((m) => m[1]);
      expect(runs).toHaveLength(2);
      expect(runs[0]).toBe(runs[1]);
      expect(two.data?.codeStyles).toHaveLength(new Set(two.data?.codeStyles).size);
    });

    it('resolves the aliases the grammars declare', () => {
      for (const lang of ['sh', 'shell', 'bash', 'yml', 'py', 'rs', 'js', 'dockerfile', 'c#', 'kt']) {
        expect(html(fence(lang, 'x = 1')), lang).toContain('--shiki-light');
      }
    });
  });

  describe('when the fence has meta', () => {
    const out = html(fence('js title="tide.js" {1,3-4} showLineNumbers', 'a()\nb()\nc()\nd()\ne()'));

    it('shows the file name before the language', () => {
      expect(out).toContain('<figcaption data-slot="code-header"><span data-slot="code-title">tide.js</span><span data-slot="code-language">js</span></figcaption>');
    });

    it('marks the listed lines and only those', () => {
      const lines = [...out.matchAll(/<span class="(line[^"]*)">/g)].map((m) => m[1]);
      expect(lines).toEqual(['line highlighted', 'line', 'line highlighted', 'line highlighted', 'line']);
    });

    it('asks for line numbers with an attribute (CSS draws them, so they are never copied)', () => {
      expect(out).toContain('<pre style="--shiki-light:#24292e;--shiki-dark:#e1e4e8" data-line-numbers><code>');
      expect(out).not.toMatch(/>\s*1\s*</);
    });

    it("reads single quotes, spacing inside braces, and ignores what it does not know", () => {
      expect(parseFenceMeta("title='a b.rs' { 2, 4 } wrap")).toEqual({ title: 'a b.rs', lineNumbers: false, lines: '{2,4}' });
      expect(parseFenceMeta('showLineNumbers{5}')).toEqual({ title: undefined, lineNumbers: true, lines: '{5}' });
    });
  });

  describe('when the code has notation comments', () => {
    const out = html(
      fence('ts', ['keep(); // [!code ++]', 'drop(); // [!code --]', 'mark(); // [!code highlight]', 'look(); // [!code focus]'].join('\n')),
    );

    it('marks added, removed, highlighted and focused lines', () => {
      const lines = [...out.matchAll(/<span class="(line[^"]*)">/g)].map((m) => m[1]);
      expect(lines).toEqual(['line diff add', 'line diff remove', 'line highlighted', 'line focused']);
    });

    it('removes the notation comments and the blanks before them from the code', () => {
      expect(out).not.toContain('[!code');
      expect(out.replace(/<figcaption.*?<\/figcaption>/, '').replace(/<[^>]+>/g, '')).toBe('keep();\ndrop();\nmark();\nlook();');
    });
  });

  describe('when the language is unknown or missing', () => {
    it('renders plain escaped code with the name the author wrote as its label', () => {
      expect(html(fence('tidescript', 'a <b> & c'))).toBe(
        '<figure data-slot="code-block" data-language="tidescript"><figcaption data-slot="code-header"><span data-slot="code-language">tidescript</span></figcaption><pre><code>a &#x3C;b> &#x26; c\n</code></pre></figure>',
      );
    });

    it('renders a fence without a language as plain code with no label', () => {
      expect(html(fence('', 'plain'))).toBe('<figure data-slot="code-block"><pre><code>plain\n</code></pre></figure>');
    });

    it('does not take a name from the prototype for a language', () => {
      expect(html(fence('constructor', 'x'))).toContain('<pre><code>x\n</code></pre>');
      expect(html(fence('__proto__', 'x'))).toContain('<pre><code>x\n</code></pre>');
    });
  });

  describe('when tokens share the colour of the text or of their neighbour', () => {
    it('keeps text-coloured tokens as bare text and merges same-coloured neighbours into one span', () => {
      const out = html(fence('ts', 'export interface Tide { at: number }'));
      expect(out).toContain('<span style="--shiki-light:#c4232f;--shiki-dark:#F97583">export interface</span>');
      expect(out).toMatch(/Tide<\/span> \{/);
    });
  });

  describe('when the input is bad', () => {
    it('survives malformed meta', () => {
      for (const meta of ['{', '{3-1}', '{99}', 'title="', 'title=unquoted', '{1,,-}', 'showLineNumbers{x}']) {
        expect(() => html(fence(`ts ${meta}`, 'let a = 1'))).not.toThrow();
      }
      expect(html(fence('ts {99}', 'let a = 1'))).toContain('--shiki-light');
    });

    it(`leaves a block over ${HIGHLIGHT_LIMITS.lines} lines unhighlighted, quickly`, () => {
      const code = Array.from({ length: 5000 }, (_, i) => `const line${i} = ${i};`).join('\n');
      const started = performance.now();
      const out = html(fence('ts', code));
      expect(out).not.toContain('--shiki-light');
      expect(out).toContain('const line4999 = 4999;');
      expect(performance.now() - started).toBeLessThan(5000);
    });

    it(`leaves a block over ${HIGHLIGHT_LIMITS.characters} characters unhighlighted`, () => {
      expect(html(fence('ts', `const s = "${'x'.repeat(HIGHLIGHT_LIMITS.characters)}";`))).not.toContain('--shiki-light');
    });
  });

  describe('when the host changes the options', () => {
    it('leaves every block as plain remark-rehype code with `false`', () => {
      expect(html(fence('ts title="a.ts"', 'let a = 1'), false)).toBe('<pre><code class="language-ts">let a = 1\n</code></pre>');
    });

    it('adds languages and aliases', () => {
      const options: HighlightOptions = { langs: [elixir], aliases: { exs: 'elixir' } };
      expect(html(fence('exs', 'defmodule Tide do\nend'), options)).toContain('--shiki-light');
      expect(html(fence('ts', 'let a = 1'), options)).toContain('--shiki-light');
    }, 60_000);

    it('highlights what a grammar embeds the same, whichever blocks its highlighter saw before', () => {
      // Two fresh highlighters (each options object gets its own): one has highlighted an html block
      // before, the other has not; a markdown block's html fence must come out the same from both.
      const nested = fence('markdown', '# Page\n\n```html\n<p class="tide">High water</p>\n```');
      const fresh: HighlightOptions = { aliases: {} };
      const primed: HighlightOptions = { aliases: {} };
      html(fence('html', '<b>primed</b>'), primed);
      const out = html(nested, fresh);
      expect(out).toBe(html(nested, primed));
      // The embedded fence is highlighted as html: its tag name is a token of its own.
      expect(out).toMatch(/>p<\/span>/);
    }, 60_000);

    it('uses other themes', () => {
      const out = html(fence('ts', 'const a = 1'), { themes: { light: minLight, dark: minDark } });
      expect(out).toContain('--shiki-light:#D32F2F');
      expect(out).not.toContain('#c4232f');
    }, 60_000);
  });
});

describe('the remembering regex engine', () => {
  // Grammars with embedded languages and back-references (HTML's script, markdown's fences, heredocs).
  const samples: [string, string][] = [
    ['typescript', 'export interface Tide<T extends number = 2> { at: `${T}h`; }\nconst re = /a(?<x>b)\\k<x>/g; // [!code ++]'],
    ['tsx', 'export const A = () => <div className="x">{items.map((i) => <b key={i}>{i}</b>)}</div>;'],
    ['html', '<script>\n  if (a < b) run("</p>");\n</script>\n<style>a { color: red }</style>'],
    ['markdown', '# Tide\n\n```js\nconst a = 1;\n```\n\n> quote *em* `code`'],
    ['shellscript', 'cat <<EOF\nhello $USER\nEOF\necho "done" # end'],
    ['python', 'def tide(x: int) -> str:\n    return f"{x!r:>10}"  # comment'],
  ];
  const themes = { light: 'github-light', dark: 'github-dark' };
  const make = (engine: ReturnType<typeof createJavaScriptRegexEngine>) =>
    createHighlighterCoreSync({
      engine,
      themes: [defaultThemes.light, defaultThemes.dark],
      langs: defaultLanguages.filter((module) => module.some((r) => samples.some(([lang]) => r.name === lang))).flat(),
      warnings: false,
    });

  it('gives the trees the plain engine gives, block after block', () => {
    const plain = make(createJavaScriptRegexEngine({ forgiving: true }));
    const engine = rememberingEngine(createJavaScriptRegexEngine({ forgiving: true }));
    const remembering = make(engine);
    for (const round of [1, 2]) {
      for (const [lang, code] of samples) {
        const options = { lang, themes, defaultColor: false as const, tokenizeTimeLimit: 0 };
        expect(remembering.codeToHast(code, options), `${lang}, round ${round}`).toStrictEqual(plain.codeToHast(code, options));
        if (round === 2) engine.reset();
      }
    }
  }, 60_000);

  it('asks the engine again after a reset, and not before', () => {
    let searches = 0;
    const inner = createJavaScriptRegexEngine({ forgiving: true });
    const engine = rememberingEngine({
      createString: inner.createString,
      createScanner(patterns) {
        const scanner = inner.createScanner(patterns);
        return { findNextMatchSync: (text, start, options) => (searches++, scanner.findNextMatchSync(text, start, options)) };
      },
    });
    const scanner = engine.createScanner(['b+', 'c']);
    const first = scanner.findNextMatchSync(engine.createString('abbc'), 0, 0);
    expect(first?.captureIndices[0]).toMatchObject({ start: 1, end: 3 });
    expect(scanner.findNextMatchSync(engine.createString('abbc'), 0, 0)).toStrictEqual(first);
    expect(searches).toBe(1);
    engine.reset();
    expect(scanner.findNextMatchSync(engine.createString('abbc'), 0, 0)).toStrictEqual(first);
    expect(searches).toBe(2);
  });
});

describe('the default themes', () => {
  const css = readFileSync(path.resolve(__dirname, '../styles/code.css'), 'utf8');
  const declared = (scheme: 'light' | 'dark') => {
    const block = scheme === 'light' ? css.slice(0, css.indexOf("[data-color-scheme='dark']")) : css.slice(css.indexOf("[data-color-scheme='dark']"));
    return ['marked', 'added', 'removed'].map((name) => new RegExp(`--rbk-code-${name}: (#[0-9a-f]{6});`).exec(block)![1]);
  };

  describe.each([
    ['light', defaultThemes.light, lightColors.codeBackground],
    ['dark', defaultThemes.dark, darkColors.codeBackground],
  ] as const)('when the scheme is %s', (scheme, theme, codeBackground) => {
    const replacements = defaultColorReplacements[String(theme.name)];
    const colours = new Set<string>();
    const add = (c: unknown) => {
      if (typeof c !== 'string' || !c.startsWith('#')) return;
      const lower = c.toLowerCase().slice(0, 7);
      colours.add(replacements[lower] ?? lower);
    };
    add(theme.fg ?? theme.colors?.['editor.foreground']);
    for (const rule of theme.tokenColors ?? theme.settings ?? []) add(rule.settings?.foreground);

    it('has token colours to check', () => {
      expect(colours.size).toBeGreaterThan(5);
    });

    it.each(['code background', 'marked line', 'added line', 'removed line'])('gives every token 4.5:1 or more on the %s', (where) => {
      const index = ['code background', 'marked line', 'added line', 'removed line'].indexOf(where);
      const background = index === 0 ? codeBackground : declared(scheme)[index - 1];
      for (const colour of colours) expect(contrastRatio(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(4.5);
    });
  });
});

describe('a highlighted post', () => {
  it('equals its own JSON round trip (no working state or undefined values left in the tree)', async () => {
    const { parsePost } = await import('../parse/index.js');
    for (const body of ['```sh\n# tide\n```', '```ts {1}\nkeep(); // [!code ++]\n```', '    indented *', '```\nno language\n```']) {
      const post = parsePost(`---\ntitle: tide\n---\n${body}\n`);
      expect(JSON.parse(JSON.stringify(post)), body).toStrictEqual(post);
    }
  }, 60_000);
});
