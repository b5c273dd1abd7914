import type { Post, PostAuthor, PostImage, PostSeries } from '../post/index.js';
import { readAuthorMap, readAuthorObject } from './authors.js';
import { parseDate } from './dates.js';
import { nameSlug, pathSlug, slugProblem } from '../post/slug.js';
import { PostParseError } from '../post/errors.js';

/** The normalised frontmatter fields of a Post (everything but the body). */
export type PostFields = Pick<
  Post,
  'description' | 'pubDate' | 'updatedDate' | 'heroImage' | 'authors' | 'tags' | 'lang' | 'dir' | 'slug' | 'series' | 'draft' | 'unlisted' | 'data'
> & {
  title?: string;
  /** Where the post's own `excerpt_separator` cuts the excerpt (Jekyll's field). */
  excerptSeparator?: string;
};

/** Where the fields came from, for error messages. */
export interface FieldContext {
  filename?: string;
  lineOf: (key: string) => number | undefined;
  /** The host's authors map: string authors are then keys into it. */
  authors?: Record<string, unknown>;
}

/** Each Post field and the names other generators give it, first match wins. */
const ALIASES = {
  title: ['title'],
  description: ['description', 'excerpt', 'summary'],
  pubDate: ['pubDate', 'date', 'publishDate', 'published'],
  updatedDate: ['updatedDate', 'lastmod', 'updated', 'modified'],
  heroImage: ['heroImage', 'coverImage', 'cover', 'image', 'ogImage', 'thumbnail'],
  heroImageAlt: ['heroImageAlt'],
  authors: ['authors', 'author', 'by'],
  tags: ['tags'],
  lang: ['lang'],
  dir: ['dir'],
  slug: ['slug'],
  series: ['series'],
  seriesOrder: ['seriesOrder', 'series_order'],
  draft: ['draft'],
  unlisted: ['unlisted'],
  excerptSeparator: ['excerpt_separator', 'excerptSeparator'],
} as const;

/** Docusaurus's legacy single-author fields, beside `author: Name`. */
const LEGACY_AUTHOR = {
  url: ['author_url', 'authorURL'],
  bio: ['author_title', 'authorTitle'],
  avatar: ['author_image_url', 'authorImageURL'],
} as const;

/** A flag as YAML or a hand-written string gives it: true, false, or undefined when it is neither. */
function flag(value: unknown): boolean | undefined {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
  return v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `a list (${JSON.stringify(value).slice(0, 60)})`;
  if (value instanceof Date) return `the date ${String(value)}`;
  if (typeof value === 'object') return `an object (${JSON.stringify(value).slice(0, 60)})`;
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return `the ${typeof value} ${String(value)}`;
}

/**
 * Copies a value into plain JSON: dates become ISO strings, `undefined` and functions are left
 * out, and a `__proto__` key stays an ordinary own property, never a prototype.
 */
