/**
 * Code highlighting at parse time: a rehype plugin that turns each fenced code block into a
 * highlighted block (Shiki's core, JavaScript regex engine, fine-grained grammar and theme imports,
 * all synchronous), with its fence meta (`title="…"`, `{1,3-5}`, `showLineNumbers`) and Shiki's
 * notation comments (`// [!code ++]`, `--`, `highlight`, `focus`).
 *
 * The light and dark colours of every token both stay in the tree as `--shiki-light` /
 * `--shiki-dark` custom properties, so the stylesheet picks one per colour scheme without a
 * re-render and the browser never needs a highlighter. A block keeps its code as one text and its
 * colours as a run table (core/code-runs.ts), which the render-time pass expands into Shiki's spans.
 */
import { boundedCache } from '../core/cache.js';
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { encodeRuns, type CodeRunsData } from '../core/code-runs.js';
import type { HighlighterCore, LanguageRegistration, PatternScanner, RegexEngine, ShikiTransformer, ThemeRegistrationAny } from 'shiki/core';
import { createHighlighterCoreSync } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import {
  transformerMetaHighlight,
  transformerNotationDiff,
  transformerNotationFocus,
  transformerNotationHighlight,
} from '@shikijs/transformers';
import type { MarkdownFeature } from './feature.js';
import langBash from '@shikijs/langs/shellscript';
import langC from '@shikijs/langs/c';
import langCpp from '@shikijs/langs/cpp';
import langCsharp from '@shikijs/langs/csharp';
import langCss from '@shikijs/langs/css';
import langDiff from '@shikijs/langs/diff';
import langDocker from '@shikijs/langs/docker';
import langGo from '@shikijs/langs/go';
import langGraphql from '@shikijs/langs/graphql';
import langHtml from '@shikijs/langs/html';
import langJava from '@shikijs/langs/java';
import langJs from '@shikijs/langs/javascript';
import langJson from '@shikijs/langs/json';
import langJsonc from '@shikijs/langs/jsonc';
import langJsx from '@shikijs/langs/jsx';
import langKotlin from '@shikijs/langs/kotlin';
import langMarkdown from '@shikijs/langs/markdown';
import langPhp from '@shikijs/langs/php';
import langPython from '@shikijs/langs/python';
import langRuby from '@shikijs/langs/ruby';
import langRust from '@shikijs/langs/rust';
import langScss from '@shikijs/langs/scss';
import langSql from '@shikijs/langs/sql';
import langSwift from '@shikijs/langs/swift';
import langToml from '@shikijs/langs/toml';
import langTsx from '@shikijs/langs/tsx';
import langTs from '@shikijs/langs/typescript';
import langYaml from '@shikijs/langs/yaml';
import githubDark from '@shikijs/themes/github-dark';
import githubLight from '@shikijs/themes/github-light';
import { textOf } from '../core/text.js';
import { eachNode } from '../core/walk.js';
import { optionsOf, requireArray, requireObject } from '../post/arguments.js';

/** The languages highlighted by default (each module brings its own aliases: `ts`, `sh`, `yml`, `py` …). */
export const defaultLanguages: readonly LanguageRegistration[][] = [
  langJs, langJsx, langTs, langTsx, langJson, langJsonc, langHtml, langCss, langScss, langBash, langDiff,
  langMarkdown, langYaml, langToml, langPython, langRust, langGo, langJava, langC, langCpp, langCsharp,
  langPhp, langRuby, langSql, langGraphql, langDocker, langSwift, langKotlin,
];

/**
 * The default themes, GitHub's light and dark, with the colours that fall below 4.5:1 on the
 * kit's code background or its marked lines replaced by the nearest GitHub colour that does not.
 */
export const defaultThemes: { light: ThemeRegistrationAny; dark: ThemeRegistrationAny } = { light: githubLight, dark: githubDark };

/** Shiki `colorReplacements` for the default themes, keyed by theme name (see {@link defaultThemes}). */
export const defaultColorReplacements: Record<string, Record<string, string>> = {
  'github-light': {
    '#6a737d': '#57606a',
    '#22863a': '#116329',
    '#d73a49': '#c4232f',
    '#e36209': '#953800',
    // Foregrounds GitHub draws on a red background, which the kit does not paint.
    '#fafbfc': '#b31d28',
    '#f6f8fa': '#b31d28',
  },
  'github-dark': {
    '#6a737d': '#959da5',
    '#24292e': '#e1e4e8',
    '#2f363d': '#e1e4e8',
  },
};

