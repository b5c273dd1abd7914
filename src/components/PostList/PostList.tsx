import { forwardRef, type ElementType } from 'react';
import { PostCard, type PostCardProps } from '../PostCard/PostCard.js';
import type { PostHref, TagHref } from '../blog.js';
import { isUnlisted, ownSlug, type PostLike } from '../../post/identity.js';
import { kit, named, type KitProps } from '../kit/base.js';
import { devCheck } from '../kit/checks.js';

/** The parts of PostList, keys of `classNames`. */
export type PostListSlot = 'root' | 'post-list-items' | 'post-list-item' | 'post-list-empty';

/** How PostList lays out its cards. */
export type PostListLayout = 'list' | 'grid';

/** Props of PostList. */
export interface PostListProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children'>, KitProps<PostListSlot> {
  /** The posts, in the order to show them: full posts or summaries (`toSummary`); unlisted ones (`unlisted: true`) are not shown. */
  posts: readonly PostLike[];
  /** The URL of each post; each card's title links to it. @default undefined (titles are plain text) */
  postHref?: PostHref;
  /** Makes each tag a link to the URL it returns for the tag's name. @default undefined (tags are plain text) */
  tagHref?: TagHref;
  /** One card under another, or a responsive grid (one column on a phone). @default 'list' */
  layout?: PostListLayout;
  /** Rank of each card's title, so the list fits the page outline. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Renders links through a host component such as next/link, given `href`. @default 'a' */
  linkComponent?: ElementType;
  /** Renders thumbnails through a host component such as next/image. @default 'img' */
  imageComponent?: ElementType;
  /** Extra props for every card (hero, excerpt, timeZone, classNames…). @default {} */
  cardProps?: Partial<Omit<PostCardProps, 'post'>>;
}

/**
 * A list of post cards — one under another or a responsive grid — in a `<ul>`, so a screen reader
 * announces how many posts there are. Shows `labels.noPosts` when there are none. An unlisted post
 * is left out, as from every list of the kit.
 */
export const PostList = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, PostListProps>(function PostList(
    {
      posts,
      postHref,
      tagHref,
      layout = 'list',
      headingLevel = 2,
      linkComponent,
      imageComponent,
      cardProps,
      ...props
    },
    ref,
  ) {
    const { labels, part, root, rest } = kit<PostListSlot, typeof props>('post-list', props);
    const given = (Array.isArray(posts) ? posts : []).filter((p): p is PostLike => !!p && typeof p === 'object');
    const list = given.filter((p) => !isUnlisted(p));
    const mode: PostListLayout = layout === 'grid' ? 'grid' : 'list';

    devCheck('PostList', ({ describe }) => [
      !Array.isArray(posts)
        ? `posts: expected an array of posts or summaries, received ${describe(posts)}`
        : given.length !== posts.length && `posts[]: expected posts or summaries, skipped ${posts.length - given.length} other value(s)`,
      layout !== undefined && layout !== 'list' && layout !== 'grid' && `layout: expected 'list' or 'grid', received ${describe(layout)}`,
    ]);

    return (
      <div ref={ref} {...rest} {...root} data-layout={mode}>
        {list.length > 0 ? (
          <ul {...part('post-list-items')} role="list">
            {list.map((post, i) => (
              <li key={ownSlug(post) ?? i} {...part('post-list-item')}>
                <PostCard
                  post={post}
                  postHref={postHref}
                  tagHref={tagHref}
                  headingLevel={headingLevel}
                  linkComponent={linkComponent}
                  imageComponent={imageComponent}
                  labels={props.labels}
                  locale={props.locale}
                  unstyled={props.unstyled}
                  {...cardProps}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p {...part('post-list-empty')}>{labels.noPosts}</p>
        )}
      </div>
    );
  }),
  'PostList',
);
