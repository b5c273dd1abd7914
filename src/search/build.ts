/*
 * createSearchIndex: posts → the index's JSON, at build time. Reads posts through post/identity and
 * their text through core/text, so it needs neither the parser nor React.
 */
import MiniSearch from 'minisearch';
import { textOf } from '../core/text.js';
import { bodyParts, isUnlisted, readPostDate, slugOf, summaryTree, titleOf, type PostLike } from '../post/identity.js';
import { slug } from '../post/slug.js';
import { DEFAULT_BOOST, FIELDS, SEARCH_INDEX_FORMAT, engineOptions, type EngineJSON, type PackedEngine, type SearchField, type SearchIndexData, type SearchIndexPost, TEXT } from './data.js';
import { argumentError } from '../post/arguments.js';
import { wordSplitter, type Word, type WordSplitter } from './words.js';

/** How an index is built. */
export interface SearchIndexOptions {
  /** Index the text of code blocks too (most of it is syntax, which crowds out prose). @default false */
  includeCode?: boolean;
  /**
   * How much a word found in each field counts against one in the body's text; the fields not
   * given keep theirs. @default { title: 4, tags: 3, headings: 2, authors: 2, description: 1.5, text: 1 }
   */
  boost?: Partial<Record<SearchField, number>>;
  /**
   * The language words are split for (BCP 47, `Intl.Segmenter`'s locale), at build time and in the
   * browser. Chinese and Japanese are split in any language's default. @default undefined (the runtime's default)
   */
  language?: string;
  /**
   * Characters kept of the start of each post's description (else its summary), the snippet a
   * result shows when no section's start shows a matched word. @default 140
   */
  snippetLength?: number;
  /**
   * Characters kept of the start of each section: a section whose start shows a matched word is
   * linked and shown when the description shows none. Each character costs index size (about as much
   * as the posts' text gzipped would, per section). @default 0 (headings only)
   */
  sectionSnippetLength?: number;
  /**
   * Each post's URL, kept as the result's `href` (for example the `postHref` given to `loadPosts`).
   * @default undefined (results carry no href; link `slug` as the site does)
   */
  href?: (post: PostLike) => string;
}

/** Characters a text is segmented in at a time, about. */
const CHUNK = 512;
/** Where a chunk may end: after white space, else after CJK punctuation (a `.` may be inside `1.21`). */
const BREAKS = [/\s/, /[。．，、！？；：]/];

/**
 * Where the chunk of `text` that starts at `from` ends: V8's segmenter takes time quadratic in the
 * length of the string it is given (a long post's text took far longer than its pieces), so a long text
 * is segmented in pieces of about {@link CHUNK} characters, each cut after a space or a CJK
 * punctuation mark, where no word can straddle it (a run with neither is cut at twice the size).
 */
function chunkEnd(text: string, from: number): number {
  if (text.length - from <= 2 * CHUNK) return text.length;
  for (const breaks of BREAKS) for (let i = from + CHUNK; i < from + 2 * CHUNK; i++) if (breaks.test(text[i])) return i + 1;
  const end = from + 2 * CHUNK;
  // Never between the two halves of a surrogate pair.
  return text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff ? end - 1 : end;
}

/** `split` over a long text, piece by piece ({@link chunkEnd}); the same words as the browser's splitter finds. */
export function chunked(split: WordSplitter): WordSplitter {
  return (text) => {
    const out: Word[] = [];
    for (let from = 0; from < text.length; ) {
      const to = chunkEnd(text, from);
      for (const w of split(from === 0 && to === text.length ? text : text.slice(from, to))) out.push({ index: from + w.index, segment: w.segment });
      from = to;
    }
    return out;
  };
}

/**
 * A word alone between spaces: ASCII letters and digits, maybe after opening brackets or quotes and
 * before closing ones or punctuation. Between spaces, no rule of Unicode's word boundaries (UAX #29)
 * joins these characters to anything, so the segmenter would give the letters and digits as one word.
 */