function toJson(value: unknown, depth = 0): unknown {
  if (depth > 64) return null;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return parseDate(value) ?? null;
  if (Array.isArray(value)) return value.map((v) => (v === undefined || typeof v === 'function' ? null : toJson(v, depth + 1)));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      Object.defineProperty(out, key, { value: toJson(v, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return undefined;
}

/** Reads the Post fields out of frontmatter data; everything else stays in `data`. */
export function readFields(input: Record<string, unknown>, ctx: FieldContext): PostFields {
  const used = new Set<string>();
  // Jekyll's `published: false` is a flag, not a date: read as one, it is no `pubDate`.
  const published = hasOwn(input, 'published') ? flag(input.published) : undefined;
  if (published !== undefined) used.add('published');
  const take = (field: keyof typeof ALIASES): { key: string; value: unknown } | undefined => {
    for (const key of ALIASES[field]) {
      if (key === 'published' && published !== undefined) continue;
      if (hasOwn(input, key) && input[key] !== null && input[key] !== undefined && input[key] !== '') {
        used.add(key);
        return { key, value: input[key] };
      }
    }
    return undefined;
  };
  const fail = (key: string, value: unknown, expected: string): never => {
    throw new PostParseError(`Invalid \`${key}\`: received ${describe(value)}, expected ${expected}.`, {
      field: key,
      line: ctx.lineOf(key.split('.')[0]),
      filename: ctx.filename,
    });
  };
  const text = (field: keyof typeof ALIASES, expected = 'a string'): string | undefined => {
    const found = take(field);
    if (!found) return undefined;
    const { key, value } = found;
    if (typeof value === 'string') return value.trim() || undefined;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return fail(key, value, expected);
  };
  const date = (field: 'pubDate' | 'updatedDate'): string | undefined => {
    const found = take(field);
    if (!found) return undefined;
    return readDate(found.key, found.value);
  };
  const readDate = (key: string, value: unknown): string => {
    const iso = parseDate(value);
    if (iso === undefined) return fail(key, value, 'a date such as 2022-07-24, 2022-07-24T10:00:00Z or "Jul 24 2022"');
    return iso;
  };
  // A title is words: `title: false` is refused, not shown as "false" (Docusaurus refuses it too).
  const title = take('title');
  if (title && typeof title.value === 'boolean') fail(title.key, title.value, 'a string such as "My first post"');

  const fields: PostFields = {
    title: text('title', 'a string such as "My first post"'),
    description: text('description'),
    pubDate: date('pubDate'),
    updatedDate: date('updatedDate') ?? lastUpdate(input, readDate),
    authors: [],
    tags: [],
    data: {},
  };

  const hero = take('heroImage');
  const heroAlt = text('heroImageAlt');
  if (hero) fields.heroImage = readImage(hero.key, hero.value, heroAlt, fail);

  const authors = take('authors');
  const authorMap = ctx.authors ? readAuthorMap(ctx.authors) : undefined;
  if (authors) fields.authors = readAuthors(authors.key, authors.value, fail, authorMap, ctx.filename);
  if (authors?.key === 'author' && fields.authors.length === 1 && !fields.authors[0].key) {
    const [author] = fields.authors;
    for (const [part, keys] of Object.entries(LEGACY_AUTHOR) as [keyof typeof LEGACY_AUTHOR, readonly string[]][]) {
      const key = keys.find((k) => typeof input[k] === 'string' && (input[k] as string).trim() !== '');
      if (key === undefined) continue;
      used.add(key);
      author[part] = (input[key] as string).trim();
    }
  }

  const tags = take('tags');
  if (tags) fields.tags = readTags(tags.key, tags.value, fail);

  fields.lang = text('lang', 'a language tag such as "en" or "fa"');
  const dir = text('dir', '"ltr", "rtl" or "auto"');
  if (dir !== undefined) {
    if (dir !== 'ltr' && dir !== 'rtl' && dir !== 'auto') fail('dir', dir, '"ltr", "rtl" or "auto"');
    fields.dir = dir as Post['dir'];
  }
  const slug = text('slug');
  if (slug !== undefined) {
    const problem = slugProblem(slug);
    if (problem) {
      throw new PostParseError(
        `Invalid \`slug\`: received ${JSON.stringify(slug)}, which has ${problem}. Expected a path of plain segments between "/"s, such as my-post or /guides/my-post.`,
        { field: 'slug', line: ctx.lineOf('slug'), filename: ctx.filename },
      );
    }
    fields.slug = pathSlug(slug) || undefined;
  }

  const series = take('series');
  if (series) fields.series = readSeries(series.key, series.value, take('seriesOrder'), fail);
  for (const field of ['draft', 'unlisted'] as const) {
    const found = take(field);
    if (!found) continue;
    const value = flag(found.value);
    if (value === undefined) fail(found.key, found.value, 'true or false');
    if (value) fields[field] = true;
  }
  if (published === false) fields.draft = true;
  if (fields.draft && fields.unlisted) {
    const key = published === false ? 'published' : 'draft';
    throw new PostParseError(
      `Invalid \`unlisted\` with \`${key === 'published' ? 'published: false' : 'draft: true'}\`: a post is either a draft (not published) or unlisted ` +
        '(published, left out of lists, feeds and sitemaps), not both. Expected one of the two; remove the other.',
      { field: 'unlisted', line: ctx.lineOf('unlisted'), filename: ctx.filename },
    );
  }
  const separator = take('excerptSeparator');
  if (separator) {
    if (typeof separator.value !== 'string') fail(separator.key, separator.value, 'the text that ends the excerpt, such as "<!-- more -->"');
    fields.excerptSeparator = separator.value as string;
  }

  for (const key of Object.keys(input)) {
    if (used.has(key)) continue;
    Object.defineProperty(fields.data, key, { value: toJson(input[key]), enumerable: true, writable: true, configurable: true });
  }
  // Leave out fields that ended up empty, so a Post survives a JSON round trip unchanged.
  for (const key of Object.keys(fields) as (keyof PostFields)[]) if (fields[key] === undefined) delete fields[key];
  return fields;
}

type Fail = (key: string, value: unknown, expected: string) => never;

const optionalNumber = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
};

function readImage(key: string, value: unknown, alt: string | undefined, fail: Fail): PostImage {
  const expected = 'an image URL or { src, width?, height?, alt? }';
  if (typeof value === 'string') return alt ? { src: value.trim(), alt } : { src: value.trim() };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const src = o.src ?? o.url;
    if (typeof src !== 'string' || !src.trim()) return fail(`${key}.src`, src, 'an image URL');
    const image: PostImage = { src: src.trim() };
    const width = optionalNumber(o.width);
    const height = optionalNumber(o.height);
    if (width) image.width = width;
    if (height) image.height = height;
    const ownAlt = typeof o.alt === 'string' ? o.alt : alt;
    if (ownAlt !== undefined) image.alt = ownAlt;
    return image;
  }
  return fail(key, value, expected);
}

/** `[Name](https://example.com)` — an author written as a markdown link (Docsy does this). */
const MARKDOWN_LINK = /^\[([^\]]+)\]\(([^)\s]+)\)$/;

