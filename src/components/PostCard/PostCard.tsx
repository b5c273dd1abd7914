import { forwardRef, type ComponentType, type CSSProperties, type ElementType, type ReactNode } from 'react';
import type { Root } from 'hast';
import { slot } from '../kit/classes.js';
import type { Components } from '../../render/render.js';
import { safeImageSrc, type UrlTransform } from '../../core/url.js';
import { describe, reportInvalid, skippedValues, warnOnce } from '../../core/diagnostics.js';
import { ArticleMeta, type ArticleMetaProps } from '../ArticleMeta/ArticleMeta.js';
import type { PostExcerptProps } from '../PostExcerpt/PostExcerpt.js';
import { plainExcerpt } from '../../core/plain-excerpt.js';
import { headingTag, hrefFrom, threw, titleOf, type PostHref, type PostLike, type TagHref } from '../blog.js';
import { named, rootProps, type KitProps } from '../kit/base.js';

/** The parts of PostCard, keys of `classNames` (`meta` goes to the ArticleMeta root). */
export type PostCardSlot = 'root' | 'card-media' | 'card-image' | 'card-title' | 'card-link' | 'meta' | 'card-excerpt';

/** Props of PostCard. */
export interface PostCardProps extends Omit<React.ComponentPropsWithoutRef<'article'>, 'children'>, KitProps<PostCardSlot> {
  /** The post: a full `Post` or a `PostSummary` from `toSummary`. */
  post: PostLike;
  /** The post's URL; the title links to it. @default undefined (the title is plain text) */
  postHref?: PostHref;
  /** Makes each tag a link to the URL it returns for the tag's name. @default undefined (tags are plain text) */
  tagHref?: TagHref;
  /** Rank of the title heading, so the card fits the page outline. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Show the hero image as a thumbnail. @default true */
  hero?: boolean;
  /** Show the excerpt (else the description). @default true */
  excerpt?: boolean;
  /**
   * Renders the excerpt with its markup (links, emphasis, code, tables, images): pass `PostExcerpt`,
   * or a component taking {@link PostExcerptProps}. @default undefined (the excerpt's text, as plain
   * paragraphs: code, tables and images left out)
   */
  excerptComponent?: ComponentType<PostExcerptProps>;
  /** Show the tags. @default true */
  tags?: boolean;
  /** Time zone for date-times, as in ArticleMeta. @default 'UTC' */
  timeZone?: string;
  /** Formats the date instead of Intl.DateTimeFormat, as in ArticleMeta. @default undefined */
  formatDate?: ArticleMetaProps['formatDate'];
  /** Renders links (title, tags) through a host component such as next/link, given `href`. @default 'a' */
  linkComponent?: ElementType;
  /** Renders the thumbnail through a host component such as next/image, with the same props. @default 'img' */
  imageComponent?: ElementType;
  /** Overrides for excerpt elements (tag → component), passed to `excerptComponent`; a plain excerpt has none. @default {} */
  components?: Components;
  /** Decides every URL in the excerpt, passed to `excerptComponent`; a plain excerpt has none. @default defaultUrlTransform */
  urlTransform?: UrlTransform;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * One post in a list: its title linking to the post, date and reading time, an optional hero
 * thumbnail whose box is reserved before it loads, the excerpt (or description) and the tags.
 * Takes a full post or a summary; renders no post body.
 */
export const PostCard = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, PostCardProps>(function PostCard(
    {
      post: postProp,
      postHref,
      tagHref,
      headingLevel,
      hero: showHero = true,
      excerpt: showExcerpt = true,
      excerptComponent,
      tags: showTags = true,
      timeZone,
      formatDate,
      linkComponent,
      imageComponent,
      components,
      urlTransform,
      theme,
      colorScheme,
      className,
      classNames,
      unstyled,
      labels: labelsProp,
      locale,
      style,
      ...rest
    },
    ref,
  ) {
    const problems: string[] = [];
    const post = (postProp && typeof postProp === 'object' ? postProp : {}) as Partial<PostLike>;
    const part = (name: PostCardSlot) => slot(name, classNames, unstyled);
    const Link: ElementType = linkComponent ?? 'a';
    const Img: ElementType = imageComponent ?? 'img';
    const title = titleOf(post);
    const errors: { first?: unknown } = {};
    const href = title ? hrefFrom(postHref, post as PostLike, errors) : undefined;
    const Heading = headingTag(headingLevel, 2);

    let media: ReactNode = null;
    const image = post.heroImage;
    const src = showHero && image && typeof image === 'object' ? safeImageSrc(image.src) : undefined;
    if (src) {
      const w = positive(image!.width);
      const h = positive(image!.height);
      // The frame keeps the box (from the image's own ratio, else 16 / 9) before the image loads.
      const frame: CSSProperties = { aspectRatio: w && h ? `${w} / ${h}` : '16 / 9' };
      media = (
        <div {...part('card-media')} style={frame}>
          {/* The title says what the post is; the thumbnail repeats it for sighted readers only. */}
          <Img {...part('card-image')} src={src} alt="" width={w} height={h} loading="lazy" decoding="async" />
        </div>
      );
    }

    let summary: ReactNode = null;
    const tree = post.excerpt as unknown;
    const Excerpt = typeof excerptComponent === 'function' || (typeof excerptComponent === 'object' && excerptComponent !== null) ? excerptComponent : undefined;
    if (showExcerpt) {
      const usable = !!tree && typeof tree === 'object' && Array.isArray((tree as { children?: unknown }).children) &&
        (tree as { children: unknown[] }).children.length > 0;
      // An excerpt's content in the same part either way, so cards with plain prose look alike.
      const excerptPart = slot('card-excerpt', classNames, unstyled, unstyled ? undefined : 'rbk-prose');
      const paragraphs = usable && !Excerpt ? plainExcerpt(tree) : [];
      if (usable && Excerpt) {
        summary = (
          <div {...excerptPart}>
            <Excerpt excerpt={tree as Root} components={components} urlTransform={urlTransform} labels={labelsProp} unstyled={unstyled} />
          </div>
        );
      } else if (paragraphs.length > 0) {
        summary = (
          <div {...excerptPart}>
            {paragraphs.map((text, i) => (
              <p key={i}>{text}</p>
            ))}
          </div>
        );
      } else if (typeof post.description === 'string' && post.description.trim() !== '') {
        summary = (
          <div {...part('card-excerpt')}>
            <p>{post.description}</p>
          </div>
        );
      }
    }

    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
      if (post !== postProp) problems.push(`post: expected a Post or PostSummary, received ${describe(postProp)}`);
      if (title === undefined) problems.push(`title: expected a non-empty string, received ${describe(post.title)}`);
      if (postHref !== undefined && typeof postHref !== 'function') problems.push(`postHref: expected a function (post) => URL, received ${describe(postHref)}`);
      if (errors.first !== undefined) problems.push(threw('postHref', errors.first, 'the title renders without a link'));
      if (image !== undefined && image !== null && (typeof image !== 'object' || typeof image.src !== 'string'))
        problems.push(`heroImage: expected { src, width?, height? }, received ${describe(image)}`);
      if (tree !== undefined && tree !== null) {
        const children = typeof tree === 'object' ? (tree as { children?: unknown }).children : undefined;
        if (!Array.isArray(children)) problems.push(`excerpt: expected a hast root ({ type: 'root', children }), received ${describe(tree)}`);
        else {
          const skipped = children.filter((c) => !c || typeof c !== 'object' || typeof (c as { type?: unknown }).type !== 'string').length;
          if (skipped > 0) problems.push(skippedValues('excerpt', skipped));
        }
      }
      if (excerptComponent !== undefined && !Excerpt) problems.push(`excerptComponent: expected a component such as PostExcerpt, received ${describe(excerptComponent)}`);
      reportInvalid('PostCard', problems);
      const richOnly = [components !== undefined && '`components`', urlTransform !== undefined && '`urlTransform`'].filter(Boolean);
      if (richOnly.length > 0 && !Excerpt) {
        warnOnce(
          `<PostCard>: ${richOnly.join(' and ')} ${richOnly.length > 1 ? 'apply only to an excerpt rendered with its markup; this card shows its excerpt as plain text, so they are' : 'applies only to an excerpt rendered with its markup; this card shows its excerpt as plain text, so it is'} not used. ` +
            'Pass `excerptComponent={PostExcerpt}` (on PostList: `cardProps={{ excerptComponent: PostExcerpt }}`) to render links and emphasis through them, or leave them out.',
        );
      }
    }

    return (
      <article
        ref={ref}
        lang={typeof post.lang === 'string' && post.lang !== '' ? post.lang : undefined}
        dir={post.dir === 'ltr' || post.dir === 'rtl' || post.dir === 'auto' ? post.dir : undefined}
        {...rest}
        {...rootProps('card', { className, classNames, unstyled, theme, colorScheme, style })}
        data-hero={media ? '' : undefined}
      >
        {media}
        <Heading {...part('card-title')}>
          {href ? (
            <Link {...part('card-link')} href={href}>
              {title}
            </Link>
          ) : (
            title
          )}
        </Heading>
        <ArticleMeta
          pubDate={post.pubDate}
          readingTime={post.readingTime}
          tags={showTags ? post.tags : undefined}
          tagHref={tagHref}
          timeZone={timeZone}
          formatDate={formatDate}
          linkComponent={linkComponent}
          labels={labelsProp}
          locale={locale}
          unstyled={unstyled}
          className={classNames && typeof classNames.meta === 'string' ? classNames.meta : undefined}
        />
        {summary}
      </article>
    );
  }),
  'PostCard',
);
