/**
 * Server side of the vectors suite: every payload of the shared XSS collections
 * (`../shared/xss-vectors/vectors.json`, read at run time, never copied in) put through each channel
 * a post has, as pages of `batch` vectors each, rendered with renderToString from dist/; and the
 * RSS, Atom and JSON feeds of the same posts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { raw } from 'hast-util-raw';
import { renderToString } from 'react-dom/server';
import { createFeed } from '../../../dist/feed.js';
import { isPostParseError, parsePost } from '../../../dist/parse.js';
import { postJsonLd } from '../../../dist/seo.js';
import type { Post } from '../../../dist/index.js';
import { sharedFolder } from '../../helpers/shared.js';
import { SITE, VectorView, type Channel, type VectorItem } from './view.js';

interface Vector {
  source: string;
  id: string;
  v: string;
}

export interface VectorPage {
  name: string;
  channel: Channel;
  html: string;
  items: { id: string; vector: string }[];
}

export interface VectorFeed {
  name: string;
  format: 'rss' | 'atom' | 'json';
  body: string;
  /** Item link path (`/posts/v12`) → vector name. */
  links: Record<string, string>;
}

/** Attribute values in a payload that a browser would load or follow, tried as link and image URLs too. */
const urlAttribute = /\b(?:href|src|xlink:href|action|formaction|data|poster|background|srcset|lowsrc|dynsrc|to|values|from)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

export function vectorUrls(v: string): string[] {
  const urls = new Set<string>([v]);
  for (const m of v.matchAll(urlAttribute)) urls.add(m[1] ?? m[2] ?? m[3]);
  return [...urls].filter((u) => u.trim() !== '');
}

/** A URL as a markdown link destination in angle brackets, which take any character but these. */
const destination = (url: string) => `<${url.replace(/[<>\\\n\r]/g, (c) => encodeURIComponent(c))}>`;

const yaml = (value: unknown) => JSON.stringify(value);

function post(source: string, slug: string): Post | undefined {
  try {
    return parsePost(source, { slugPrefix: `${slug}-`, onWarning: () => {} });
  } catch (error) {
    if (isPostParseError(error)) return undefined;
    throw error;
  }
}

const FRONTMATTER = ['title', 'description', 'tags', 'authors', 'heroImage', 'series', 'lang', 'canonical', 'excerpt', 'slug'];

/**
 * Every frontmatter field the post reads set to the vector. A field the parser refuses (a `lang` that
 * is no language tag) is dropped and the post parsed again, so the others still carry the vector;
 * the fields kept are counted.
 */