/**
 * Docusaurus's `last_update: { date, author }`: its date is the updated date when no `lastmod`,
 * `updated` or `updatedDate` gives one. The field stays in `data`, where its author is.
 */
function lastUpdate(input: Record<string, unknown>, readDate: (key: string, value: unknown) => string): string | undefined {
  const value = hasOwn(input, 'last_update') ? input.last_update : undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return undefined;
  const date = (value as Record<string, unknown>).date;
  return date === undefined || date === null || date === '' ? undefined : readDate('last_update.date', date);
}

function readAuthor(key: string, value: unknown, fail: Fail, map: Record<string, PostAuthor> | undefined, filename?: string, isKey = false): PostAuthor | undefined {
  if (typeof value === 'string' || typeof value === 'number') {
    const name = String(value).replace(/\s+/g, ' ').trim();
    if (!name) return undefined;
    const link = MARKDOWN_LINK.exec(name);
    if (link) return { name: link[1].trim(), url: link[2] };
    if (!map) return { name };
    // With an authors map, a plain string is a key into it, as in Docusaurus's authors.yml.
    const known = Object.hasOwn(map, name) ? map[name] : undefined;
    if (known) return { ...known, socials: known.socials && { ...known.socials } };
    // Only `authors` lists keys. The singular `author` (and `by`) is the name as written, as Docusaurus
    // reads its legacy field and as Jekyll, Hugo and the Next.js starters write it.
    if (key !== 'authors' && !isKey) return { name };
    const keys = Object.keys(map);
    throw new PostParseError(
      `Unknown author \`${name}\`${filename ? ` in ${filename}` : ''}: it is not a key of the authors map. ` +
        `Expected one of ${keys.length ? keys.map((k) => `\`${k}\``).join(', ') : '(the map is empty)'}, or an inline { name, url? } author.`,
      { field: key, filename },
    );
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    // Docusaurus's `{ key: ada, title: … }`: the map's author, with the fields the post gives over it.
    if (map && typeof o.key === 'string' && o.key.trim() !== '') {
      const known = readAuthor(key, o.key.trim(), fail, map, filename, true);
      if (!known) return undefined;
      const { title, ...own } = o;
      const merged = readAuthorObject(key, { ...known, ...own, ...(title !== undefined && own.bio === undefined && { bio: title }) }, fail);
      return { ...merged, key: known.key };
    }
    return readAuthorObject(key, o, fail);
  }
  return fail(key, value, 'a name, a list of names, or { name, url?, avatar? } entries');
}

function readAuthors(key: string, value: unknown, fail: Fail, map: Record<string, PostAuthor> | undefined, filename?: string): PostAuthor[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((entry) => readAuthor(key, entry, fail, map, filename)).filter((a): a is PostAuthor => a !== undefined);
}

function readSeries(key: string, value: unknown, order: { key: string; value: unknown } | undefined, fail: Fail): PostSeries | undefined {
  const expected = 'a series name, or a list whose first entry is one';
  // Hugo writes series as a taxonomy list (`series = ["Themes Guide"]`); a post belongs to its first.
  const first = Array.isArray(value) ? value.find((v) => v !== null && v !== undefined && v !== '') : value;
  if (first === undefined) return undefined;
  if (typeof first !== 'string' && typeof first !== 'number') return fail(key, value, expected);
  const name = String(first).replace(/\s+/g, ' ').trim();
  if (!name) return undefined;
  const series: PostSeries = { name, slug: nameSlug(name) };
  if (order) {
    const n = typeof order.value === 'string' && order.value.trim() ? Number(order.value) : order.value;
    if (typeof n !== 'number' || !Number.isFinite(n)) return fail(order.key, order.value, "a number giving the post's place in the series, such as 2");
    series.order = n;
  }
  return series;
}

function readTags(key: string, value: unknown, fail: Fail): string[] {
  const expected = 'a tag name or a list of tag names';
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return fail(key, value, expected);
  const tags: string[] = [];
  for (const tag of value) {
    if (typeof tag === 'string' || typeof tag === 'number') {
      const name = String(tag).trim();
      if (name && !tags.includes(name)) tags.push(name);
    } else if (tag !== null && tag !== undefined) {
      fail(key, value, expected);
    }
  }
  return tags;
}
