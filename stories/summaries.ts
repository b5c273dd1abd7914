/**
 * Hand-written post summaries for the blog component stories: a small blog about tides, bees,
 * bicycles and bread, in the shape `toSummary` returns (slug required, excerpt as hast, no body).
 * Images are the local files in stories/assets/, so the stories make no network calls.
 */
import type { Root } from 'hast';
import type { PostAuthor, PostSummary, TagCount } from '../src/index.js';
import { images, manyTags } from './posts.js';

/** A hast excerpt of one paragraph; `**bold**` runs become <strong>. */
function excerpt(text: string): Root {
  const children = text.split(/\*\*(.+?)\*\*/).map((part, i) =>
    i % 2 === 1
      ? { type: 'element' as const, tagName: 'strong', properties: {}, children: [{ type: 'text' as const, value: part }] }
      : { type: 'text' as const, value: part },
  );
  return { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] };
}

/** The blog's author, with an avatar, a bio and profile links. */
export const ines: PostAuthor = {
  name: 'Ines Varga',
  key: 'ines',
  url: 'https://example.com/ines',
  avatar: images.miraAvatar,
  bio: 'Bakes before sunrise, cycles to the coast at weekends and keeps two hives on a city roof.',
  socials: { github: 'https://github.com/example', mastodon: 'https://example.social/@ines', website: 'https://example.com/ines' },
};

const bread = { name: 'Bread at home', slug: 'bread-at-home' };

export const tidePools: PostSummary = {
  slug: 'reading-a-tide-table',
  title: 'Reading a tide table before a coastal walk',
  description: 'High water, low water and the hour either side that decides whether the path is dry.',
  pubDate: '2024-06-18',
  heroImage: { src: images.tidesHero, width: 1200, height: 630, alt: 'Moonlight over breaking waves' },
  authors: [ines],
  tags: ['oceans', 'walking'],
  readingTime: { minutes: 5, words: 1040 },
  excerpt: excerpt('A tide table lists two highs and two lows a day, but the **rule of twelfths** tells you how fast the water moves in between.'),
};

export const hiveWinter: PostSummary = {
  slug: 'bees-in-winter',
  title: 'What bees do all winter',
  description: 'A cluster the size of a football, shivering in turns to keep the queen warm.',
  pubDate: '2024-05-02',
  heroImage: { src: images.gardenHero, width: 1200, height: 630, alt: 'A garden in bloom' },
  authors: [ines],
  tags: ['bees', 'gardening'],
  readingTime: { minutes: 4, words: 820 },
};

export const gearing: PostSummary = {
  slug: 'gears-for-hills',
  title: 'Choosing gears for a hilly commute',
  description: 'Why a smaller chainring beats stronger legs on a 12 % climb.',
  pubDate: '2024-04-11',
  authors: [ines],
  tags: ['bicycles'],
  readingTime: { minutes: 3, words: 610 },
};

const flour: PostSummary = {
  slug: 'flour-protein',
  title: 'Flour: what the protein number means',
  description: 'Eleven per cent or thirteen: how the number on the bag changes the loaf.',
  pubDate: '2024-02-20',
  authors: [ines],
  tags: ['bread'],
  readingTime: { minutes: 4, words: 790 },
  series: { ...bread, order: 1 },
};

export const starter: PostSummary = {
  slug: 'starter-in-winter',
  title: 'Keeping a sourdough starter lively in a cold kitchen',
  description: 'A starter slows below 20 °C; a warm spot and a stiffer feed bring it back.',
  pubDate: '2024-03-09',
  heroImage: { src: images.streamingHero, width: 1200, height: 630, alt: 'An abstract pattern' },
  authors: [ines],
  tags: ['bread', 'fermentation'],
  readingTime: { minutes: 6, words: 1230 },
  excerpt: excerpt('Yeasts and lactic bacteria both slow in the cold, but **not at the same rate**, and that is why a winter starter tastes sharper.'),
  series: { ...bread, order: 2 },
};

