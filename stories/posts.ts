/**
 * The sample posts every story renders: the test fixtures, imported as text and parsed by the
 * kit's own parser, exactly as a host app would do it.
 *
 * Stories must not touch the network, so the image URLs the posts were written with are swapped
 * for small files in stories/assets/. A Post is plain JSON, so that swap is a walk over its trees.
 */
import type { Post, PostAuthor, PostImage } from '../src/index.js';
import { parsePost } from '../src/parse/index.js';

import explainerMarkdown from '../test/fixtures/explainer.md?raw';
import technicalMarkdown from '../test/fixtures/technical.md?raw';
import persianMarkdown from '../test/fixtures/rtl-fa.md?raw';
import japaneseMarkdown from '../test/fixtures/ja.md?raw';
import chineseMarkdown from '../test/fixtures/zh.md?raw';

import tidesHero from './assets/tides-hero.svg?no-inline';
import streamingHero from './assets/streaming-json-hero.svg?no-inline';
import gardenHero from './assets/garden-hero.svg?no-inline';
import memoryChart from './assets/memory-chart.svg?no-inline';
import flameGraph from './assets/flame-graph.svg?no-inline';
import adaAvatar from './assets/avatar-ada.svg?no-inline';
import tomasAvatar from './assets/avatar-tomas.svg?no-inline';
import miraAvatar from './assets/avatar-mira.svg?no-inline';
import brokenHero from './assets/broken-hero.png?no-inline';

/** Local stand-ins for the images the fixtures link to, by the URL written in the post. */
const LOCAL_IMAGES: Record<string, string> = {
  '/images/tides.png': tidesHero,
  '/images/streaming-json.png': streamingHero,
  './images/memory-chart.png': memoryChart,
  'https://example.com/images/flame-graph.svg': flameGraph,
  '/avatars/ada.png': adaAvatar,
  'https://example.org/img/tomas.jpg': tomasAvatar,
};

/** Image files the stories use directly. */
export const images = {
  tidesHero,
  streamingHero,
  gardenHero,
  memoryChart,
  flameGraph,
  adaAvatar,
  tomasAvatar,
  miraAvatar,
  /**
   * A local file that is not an image, for the hero that fails to load: the browser fetches it and
   * cannot decode it, so the image errors without a network call or a 404 in the console.
   */
  broken: brokenHero,
};

function localUrl(url: string): string {
  return LOCAL_IMAGES[url] ?? url;
}

type HastElement = { type: 'element'; tagName: string; properties: Record<string, unknown> };

/** A copy of `value` (any part of a Post) with every `<img>` pointed at its local stand-in. */
function localiseTree<T>(value: T): T {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as HastElement;
    if (element.type === 'element' && element.tagName === 'img' && typeof element.properties?.src === 'string') {
      element.properties.src = localUrl(element.properties.src);
    }
    // Sections keep their trees under `content` and `items` as well as `children`.
    Object.values(node).forEach(walk);
  };
  const copy = structuredClone(value);
  walk(copy);
  return copy;
}

/** Parses a fixture and points its images at stories/assets/. */
function samplePost(markdown: string, filename: string, slugPrefix = ''): Post {
  const post = parsePost(markdown, { filename, slugPrefix });
  return {
    ...post,
    heroImage: post.heroImage && { ...post.heroImage, src: localUrl(post.heroImage.src) },
    authors: post.authors.map((author) => (author.avatar ? { ...author, avatar: localUrl(author.avatar) } : author)),
    intro: localiseTree(post.intro),
    sections: post.sections.map((section) => localiseTree(section)),
    footnotes: post.footnotes && localiseTree(post.footnotes),
  };
}

const SOURCES = {
  explainer: [explainerMarkdown, 'explainer.md'],
  technical: [technicalMarkdown, 'technical.md'],
  persian: [persianMarkdown, 'rtl-fa.md'],
  japanese: [japaneseMarkdown, 'ja.md'],
  chinese: [chineseMarkdown, 'zh.md'],
} as const;

/**
 * A sample post whose heading ids all start with `slugPrefix`, for stories that show the same post
 * several times on one page (ids must stay unique there).
 */
export function samplePostWithPrefix(name: keyof typeof SOURCES, slugPrefix: string): Post {
  const [markdown, filename] = SOURCES[name];
  return samplePost(markdown, filename, slugPrefix);
}

/** The explainer: intro, four sections, items under two of them; the shape the kit is built for. */
export const explainer = samplePost(explainerMarkdown, 'explainer.md');

/** A technical post: code, a table, footnotes, a task list, images, two authors, an update date. */
export const technical = samplePost(technicalMarkdown, 'technical.md');

/** A Persian post written right to left (`dir: rtl` in its frontmatter). */
export const persian = samplePost(persianMarkdown, 'rtl-fa.md');

/** A Japanese post: reading time counted in characters. */
export const japanese = samplePost(japaneseMarkdown, 'ja.md');

/** A Chinese post: reading time counted in characters. */
export const chinese = samplePost(chineseMarkdown, 'zh.md');

/** The explainer's hero, with the alt text the fixture leaves out. */
export const tidesImage: PostImage = {
  src: tidesHero,
  width: 1200,
  height: 630,
  alt: 'The full moon over the sea at night, above waves breaking on a sandy beach',
};

/** Three authors, each with an avatar and a profile link. */
export const threeAuthors: PostAuthor[] = [
  { name: 'Ada Okafor', url: 'https://example.com/ada', avatar: adaAvatar },
  { name: 'Tomás Lindqvist', url: 'https://example.org/~tomas', avatar: tomasAvatar },
  { name: 'Mira Santos', avatar: miraAvatar },
];

/** Enough tags to wrap onto several lines. */
export const manyTags = [
  'oceans',
  'astronomy',
  'physics',
  'gravity',
  'coasts',
  'sailing',
  'renewable energy',
  'ecology',
  'geography',
  'science for everyone',
  'moon',
  'weather',
];

/** A title long enough to wrap several times on a phone. */
export const longTitle =
  'Why the Sea Rises and Falls Twice a Day: Gravity, the Moon, the Sun and the Long Shape of Every Coastline, Explained Without Equations';
