/**
 * The fast path for the frontmatter most posts have: flat `key: value` lines whose values are plain
 * scalars (strings, numbers, booleans, null, dates, which YAML 1.2's core schema keeps as strings)
 * or lists of them, as `[a, b]` or as `- a` lines. The `yaml` package's document model, with its
 * error positions, cost about half of parsePost on a short post; this reads that subset directly.
 *
 * It answers only when it understands every character: anything else (comments, anchors, tags,
 * multi-line or escaped strings, tabs, nested maps, duplicate keys, odd indentation) gives
 * `undefined`, and the caller asks `yaml`, so values and error messages stay exactly `yaml`'s.
 * frontmatter.test.ts checks it against `yaml` over fixtures, the corpus and generated frontmatter.
 */

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const LIST_ITEM = /^( *)- +(.*)$/;
/** Characters a value may hold: no controls, no tab, no Unicode line breaks or BOM. */
const SAFE_TEXT = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]*$/;
const INT = /^[-+]?[0-9]{1,15}$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Plain scalars that may hold numbers' and dates' characters but resolve to strings in the core schema. */
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
/** First characters that are YAML indicators (or start a number we do not resolve: .5, +1.0, -2e3). */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`.+ ]/;
/** Words starting with a digit that the core schema reads as numbers (octal, hex, floats, exponents). */
const NUMBER_LIKE = /^(?:0o|0x)|^[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/;

const NOT_PLAIN = Symbol('not plain');
type Scalar = string | number | boolean | null;

/** The value of one scalar, or NOT_PLAIN when `yaml` should decide. `flow` is inside `[…]`. */
function scalar(text: string, flow: boolean): Scalar | typeof NOT_PLAIN {
  if (text === '' || !SAFE_TEXT.test(text)) return NOT_PLAIN;
  const first = text[0];
  if (first === '"' || first === "'") {
    const inner = text.slice(1, -1);
    if (text.length < 2 || text[text.length - 1] !== first || inner.includes(first) || inner.includes('\\')) return NOT_PLAIN;
    return inner;
  }
  if (text !== text.trim()) return NOT_PLAIN;
  switch (text) {
    case '~': case 'null': case 'Null': case 'NULL': return null;
    case 'true': case 'True': case 'TRUE': return true;
    case 'false': case 'False': case 'FALSE': return false;
  }
  if (INT.test(text)) return Number(text) === 0 ? NOT_PLAIN : Number(text);
  if (FLOAT.test(text)) return NOT_PLAIN;
  if (DATE.test(text)) return text;
  if (INDICATOR_START.test(text) || NUMBER_LIKE.test(text)) return NOT_PLAIN;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return NOT_PLAIN;
  if (flow && /[,[\]{}:"']/.test(text)) return NOT_PLAIN;
  return text;
}

/** `[a, b]` as a list of scalars, or NOT_PLAIN. */
function flowList(text: string): Scalar[] | typeof NOT_PLAIN {
  const inner = text.slice(1, -1);
  if (inner.trim() === '') return inner === '' ? [] : NOT_PLAIN;
  const out: Scalar[] = [];
  for (const part of inner.split(',')) {
    const item = part.trim();
    // A space or more around an item is what YAML ignores; a quoted item holding a comma was split.
    const value = scalar(item, true);
    if (value === NOT_PLAIN || (typeof value === 'string' && /^["']/.test(item) && item.length < 2)) return NOT_PLAIN;
    out.push(value);
  }
  return out;
}

/**
 * The frontmatter as `yaml`'s `toJS()` gives it, when it is plain YAML this reads completely;
 * otherwise `undefined` (the caller then parses it with `yaml`).
 */
export function readPlainYaml(raw: string): Record<string, unknown> | undefined {
  const lines = raw.split('\n');
  const out: Record<string, unknown> = {};
  let list: Scalar[] | undefined;
  let listIndent = -1;
  let listKey = '';
  for (const line of lines) {
    if (line === '') {
      // A blank line inside or after a block list is legal YAML; it only ends nothing.
      continue;
    }
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
    // Duplicates are yaml's error to report; `null`-like keys become '' in toJS, so yaml decides those too.
    if (Object.hasOwn(out, key) || key === '__proto__' || /^(?:null|Null|NULL)$/.test(key)) return undefined;
    const text = field[2];
    if (text === undefined) {
      list = [];
      listIndent = -1;
      listKey = key;
      continue;
    }
    const value = text.startsWith('[') && text.endsWith(']') ? flowList(text) : scalar(text, false);
    if (value === NOT_PLAIN) return undefined;
    out[key] = value;
  }
  if (list !== undefined) out[listKey] = list.length ? list : null;
  return out;
}