const firstLoaf: PostSummary = {
  slug: 'first-loaf',
  title: 'The first loaf, step by step',
  description: 'Mix, rest, fold, shape, proof, bake: a timetable for a Saturday.',
  pubDate: '2024-03-30',
  authors: [ines],
  tags: ['bread'],
  readingTime: { minutes: 9, words: 1880 },
  series: { ...bread, order: 3 },
};

/**
 * A summary whose excerpt has markup a plain card leaves out: emphasis, a link, inline code and a
 * code block (the default card shows its two paragraphs as text; PostExcerpt renders all of it).
 */
export const levain: PostSummary = {
  slug: 'levain-overnight',
  title: 'Building a levain the night before a bake',
  description: 'A small, young starter built for one loaf, timed to peak at breakfast.',
  pubDate: '2024-03-16',
  authors: [ines],
  tags: ['bread', 'fermentation'],
  readingTime: { minutes: 5, words: 980 },
  excerpt: {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'text', value: 'A levain is a ' },
          { type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: 'small, young' }] },
          { type: 'text', value: ' starter built for one bake; ' },
          { type: 'element', tagName: 'a', properties: { href: '#post-starter-in-winter' }, children: [{ type: 'text', value: 'the winter starter post' }] },
          { type: 'text', value: ' explains the culture behind it.' },
        ],
      },
      { type: 'text', value: '\n' },
      {
        type: 'element',
        tagName: 'pre',
        properties: {},
        children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: '20 g starter + 40 g flour + 40 g water, 10 hours at 21 °C' }] }],
      },
      { type: 'text', value: '\n' },
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'text', value: 'Mix it at 9 pm with ' },
          { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: '1:2:2' }] },
          { type: 'text', value: ' and it peaks as the oven heats.' },
        ],
      },
    ],
  },
};

/** A title long enough to wrap many times in a card on a phone. */
export const longTitled: PostSummary = {
  ...gearing,
  slug: 'long-title',
  title:
    'Chainrings, cassettes, cadence and the long argument about whether a heavier bicycle is really slower on the climb home after a wet Tuesday',
};

/** A post with a dozen tags. */
export const manyTagged: PostSummary = { ...hiveWinter, slug: 'many-tags', tags: manyTags };

/** A Persian summary, right to left. */
export const persianSummary: PostSummary = {
  slug: 'jazr-o-mad',
  title: 'جزر و مد در ساحل شمالی',
  description: 'آب دریا روزی دو بار بالا می‌آید و دو بار پایین می‌رود.',
  pubDate: '2024-06-01',
  heroImage: { src: images.tidesHero, width: 1200, height: 630 },
  authors: [],
  tags: ['دریا', 'ماه'],
  readingTime: { minutes: 3, words: 560 },
  lang: 'fa',
  dir: 'rtl',
};

/** Newest first, as `sortPosts` orders them. */
export const blogPosts: PostSummary[] = [tidePools, hiveWinter, gearing, firstLoaf, starter, flour];

/** The bread series as `seriesOf(posts, 'starter-in-winter')` returns it. */
export const breadSeries = { ...bread, index: 2, total: 3, posts: [flour, starter, firstLoaf] };

/** The tags of `blogPosts` with their counts, as `tagsOf` returns them. */
export const blogTags: TagCount[] = [
  { name: 'bread', slug: 'bread', count: 3 },
  { name: 'oceans', slug: 'oceans', count: 1 },
  { name: 'walking', slug: 'walking', count: 1 },
  { name: 'bees', slug: 'bees', count: 1 },
  { name: 'gardening', slug: 'gardening', count: 1 },
  { name: 'bicycles', slug: 'bicycles', count: 1 },
  { name: 'fermentation', slug: 'fermentation', count: 1 },
];

/** Story links stay on the page: a fragment per post, tag and page. */
export const postHref = (post: { slug?: string }) => `#post-${post.slug ?? ''}`;
export const tagHref = (tag: string) => `#tag-${encodeURIComponent(tag)}`;
export const pageHref = (page: number) => `#page-${page}`;
