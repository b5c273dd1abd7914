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

/** Defaults overlaid with the host's labels; non-string values are ignored. */
export function resolveLabels(labels: Partial<Labels> | undefined): Labels {
  if (!labels || typeof labels !== 'object') return defaultLabels as Labels;
  const out: Labels = { ...defaultLabels };
  for (const key of Object.keys(defaultLabels) as (keyof Labels)[]) {
    const value = labels[key];
    if (key === 'readingTime') {
      if (value && typeof value === 'object') {
        out.readingTime = { ...(value as Labels['readingTime']) };
        if (typeof out.readingTime.other !== 'string') out.readingTime.other = defaultLabels.readingTime.other;
      }
    } else if (typeof value === 'string') {
      (out as unknown as Record<string, string>)[key] = value;
    }
  }
  return out;
}

// Templates split once at their placeholders (literal, name, literal, name, …, literal); a few are enough.
const templates = new Map<string, string[]>();

/** Fills `{name}` placeholders of a label template. */
export function fill(template: string, values: Record<string, string | number>): string {
  let pieces = templates.get(template);
  if (pieces === undefined) {
    pieces = template.split(/\{(\w+)\}/);
    if (templates.size >= 64) templates.clear();
    templates.set(template, pieces);
  }
  let out = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i];
    out += (Object.hasOwn(values, name) ? String(values[name]) : `{${name}}`) + pieces[i + 1];
  }
  return out;
}