/** Code past either limit is left unhighlighted, so one pasted log cannot slow a build without bound. */
export const HIGHLIGHT_LIMITS = { characters: 50_000, lines: 2_000 } as const;

/** Options of {@link rehypeKitHighlight}, and `highlight` of ParseOptions. */
export interface HighlightOptions {
  /** More languages: Shiki language modules, e.g. `import elixir from '@shikijs/langs/elixir'`. @default [] (the defaults stay) */
  langs?: (LanguageRegistration | LanguageRegistration[])[];
  /** Themes for the light and dark scheme, as Shiki theme objects. @default GitHub light and dark, adjusted for contrast */
  themes?: { light: ThemeRegistrationAny; dark: ThemeRegistrationAny };
  /** Extra language names, e.g. `{ mjs: 'javascript' }`. @default {} */
  aliases?: Record<string, string>;
}

/** A highlighter and the grammars it can load, by every name and alias (loaded on first use). */
export interface KitHighlighter {
  /** The Shiki highlighter; a grammar is loaded into it the first time a block asks for it. */
  highlighter: HighlighterCore;
  /** The Shiki language name for a fence's language, loading its grammar; undefined when unknown. */
  load(lang: string): string | undefined;
  /** Forgets the regex engine's answers about the block just highlighted (see {@link rememberingEngine}); called after each block. */
  forget(): void;
}

/** A regex engine that can forget what it remembered (see {@link rememberingEngine}). */
interface RememberingEngine extends RegexEngine {
  /** Forgets every answer: called before each code block. */
  reset(): void;
}

type Match = ReturnType<PatternScanner['findNextMatchSync']>;

/**
 * Shiki tokenizes a block once per theme (light, then dark), and the grammar puts the same
 * questions to the regex engine both times: which pattern of a rule matches first in this line from
 * this column. This engine answers a question it has already answered from memory, so the second
 * theme costs no regex search. It forgets everything after each block (`reset`), so no block's
 * answers outlive it.
 */
export function rememberingEngine(inner: RegexEngine): RememberingEngine {
  const answers = new Map<string, Match>();
  let scanners = 0;
  return {
    createString: inner.createString,
    createScanner(patterns) {
      const scanner = inner.createScanner(patterns);
      const id = ++scanners;
      return {
        findNextMatchSync(text, start, options) {
          const key = `${id} ${start} ${options} ${typeof text === 'string' ? text : text.content}`;
          let match = answers.get(key);
          if (match === undefined) answers.set(key, (match = scanner.findNextMatchSync(text, start, options)));
          return match;
        },
      };
    },
    reset: () => answers.clear(),
  };
}

// One highlighter for the default options, and one per options object a host passes (the same object
// for every post), so each keeps the grammars it compiled.
const highlighters = /* @__PURE__ */ boundedCache<HighlightOptions | 'default', KitHighlighter>('highlighters', 8);

/**
 * A synchronous Shiki highlighter for the default languages and themes plus the given ones.
 * Grammars are registered the first time a post uses them (registering all of them up front costs
 * more than most builds spend highlighting) and compile on first use, once per highlighter. Without
 * options it is created once and shared (and one per options object), so every post after the
 * first reuses what earlier posts loaded.
 */
export function createKitHighlighter(highlightOptions?: HighlightOptions): KitHighlighter {
  const options = checkHighlightOptions('createKitHighlighter', highlightOptions);
  const custom = Boolean(options.langs?.length || options.themes || options.aliases);
  return highlighters.get(custom ? options : 'default', () => newHighlighter(options));
}

/** The options `fn` was given, each checked (a TypeError naming it); `{}` for undefined. */
function checkHighlightOptions(fn: string, value: HighlightOptions | undefined): HighlightOptions {
  const options = optionsOf(fn, 'options', value);
  if (options.langs !== undefined) requireArray(fn, 'options.langs', options.langs, 'a list of Shiki grammars or undefined');
  if (options.themes !== undefined) requireObject(fn, 'options.themes', options.themes, 'Shiki themes { light, dark } or undefined');
  if (options.aliases !== undefined) requireObject(fn, 'options.aliases', options.aliases, 'an object of language aliases or undefined');
  return options;
}

