import { forwardRef, type ComponentType, type CSSProperties, type ElementType, type ReactNode } from 'react';
import type { Root } from 'hast';
import type { Components } from '../../render/render.js';
import { safeImageSrc, type UrlTransform } from '../../core/url.js';
import { ArticleMeta, type ArticleMetaProps } from '../ArticleMeta/ArticleMeta.js';
import type { PostExcerptProps } from '../PostExcerpt/PostExcerpt.js';
import { plainExcerpt } from '../../core/plain-excerpt.js';
import { headingTag, hrefFrom, type PostHref, type TagHref } from '../blog.js';
import { excerptOf, ownSlug, titleOf, type PostLike } from '../../post/identity.js';
import { kit, named, type KitProps, type PartProps } from '../kit/base.js';
import { devCheck, devWarn } from '../kit/checks.js';

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

type Part = (name: PostCardSlot, extra?: string) => PartProps<PostCardSlot>;

/** The thumbnail in a frame that keeps its box (from the image's own ratio, else 16 / 9) before it loads. */
function cardMedia(image: Partial<PostLike>['heroImage'], part: Part, Img: ElementType): ReactNode {
  const src = image && typeof image === 'object' ? safeImageSrc(image.src) : undefined;
  if (!src) return null;
  const w = positive(image!.width);
  const h = positive(image!.height);
  const frame: CSSProperties = { aspectRatio: w && h ? `${w} / ${h}` : '16 / 9' };
  return (
    <div {...part('card-media')} style={frame}>
      {/* The title says what the post is; the thumbnail repeats it for sighted readers only. */}
      <Img {...part('card-image')} src={src} alt="" width={w} height={h} loading="lazy" decoding="async" />
    </div>
  );
}

/** The excerpt, through `Excerpt` with its markup or as plain paragraphs, else the description. */
function cardSummary(
  post: Partial<PostLike>,
  part: Part,
  unstyled: boolean | undefined,
  Excerpt: ComponentType<PostExcerptProps> | undefined,
  excerptProps: Pick<PostExcerptProps, 'components' | 'urlTransform' | 'labels' | 'postName'>,
): ReactNode {
  const tree = excerptOf(post as PostLike) as unknown;
  const usable = !!tree && typeof tree === 'object' && Array.isArray((tree as { children?: unknown }).children) &&
    (tree as { children: unknown[] }).children.length > 0;
  // An excerpt's content in the same part either way, so cards with plain prose look alike.
  const excerptPart = part('card-excerpt', unstyled ? undefined : 'rbk-prose');
  const paragraphs = usable && !Excerpt ? plainExcerpt(tree) : [];
  if (usable && Excerpt) {
    return (
      <div {...excerptPart}>
        <Excerpt excerpt={tree as Root} {...excerptProps} unstyled={unstyled} />
      </div>
    );
  }
  if (paragraphs.length > 0) {
    return (
      <div {...excerptPart}>
        {paragraphs.map((text, i) => (
          <p key={i}>{text}</p>
        ))}
      </div>
    );
  }
  if (typeof post.description === 'string' && post.description.trim() !== '') {
    return (
      <div {...part('card-excerpt')}>
        <p>{post.description}</p>
      </div>
    );
  }
  return null;
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
      ...props
    },
    ref,
  ) {
    const { part, Link, root, rest } = kit<PostCardSlot, typeof props>('card', props, linkComponent);
    const { classNames, unstyled } = props;
    const post = (postProp && typeof postProp === 'object' ? postProp : {}) as Partial<PostLike>;
    const title = titleOf(post);
    const errors: { first?: unknown } = {};
    const href = title ? hrefFrom(postHref, post as PostLike, errors) : undefined;
    const Heading = headingTag(headingLevel, 2);
    const media = showHero ? cardMedia(post.heroImage, part, imageComponent ?? 'img') : null;
    const Excerpt = typeof excerptComponent === 'function' || (typeof excerptComponent === 'object' && excerptComponent !== null) ? excerptComponent : undefined;
    const summary = showExcerpt ? cardSummary(post, part, unstyled, Excerpt, { components, urlTransform, labels: props.labels, postName: ownSlug(post) ?? title }) : null;
    devCheck('PostCard', ({ describe, threw, skipped }) => {
      const image = post.heroImage;
      // The excerpt as the post wrote it: excerptOf passes over one that is not a tree, this names it.
      const tree = post.excerpt as unknown;
      const children = tree && typeof tree === 'object' ? (tree as { children?: unknown }).children : undefined;
      return [
        post !== postProp && `post: expected a Post or PostSummary, received ${describe(postProp)}`,
        title === undefined && `title: expected a non-empty string, received ${describe(post.title)}`,
        postHref !== undefined && typeof postHref !== 'function' && `postHref: expected a function (post) => URL, received ${describe(postHref)}`,
        errors.first !== undefined && threw('postHref', errors.first, 'the title renders without a link'),
        image !== undefined && image !== null && (typeof image !== 'object' || typeof image.src !== 'string') &&
          `heroImage: expected { src, width?, height? }, received ${describe(image)}`,
        tree !== undefined && tree !== null && !Array.isArray(children) && `excerpt: expected a hast root ({ type: 'root', children }), received ${describe(tree)}`,
        Array.isArray(children) && skippedCount(children) > 0 && skipped('excerpt', skippedCount(children)),
        excerptComponent !== undefined && !Excerpt && `excerptComponent: expected a component such as PostExcerpt, received ${describe(excerptComponent)}`,
      ];
    });
    devWarn(() => {
      const richOnly = [components !== undefined && '`components`', urlTransform !== undefined && '`urlTransform`'].filter(Boolean);
      const many = richOnly.length > 1;
      return richOnly.length > 0 && !Excerpt &&
        `<PostCard>: ${richOnly.join(' and ')} ${many ? 'apply only to an excerpt rendered with its markup; this card shows its excerpt as plain text, so they are' : 'applies only to an excerpt rendered with its markup; this card shows its excerpt as plain text, so it is'} not used. ` +
          'Pass `excerptComponent={PostExcerpt}` (on PostList: `cardProps={{ excerptComponent: PostExcerpt }}`) to render links and emphasis through them, or leave them out.';
    });

    return (
      <article
        ref={ref}
        lang={typeof post.lang === 'string' && post.lang !== '' ? post.lang : undefined}
        dir={post.dir === 'ltr' || post.dir === 'rtl' || post.dir === 'auto' ? post.dir : undefined}
        {...rest}
        {...root}
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
          labels={props.labels}
          locale={props.locale}
          unstyled={unstyled}
          className={classNames && typeof classNames.meta === 'string' ? classNames.meta : undefined}
        />
        {summary}
      </article>
    );
  }),
  'PostCard',
);

/** How many of a tree's children are not hast nodes. */
function skippedCount(children: unknown[]): number {
  return children.filter((c) => !c || typeof c !== 'object' || typeof (c as { type?: unknown }).type !== 'string').length;
}
