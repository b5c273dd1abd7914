import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluggableList } from 'unified';
import { featuresKey } from '../markdown/feature.js';
import { FEATURES } from '../markdown/features.js';
import type { ParseOptions } from '../parse/options.js';
import { POST_FORMAT, type Post, type PostSummary } from '../post/index.js';
import type { PostWarning } from '../post/errors.js';

/**
 * Bumped when the cache entry layout changes. 2: entries are ASCII-only JSON (see `PostCache`).
 * 3: entries say whether the post links to another post's file (`links`).
 */
const ENTRY_FORMAT = 3;

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The key a file's entry is made with: the options' fingerprint, the file's name as the load walked
 * it and its bytes as they are (a warm load never decodes a source it does not parse).
 */
export const entryKey = (fingerprint: string, file: string, bytes: Uint8Array) => sha256(Buffer.concat([Buffer.from(`${fingerprint}\n${file}\n`), bytes]));

/** The kit's version, from the package.json above this module (in the source tree and in dist alike). */
function kitVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'react-blog-kit') return pkg.version ?? '0';
      } catch {
        // An unreadable package.json further down is not ours; keep looking up.
      }
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}

/**
 * A stable text for an option value: object keys sorted; functions by their `cacheKey`, else their
 * name and a hash of their source; RegExps by their source.
 */