function newHighlighter(options: HighlightOptions): KitHighlighter {
  const themes = options.themes ?? defaultThemes;
  // Forgiving: a pattern the engine cannot translate matches nothing instead of failing the block.
  const engine = rememberingEngine(createJavaScriptRegexEngine({ forgiving: true }));
  const highlighter = createHighlighterCoreSync({
    engine,
    themes: [themes.light, themes.dark],
    langs: [],
    warnings: false,
  });
  const index = new Map<string, { name: string; module: LanguageRegistration[] }>();
  const modules = [...(options.langs ?? []).map((m) => (Array.isArray(m) ? m : [m])), ...defaultLanguages];
  for (const module of modules) {
    for (const registration of module) {
      for (const key of [registration.name, ...(registration.aliases ?? [])]) {
        const lower = key.toLowerCase();
        if (!index.has(lower)) index.set(lower, { name: registration.name, module });
      }
    }
  }
  for (const [alias, target] of Object.entries(options.aliases ?? {})) {
    const entry = index.get(String(target).toLowerCase());
    if (entry) index.set(alias.toLowerCase(), entry);
  }
  const loaded = new Set<LanguageRegistration[]>();
  const kit: KitHighlighter = {
    highlighter,
    load(lang) {
      const entry = index.get(lang.toLowerCase());
      if (!entry) return undefined;
      if (!loaded.has(entry.module)) {
        highlighter.loadLanguageSync(entry.module);
        loaded.add(entry.module);
        // A grammar highlights what it embeds lazily (markdown's fences of html, css…) only with those
        // grammars loaded: loading them with it makes a post's highlighting the same whichever posts
        // this highlighter (one thread's, in a pool) saw before.
        for (const registration of entry.module) for (const lazy of registration.embeddedLangsLazy ?? []) kit.load(lazy);
      }
      return entry.name;
    },
    forget: engine.reset,
  };
  return kit;
}

/** Reads `title="app.ts"` / `title='app.ts'`, `showLineNumbers` and `{1,3-5}` from a fence's meta. */
export function parseFenceMeta(meta: string): { title?: string; lineNumbers: boolean; lines: string } {
  const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta);
  const lines = /\{([\d\s,-]+)\}/.exec(meta);
  return {
    title: title ? (title[1] ?? title[2]) : undefined,
    lineNumbers: /(?:^|\s)showLineNumbers(?:\s|\{|$)/.test(meta),
    lines: lines ? `{${lines[1].replace(/\s+/g, '')}}` : '',
  };
}

/**
 * Removing `// [!code ++]` leaves the space that stood before it; the copy button copies what the
 * author wrote, so a marked line loses its trailing blanks.
 */
const trimMarkedLines: ShikiTransformer = {
  name: 'rbk:trim-marked-lines',
  code(code) {
    for (const line of code.children) {
      if (line.type !== 'element') continue;
      const classes = line.properties.className;
      if ((Array.isArray(classes) ? classes.join(' ') : String(classes ?? '')).trim() === 'line') continue;
      const token = line.children[line.children.length - 1];
      const text = token?.type === 'element' ? token.children[0] : undefined;
      if (text?.type === 'text') text.value = text.value.replace(/[ \t]+$/, '');
    }
  },
};

const transformers: ShikiTransformer[] = [
  transformerNotationDiff({ matchAlgorithm: 'v3' }),
  transformerNotationHighlight({ matchAlgorithm: 'v3' }),
  transformerNotationFocus({ matchAlgorithm: 'v3' }),
  transformerMetaHighlight(),
  trimMarkedLines,
];

function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  if (!Array.isArray(classes)) return undefined;
  for (const name of classes) {
    if (typeof name === 'string' && name.startsWith('language-')) return name.slice(9);
  }
  return undefined;
}

/**
 * Shiki's `<pre>` made compact for the Post JSON: its colours as the plain-text colour of the block
 * (no background, theme classes or tabindex: the kit draws those), and tokens drawn in that colour
 * in both schemes as bare text merged with their neighbours — in most code, most tokens.
 */
