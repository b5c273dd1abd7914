/**
 * The Post: the one contract between `parse/` and everything that renders.
 *
 * A Post is plain JSON. `JSON.parse(JSON.stringify(post))` is an equal post that renders
 * identically, so it can travel from a server loader to client components. Its body is kept as
 * hast trees (the HTML syntax tree react-markdown renders from), already run through remark-gfm,
 * the host's plugins and the kit's safety pass, so rendering never parses markdown again.
 */
import type { ElementContent, Root } from 'hast';

/** Version of the Post shape. Bumped when a stored post would no longer render the same. */
export const POST_FORMAT = 2 as const;

/**
 * The id of the footnotes heading, which every footnote reference names with `aria-describedby`.
 * The markdown chain writes it into the references and renderers give it to the heading they draw.
 */
export const FOOTNOTE_LABEL_ID = 'footnote-label';

declare module 'hast' {
  interface RootData {
    /** The styles a highlighted block's run table names (`code.data.runs`): each Root of a Post that holds highlighted code carries its body's styles, in order. */
    codeStyles?: string[];
  }
  interface ElementData {
    /** A highlighted block's run table, on its `<code>`. */
    runs?: string;
    /** A highlighted block's line classes that are not just `line`, by line index, on its `<code>`. */
    lineClasses?: Record<string, string>;
  }
}

/** A hero image as given in frontmatter, normalised. */
export interface PostImage {
  /** The image URL as written in the post (relative URLs are kept relative). */
  src: string;
  /** Intrinsic width in CSS pixels, when the post gives it. */
  width?: number;
  /** Intrinsic height in CSS pixels, when the post gives it. */
  height?: number;
  /** Alternative text, from `heroImage.alt` or `heroImageAlt`. */
  alt?: string;
}

/** An author of the post. */
export interface PostAuthor {
  /** Display name. */
  name: string;
  /** Profile or home page URL. */
  url?: string;
  /** Avatar image URL. */
  avatar?: string;
  /** The key the post used for this author in an authors map (`authors: [ada]`), when it used one. */
  key?: string;
  /** A one- or two-sentence biography. */
  bio?: string;
  /** Profile links by network name (`github`, `mastodon`, `x`, `website`, …), each an absolute URL. */
  socials?: Record<string, string>;
  /**
   * What the author is: `'organization'` for a team, company or publication (a schema.org
   * `Organization` in JSON-LD), `'person'` otherwise. @default undefined (a person)
   */
  type?: 'person' | 'organization';
}

/** A post's place in a series, from frontmatter `series` (and `seriesOrder`). */
export interface PostSeries {
  /** The series name as written. */
  name: string;
  /** The series name as a URL slug (GitHub's slug rule, `post/slug.ts`). */
  slug: string;
  /** The post's position within the series (`seriesOrder`), when given; otherwise the date orders it. */
  order?: number;
}

/** Reading time estimate. */
export interface ReadingTime {
  /** Whole minutes, at least 1 for any non-empty post. */
  minutes: number;
  /** Words counted (each CJK character counts as one). */
  words: number;
}

/** One entry of the flat table of contents, in document order. */
export interface TocEntry {
  /** The heading's id, unique within the post (the link target `#id`). */
  id: string;
  /** The heading's plain text. */
  title: string;
  /** The rendered heading rank: 2 for a section, 3 for its items, and so on (never above 6). */
  depth: number;
}

/** A heading the body's structure is built on. */
export interface PostHeading {
  /** Unique id within the post (GitHub's slug rule, or a `{#custom-id}` suffix). */
  id: string;
  /** Plain-text title, as shown in the table of contents. */
  title: string;
  /** The heading's inline content as hast, with markup such as code or emphasis kept. */
  children: ElementContent[];
  /** The rendered heading rank (2 for a section, 3 for an item). */
  depth: number;
}

/** An item of a section: the next heading level down (`####` under `###` in an explainer). */
export interface SectionItem extends PostHeading {
  /** The item's content up to the next item or section; deeper headings stay inside it. */
  content: Root;
}

/** A section: a heading of the shallowest level the body uses, with everything under it. */
export interface Section extends PostHeading {
  /** Content between the section heading and its first item. */
  content: Root;
  /** The section's items, in order. Empty when the section has no sub-headings. */
  items: SectionItem[];
}

/** A parsed blog post. */
export interface Post {
  /** Shape version, {@link POST_FORMAT}. */
  format: typeof POST_FORMAT;
  /** The post title (plain text). The only h1 on the page. */
  title: string;
  /** A one- or two-sentence summary, shown as the lede. */
  description?: string;
  /** Publication date: `YYYY-MM-DD` for a date, a full ISO string for a date-time. */
  pubDate?: string;
  /** Last update, in the same format as `pubDate`. */
  updatedDate?: string;
  /** The hero image. */
  heroImage?: PostImage;
  /** The authors, possibly empty. */
  authors: PostAuthor[];
  /** The tags, possibly empty. */
  tags: string[];
  /** BCP 47 language tag of the post, when given. */
  lang?: string;
  /** Text direction of the post, when given. */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** URL slug, from frontmatter `slug` or the file name. */
  slug?: string;
  /** The series the post belongs to, from frontmatter `series`. */
  series?: PostSeries;
  /** True when frontmatter says `draft: true` (or Jekyll's `published: false`). */
  draft?: boolean;
  /**
   * True when frontmatter says `unlisted: true` (Docusaurus): the post is published and has its
   * page, but lists, tag pages, feeds, sitemaps and related posts leave it out. @default undefined
   */
  unlisted?: boolean;
  /**
   * The body before a `<!-- more -->` or `<!-- truncate -->` marker (or the post's
   * `excerpt_separator`), as hast; empty when the marker opens the body. Absent when the body has no
   * marker.
   */
  excerpt?: Root;
  /** Every frontmatter field the kit does not interpret, untouched. */
  data: Record<string, unknown>;
  /**
   * The file the post was loaded from, relative to the folder `loadPosts` loaded (`guides/setup.md`),
   * with forward slashes on every system. Absent from `parsePost`, which reads text, not files.
   */
  source?: string;
  /** Estimated reading time. */
  readingTime: ReadingTime;
  /** Content before the first section heading. */
  intro: Root;
  /** The body's sections. */
  sections: Section[];
  /** Every heading of the body, flat, in document order. */
  toc: TocEntry[];
  /**
   * The footnote definitions (GFM `[^1]`) as a list, kept apart from the sections so that the
   * layout can render them once, after the last section, under its own heading. Absent when the
   * post has none.
   */
  footnotes?: Root;
}

/**
 * What an index page needs of a post: everything but the body, so a list of summaries ships no
 * post bodies. Made by `toSummary` from `react-blog-kit/collection`.
 */
export interface PostSummary
  extends Pick<
    Post,
    'title' | 'description' | 'pubDate' | 'updatedDate' | 'heroImage' | 'authors' | 'tags' | 'lang' | 'dir' | 'series' | 'draft' | 'unlisted' | 'readingTime'
  > {
  /** URL slug: the post's own, or the slug of its title when it has none. */
  slug: string;
  /**
   * A short excerpt as hast: the content before a `<!-- more -->`/`<!-- truncate -->` marker, else
   * the first paragraph. Absent when the post has a description and no marker, or no paragraph.
   */
  excerpt?: Root;
}

/** A tag with the number of posts that carry it. */
export interface TagCount {
  /** The tag as written in the first post that uses it. */
  name: string;
  /** The tag as a URL slug (GitHub's slug rule, `post/slug.ts`), the key tags are grouped by. */
  slug: string;
  /** How many posts carry it. */
  count: number;
}
