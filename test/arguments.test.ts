/**
 * Every exported function of every entry, called with a wrong value in each parameter: `null`,
 * `undefined`, a number, a string and an object. Each throws (or, when async, rejects with) a
 * TypeError whose message starts with the function's name and the parameter's (`paginate:
 * options.page must be …, received "2" (a string).`), or its row says which of those values the
 * parameter takes and why. An export with no row fails here, so a new function gets its checks.
 * Components are out: they never throw over their props (test/hostile/bad-data.test.tsx).
 */
import { describe, expect, it } from 'vitest';
import * as collection from '../src/collection/index.js';
import * as feed from '../src/feed/index.js';
import * as main from '../src/index.js';
import * as node from '../src/node/index.js';
import * as parse from '../src/parse/index.js';
import * as search from '../src/search/index.js';
import { createSearchIndex, loadSearchIndex } from '../src/search/index.js';
import * as seo from '../src/seo/index.js';
import { describeReceived } from '../src/post/arguments.js';
import { bees, site, tides } from './seo/posts.js';

type Bad = 'null' | 'undefined' | 'number' | 'string' | 'object';
const badValues: Record<Bad, unknown> = { null: null, undefined: undefined, number: 42, string: 'text', object: {} };

interface Parameter {
  name: string;
  /** A value the function accepts, used while another parameter is the wrong one. */
  valid: () => unknown;
  /** The wrong values this parameter takes after all, with the reason. */
  accepts?: { values: Bad[]; because: string };
}

type Row =
  | { parameters: Parameter[]; async?: boolean }
  /** Not checked: a component, a hook, a guard or a class; the reason is stated. */
  | { unchecked: string };

const options = (name = 'options'): Parameter => ({ name, valid: () => ({}), accepts: { values: ['undefined', 'object'], because: 'every option has a default' } });
const posts = (name = 'posts'): Parameter => ({ name, valid: () => [tides(), bees()] });
const post = (name = 'post'): Parameter => ({
  name,
  valid: () => bees(),
  accepts: { values: ['object'], because: 'any object is read as a post or summary, each field for what it is (a summary has no body)' },
});
const text = (name: string, valid = 'x'): Parameter => ({
  name,
  valid: () => valid,
  accepts: { values: ['string'], because: 'a string is its type; what the text says is data, read as such' },
});
const theSite: Parameter = { name: 'site', valid: () => site };
const plugin = (name: string): Row => ({ parameters: [{ ...options(), accepts: { values: ['undefined', 'object'], because: 'a unified plugin is used without options' } }] });
const component = { unchecked: 'a component: it never throws over its props (conformance and hostile tests)' };
const guard = { unchecked: 'a type guard: it answers false for any value that is not one, which is its job' };
const errorClass = { unchecked: 'an error class the kit throws; hosts test for it with instanceof or the guard' };
const noParameters = (what: string) => ({ unchecked: `${what}: takes no parameters (unified calls it with the processor as this)` });