function slimPre(pre: Element): Element {
  const style = String(pre.properties.style ?? '');
  const plain = style
    .split(';')
    .filter((d) => d !== '' && !d.includes('-bg:'))
    .join(';');
  const same = plain.toLowerCase();
  const code = pre.children[0];
  if (code?.type === 'element') {
    // Shiki keeps its transformers' working state in `data`; the Post is JSON and carries none.
    delete code.data;
    for (const line of code.children) {
      if (line.type !== 'element') continue;
      delete line.data;
      // Shiki writes `class` as a string; hast (and React) want `className` as a list.
      const classes = line.properties.class ?? line.properties.className;
      delete line.properties.class;
      line.properties.className = (Array.isArray(classes) ? classes.map(String) : String(classes ?? 'line').split(' ')) as string[];
      const out: ElementContent[] = [];
      for (const token of line.children) {
        let node: ElementContent = token;
        const style = token.type === 'element' ? String(token.properties.style ?? '') : '';
        const text = token.type === 'element' && token.children.length === 1 && token.children[0].type === 'text' ? token.children[0] : undefined;
        if (text && style.toLowerCase() === same) node = text;
        const last = out[out.length - 1];
        if (node.type === 'text' && last?.type === 'text') {
          out[out.length - 1] = { type: 'text', value: last.value + node.value };
        } else if (text && node === token && last?.type === 'element' && last.properties.style === style && last.children.length === 1 && last.children[0].type === 'text') {
          // Neighbours of one colour (`export` `interface`) are one span.
          last.children = [{ type: 'text', value: last.children[0].value + text.value }];
        } else if (node === token && text && token.type === 'element') {
          out.push({ ...token, children: [{ ...text }] });
        } else out.push(node);
      }
      line.children = out;
    }
  }
  return { type: 'element', tagName: 'pre', properties: plain ? { style: plain } : {}, children: pre.children };
}

/**
 * The slim `<pre>`'s code as one text with its run table (core/code-runs.ts): each token's style
 * named by its place in `palette`, the tree's styles, which grows as blocks add to it.
 */
function compactPre(pre: Element, palette: Map<string, number>): Element {
  const code = pre.children[0];
  if (code?.type !== 'element') return pre;
  const lines: { text: string; style: number }[][] = [];
  const lineClasses: Record<string, string> = {};
  for (const line of code.children) {
    if (line.type !== 'element') continue;
    const classes = (line.properties.className as string[]).join(' ');
    if (classes !== 'line') lineClasses[lines.length] = classes;
    lines.push(
      line.children.map((token) => {
        if (token.type !== 'element') return { text: textOf(token), style: 0 };
        const style = String(token.properties.style);
        if (!palette.has(style)) palette.set(style, palette.size + 1);
        return { text: textOf(token), style: palette.get(style)! };
      }),
    );
  }
  const { code: text, runs } = encodeRuns(lines);
  const data: CodeRunsData = { runs };
  if (Object.keys(lineClasses).length > 0) data.lineClasses = lineClasses;
  code.children = [{ type: 'text', value: text }];
  code.data = data;
  return pre;
}

/** The highlighted `<pre>` of a block, or undefined when it stays plain (unknown language, too big, a grammar that failed). */
function highlight(
  kit: KitHighlighter,
  code: string,
  lang: string,
  rawMeta: string,
  themes: { light: string; dark: string },
  palette: Map<string, number>,
): Element | undefined {
  if (code.length > HIGHLIGHT_LIMITS.characters || code.split('\n').length > HIGHLIGHT_LIMITS.lines) return undefined;
  let resolved: string | undefined;
  try {
    resolved = kit.load(lang);
  } catch {
    return undefined;
  }
  if (!resolved) return undefined;
  const highlighter = kit.highlighter;
  try {
    const tree = highlighter.codeToHast(code, {
      lang: resolved,
      themes,
      defaultColor: false,
      colorReplacements: defaultColorReplacements,
      tabindex: false,
      meta: { __raw: rawMeta },
      transformers,
      tokenizeMaxLineLength: 2_000,
      // Shiki's default time limit cuts a line short while a grammar compiles on first use, which
      // would colour the same post differently from one run to the next; the size limits bound it.
      tokenizeTimeLimit: 0,
    });
    const pre = tree.children[0];
    return pre?.type === 'element' && pre.tagName === 'pre' ? compactPre(slimPre(pre), palette) : undefined;
  } catch {
    return undefined;
  } finally {
    kit.forget();
  }
}