const PLAIN = /^[("'[{<*]*([A-Za-z0-9]+)[)"'\]}>.,;:!?*]*$/;
/** The text between spaces, tabs and line breaks (not other spaces: U+FEFF, say, joins the letters around it). */
const PIECES = /[^ \t\n\r]+/g;

/**
 * `split` with the plain words ({@link PLAIN}) of a text taken as they are, and only the rest, a run of
 * other pieces at a time, given to `split`: the same words at the same places, without the segmenter's
 * cost for most of an English text's words, which is most of what a build spends on the index.
 */
export function plainFirst(split: WordSplitter): WordSplitter {
  return (text) => {
    const out: Word[] = [];
    let from = -1;
    let to = 0;
    const rest = () => {
      if (from < 0) return;
      for (const w of split(text.slice(from, to))) out.push({ index: from + w.index, segment: w.segment });
      from = -1;
    };
    for (const piece of text.matchAll(PIECES)) {
      const plain = PLAIN.exec(piece[0]);
      if (plain) {
        rest();
        out.push({ index: piece.index + piece[0].indexOf(plain[1]), segment: plain[1] });
      } else {
        if (from < 0) from = piece.index;
        to = piece.index + piece[0].length;
      }
    }
    rest();
    return out;
  };
}

/** What the index reads as the text of a body: not code, unless asked; nothing never shown or shown twice. */
const NOT_TEXT = /* @__PURE__ */ new Set(['script', 'style', 'template', 'noscript', 'svg', 'annotation', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'canvas']);

function skipper(includeCode: boolean) {
  return (node: Record<string, unknown>): boolean => {
    if (node.type !== 'element') return false;
    const props = (node.properties ?? {}) as Record<string, unknown>;
    return (
      NOT_TEXT.has(node.tagName as string) ||
      // A code block is the kit's figure (title, language, code) or a bare pre; its language is a label.
      (!includeCode && (node.tagName === 'pre' || props.dataSlot === 'code-block')) ||
      props.dataSlot === 'code-language' ||
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
  if (text.length <= length || length === 0) return text.slice(0, length);
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
  return Array.isArray(value)
    ? value.map((a) => (a && typeof a === 'object' ? (a as { name?: unknown }).name : undefined)).filter((n): n is string => typeof n === 'string')
    : [];
}

function checkOptions(options: unknown): SearchIndexOptions {
  if (options === undefined) return {};
  const fail = (name: string, value: unknown, expected: string): never => {
    throw argumentError('createSearchIndex', `options${name}`, expected, value);
  };
  if (!options || typeof options !== 'object' || Array.isArray(options)) fail('', options, 'an object of SearchIndexOptions or undefined');
  const o = options as Record<string, unknown>;
  if (o.includeCode !== undefined && typeof o.includeCode !== 'boolean') fail('.includeCode', o.includeCode, 'a boolean');
  if (o.language !== undefined && typeof o.language !== 'string') fail('.language', o.language, 'a BCP 47 language tag such as "ja"');
  for (const name of ['snippetLength', 'sectionSnippetLength'])
    if (o[name] !== undefined && !(Number.isInteger(o[name]) && (o[name] as number) >= 0)) fail(`.${name}`, o[name], 'a whole number of characters, 0 or more');
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
 * A word's count in a field, rounded down to a power of four (1, 4, 16…): BM25 saturates on counts
 * (a word said four times and one said five weigh nearly alike), and exact counts made the postings
 * much larger (README, Performance).
 */
function quantised(count: number): number {
  return 4 ** Math.floor(Math.log(count) / Math.log(4) + 1e-9);
}

/** The engine's JSON in the packed form {@link PackedEngine} describes. */
function pack(json: EngineJSON): PackedEngine {
  const entries = [...json.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const terms: string[] = [];
  const postings: string[] = [];
  let previous = '';
  for (const [term, fields] of entries) {
    let shared = 0;
    while (shared < 35 && shared < previous.length && previous[shared] === term[shared]) shared++;
    terms.push(shared.toString(36) + term.slice(shared));
    previous = term;
    const line: string[] = [];
    for (const [field, docs] of Object.entries(fields)) {
      let last = 0;
      const ids = Object.keys(docs).map(Number).sort((a, b) => a - b);
      const list = ids.map((id) => {
        const gap = (id - last).toString(36);
        last = id;
        const count = quantised(docs[id]);
        return count > 1 ? `${gap}*${count.toString(36)}` : gap;
      });
      line.push((Number(field) === TEXT ? '' : String.fromCharCode(65 + Number(field))) + list.join(','));
    }
    postings.push(line.join(' '));
  }
  const fieldLength: number[] = [];
  for (let d = 0; d < json.documentCount; d++) fieldLength.push(...json.fieldLength[d]);
  return { terms: terms.join('\n'), postings: postings.join('\n'), fieldLength, averageFieldLength: json.averageFieldLength.map((n) => Math.round(n * 1000) / 1000) };
}

/** A post as the engine's document: its number and the text of each field. */
type SearchDocument = { id: number } & Record<SearchField, string>;

/**
 * Each listed post as the engine's document and as the index keeps it for results (the fields'
 * text; slug, title, date, href, leads and headings). Exported for the bench, which gives every
 * engine it compares the same documents.
 */
export function readPosts(
  posts: readonly PostLike[],
  { includeCode = false, snippetLength = 140, sectionSnippetLength = 0, href }: SearchIndexOptions,
  split: WordSplitter,
): { document: SearchDocument; post: SearchIndexPost }[] {
  const skip = skipper(includeCode);
  const out: { document: SearchDocument; post: SearchIndexPost }[] = [];
  for (const post of posts) {
    // The index is public: a draft's words must not reach it, whatever the loader was told.
    if (isUnlisted(post) || post.draft === true) continue;
    const description = typeof post.description === 'string' ? post.description.trim() : '';
    const sections: string[] = [];
    const headings: string[] = [];
    const texts: string[] = [];
    for (const part of bodyParts(post)) {
      const text = plain(part.children, skip);
      texts.push(text);
      const section = part.section as { id?: unknown; title?: unknown } | undefined;
      if (typeof section?.id !== 'string' || section.id === '' || typeof section.title !== 'string') continue;
      headings.push(section.title);
      // The reader makes the id again from the title when the slug rule gave it (most headings do).
      sections.push(section.id === slug(section.title) ? '' : section.id, section.title, lead(text, sectionSnippetLength, split));
    }
    const summary = description || plain(summaryTree(post)?.children ?? [], skip);
    // Only a date the kit reads (a day or an ISO date-time) is kept: the browser formats it as it is.
    const date = readPostDate(post.pubDate) ? (post.pubDate as string).trim() : null;
    out.push({
      document: {
        id: out.length,
        title: titleOf(post)!,
        description,
        tags: strings(post.tags).join(' '),
        authors: authorNames(post.authors).join(' '),
        headings: headings.join(' '),
        text: texts.join(' '),
      },
      post: [slugOf(post), titleOf(post)!, date, href ? href(post) : null, lead(summary, snippetLength, split), sections],
    });
  }
  return out;
}

/**
 * Builds the search index of `posts` at build time: each post's title, description, tags, authors,
 * headings and the text of its body, with the start of its description and of each section for
 * snippets and each heading's id for links. Code blocks are left out unless `includeCode`; unlisted
 * posts are left out. A {@link PostSummary} gives its own fields only.
 *
 * Returns plain JSON: write it to a file the site serves (`JSON.stringify`) and read it in the
 * browser with `loadSearchIndex`. It keeps the words, not the text, so it stays a fraction of the
 * posts' size.
 *
 * @throws {TypeError} when `posts` is not an array of posts (naming the first that is not, by its
 * position) or an option has the wrong type.
 *
 * @example
 * const posts = await loadPosts('content/posts');
 * await writeFile('public/search.json', JSON.stringify(createSearchIndex(posts)));
 */
export function createSearchIndex(posts: readonly PostLike[], options?: SearchIndexOptions): SearchIndexData {
  if (!Array.isArray(posts))
    throw argumentError('createSearchIndex', 'posts', 'an array of posts (Post or PostSummary)', posts);
  posts.forEach((post, i) => {
    if (titleOf(post) === undefined)
      throw argumentError('createSearchIndex', `posts[${i}]`, 'a post (Post or PostSummary) with a title', post);
  });
  const { language, ...reading } = checkOptions(options);
  const boost = { ...DEFAULT_BOOST, ...options?.boost };
  const split = plainFirst(chunked(wordSplitter(language)));
  const engineSettings = engineOptions(split);
  // A blog repeats its words: each is folded once (normalising it twice is not free).
  const folded = new Map<string, ReturnType<NonNullable<typeof engineSettings.processTerm>>>();
  const processTerm = engineSettings.processTerm!;
  const engine = new MiniSearch({
    ...engineSettings,
    processTerm: (term) => (folded.has(term) ? folded.get(term) : folded.set(term, processTerm(term)).get(term)),
  });
  const data: SearchIndexData = { version: SEARCH_INDEX_FORMAT, boost, posts: [], engine: { terms: '', postings: '', fieldLength: [], averageFieldLength: [] } };
  if (language !== undefined) data.language = language;
  for (const { document, post } of readPosts(posts, reading, split)) {
    data.posts.push(post);
    engine.add(document);
  }
  data.engine = pack(engine.toJSON() as unknown as EngineJSON);
  return data;
}