function fingerprint(value: unknown, seen = new WeakSet<object>()): string {
  if (typeof value === 'function') {
    const fn = value as { cacheKey?: unknown; name: string };
    if (typeof fn.cacheKey === 'string') return `fn:key:${fn.cacheKey}`;
    return `fn:${fn.name}:${sha256(String(value)).slice(0, 16)}`;
  }
  if (value === undefined) return 'u';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  if (value instanceof RegExp) return `re:${String(value)}`;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  const out = Array.isArray(value)
    ? `[${value.map((v) => fingerprint(v, seen)).join(',')}]`
    : `{${Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${fingerprint((value as Record<string, unknown>)[k], seen)}`)
        .join(',')}}`;
  seen.delete(value);
  return out;
}

/** A plugin as unified takes it, described for the cache key: a `cacheKey` on the plugin or its settings wins. */
function describePlugins(list: PluggableList | undefined): string {
  return fingerprint(
    (list ?? []).map((entry) => {
      if (Array.isArray(entry)) {
        const [plugin, ...settings] = entry as unknown[];
        const key = settings.find((s): s is { cacheKey: string } => typeof (s as { cacheKey?: unknown })?.cacheKey === 'string')?.cacheKey;
        return key !== undefined ? `key:${key}` : [plugin, settings];
      }
      return entry;
    }),
  );
}

/**
 * Everything besides the file's text that changes what parsePost returns for it: the kit's markdown
 * features by their `cacheKey` (or, where they name none, the values of their options), every other
 * option by its value, and the host's plugins.
 */
export function optionsFingerprint(options: ParseOptions): string {
  // Where warnings go changes no post.
  const { remarkPlugins, rehypePlugins, filename: _filename, onWarning: _onWarning, ...rest } = options;
  const own: Record<string, unknown> = { ...rest };
  for (const feature of FEATURES) for (const key in feature.options) delete own[key];
  const features = featuresKey(FEATURES, options, (values) => fingerprint(values));
  return sha256(
    [`entry:${ENTRY_FORMAT}`, `post:${POST_FORMAT}`, `kit:${kitVersion()}`, fingerprint(own), features, describePlugins(remarkPlugins), describePlugins(rehypePlugins)].join('\n'),
  );
}

interface Entry {
  key: string;
  post: Post;
  /** What the parse warned of, told again whenever the entry is read: a cached post has not lost them. */
  warnings?: PostWarning[];
  /** Whether the post links to another post's file, so a load that reads the entry back knows whether to look. */
  links?: boolean;
}

/** What a cache entry gives back besides the key. */
export interface Cached {
  post: Post;
  warnings: PostWarning[];
  links: boolean;
}

const looksLikePost = (post: unknown): post is Post => {
  const p = post as Partial<Post> | undefined;
  return (
    !!p &&
    p.format === POST_FORMAT &&
    typeof p.title === 'string' &&
    p.intro?.type === 'root' &&
    Array.isArray(p.sections) &&
    Array.isArray(p.toc) &&
    Array.isArray(p.tags) &&
    Array.isArray(p.authors)
  );
};

/** Every character past ASCII as a JSON escape, so an entry reads back as one-byte text. */
const escapeNonAscii = (json: string) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const NON_ASCII = /[\u0080-\u00ff]/;

/**
 * Parsed posts on disk, one entry per source file (so a changed file replaces its entry instead of
 * piling up), each holding the key it was made with. An entry that does not parse, was made with
 * another key or does not look like a Post is ignored, and the caller rewrites it.
 *
 * Entries are JSON with every non-ASCII character escaped: a warm rebuild is mostly reading entries
 * back, and text known to be ASCII can be read as Latin-1, which is cheaper than UTF-8 decoding. A
 * file holding any other byte is not an entry of this format, and is ignored like a corrupt one.
 */
export class PostCache {
  constructor(readonly dir: string) {}

  private entryFile(file: string) {
    return path.join(this.dir, `${sha256(path.resolve(file)).slice(0, 32)}.json`);
  }

  /** The lock file of `file`'s entry (see `PostLocks`): one a post, as the entry is. */
  lockFile(file: string): string {
    return this.entryFile(file).replace(/\.json$/, '.lock');
  }

  /** Synchronous, as loadPosts reads sources (see readOne): JSON.parse blocks anyway. */
  get(file: string, key: string): Cached | undefined {
    let text: string;
    try {
      text = readFileSync(this.entryFile(file)).toString('latin1');
    } catch {
      return undefined;
    }
    if (NON_ASCII.test(text)) return undefined;
    try {
      const entry = JSON.parse(text) as Partial<Entry>;
      if (entry.key !== key || !looksLikePost(entry.post)) return undefined;
      return { post: entry.post, warnings: Array.isArray(entry.warnings) ? entry.warnings : [], links: entry.links === true };
    } catch {
      return undefined;
    }
  }

  async set(file: string, key: string, { post, warnings, links }: Cached): Promise<void> {
    await writeAtomically(this.dir, this.entryFile(file), escapeNonAscii(JSON.stringify({ key, post, ...(warnings.length > 0 && { warnings }), ...(links && { links }) } satisfies Entry)));
  }
}

/**
 * Written beside and renamed, so a reader (another process of the build too) never sees half a file.
 * The folder is made when the first write finds it missing, not before every write: a cold load
 * writes one entry a post.
 */
async function writeAtomically(dir: string, target: string, text: string): Promise<void> {
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, text);
  }
  await rename(temporary, target);
}

/** One file of a summary index: what a list needs of its post, and what the entry was made from. */
export type IndexEntry =
  | {
      /** The file as the load walked it (the name its entry key is made with). */
      file: string;
      /** The key of the file's cache entry when the summary was made (see {@link entryKey}). */
      key: string;
      /** `toSummary` of the post as parsed, before its images and links are resolved by the load. */
      summary: PostSummary;
      links?: boolean;
      warnings?: PostWarning[];
    }
  | {
      file: string;
      /** The file failed to load: it is read again (and fails again, or not) on the next load. */
      failed: true;
    };

const INDEX_FORMAT = 1;

/**
 * The summaries of one folder's posts under one set of options, in one file beside the entries, so
 * that a warm `loadPostSummaries` reads one small file instead of every post's trees. Each summary
 * keeps the key of the entry it was made from: a file whose bytes or options changed since is read
 * again, and the index rewritten.
 */
export class SummaryIndex {
  readonly file: string;

  constructor(
    readonly dir: string,
    folder: string,
    fingerprint: string,
  ) {
    this.file = path.join(dir, `summaries-${sha256(`${INDEX_FORMAT}\n${path.resolve(folder)}\n${fingerprint}`).slice(0, 32)}.json`);
  }

  /** The entries by absolute file, or none when the index is missing, corrupt or of another format. */
  read(): Map<string, IndexEntry> {
    const byFile = new Map<string, IndexEntry>();
    let text: string;
    try {
      text = readFileSync(this.file).toString('latin1');
    } catch {
      return byFile;
    }
    if (NON_ASCII.test(text)) return byFile;
    try {
      const index = JSON.parse(text) as { format?: unknown; entries?: unknown };
      if (index.format !== INDEX_FORMAT || !Array.isArray(index.entries)) return byFile;
      for (const entry of index.entries as IndexEntry[]) {
        if (typeof entry?.file !== 'string') continue;
        if ('failed' in entry || (typeof entry.key === 'string' && typeof entry.summary?.title === 'string')) byFile.set(entry.file, entry);
      }
    } catch {
      // A corrupt index is an empty one: every file is read again, and the index rewritten.
    }
    return byFile;
  }

  async write(entries: IndexEntry[]): Promise<void> {
    await writeAtomically(this.dir, this.file, escapeNonAscii(JSON.stringify({ format: INDEX_FORMAT, entries })));
  }
}
