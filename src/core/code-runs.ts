/**
 * The compact form of a highlighted code block, written once here for both sides: `encodeRuns`
 * (parse time, markdown/highlight.ts) and `expandRuns` (render time, core/prepare.ts).
 *
 * A highlighted block keeps its code as the one text child of its `<code>`, so every reader of text
 * (search, feeds, reading time, the copy button) reads the code as written; the colours travel beside
 * it as a run table, `code.data.runs`, naming styles by their place in the tree's palette,
 * `root.data.codeStyles`. A span for every token and every line is what made a code-heavy Post heavy,
 * and gzip folds repeated colours but not the nodes that carry them, so the table names no length a
 * reader of the code could work out: it gives one style to each unit of a line (a word, a run of
 * blanks, one other character), the units a highlighter's tokens almost always start and end at.
 *
 * The grammar, per line of the code (lines of the table separated by `,`): one item per unit, in
 * order, where an item is a style character (`@` no style, `A`–`Z` the palette's 1st–26th style,
 * then from U+0100 on) or, for a unit whose characters differ, `[` then each piece's length and style
 * `]`. A run of blanks has no item when it takes the style of the unit after it (no style at the end
 * of a line), `^` when it takes the style of the character before it, else `!` and its item. A
 * line's trailing unstyled items, and trailing empty lines, are left out. `code.data.lineClasses`
 * maps a line's number to its classes when they are not just `line`. Expanding gives the tree the highlighter made: a `<span class="line">` per line with `\n` between,
 * and inside it a `<span style>` per run of one style (the text alone where there is none).
 */
import type { Element, ElementContent } from 'hast';

/** What a block's `<code>` carries in `data` (see the module comment). */
export interface CodeRunsData {
  /** The run table: one style per unit of each line. */
  runs: string;
  /** A line's classes by its index (from 0), when they are not just `line` (`line highlighted`, `line diff add`). */
  lineClasses?: Record<string, string>;
}

const UNITS = /[\w$]+|\s+|[^\w\s$]/g;
const NONE = 0;

/** The character naming palette entry `index` (1-based; 0 is no style). */
function styleChar(index: number): string {
  return String.fromCharCode(index <= 26 ? 64 + index : 0x100 + index - 27);
}

/** The palette index a character names, or 0 (no style) when it names none. */
function styleIndex(char: number): number {
  return char >= 64 && char <= 90 ? char - 64 : char >= 0x100 ? char - 0x100 + 27 : NONE;
}

/** A unit's item: one style character, or its pieces when its characters differ. */
function item(styles: number[]): string {
  let out = '';
  let pieces = 0;
  for (let i = 0; i < styles.length; ) {
    let j = i;
    while (j < styles.length && styles[j] === styles[i]) j++;
    out += `${j - i}${styleChar(styles[i])}`;
    pieces++;
    i = j;
  }
  return pieces === 1 ? styleChar(styles[0]) : `[${out}]`;
}

/**
 * The run table of a block from its lines, each a list of tokens (text and palette index, 0 for
 * none). Returns the code (the lines joined with `\n`) and the table.
 */
export function encodeRuns(lines: { text: string; style: number }[][]): { code: string; runs: string } {
  const texts: string[] = [];
  const table: string[] = [];
  for (const tokens of lines) {
    let text = '';
    const styles: number[] = [];
    for (const token of tokens) {
      text += token.text;
      for (let i = 0; i < token.text.length; i++) styles.push(token.style);
    }
    texts.push(text);
    const items: string[] = [];
    for (const match of text.matchAll(UNITS)) {
      const at = match.index;
      const unit = styles.slice(at, at + match[0].length);
      if (/\s/.test(match[0][0])) {
        const implied = at + match[0].length < text.length ? styles[at + match[0].length] : NONE;
        const before = at > 0 ? styles[at - 1] : NONE;
        if (unit.every((s) => s === implied)) continue;
        items.push(unit.every((s) => s === before) ? '^' : `!${item(unit)}`);
      } else items.push(item(unit));
    }
    while (items[items.length - 1] === '@') items.pop();
    table.push(items.join(''));
  }
  while (table.length > 0 && table[table.length - 1] === '') table.pop();
  return { code: texts.join('\n'), runs: table.join(',') };
}

/** The styles of one line's characters from its part of the table (unstyled where it does not fit). */
function lineStyles(text: string, table: string): number[] {
  const items = table.match(/\^|!?(?:\[[^\]]*\]?|[^])/g) ?? [];
  const out: number[] = [];
  const implied: number[] = [];
  let k = 0;
  for (const [unit] of text.matchAll(UNITS)) {
    const blank = /\s/.test(unit[0]);
    const item = blank && !/^[!^]/.test(items[k] ?? '') ? '' : (items[k++] ?? '@').replace(/^!/, '');
    let filled = 0;
    const fill = (index: number, count = unit.length) => {
      for (count = Math.min(count, unit.length - filled); count > 0; count--, filled++) out.push(index);
    };
    if (item === '') implied.push(out.length);
    else if (item === '^') fill(out[out.length - 1] ?? NONE);
    else if (item[0] === '[') for (const [, count, char] of item.matchAll(/(\d+)([^\d\]])/g)) fill(styleIndex(char.charCodeAt(0)), Number(count));
    else fill(styleIndex(item.charCodeAt(0)));
    fill(NONE);
  }
  // A blank with no item takes the style of the character after it.
  for (const start of implied) {
    let end = start;
    while (/\s/.test(text[end] ?? '')) end++;
    out.fill(out[end] ?? NONE, start, end);
  }
  return out;
}

/**
 * The line and token spans of a block from its code, run table and line classes, with `styles` the
 * tree's palette already made safe (an entry that is not a safe style is undefined, and its tokens
 * stay plain text). Never throws: a table that does not fit its code leaves the rest unstyled.
 */
export function expandRuns(code: string, data: { runs: string; lineClasses?: unknown }, styles: readonly (string | undefined)[]): ElementContent[] {
  const tables = data.runs.split(',');
  const classes = Object(data.lineClasses) as Record<string, unknown>;
  return code.split('\n').flatMap((text, n): ElementContent[] => {
    const lineClass = Object.hasOwn(classes, n) && typeof classes[n] === 'string' ? (classes[n] as string) : 'line';
    const line: Element = { type: 'element', tagName: 'span', properties: { className: lineClass.split(' ') }, children: [] };
    const of = lineStyles(text, tables[n] ?? '').map((index) => styles[index - 1]);
    for (let i = 0, j = 0; i < text.length; i = j) {
      while (j < text.length && of[j] === of[i]) j++;
      const value: ElementContent = { type: 'text', value: text.slice(i, j) };
      line.children.push(of[i] === undefined ? value : { type: 'element', tagName: 'span', properties: { style: of[i] }, children: [value] });
    }
    return n > 0 ? [{ type: 'text', value: '\n' }, line] : [line];
  });
}
