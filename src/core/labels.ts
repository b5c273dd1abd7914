import { boundedCache } from './cache.js';

/** Every string the components show or announce. Templates fill `{name}` placeholders. */
export interface Labels {
  /** Accessible name of the table of contents. @default 'On this page' */
  tableOfContents: string;
  /** Accessible name of a heading's permalink; `{title}` is the heading. @default 'Link to section: {title}' */
  headingPermalink: string;
  /** Heading of the footnotes section. @default 'Footnotes' */
  footnotes: string;
  /** The publication date; `{date}` is the formatted date. @default '{date}' */
  published: string;
  /** The update date; `{date}` is the formatted date. @default 'Updated {date}' */
  updated: string;
  /** Reading time per plural category (Intl.PluralRules); `{count}` is minutes. @default { other: '{count} min read' } */
  readingTime: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** Accessible name of the authors list. @default 'Authors' */
  authors: string;
  /** Accessible name of the tags list. @default 'Tags' */
  tags: string;
  /** Accessible name of a table's scrollable region when the table has no header row. @default 'Table' */
  table: string;
  /** Accessible name of a table's scrollable region; `{columns}` lists the header cells. @default 'Table: {columns}' */
  tableColumns: string;
  /** Shown by PostList when it is given no posts. @default 'No posts yet.' */
  noPosts: string;
  /** Accessible name of Pagination's `<nav>`. @default 'Pagination' */
  pagination: string;
  /** Accessible name of a numbered page link; `{n}` is the page number. @default 'Page {n}' */
  paginationPage: string;
  /** The link to the previous page. @default 'Previous' */
  paginationPrevious: string;
  /** The link to the next page. @default 'Next' */
  paginationNext: string;
  /** Tag link name with its count, per plural category; `{tag}` and `{count}`. @default { one: '{tag}, {count} post', other: '{tag}, {count} posts' } */
  tagCount: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** Accessible name of PostNav's `<nav>`. @default 'More posts' */
  postNav: string;
  /** Caption of the link to the newer post. @default 'Newer post' */
  newerPost: string;
  /** Caption of the link to the older post. @default 'Older post' */
  olderPost: string;
  /** Accessible name of SeriesNav's `<nav>`; `{name}` is the series. @default 'Series: {name}' */
  series: string;
  /** The post's place in its series; `{n}` and `{total}`. @default 'Part {n} of {total}' */
  seriesPart: string;
  /** Accessible name of an author's list of profile links; `{name}` is the author. @default 'Profiles of {name}' */
  authorLinks: string;
  /** Text of the link to an author's `socials.website`. @default 'Website' */
  authorWebsite: string;
  /** Accessible name of the share links list. @default 'Share this post' */
  share: string;
  /** Accessible name of a share link; `{network}` is the network's name shown as its text. @default 'Share on {network}' */
  shareOn: string;
  /** Text of the e-mail share link. @default 'Email' */
  shareEmail: string;
  /** Accessible name of the e-mail share link (it should contain `shareEmail`). @default 'Share by email' */
  shareByEmail: string;
  /** The copy-link button. @default 'Copy link' */
  copyLink: string;
  /** Announced when the link was copied. @default 'Link copied' */
  linkCopied: string;
  /** The button that opens the device's share sheet. @default 'Share…' */
  nativeShare: string;
  /** The copy button of a code block. @default 'Copy code' */
  copyCode: string;
  /** Announced when the code was copied. @default 'Copied' */
  codeCopied: string;
  /** Title of a `[!NOTE]` / `:::note` callout. @default 'Note' */
  calloutNote: string;
  /** Title of a `[!TIP]` / `:::tip` callout. @default 'Tip' */
  calloutTip: string;
  /** Title of a `[!IMPORTANT]` callout. @default 'Important' */
  calloutImportant: string;
  /** Title of a `[!WARNING]` / `:::warning` callout. @default 'Warning' */
  calloutWarning: string;
  /** Title of a `[!CAUTION]` / `:::caution` callout. @default 'Caution' */
  calloutCaution: string;
  /** Title of an `:::info` callout. @default 'Info' */
  calloutInfo: string;
  /** Title of a `:::danger` callout. @default 'Danger' */
  calloutDanger: string;
}

/** The English labels every component uses unless `labels` overrides them. */
export const defaultLabels: Readonly<Labels> = {
  tableOfContents: 'On this page',
  headingPermalink: 'Link to section: {title}',
  footnotes: 'Footnotes',
  published: '{date}',
  updated: 'Updated {date}',
  readingTime: { other: '{count} min read' },
  authors: 'Authors',
  tags: 'Tags',
  table: 'Table',
  tableColumns: 'Table: {columns}',
  noPosts: 'No posts yet.',
  pagination: 'Pagination',
  paginationPage: 'Page {n}',
  paginationPrevious: 'Previous',
  paginationNext: 'Next',
  tagCount: { one: '{tag}, {count} post', other: '{tag}, {count} posts' },
  postNav: 'More posts',
  newerPost: 'Newer post',
  olderPost: 'Older post',
  series: 'Series: {name}',
  seriesPart: 'Part {n} of {total}',
  authorLinks: 'Profiles of {name}',
  authorWebsite: 'Website',
  share: 'Share this post',
  shareOn: 'Share on {network}',
  shareEmail: 'Email',
  shareByEmail: 'Share by email',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  nativeShare: 'Share…',
  copyCode: 'Copy code',
  codeCopied: 'Copied',
  calloutNote: 'Note',
  calloutTip: 'Tip',
  calloutImportant: 'Important',
  calloutWarning: 'Warning',
  calloutCaution: 'Caution',
  calloutInfo: 'Info',
  calloutDanger: 'Danger',
};

/** Labels chosen by plural category (an object with at least `other`). */
type PluralLabel = 'readingTime' | 'tagCount';
const pluralLabels = new Set<keyof Labels>(['readingTime', 'tagCount']);

/** Defaults overlaid with the host's labels; non-string values are ignored. */
export function resolveLabels(labels: Partial<Labels> | undefined): Labels {
  if (!labels || typeof labels !== 'object') return defaultLabels as Labels;
  const out: Labels = { ...defaultLabels };
  for (const key of Object.keys(defaultLabels) as (keyof Labels)[]) {
    const value = labels[key];
    if (pluralLabels.has(key)) {
      if (value && typeof value === 'object') {
        const k = key as PluralLabel;
        out[k] = { ...(value as Labels[PluralLabel]) };
        if (typeof out[k].other !== 'string') out[k].other = defaultLabels[k].other;
      }
    } else if (typeof value === 'string') {
      (out as unknown as Record<string, string>)[key] = value;
    }
  }
  return out;
}

// Templates split once at their placeholders (literal, name, literal, name, …, literal); a few are enough.
const templates = /* @__PURE__ */ boundedCache<string, string[]>('label-templates', 64);

/** Fills `{name}` placeholders of a label template. */
export function fill(template: string, values: Record<string, string | number>): string {
  const pieces = templates.get(template, () => template.split(/\{(\w+)\}/));
  let out = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i];
    out += (Object.hasOwn(values, name) ? String(values[name]) : `{${name}}`) + pieces[i + 1];
  }
  return out;
}
