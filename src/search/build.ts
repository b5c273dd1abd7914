/*
 * createSearchIndex: posts → the index's JSON, at build time. Reads posts through post/identity and
 * their text through core/text, so it needs neither the parser nor React.
 */
import MiniSearch from 'minisearch';
import { textOf } from '../core/text.js';
import { bodyParts, isUnlisted, slugOf, summaryTree, titleOf, type PostLike } from '../post/identity.js';
import { DEFAULT_BOOST, FIELDS, SEARCH_INDEX_FORMAT, engineOptions, type SearchField, type SearchIndexData } from './data.js';
import { received } from './errors.js';
import { wordSplitter, type WordSplitter } from './words.js';

/** How an index is built. */
export interface SearchIndexOptions {
  /** Index the text of code blocks too (most of it is syntax, which crowds out prose). @default false */
  includeCode?: boolean;
  /**
   * How much a word found in each field counts against one in the body's text; the fields not
   * given keep theirs. @default { title: 4, tags: 3, heading: 2, authors: 2, description: 1.5, text: 1 }
   */
  boost?: Partial<Record<SearchField, number>>;
  /**
   * The language words are split for (BCP 47, `Intl.Segmenter`'s locale), at build time and in the
   * browser. Chinese and Japanese are split in any language's default. @default undefined (the runtime's default)
   */
  language?: string;
  /**
   * Characters kept of the start of each post's description and of each section, the text a
   * snippet is cut from: more makes snippets richer and the index larger. @default 160
   */
  snippetLength?: number;
  /**
   * Each post's URL, kept as the result's `href` (for example the `postHref` given to `loadPosts`).
   * @default undefined (results carry no href; link `slug` as the site does)
   */
  href?: (post: PostLike) => string;
}

