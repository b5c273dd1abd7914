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
 * order, where an item is a style character (`@` no style, `A`–`Z` the palette's 1st–26th style, then
 * from U+0100 on) or, for a unit whose characters differ, `[` then each piece's length and style `]`.
 * A run of blanks has no item when it takes the style of the unit after it (no style at the end of a
 * line), `^` when it takes the style of the character before it, else `!` and its item. A line's trailing unstyled items, and trailing empty lines, are left
 * out. `code.data.lineClasses` maps a line's number to its classes when they are not just `line`.
 * Expanding gives the tree the highlighter made: a `<span class="line">` per line with `\n` between,
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

/** The palette index a character names, or -1 when it names none. */
function styleIndex(char: number): number {
  return char >= 64 && char <= 90 ? char - 64 : char >= 0x100 ? char - 0x100 + 27 : -1;
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

/** Reads one item at `at` into `out` (as many styles as the unit has characters); returns where it ended. */
function readItem(runs: string, at: number, length: number, out: number[]): number {
  if (runs[at] !== '[') {
    const index = at < runs.length ? styleIndex(runs.charCodeAt(at)) : NONE;
    for (let i = 0; i < length; i++) out.push(Math.max(index, NONE));
    return at < runs.length ? at + 1 : at;
  }
  let i = at + 1;
  let filled = 0;
  while (i < runs.length && runs[i] !== ']') {
    let digits = '';
    while (i < runs.length && runs[i] >= '0' && runs[i] <= '9') digits += runs[i++];
    const index = i < runs.length && runs[i] !== ']' ? styleIndex(runs.charCodeAt(i++)) : NONE;
    for (let n = Math.min(Number(digits) || 0, length - filled); n > 0; n--, filled++) out.push(Math.max(index, NONE));
  }
  for (; filled < length; filled++) out.push(NONE);
  return i + 1;
}

/** The styles of one line's characters from its part of the table. */
function lineStyles(text: string, runs: string): number[] {
  const styles: number[] = [];
  const implied: [number, number][] = [];
  let at = 0;
  for (const match of text.matchAll(UNITS)) {
    const length = match[0].length;
    if (/\s/.test(match[0][0])) {
      if (runs[at] === '!') at = readItem(runs, at + 1, length, styles);
      else if (runs[at] === '^') {
        const before = styles[styles.length - 1] ?? NONE;
        for (let i = 0; i < length; i++) styles.push(before);
        at++;
      } else {
        implied.push([styles.length, length]);
        for (let i = 0; i < length; i++) styles.push(NONE);
      }
    } else at = readItem(runs, at, length, styles);
  }
  for (const [start, length] of implied) styles.fill(styles[start + length] ?? NONE, start, start + length);
  return styles;
}

/**
 * The line and token spans of a block from its code, run table and line classes, with `styles` the
 * tree's palette already made safe (an entry that is not a safe style is undefined, and its tokens
 * stay plain text). Never throws: a table that does not fit its code leaves the rest unstyled.
 */
export function expandRuns(code: string, data: { runs: string; lineClasses?: unknown }, styles: readonly (string | undefined)[]): ElementContent[] {
  const tables = data.runs.split(',');
  const classes = typeof data.lineClasses === 'object' && data.lineClasses !== null ? (data.lineClasses as Record<string, unknown>) : {};
  const out: ElementContent[] = [];
  code.split('\n').forEach((text, n) => {
    if (n > 0) out.push({ type: 'text', value: '\n' });
    const lineClass = Object.hasOwn(classes, n) && typeof classes[n] === 'string' ? (classes[n] as string) : 'line';
    const line: Element = { type: 'element', tagName: 'span', properties: { className: lineClass.split(' ') }, children: [] };
    const charStyles = lineStyles(text, tables[n] ?? '');
    for (let i = 0; i < text.length; ) {
      let j = i;
      const style = styles[charStyles[i] - 1];
      while (j < text.length && styles[charStyles[j] - 1] === style) j++;
      const value: ElementContent = { type: 'text', value: text.slice(i, j) };
      line.children.push(style === undefined ? value : { type: 'element', tagName: 'span', properties: { style }, children: [value] });
      i = j;
    }
    out.push(line);
  });
  return out;
}
