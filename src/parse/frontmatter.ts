import { parseDocument, YAMLParseError } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import { PostParseError } from '../post/errors.js';
import { LIMITS } from './limits.js';
import { readPlainYaml } from './plain-yaml.js';

/** A post file split into its frontmatter and body. */
export interface SplitSource {
  /** The frontmatter as a plain object; empty when the file has none. */
  data: Record<string, unknown>;
  /** The frontmatter's raw text, for locating fields. */
  raw: string;
  /** `yaml`, `toml`, or `none`. */
  language: 'yaml' | 'toml' | 'none';
  /** 1-based line in the file where the frontmatter's first field line sits. */
  firstLine: number;
  /** The markdown body. */
  body: string;
}

/** A fence is exactly `---` or `+++` (trailing blanks aside); a word after it names a language. */
const FENCE_OPEN = /^(---|\+\+\+)(?:\s*([A-Za-z][\w-]*))?$/;

/**
 * Splits frontmatter from the body. A first line of exactly `---` opens YAML, `+++` opens TOML;
 * any other language after the fence (`---js`, `---javascript`, `---coffee`) is refused, because
 * running code to read a post's metadata is never safe. Any other line opens none: a `----`
 * thematic break, or `-----BEGIN PGP SIGNATURE-----`, starts the body, as Jekyll reads it.
 */
export function splitFrontmatter(source: string, filename?: string): SplitSource {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const firstBreak = text.indexOf('\n');
  const firstLine = (firstBreak === -1 ? text : text.slice(0, firstBreak)).replace(/\r$/, '');
  const open = FENCE_OPEN.exec(firstLine.trimEnd());
  if (!open) return { data: {}, raw: '', language: 'none', firstLine: 1, body: text };

  const fence = open[1];
  const info = open[2] ?? '';
  if (info) {
    throw new PostParseError(
      `Unsupported frontmatter \`${fence}${info}\`: frontmatter that is code is never run. ` +
        `Expected YAML between \`---\` lines or TOML between \`+++\` lines; move the values into plain YAML.`,
      { field: 'frontmatter', line: 1, column: 1, filename },
    );
  }

  // Find the closing fence: a line that is exactly the fence (YAML also allows `...`). Walk line
  // starts rather than splitting the file: the body can be megabytes and is sliced off once.
  let start = firstBreak === -1 ? text.length : firstBreak + 1;
  let rawEnd = -1;
  let bodyStart = text.length;
  while (start < text.length) {
    const next = text.indexOf('\n', start);
    const end = next === -1 ? text.length : next;
    const line = text.slice(start, end).trimEnd();
    if (line === fence || (fence === '---' && line === '...')) {
      rawEnd = start;
      bodyStart = next === -1 ? text.length : next + 1;
      break;
    }
    start = end + 1;
  }
  if (rawEnd === -1) {
    throw new PostParseError(
      `Unterminated frontmatter: the \`${fence}\` fence on line 1 is never closed. ` +
        `Expected a line with only \`${fence}\` after the last field.`,
      { field: 'frontmatter', line: 1, column: 1, filename },
    );
  }

  const raw = text.slice(firstBreak + 1, Math.max(firstBreak + 1, rawEnd - 1)).replace(/\r$/, '');
  if (raw.length > LIMITS.frontmatterBytes) {
    throw new PostParseError(
      `Frontmatter too large: ${raw.length} characters, over the limit of ${LIMITS.frontmatterBytes}. ` +
        `Expected a few fields of metadata; move long content into the body.`,
      { field: 'frontmatter', line: 2, filename },
    );
  }
  const body = text.slice(bodyStart);
  const language = fence === '---' ? 'yaml' : 'toml';
  const data = language === 'yaml' ? readYaml(raw, filename) : readToml(raw, filename);
  return { data, raw, language, firstLine: 2, body };
}

function readYaml(raw: string, filename?: string): Record<string, unknown> {
  if (raw.trim() === '') return {};
  const plain = readPlainYaml(raw);
  if (plain) return plain;
  const doc = parseDocument(raw, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) throw yamlError(error, filename);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.yamlAliasCount });
  } catch (cause) {
    if (cause instanceof ReferenceError || cause instanceof RangeError) {
      throw new PostParseError(
        `Frontmatter refused: its YAML aliases expand past the limit of ${LIMITS.yamlAliasCount} ` +
          `(an alias bomb). Expected plain values; write the repeated values out.`,
        { field: 'frontmatter', line: 2, filename },
      );
    }
    throw cause;
  }
  return asMapping(value, 'YAML', filename);
}

function yamlError(error: YAMLParseError, filename?: string): PostParseError {
  const pos = error.linePos?.[0];
  const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return new PostParseError(`Invalid YAML frontmatter: ${reason}. Check the quoting and indentation of that line.`, {
    field: 'frontmatter',
    line: pos ? pos.line + 1 : undefined,
    column: pos?.col,
    filename,
  });
}

function readToml(raw: string, filename?: string): Record<string, unknown> {
  try {
    return asMapping(parseToml(raw), 'TOML', filename);
  } catch (cause) {
    if (cause instanceof TomlError) {
      const reason = cause.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
      return failToml(`Invalid TOML frontmatter: ${reason}. Check that line's value and quoting.`, cause.line + 1, cause.column, filename);
    }
    throw cause;
  }
}

function failToml(message: string, line: number, column: number, filename?: string): never {
  throw new PostParseError(message, { field: 'frontmatter', line, column, filename });
}

function asMapping(value: unknown, language: string, filename?: string): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new PostParseError(
      `Invalid ${language} frontmatter: received ${Array.isArray(value) ? 'a list' : `the ${typeof value} ${JSON.stringify(value)}`}, ` +
        'expected fields written as `key: value` lines.',
      { field: 'frontmatter', line: 2, filename },
    );
  }
  return value as Record<string, unknown>;
}

/** Finds the 1-based file line of a top-level frontmatter key, for error messages. */
export function lineOfField(split: Pick<SplitSource, 'raw' | 'language' | 'firstLine'>, key: string): number | undefined {
  if (split.language === 'none') return undefined;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern =
    split.language === 'yaml'
      ? new RegExp(`^(?:["']?)${escaped}(?:["']?)\\s*:`)
      : new RegExp(`^(?:["']?)${escaped}(?:["']?)\\s*=`);
  const lines = split.raw.split('\n');
  for (let i = 0; i < lines.length; i++) if (pattern.test(lines[i])) return split.firstLine + i;
  return undefined;
}
