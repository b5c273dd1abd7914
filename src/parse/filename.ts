import { slug as slugify } from '../post/slug.js';

/** `2021-03-09-releasing-i18n.md`, `2021-08-26-welcome/index.mdx` → date and the rest of the name. */
const DATED_NAME = /(?:^|[^0-9])(\d{4})-(\d{2})-(\d{2})-(.+)$/;
/** Characters a URL path segment carries as written. */
const URL_SAFE = /^[A-Za-z0-9._~-]+$/;

/**
 * What a post's file name says about it: `my-post.md`, `my-post/index.md` and
 * `2024-05-01-my-post.md` all give the slug `my-post` and the fallback title "My post"; a dated
 * name also gives the date. A name that is not URL-safe (spaces, accents) is slugged with
 * the slug rule of headings and tags (post/slug.ts).
 */
export function fromFilename(filename: string): { pubDate?: string; slug?: string; title?: string } {
  const parts = filename.split(/[/\\]/).filter(Boolean);
  let stem = (parts.pop() ?? '').replace(/\.(md|mdx|markdown)$/i, '');
  if (/^index$/i.test(stem) && parts.length) stem = parts.pop()!;
  let pubDate: string | undefined;
  const match = DATED_NAME.exec(stem);
  if (match) {
    const [, y, m, d, rest] = match;
    const day = `${y}-${m}-${d}`;
    const date = new Date(`${day}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(day)) pubDate = day;
    stem = rest;
  }
  const words = stem.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  const slug = URL_SAFE.test(stem) ? stem : slugify(stem);
  const named: { pubDate?: string; slug?: string; title?: string } = {};
  if (pubDate) named.pubDate = pubDate;
  if (slug) named.slug = slug;
  if (words) named.title = words[0].toUpperCase() + words.slice(1);
  return named;
}
