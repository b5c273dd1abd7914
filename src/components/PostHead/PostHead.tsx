import { Fragment, type ReactElement } from 'react';
import type { Post, PostSummary } from '../../post/index.js';
import { fill } from '../../core/labels.js';
import { getPostMetadata, type PostMetadata } from '../../seo/metadata.js';
import type { Site } from '../../seo/site.js';
import { postDescription } from '../../seo/fallbacks.js';
import { named } from '../kit/base.js';
import { devCheck } from '../kit/checks.js';

/** Props of PostHead. */
export interface PostHeadProps {
  /** The post (or its summary) the page shows. Required. */
  post: Post | PostSummary;
  /** The blog: its URL, name, feeds, X handle and default image. Required. */
  site: Site;
  /** The document title; `{title}` is the post title, `{site}` the blog's name. @default '{title}' */
  titleTemplate?: string;
}

const FEED_TITLES: Record<string, string> = {
  'application/rss+xml': 'RSS',
  'application/atom+xml': 'Atom',
  'application/feed+json': 'JSON Feed',
};

function minimalMetadata(post: Post | PostSummary): PostMetadata {
  const title = post && typeof post === 'object' && typeof post.title === 'string' ? post.title.trim() : '';
  const description = postDescription(post);
  const meta: PostMetadata = { title, openGraph: { type: 'article', title }, twitter: { card: 'summary', title } };
  if (description) meta.description = meta.openGraph.description = meta.twitter.description = description;
  return meta;
}

/** A meta tag's name (or property) and content; none is written for an empty content. */
type Tag = [name: string, content: string | number | undefined];

/** The tags of {@link getPostMetadata}'s result, in the order Next.js writes them. */
function tagsOf(meta: PostMetadata, siteName: string | undefined, documentTitle: string): ReactElement[] {
  const out: ReactElement[] = [<title key="title">{documentTitle}</title>];
  // Open Graph names are properties (`og:*`, `article:*`); the others are names.
  const m = (name: string, content: string | number | undefined) => {
    if (content === undefined || content === '') return;
    const attr = /^(og|article):/.test(name) ? { property: name } : { name };
    out.push(<meta key={`${name}${out.length}`} {...attr} content={String(content)} />);
  };
  m('description', meta.description);
  for (const a of meta.authors ?? []) m('author', a.name);
  if (meta.keywords) m('keywords', meta.keywords.join(','));
  if (meta.robots) m('robots', 'noindex, nofollow');
  if (meta.alternates?.canonical) out.push(<link key="canonical" rel="canonical" href={meta.alternates.canonical} />);
  for (const [type, href] of Object.entries(meta.alternates?.types ?? {})) {
    const title = siteName ? `${siteName} (${FEED_TITLES[type] ?? type})` : FEED_TITLES[type];
    out.push(<link key={type} rel="alternate" type={type} href={href} title={title} />);
  }
  const og = meta.openGraph;
  const tw = meta.twitter;
  const tags: Tag[] = [
    ['og:title', og.title],
    ['og:description', og.description],
    ['og:url', og.url],
    ['og:site_name', og.siteName],
    ['og:locale', og.locale],
    ...(og.images ?? []).flatMap((image): Tag[] => [
      ['og:image', image.url],
      ['og:image:width', image.width],
      ['og:image:height', image.height],
      ['og:image:alt', image.alt],
    ]),
    ['og:type', og.type],
    ['article:published_time', og.publishedTime],
    ['article:modified_time', og.modifiedTime],
    ...(og.authors ?? []).map((a): Tag => ['article:author', a]),
    ...(og.tags ?? []).map((t): Tag => ['article:tag', t]),
    ['twitter:card', tw.card],
    ['twitter:site', tw.site],
    ['twitter:creator', tw.creator],
    ['twitter:title', tw.title],
    ['twitter:description', tw.description],
    ...(tw.images ?? []).map((url): Tag => ['twitter:image', url]),
    ...(tw.images?.length ? [['twitter:image:alt', og.images?.[0]?.alt] satisfies Tag] : []),
  ];
  for (const [name, content] of tags) m(name, content);
  return out;
}

/**
 * The post page's `<title>`, description, canonical link, feed links, Open Graph and X card tags,
 * built from the same data as `getPostMetadata`: a post without a description is described by its
 * excerpt, a post without a hero shares the first image of its body. React 19 hoists them into `<head>` wherever the
 * component sits; with React 18, or in an Astro or Vite SSR template, render it inside `<head>`.
 * Renders no element of its own (so it takes no ref or class names) and never throws: with an
 * unusable `site.url` it renders the title and description only, and says so in development.
 */
export const PostHead = /* @__PURE__ */ named(function PostHead({ post, site, titleTemplate }: PostHeadProps): ReactElement {
  let meta: PostMetadata;
  let siteError: unknown;
  try {
    meta = getPostMetadata(post, site);
  } catch (error) {
    siteError = error;
    meta = minimalMetadata(post);
  }
  const siteName = site && typeof site === 'object' && typeof site.name === 'string' && site.name.trim() !== '' ? site.name.trim() : undefined;
  const template = typeof titleTemplate === 'string' && titleTemplate.includes('{title}') ? titleTemplate : '{title}';
  const documentTitle = fill(template, { title: meta.title, site: siteName ?? '' }).trim();

  devCheck('PostHead', ({ describe }) => [
    siteError !== undefined &&
      `site.url: expected an absolute http(s) URL, received ${describe(site && typeof site === 'object' ? site.url : site)}; only the title and description were rendered`,
    meta.title === '' && `post.title: expected a non-empty string, received ${describe(post && typeof post === 'object' ? post.title : post)}`,
    titleTemplate !== undefined && template !== titleTemplate && `titleTemplate: expected a string containing {title}, received ${describe(titleTemplate)}`,
  ]);

  return <Fragment>{tagsOf(meta, siteName, documentTitle)}</Fragment>;
} as ((props: PostHeadProps) => ReactElement) & { displayName?: string }, 'PostHead');
