import { forwardRef, type ElementType, type ReactNode } from 'react';
import { slot } from '../kit/classes.js';
import { resolveLabels } from '../../core/labels.js';
import { describe, reportInvalid } from '../../core/diagnostics.js';
import { hrefFrom, threw, titleOf, type PostHref, type PostLike } from '../blog.js';
import { named, rootProps, type KitProps } from '../kit/base.js';

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
      theme,
      colorScheme,
      className,
      classNames,
      unstyled,
      labels: labelsProp,
      locale: _locale,
      style,
      ...rest
    },
    ref,
  ) {
    const labels = resolveLabels(labelsProp);
    const part = (name: PostNavSlot) => slot(name, classNames, unstyled);
    const Link: ElementType = linkComponent ?? 'a';
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

    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
      const problems: string[] = [];
      for (const [name, value, node] of [['newer', newer, newerNode], ['older', older, olderNode]] as const)
        if (value !== undefined && value !== null && !node) problems.push(`${name}: expected a post or summary with a title, received ${describe(value)}`);
      if (typeof postHref !== 'function') problems.push(`postHref: expected a function (post) => URL, received ${describe(postHref)}`);
      if (errors.first !== undefined) problems.push(threw('postHref', errors.first, 'titles render without links'));
      reportInvalid('PostNav', problems);
    }
    if (!newerNode && !olderNode) return null;

    return (
      <nav
        ref={ref}
        aria-label={labels.postNav}
        {...rest}
        {...rootProps('post-nav', { className, classNames, unstyled, theme, colorScheme, style })}
      >
        {newerNode}
        {olderNode}
      </nav>
    );
  }),
  'PostNav',
);
