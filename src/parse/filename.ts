import { pathSlug } from '../post/slug.js';

/** `2021-03-09-releasing-i18n`, `2017-2-5-zeroes` (Jekyll's) → year, month, day and the rest of the name. */
const DATED_NAME = /(?:^|[^0-9])(\d{4})-(\d{1,2})-(\d{1,2})-(.+)$/;
/** `05-12-announcing` under a `2021` folder (Docusaurus's mixed form) → month, day and the rest. */
const MONTH_DAY_NAME = /^(\d{1,2})-(\d{1,2})-(.+)$/;
const YEAR = /^\d{4}$/;
const MONTH_OR_DAY = /^\d{1,2}$/;

/** What a post's file name says about it. */
export interface NamedPost {
  pubDate?: string;
  slug?: string;
  title?: string;
  /** A date written in the name that is no day (`2016-22-01-test.md`), as written. */
  badDate?: string;
}

function day(year: string, month: string, dayOfMonth: string): string | undefined {
  const text = `${year}-${month.padStart(2, '0')}-${dayOfMonth.padStart(2, '0')}`;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : undefined;
}

/**
 * What a post's file name says about it: `my-post.md`, `my-post/index.md` and
 * `2024-05-01-my-post.md` all give the slug `my-post` and the fallback title "My post"; a dated
 * name also gives the date, as do dated folders right above the post, as Docusaurus reads them:
 * `2021/05/12/my-post.md`, `2021/05/12/my-post/index.md`, `2021/05-12-my-post/index.md`. Only the
 * folders the post's own name sits in are read, never the rest of the path (a machine's own
 * `backups/2024/01/15/` is not the post's date). A name that is not URL-safe (spaces, accents)
 * is slugged with the slug rule of headings and tags (post/slug.ts).
 */
export function fromFilename(filename: string): NamedPost {
  const parts = filename.split(/[/\\]/).filter(Boolean);
  let stem = (parts.pop() ?? '').replace(/\.(md|mdx|markdown)$/i, '');
  if (/^index$/i.test(stem) && parts.length) stem = parts.pop()!;
  const named: NamedPost = {};
  let written: [string, string, string] | undefined;
  const match = DATED_NAME.exec(stem);
  const mixed = MONTH_DAY_NAME.exec(stem);
  const [y, m, d] = parts.slice(-3);
  if (match) {
    written = [match[1], match[2], match[3]];
    stem = match[4];
  } else if (mixed && parts.length && YEAR.test(parts[parts.length - 1])) {
    written = [parts[parts.length - 1], mixed[1], mixed[2]];
    stem = mixed[3];
  } else if (parts.length >= 3 && YEAR.test(y) && MONTH_OR_DAY.test(m) && MONTH_OR_DAY.test(d)) {
    written = [y, m, d];
  }
  if (written) {
    const pubDate = day(...written);
    if (pubDate) named.pubDate = pubDate;
    else named.badDate = written.join('-');
  }
  const words = stem.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  const slug = pathSlug(stem.replace(/[/\\]/g, ' '));
  if (slug) named.slug = slug;
  if (words) named.title = words[0].toUpperCase() + words.slice(1);
  return named;
}
