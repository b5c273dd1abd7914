// Frontmatter hooks for a blog moved from another generator: pass one as `frontmatter` to parsePost,
// createPost or loadPosts. Each maps that generator's own field names to the kit's, before the kit
// reads them; what the kit already reads (dates, drafts, excerpts, TOML, authors) needs no line here.
import type { FrontmatterHook } from "react-blog-kit/parse";

type Fields = Record<string, unknown>;

/** A list as these generators write one: a list, one name, or (Jekyll) names separated by spaces. */
const names = (value: unknown, split = false): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" ? (split ? value.split(/\s+/).filter(Boolean) : [value]) : [];

/**
 * Docusaurus: a tag may be `{ label, permalink }`; a dated file without a `slug` keeps its
 * permalink, `2021/05/12/welcome` (Docusaurus's), rather than the kit's `welcome`.
 */
export const docusaurus: FrontmatterHook = (data, { file = "" }) => {
  const tags = Array.isArray(data.tags) ? data.tags.map((t) => (t && typeof t === "object" ? (t as Fields).label : t)) : data.tags;
  const dated = /(\d{4})[-/](\d{2})[-/](\d{2})[-/]([^/]+?)(?:\/index)?\.mdx?$/.exec(file);
  return { ...data, tags, ...(dated && data.slug === undefined && { slug: `${dated[1]}/${dated[2]}/${dated[3]}/${dated[4]}` }) };
};

/** Jekyll: `categories`, `category` and `tag` are tags too, and a string of them is split at spaces. */
export const jekyll: FrontmatterHook = ({ categories, category, tag, tags, ...data }) => ({
  ...data,
  tags: [...names(tags, true), ...names(tag), ...names(categories, true), ...names(category)],
});

/** Hugo: `categories` are tags too (TOML, `lastmod`, `summary`, `<!--more-->` and `draft` need nothing). */
export const hugo: FrontmatterHook = ({ categories, tags, ...data }) => ({ ...data, tags: [...names(tags), ...names(categories)] });

/** Zola: `[taxonomies]` and `[extra]` are fields; a post without `date` takes the one in `path` (`inside-rust/2022/07/27/x`). */
export const zola: FrontmatterHook = ({ taxonomies, extra, ...data }) => {
  const fields: Fields = { ...(extra as Fields), ...(taxonomies as Fields), ...data };
  const path = typeof data.path === "string" ? /(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/?$/.exec(data.path) : null;
  if (path && fields.date === undefined) fields.date = `${path[1]}-${path[2]}-${path[3]}`;
  if (path && fields.slug === undefined) fields.slug = path[4];
  return fields;
};

/**
 * Next.js starters: blog-starter's `coverImage`, `excerpt` and `author: { name, picture }` need
 * nothing; Tailwind Nextjs Starter Blog's `images` list gives the hero and `summary` the description.
 */
export const nextStarter: FrontmatterHook = ({ images, ...data }) => ({
  ...data,
  ...(Array.isArray(images) && images.length > 0 && data.heroImage === undefined && { heroImage: images[0] }),
});