const rows: Record<string, Record<string, Row>> = {
  'react-blog-kit': {
    asPost: { parameters: [{ name: 'value', valid: () => JSON.parse(JSON.stringify(bees())) }] },
    codeText: { parameters: [{ name: 'pre', valid: () => document.createElement('pre'), accepts: { values: [], because: '' } }] },
    contrastRatio: { parameters: [text('foreground', '#000'), text('background', '#fff')] },
    defaultUrlTransform: { parameters: [text('value', 'https://example.org/')] },
    formatPostDate: {
      parameters: [text('value', '2024-05-01'), text('locale', 'en-GB'), { ...text('timeZone', 'UTC'), accepts: { values: ['undefined', 'string'], because: 'a time zone is a string, UTC by default' } }],
    },
    isPostParseError: guard,
    rehypeKitSanitize: plugin('rehypeKitSanitize'),
    remarkKitDirectives: noParameters('a remark plugin'),
    themeToCssVariables: {
      parameters: [
        { name: 'theme', valid: () => ({}), accepts: { values: ['undefined', 'object'], because: 'no theme gives no variables; every token is optional' } },
        { name: 'colorScheme', valid: () => 'dark', accepts: { values: ['undefined'], because: 'the light scheme is the default' } },
      ],
    },
    useActiveHeading: { unchecked: 'a hook: it runs inside a component, which never throws over its props' },
  },
  '/parse': {
    PostParseError: errorClass,
    asPost: { parameters: [{ name: 'value', valid: () => JSON.parse(JSON.stringify(bees())) }] },
    createKitHighlighter: plugin('createKitHighlighter'),
    createPost: {
      parameters: [
        { name: 'source', valid: () => ({ data: { title: 'T' }, body: 'Text.' }), accepts: { values: ['object'], because: 'a source is an object; its fields are read as a post’s, each with its own PostParseError' } },
        options(),
      ],
    },
    isPostParseError: guard,
    markdownChain: {
      parameters: [options(), { ...text('source'), accepts: { values: ['undefined', 'string'], because: 'the source is text; without it the chain keeps every GFM construct' } }],
    },
    parseDate: { unchecked: 'reads any frontmatter value: undefined for one that is not a date, which is its answer' },
    parsePost: { parameters: [text('source', '---\ntitle: T\n---\nText.\n'), options()] },
    rehypeKitHeadings: plugin('rehypeKitHeadings'),
    rehypeKitHighlight: plugin('rehypeKitHighlight'),
    rehypeKitMath: noParameters('a rehype plugin'),
    rehypeKitSafety: plugin('rehypeKitSafety'),
    rehypeKitSanitize: plugin('rehypeKitSanitize'),
    remarkKitCallouts: noParameters('a remark plugin'),
    remarkKitDirectives: noParameters('a remark plugin'),
    remarkKitMath: { unchecked: 'remark-math itself, re-exported: its options are its own' },
  },
  '/collection': {
    adjacentPosts: { parameters: [posts(), text('slug', 'tides')] },
    isUnlisted: guard,
    paginate: { parameters: [posts('items'), { name: 'options', valid: () => ({ perPage: 2 }) }] },
    postsWithTag: { parameters: [posts(), text('tag', 'bees')] },
    relatedPosts: { parameters: [posts(), text('slug', 'tides'), options()] },
    seriesOf: { parameters: [posts(), text('slug', 'tides')] },
    slugOf: { parameters: [post()] },
    slugPath: { parameters: [text('slug', 'a/b')] },
    sortPosts: { parameters: [posts()] },
    tagSlug: { parameters: [text('name', 'Bees')] },
    tagsOf: { parameters: [posts()] },
    toSummary: { parameters: [post()] },
  },
  '/node': {
    PostLoadError: errorClass,
    PostParseError: errorClass,
    isPostLoadError: guard,
    isPostParseError: guard,
    // A path that is not there: with every argument right, the load fails reading it, never on a type.
    loadPost: { async: true, parameters: [text('file', 'no-such-post.md'), options()] },
    loadPosts: { async: true, parameters: [text('dir', 'no-such-folder'), options()] },
    loadPostSummaries: { async: true, parameters: [text('dir', 'no-such-folder'), options()] },
    readCachedPost: {
      async: true,
      parameters: [text('dir', 'no-such-folder'), text('slug', 'bees'), { name: 'options', valid: () => ({ cacheDir: 'no-such-cache' }) }],
    },
  },
  '/search': {
    createSearchIndex: { parameters: [posts(), options()] },
    loadSearchIndex: { parameters: [{ name: 'data', valid: () => createSearchIndex([tides(), bees()]), accepts: { values: ['string'], because: 'the index’s JSON text is read as the index (a string that is not its JSON fails as not JSON)' } }] },
    search: {
      parameters: [{ name: 'index', valid: () => loadSearchIndex(createSearchIndex([tides(), bees()])) }, text('query', 'bees'), options()],
    },
  },
  '/seo': {
    blogJsonLd: { parameters: [theSite, { ...posts(), accepts: { values: ['undefined'], because: 'a blog with no posts listed' } }] },
    getPostMetadata: { parameters: [post(), theSite] },
    postJsonLd: { parameters: [post(), theSite] },
    postUrl: { parameters: [post(), theSite] },
    sitemapEntries: { parameters: [posts(), theSite] },
  },
  '/feed': {
    createFeed: { parameters: [posts(), theSite, options()] },
  },
};

const entries: Record<string, Record<string, unknown>> = { 'react-blog-kit': main, '/parse': parse, '/collection': collection, '/node': node, '/seo': seo, '/feed': feed, '/search': search };

/** What a call did: returned, or threw (synchronously or as a rejection) this error. */
async function outcome(fn: (...args: unknown[]) => unknown, args: unknown[], async: boolean): Promise<unknown> {
  try {
    const result = fn(...args);
    if (async) await result;
    return undefined;
  } catch (error) {
    return error;
  }
}

const isComponent = (value: unknown, name: string) => /^[A-Z]/.test(name) && !/Error$/.test(name) && (typeof value === 'object' || typeof value === 'function');