/**
 * The block around a code block: the file name and the code. The language label is the figure's
 * `data-language`, which the render-time pass writes into the header (core/prepare.ts), so the Post
 * does not hold the name twice a block.
 */
function block(pre: Element, lang: string | undefined, title: string | undefined): Element {
  const children: ElementContent[] = [];
  if (title) {
    const caption: Element = { type: 'element', tagName: 'span', properties: { dataSlot: 'code-title' }, children: [{ type: 'text', value: title }] };
    children.push({ type: 'element', tagName: 'figcaption', properties: { dataSlot: 'code-header' }, children: [caption] });
  }
  children.push(pre);
  // No `undefined` values: the Post must equal its own JSON round trip.
  const properties: Element['properties'] = { dataSlot: 'code-block' };
  if (lang) properties.dataLanguage = lang;
  return { type: 'element', tagName: 'figure', properties, children };
}

/**
 * rehype plugin: highlights every `<pre><code class="language-x">` with Shiki and wraps each code
 * block (highlighted or not) in a `<figure data-slot="code-block">` with its file name and language
 * label. A language it does not know, or a block past {@link HIGHLIGHT_LIMITS}, stays plain
 * escaped code; nothing here throws over a post's content. (`.use(rehypeKitHighlight, false)`
 * turns it off, as it does any unified plugin: code then stays remark-rehype's plain `<pre>`.)
 */
export function rehypeKitHighlight(highlightOptions?: HighlightOptions) {
  const options = checkHighlightOptions('rehypeKitHighlight', highlightOptions);
  const highlighter = createKitHighlighter(options);
  const themeSet = options.themes ?? defaultThemes;
  const themes = { light: String(themeSet.light.name), dark: String(themeSet.dark.name) };
  return (tree: Root) => {
    const palette = new Map<string, number>();
    eachNode<Nodes>(tree, (node, index, parent) => {
      const code = node.type === 'element' && node.tagName === 'pre' && node.children.length === 1 ? node.children[0] : undefined;
      if (code?.type !== 'element' || code.tagName !== 'code') return;
      const lang = languageOf(code);
      const rawMeta = typeof code.data?.meta === 'string' ? code.data.meta : '';
      const meta = parseFenceMeta(rawMeta);
      let pre: Element | undefined;
      if (lang) {
        let source = textOf(code);
        if (source.endsWith('\n')) source = source.slice(0, -1);
        pre = highlight(highlighter, source, lang, meta.lines, themes, palette);
      }
      pre ??= { type: 'element', tagName: 'pre', properties: {}, children: [{ ...code, properties: {} }] };
      if (meta.lineNumbers) pre.properties.dataLineNumbers = true;
      (parent as Root | Element).children[index] = block(pre, lang, meta.title);
      return false;
    });
    if (palette.size > 0) tree.data = { ...tree.data, codeStyles: [...palette.keys()] };
  };
}

/**
 * Gives each of `roots` (the parts a post's body is cut into) that holds a highlighted block the
 * styles of `from`, the body they were cut from, so each part renders on its own.
 */
export function shareCodeStyles(from: Root, roots: (Root | undefined)[]): void {
  const codeStyles = from.data?.codeStyles;
  if (!codeStyles) return;
  for (const root of roots) {
    let found = false;
    if (root) eachNode<Nodes>(root, (node) => (found ||= node.type === 'element' && typeof node.data?.runs === 'string') ? false : undefined);
    if (found) root!.data = { ...root!.data, codeStyles };
  }
}

/** Options of {@link highlightFeature}. */
export interface HighlightFeatureOptions {
  /**
   * Code blocks highlighted with Shiki: colours for both schemes, a language label, `title="…"`,
   * `{1,3-5}`, `showLineNumbers` and the `// [!code …]` notations. `false` leaves code as plain
   * `<pre>`; an object adds languages (`langs`, Shiki language modules), names (`aliases`) or replaces
   * the `themes`. @default true (the default languages and the kit's GitHub themes)
   */
  highlight?: boolean | HighlightOptions;
}

/** Highlighting as a feature: on unless `highlight` is `false`. */
export const highlightFeature: MarkdownFeature<'highlight', HighlightFeatureOptions> = {
  name: 'highlight',
  options: { highlight: true },
  plugins: ({ highlight }) => (highlight === false ? undefined : { rehype: [[rehypeKitHighlight, typeof highlight === 'object' && highlight ? highlight : {}]] }),
};