function frontmatterPost(v: string, slug: string): { post?: Post; fields: number } {
  const values: Record<string, unknown> = {
    title: v,
    description: v,
    tags: [v, 'plain'],
    authors: [{ name: v, url: v, avatar: v, bio: v }],
    heroImage: { src: v, alt: v },
    series: { name: v },
    lang: v,
    canonical: v,
    excerpt: v,
    slug: v,
  };
  let fields = [...FRONTMATTER];
  while (fields.length > 0) {
    const head = fields.map((f) => `${f}: ${yaml(values[f])}`).join('\n');
    try {
      return { post: parsePost(`---\n${head}\n---\nText.\n`, { slugPrefix: `${slug}-`, onWarning: () => {} }), fields: fields.length };
    } catch (error) {
      if (!isPostParseError(error)) throw error;
      const field = (error as { field: string }).field.split(/[.[]/)[0];
      if (!fields.includes(field)) return { fields: 0 };
      fields = fields.filter((f) => f !== field);
    }
  }
  return { fields: 0 };
}

/**
 * The vector's HTML parsed to a hast tree (parse5, through hast-util-raw) and put straight into a Post: no
 * markdown parser, no sanitizer, as a hand-edited cache would hold it.
 */
function treePost(v: string, base: Post): Post {
  const parsed = raw({ type: 'root', children: [{ type: 'raw', value: v }] });
  const tree = JSON.parse(JSON.stringify(parsed, (key, value) => (key === 'position' ? undefined : value)));
  return { ...base, intro: tree, sections: base.sections.map((s) => ({ ...s, content: tree })) };
}

function page(title: string, items: VectorItem[]): string {
  const body = items
    .map((item) => `<section data-vector="${escapeAttr(item.vector)}" data-channel="${item.channel}"><div id="${item.id}">${renderToString(<VectorView item={item} />)}</div></section>`)
    .join('\n');
  // JSON inside a script element: escape what could close it or start markup.
  const data = JSON.stringify(items).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeAttr(title)}</title>
</head>
<body>
<main>
${body}
</main>
<script type="application/json" id="rbk-vectors-data">${data}</script>
<script src="/client.js"></script>
</body>
</html>`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function buildVectors(batch: number, only?: (vector: string) => boolean) {
  const file = path.join(sharedFolder('xss-vectors'), 'vectors.json');
  const all = (JSON.parse(readFileSync(file, 'utf8')) as { vectors: Vector[] }).vectors;
  const vectors = all.map((v, index) => ({ ...v, name: `${v.source}#${v.id}`, slug: `v${index}` })).filter((v) => !only || only(v.name));
  const byChannel: Record<Channel, VectorItem[]> = { body: [], urls: [], frontmatter: [], head: [], 'json-ld': [], tree: [] };
  const refused: Record<string, string[]> = { body: [], urls: [], frontmatter: [] };
  const feedPosts: { post: Post; name: string }[] = [];
  let frontmatterFields = 0;
  const base = parsePost('---\ntitle: Hand-edited\n---\nIntro.\n\n## Section\n\nText.\n');

  for (const v of vectors) {
    const item = (channel: Channel, p: Post, extra: Partial<VectorItem> = {}) => byChannel[channel].push({ id: `${channel}-${v.slug}`, vector: v.name, channel, post: p, ...extra });
    const body = post(`---\ntitle: Body ${v.slug}\nslug: ${v.slug}\n---\n${v.v}\n`, v.slug);
    if (body) item('body', body);
    else refused.body.push(v.name);

    const lines = vectorUrls(v.v).flatMap((u, i) => [`[link ${i}](${destination(u)}) ![image ${i}](${destination(u)}) [ref ${i}][r${i}]`, '', `[r${i}]: ${destination(u)}`, '']);
    const urls = post(`---\ntitle: URLs ${v.slug}\n---\n${lines.join('\n')}\n`, v.slug);
    if (urls) item('urls', urls);
    else refused.urls.push(v.name);

    const front = frontmatterPost(v.v, v.slug);
    frontmatterFields += front.fields;
    if (front.post) {
      item('frontmatter', front.post);
      item('head', front.post);
      item('json-ld', front.post, { jsonLd: postJsonLd(front.post, SITE) });
    } else refused.frontmatter.push(v.name);

    item('tree', treePost(v.v, base));

    // The feed's post: the vector in the title, description, tags, an author and the body; its own slug, so an entry names its vector.
    const feedPost = post(`---\ntitle: ${yaml(v.v)}\ndescription: ${yaml(v.v)}\ntags: ${yaml([v.v])}\nauthors: ${yaml([{ name: v.v }])}\nslug: ${v.slug}\npubDate: 2024-01-01\n---\n${v.v}\n`, v.slug);
    if (feedPost) feedPosts.push({ post: feedPost, name: v.name });
  }

  const pages: VectorPage[] = [];
  for (const channel of Object.keys(byChannel) as Channel[]) {
    const items = byChannel[channel];
    for (let start = 0; start < items.length; start += batch) {
      const chunk = items.slice(start, start + batch);
      const name = `${channel}-${start / batch}`;
      pages.push({ name, channel, html: page(name, chunk), items: chunk.map((i) => ({ id: i.id, vector: i.vector })) });
    }
  }

  const feeds: VectorFeed[] = [];
  for (let start = 0; start < feedPosts.length; start += batch) {
    const chunk = feedPosts.slice(start, start + batch);
    const links = Object.fromEntries(chunk.map(({ post: p, name }) => [`/posts/${p.slug}`, name]));
    for (const format of ['rss', 'atom', 'json'] as const) {
      feeds.push({ name: `feed-${start / batch}.${format}`, format, body: createFeed(chunk.map((c) => c.post), SITE, { format, limit: chunk.length }), links });
    }
  }

  return { vectors: vectors.length, file, pages, feeds, refused, frontmatterFields, feedPosts: feedPosts.length, perChannel: Object.fromEntries(Object.entries(byChannel).map(([c, items]) => [c, items.length])) };
}
