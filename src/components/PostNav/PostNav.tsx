import { forwardRef, type ElementType, type ReactNode } from 'react';
import { hrefFrom, type PostHref } from '../blog.js';
import { titleOf, type PostLike } from '../../post/identity.js';
import { kit, named, type KitProps } from '../kit/base.js';
import { devCheck } from '../kit/checks.js';

/** The parts of PostNav, keys of `classNames`. */
export type PostNavSlot = 'root' | 'post-nav-newer' | 'post-nav-older' | 'post-nav-label' | 'post-nav-title';

/** Props of PostNav. */
export interface PostNavProps extends Omit<React.ComponentPropsWithoutRef<'nav'>, 'children'>, KitProps<PostNavSlot> {
  /** The next newer post (`adjacentPosts(…).newer`). @default undefined (no newer link) */
  newer?: PostLike;
  /** The next older post (`adjacentPosts(…).older`). @default undefined (no older link) */
  older?: PostLike;
  /** The URL of a post. */
  postHref: PostHref;
  /** Renders links through a host component such as next/link, given `href`. @default 'a' */
  linkComponent?: ElementType;
}

/**
 * Links to the newer and the older post, each captioned (`labels.newerPost`, `labels.olderPost`)
 * and titled, in a `<nav>` named by `labels.postNav`. Renders nothing when there is neither.
 */
export const PostNav = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, PostNavProps>(function PostNav(
    {
      newer,
      older,
      postHref,
      linkComponent,
      ...props
    },
    ref,
  ) {
    const { labels, part, Link, root, rest } = kit<PostNavSlot, typeof props>('post-nav', props, linkComponent);
    const errors: { first?: unknown } = {};

    const entry = (post: unknown, which: 'newer' | 'older'): ReactNode => {
      const title = titleOf(post);
      if (!title) return null;
      const href = hrefFrom(postHref, post as PostLike, errors);
      const content = (
        <>
          <span {...part('post-nav-label')}>{which === 'newer' ? labels.newerPost : labels.olderPost}</span>{' '}
          <span {...part('post-nav-title')} dir="auto">
            {title}
          </span>
        </>
      );
      const name = which === 'newer' ? 'post-nav-newer' : 'post-nav-older';
      return href ? (
        <Link {...part(name)} href={href}>
          {content}
        </Link>
      ) : (
        <div {...part(name)}>{content}</div>
      );
    };
    const newerNode = entry(newer, 'newer');
    const olderNode = entry(older, 'older');

    devCheck('PostNav', ({ describe, threw }) => [
      newer !== undefined && newer !== null && !newerNode && `newer: expected a post or summary with a title, received ${describe(newer)}`,
      older !== undefined && older !== null && !olderNode && `older: expected a post or summary with a title, received ${describe(older)}`,
      typeof postHref !== 'function' && `postHref: expected a function (post) => URL, received ${describe(postHref)}`,
      errors.first !== undefined && threw('postHref', errors.first, 'titles render without links'),
    ]);
    if (!newerNode && !olderNode) return null;

    return (
      <nav
        ref={ref}
        aria-label={labels.postNav}
        {...rest}
        {...root}
      >
        {newerNode}
        {olderNode}
      </nav>
    );
  }),
  'PostNav',
);