/** What the index reads as the text of a body: not code, unless asked; nothing never shown or shown twice. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'annotation', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'canvas']);

function skipper(includeCode: boolean) {
  return (node: Record<string, unknown>): boolean => {
    if (node.type !== 'element') return false;
    const props = (node.properties ?? {}) as Record<string, unknown>;
    return (
      NOT_TEXT.has(node.tagName as string) ||
      (!includeCode && node.tagName === 'pre') ||
      // KaTeX's drawing is aria-hidden (its MathML is read); a footnote's reference is a number.
      props.ariaHidden === 'true' ||
      props.ariaHidden === true ||
      props.dataFootnoteRef !== undefined
    );
  };
}

/** The plain text of some blocks, one space between blocks and runs of white space made one. */
function plain(blocks: readonly unknown[], skip: (node: Record<string, unknown>) => boolean): string {
  return blocks
    .filter((b) => !(b && typeof b === 'object' && skip(b as Record<string, unknown>)))
    .map((b) => textOf(b, skip))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The start of `text`, at most `length` characters, cut after a whole word when it is cut. */
function lead(text: string, length: number, split: WordSplitter): string {
  if (text.length <= length) return text;
  let end = 0;
  for (const w of split(text.slice(0, length + 1))) {
    if (w.index + w.segment.length > length) break;
    end = w.index + w.segment.length;
  }
  return `${text.slice(0, end || length).trimEnd()}…`;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function authorNames(value: unknown): string[] {
  return Array.isArray(value) ? value.map((a) => (a && typeof a === 'object' ? (a as { name?: unknown }).name : undefined)).filter((n): n is string => typeof n === 'string') : [];
}

function checkOptions(options: unknown): SearchIndexOptions {
  if (options === undefined) return {};
  const fail = (name: string, value: unknown, expected: string): never => {
    throw new TypeError(`createSearchIndex: invalid \`options${name}\`: received ${received(value)}, expected ${expected}.`);
  };
  if (!options || typeof options !== 'object' || Array.isArray(options)) fail('', options, 'an object of SearchIndexOptions or undefined');
  const o = options as Record<string, unknown>;
  if (o.includeCode !== undefined && typeof o.includeCode !== 'boolean') fail('.includeCode', o.includeCode, 'a boolean');
  if (o.language !== undefined && typeof o.language !== 'string') fail('.language', o.language, 'a BCP 47 language tag such as "ja"');
  if (o.snippetLength !== undefined && !(Number.isInteger(o.snippetLength) && (o.snippetLength as number) > 0))
    fail('.snippetLength', o.snippetLength, 'a whole number of characters above 0');
  if (o.href !== undefined && typeof o.href !== 'function') fail('.href', o.href, 'a function from a post to its URL');
  if (o.boost !== undefined) {
    if (!o.boost || typeof o.boost !== 'object' || Array.isArray(o.boost)) fail('.boost', o.boost, `an object of numbers by field (${FIELDS.join(', ')})`);
    for (const [field, value] of Object.entries(o.boost as object)) {
      if (!FIELDS.includes(field as SearchField)) fail(`.boost.${field}`, field, `one of the fields ${FIELDS.join(', ')}`);
      if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) fail(`.boost.${field}`, value, 'a number of 0 or more');
    }
  }
  return o as SearchIndexOptions;
}

/**
 * Builds the search index of `posts` at build time: each post's title, description, tags and
 * authors, and, for a full post, the text of each part of its body (the part before the first
 * heading, each section, each item) with its heading's id, so a result links to the section that
 * matches best. Code blocks are left out unless `includeCode`; unlisted posts are left out. A
 * {@link PostSummary} gives its own fields only.
 *
 * Returns plain JSON: write it to a file the site serves (`JSON.stringify`) and read it in the
 * browser with `loadSearchIndex`. It holds the start of each section for snippets, not the whole
 * text, so it stays a fraction of the posts' size.
 *
 * @throws {TypeError} when `posts` is not an array of posts (naming the first that is not, by its
 * position) or an option has the wrong type.
 *
 * @example
 * const posts = await loadPosts('content/posts');
 * await writeFile('public/search.json', JSON.stringify(createSearchIndex(posts)));
 */
export function createSearchIndex(posts: readonly PostLike[], options?: SearchIndexOptions): SearchIndexData {
  if (!Array.isArray(posts)) throw new TypeError(`createSearchIndex: invalid \`posts\`: received ${received(posts)}, expected an array of posts (Post or PostSummary).`);
  posts.forEach((post, i) => {
    if (titleOf(post) === undefined)
      throw new TypeError(`createSearchIndex: invalid \`posts[${i}]\`: received ${received(post)}, expected a post (Post or PostSummary) with a title.`);
  });
  const { includeCode = false, language, snippetLength = 160, href } = checkOptions(options);
  const boost = { ...DEFAULT_BOOST, ...options?.boost };
  const split = wordSplitter(language);
  const skip = skipper(includeCode);
  const engine = new MiniSearch(engineOptions(split));
  const data: SearchIndexData = { version: SEARCH_INDEX_FORMAT, boost, posts: [], docs: [], engine: {} };
  if (language !== undefined) data.language = language;

  const add = (post: number, anchor: string | null, heading: string, fields: Partial<Record<SearchField, string>>, text: string) => {
    const id = data.docs.length;
    data.docs.push([post, anchor, heading, lead(text, snippetLength, split)]);
    engine.add({ id, ...fields });
  };

  for (const post of posts) {
    if (isUnlisted(post)) continue;
    const p = data.posts.length;
    const date = typeof post.pubDate === 'string' ? post.pubDate : null;
    data.posts.push([slugOf(post), titleOf(post)!, date, href ? href(post) : null]);
    const description = typeof post.description === 'string' ? post.description.trim() : '';
    // The post's own words; its snippet, when nothing in the body matches better, is its description or summary.
    const summary = description || plain(summaryTree(post)?.children ?? [], skip);
    add(p, null, '', { title: titleOf(post), description, tags: strings(post.tags).join(' '), authors: authorNames(post.authors).join(' ') }, summary);
    for (const part of bodyParts(post)) {
      const text = plain(part.children, skip);
      const section = part.section as { id?: unknown; title?: unknown } | undefined;
      const anchor = typeof section?.id === 'string' ? section.id : '';
      const heading = typeof section?.title === 'string' ? section.title : '';
      if (text === '' && heading === '') continue;
      add(p, anchor, heading, { heading, text }, text);
    }
  }
  data.engine = engine.toJSON() as unknown as Record<string, unknown>;
  return data;
}
