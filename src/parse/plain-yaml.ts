/**
 * The fast path for the frontmatter most posts have: flat `key: value` lines whose values are plain
 * scalars (strings, numbers, booleans, null, dates, which YAML 1.2's core schema keeps as strings)
 * or lists of them, as `[a, b]` or as `- a` lines; whole-line comments; and the simple block
 * scalars Hugo and Kubernetes posts use for long values (`description: >` or `|`, optionally `-`,
 * over lines of one indentation). The `yaml` package's document model, with its
 * error positions, cost about half of parsePost on a short post; this reads that subset directly.
 *
 * It answers only when it understands every character: anything else (comments, anchors, tags,
 * multi-line or escaped strings, tabs, nested maps, duplicate keys, odd indentation) gives
 * `undefined`, and the caller asks `yaml`, so values and error messages stay exactly `yaml`'s.
 * frontmatter.test.ts checks it against `yaml` over fixtures, the corpus and generated frontmatter.
 */

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const LIST_ITEM = /^( *)- +(.*)$/;
const COMMENT_LINE = /^ *#/;
/** A block scalar's header: folded (`>`) or literal (`|`), clipped or stripped (`-`); no indentation or keep indicator. */
const BLOCK_HEADER = /^([>|])(-?)$/;
const BLOCK_LINE = /^( +)(\S(?:.*\S)?)$/;
/** Characters the fast path leaves to yaml: controls (tab, CR), Unicode line breaks and the BOM. */
const UNSAFE_TEXT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const INT = /^[-+]?[0-9]{1,15}$/;
/**
 * First characters that are YAML indicators or start a number the core schema reads (.5, +1.0),
 * and words that are numbers we do not resolve (octal, hex, floats, exponents). Dates are none of
 * these, so they stay strings, as the core schema keeps them.
 */
const NOT_A_STRING = /^[-?:,[\]{}#&*!|>'"%@`.+ ]|^0[ox]|^[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/;

const NOT_PLAIN = Symbol('not plain');
type Scalar = string | number | boolean | null;

/** The value of one scalar, or NOT_PLAIN when `yaml` should decide. `flow` is inside `[…]`. */
function scalar(text: string, flow: boolean): Scalar | typeof NOT_PLAIN {
  const first = text[0];
  if (first === '"' || first === "'") {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith(first) || inner.includes(first) || inner.includes('\\')) return NOT_PLAIN;
    return inner;
  }
  if (text === '' || text !== text.trim()) return NOT_PLAIN;
  if (/^(?:~|null|Null|NULL)$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  // Zero is left to yaml for its sign (-0).
  if (INT.test(text)) return Number(text) || NOT_PLAIN;
  if (NOT_A_STRING.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return NOT_PLAIN;
  if (flow && /[,[\]{}:"']/.test(text)) return NOT_PLAIN;
  return text;
}

/** `[a, b]` as a list of scalars, or NOT_PLAIN. A quoted item holding a comma is split and declined. */
function flowList(text: string): Scalar[] | typeof NOT_PLAIN {
  const inner = text.slice(1, -1);
  if (inner.trim() === '') return inner === '' ? [] : NOT_PLAIN;
  const out: Scalar[] = [];
  for (const part of inner.split(',')) {
    const value = scalar(part.trim(), true);
    if (value === NOT_PLAIN) return NOT_PLAIN;
    out.push(value);
  }
  return out;
}

/**
 * The frontmatter as `yaml`'s `toJS()` gives it, when it is plain YAML this reads completely;
 * otherwise `undefined` (the caller then parses it with `yaml`).
 */
export function readPlainYaml(raw: string): Record<string, unknown> | undefined {
  if (UNSAFE_TEXT.test(raw)) return undefined;
  const lines = raw.split('\n');
  const out: Record<string, unknown> = {};
  let list: Scalar[] | undefined;
  let listIndent = -1;
  let listKey = '';
  let block: { key: string; folded: boolean; strip: boolean; indent: number; lines: string[] } | undefined;
  const endBlock = (): boolean => {
    if (!block) return true;
    const { key, folded, strip, lines: text } = block;
    block = undefined;
    if (text.length === 0) return false;
    out[key] = text.join(folded ? ' ' : '\n') + (strip ? '' : '\n');
    return true;
  };
  for (const line of lines) {
    if (block) {
      // The block's lines: one indentation, no blank line, no trailing space (each of which YAML
      // folds or keeps by rules this leaves to yaml). The first line at the key's level ends it.
      if (line === '') return undefined;
      if (line.startsWith(' ')) {
        const content = BLOCK_LINE.exec(line);
        if (!content) return undefined;
        if (block.indent === -1) block.indent = content[1].length;
        else if (content[1].length !== block.indent) return undefined;
        block.lines.push(content[2]);
        continue;
      }
      if (!endBlock()) return undefined;
    }
    // A blank line inside or after a block list is legal YAML and ends nothing; nor does a comment.
    if (line === '' || COMMENT_LINE.test(line)) continue;
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (list === undefined) return undefined;
      const indent = item[1].length;
      if (listIndent === -1) listIndent = indent;
      else if (indent !== listIndent) return undefined;
      const value = scalar(item[2], false);
      if (value === NOT_PLAIN || (typeof value === 'string' && value.startsWith('-'))) return undefined;
      list.push(value);
      continue;
    }
    if (list !== undefined) {
      out[listKey] = list.length ? list : null;
      list = undefined;
    }
    const field = KEY_LINE.exec(line);
    if (!field) return undefined;
    const key = field[1];
    // Duplicates are yaml's error to report; keys the core schema reads as null or a boolean become
    // '' or 'true'/'false' in toJS (`True:` gives "true"), so yaml decides those too, and the keys
    // an object's prototype knows.
    if (Object.hasOwn(out, key) || /^(?:__proto__|constructor|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/.test(key)) return undefined;
    const text = field[2];
    if (text === undefined) {
      list = [];
      listIndent = -1;
      listKey = key;
      continue;
    }
    const header = BLOCK_HEADER.exec(text);
    if (header) {
      block = { key, folded: header[1] === '>', strip: header[2] === '-', indent: -1, lines: [] };
      continue;
    }
    const value = text.startsWith('[') && text.endsWith(']') ? flowList(text) : scalar(text, false);
    if (value === NOT_PLAIN) return undefined;
    out[key] = value;
  }
  if (list !== undefined) out[listKey] = list.length ? list : null;
  if (!endBlock()) return undefined;
  return out;
}