describe('when an exported function is given a wrong type', () => {
  for (const [entry, exports] of Object.entries(entries)) {
    describe(`of ${entry}`, () => {
      const functions = Object.entries(exports).filter(([name, value]) => typeof value === 'function' && !(entry === 'react-blog-kit' && isComponent(value, name) && !(name in rows[entry])));

      it('has a row for every exported function', () => {
        const missing = functions.map(([name]) => name).filter((name) => !(name in rows[entry]));
        expect(missing).toEqual([]);
        const stale = Object.keys(rows[entry]).filter((name) => typeof exports[name] !== 'function');
        expect(stale).toEqual([]);
      });

      for (const [name, fn] of functions) {
        const row = rows[entry][name];
        if (!row) continue;
        if ('unchecked' in row) {
          it(`${name}: not checked, because it is ${row.unchecked}`, () => {
            expect(row.unchecked.length).toBeGreaterThan(20);
          });
          continue;
        }
        row.parameters.forEach((parameter, position) => {
          it(`${name}: names ${parameter.name} given null, undefined, a number, a string or an object`, async () => {
            const valid = row.parameters.map((p) => p.valid());
            for (const [bad, value] of Object.entries(badValues) as [Bad, unknown][]) {
              const args = [...valid];
              args[position] = value;
              const error = await outcome(fn as (...args: unknown[]) => unknown, args, row.async === true);
              const named = error instanceof TypeError && error.message.startsWith(`${name}: ${parameter.name}`);
              if (parameter.accepts?.values.includes(bad)) {
                expect({ bad, named, message: (error as Error | undefined)?.message }).toMatchObject({ bad, named: false });
              } else {
                expect({ bad, named, message: (error as Error | undefined)?.message }).toEqual({ bad, named: true, message: expect.stringMatching(/ must be .+, received .+\.$/) });
              }
            }
          });
        });
      }
    });
  }

  it('states the reason for every value a parameter takes', () => {
    for (const table of Object.values(rows)) {
      for (const row of Object.values(table)) {
        if ('parameters' in row) for (const p of row.parameters) if (p.accepts && p.accepts.values.length > 0) expect(p.accepts.because).not.toBe('');
      }
    }
  });

  it('components stay out: each is a component, never a helper with a capital letter', () => {
    const left = Object.keys(main).filter((name) => typeof (main as Record<string, unknown>)[name] !== 'undefined' && isComponent((main as Record<string, unknown>)[name], name) && !(name in rows['react-blog-kit']));
    for (const name of left) expect((main as unknown as Record<string, { displayName?: string }>)[name].displayName).toBe(name);
  });
});

describe('when the attack’s bad calls are repeated', () => {
  const items = [tides(), bees()];
  it.each([
    ['paginate with a page as text', () => collection.paginate(items, { perPage: 1, page: '2' as never }), 'paginate: options.page must be a positive integer, received "2" (a string).'],
    ['paginate with no options', () => (collection.paginate as (i: unknown) => unknown)(items), 'paginate: options must be an options object { perPage, page? }, received undefined.'],
    ['sortPosts given null', () => collection.sortPosts(null as never), 'sortPosts: posts must be an array of posts, received null.'],
    ['tagsOf given a post list holding null', () => collection.tagsOf([tides(), null as never]), 'tagsOf: posts[1] must be a post (an object), received null.'],
    ['postsWithTag given an object', () => collection.postsWithTag({} as never, 'x'), 'postsWithTag: posts must be an array of posts, received an object.'],
    ['parsePost with null options', () => parse.parsePost('---\ntitle: T\n---\n', null as never), 'parsePost: options must be an options object or undefined, received null.'],
    ['createFeed with null options', () => feed.createFeed(items, site, null as never), 'createFeed: options must be an options object or undefined, received null.'],
    ['createFeed without posts', () => feed.createFeed(undefined as never, site), 'createFeed: posts must be an array of posts, received undefined.'],
    ['createFeed as xml', () => feed.createFeed(items, site, { format: 'xml' as never }), 'createFeed: options.format must be "rss", "atom" or "json" (or undefined), received "xml" (a string).'],
    ['createFeed with a bad content', () => feed.createFeed(items, site, { content: 'excerpt' as never }), 'createFeed: options.content must be "full" or "summary" (or undefined), received "excerpt" (a string).'],
    ['createFeed with a limit as text', () => feed.createFeed(items, site, { limit: '5' as never }), 'createFeed: options.limit must be a whole number of at least 0 or undefined, received "5" (a string).'],
  ])('%s: a TypeError naming it', (_name, call, message) => {
    expect(call).toThrow(new TypeError(message));
  });

  it('a number out of range is a RangeError with the same message', () => {
    expect(() => collection.paginate(items, { perPage: 0 })).toThrow(new RangeError('paginate: options.perPage must be a positive integer, received 0 (a number).'));
  });

  it.each([
    ['null options', null, 'loadPosts: options must be an options object or undefined, received null.'],
    ['a cache folder as a number', { cacheDir: 42 }, 'loadPosts: options.cacheDir must be a string or undefined, received 42 (a number).'],
    ['an unknown image mode', { images: 'inline' }, 'loadPosts: options.images must be "copy", "refuse" or "keep" (or undefined), received "inline" (a string).'],
    ['an unknown html mode', { html: 'render' }, 'loadPosts: options.html must be "sanitize", "escape" or "skip" (or undefined), received "render" (a string).'],
  ])('loadPosts with %s rejects before reading, naming the option', async (_name, value, message) => {
    await expect(node.loadPosts('no-such-folder', value as never)).rejects.toThrow(new TypeError(message));
  });
});

describe('when a message says what it received', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    ['2', '"2" (a string)'],
    ['x'.repeat(50), `"${'x'.repeat(40)}…" (a string of 50 characters)`],
    [42, '42 (a number)'],
    [Number.NaN, 'NaN (a number)'],
    [true, 'true (a boolean)'],
    [{}, 'an object'],
    [[1], 'an array of 1 item'],
    [[], 'an array of 0 items'],
    [new Date(0), 'a Date'],
    [() => 1, 'a function'],
    [Symbol('s'), 'a symbol'],
  ])('%s is %s', (value, described) => {
    expect(describeReceived(value)).toBe(described);
  });
});
