import { forwardRef, type ElementType } from 'react';
import type { PostAuthor } from '../../post/index.js';
import { fill } from '../../core/labels.js';
import { safeHref, safeImageSrc } from '../../core/url.js';
import { headingTag } from '../blog.js';
import { kit, named, type KitProps } from '../kit/base.js';
import { devCheck } from '../kit/checks.js';

/** The parts of AuthorCard, keys of `classNames`. */
export type AuthorCardSlot =
  | 'root'
  | 'author-card-avatar'
  | 'author-card-name'
  | 'author-card-bio'
  | 'author-card-links'
  | 'author-card-link';

/** Props of AuthorCard. */
export interface AuthorCardProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children'>, KitProps<AuthorCardSlot> {
  /** The author: a post's `authors[i]`, as the authors map gives it. */
  author: PostAuthor;
  /** Rank of a heading for the name, so the card can join the page outline. @default undefined (the name is a paragraph) */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Size of the avatar in CSS pixels (it is square). @default 64 */
  avatarSize?: number;
  /** Renders links through a host component such as next/link, given `href`. @default 'a' */
  linkComponent?: ElementType;
}

// Brand names are not translated; any other network shows as written in the post's `socials`.
const networkNames: Record<string, string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  x: 'X',
  twitter: 'Twitter',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  instagram: 'Instagram',
  threads: 'Threads',
  rss: 'RSS',
};

/**
 * An author: avatar, name (linking to `author.url`), bio and profile links (`author.socials`).
 * The avatar is decorative — the name next to it says who it is.
 */
export const AuthorCard = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, AuthorCardProps>(function AuthorCard(
    { author: authorProp, headingLevel, avatarSize = 64, linkComponent, ...props },
    ref,
  ) {
    const { labels, part, Link, root, rest } = kit<AuthorCardSlot, typeof props>('author-card', props, linkComponent);
    const author = (authorProp && typeof authorProp === 'object' ? authorProp : {}) as Partial<PostAuthor>;
    const name = typeof author.name === 'string' && author.name.trim() !== '' ? author.name : undefined;
    const href = safeHref(author.url);
    const avatar = safeImageSrc(author.avatar);
    const size = typeof avatarSize === 'number' && Number.isFinite(avatarSize) && avatarSize > 0 ? avatarSize : 64;
    const bio = typeof author.bio === 'string' && author.bio.trim() !== '' ? author.bio : undefined;
    const socials = author.socials && typeof author.socials === 'object' ? Object.entries(author.socials) : [];
    const links = socials
      .map(([network, url]) => ({ network, url: safeHref(url) }))
      .filter((l): l is { network: string; url: string } => l.url !== undefined);
    const NameTag: ElementType = headingLevel === undefined ? 'p' : headingTag(headingLevel, 2);

    devCheck('AuthorCard', ({ describe }) => [
      author !== authorProp
        ? `author: expected { name, url?, avatar?, bio?, socials? }, received ${describe(authorProp)}`
        : name === undefined && `author.name: expected a non-empty string, received ${describe(author.name)}`,
      author.socials !== undefined && (typeof author.socials !== 'object' || author.socials === null) &&
        `author.socials: expected { network: URL }, received ${describe(author.socials)}`,
    ]);

    return (
      <div ref={ref} {...rest} {...root}>
        {avatar ? <img {...part('author-card-avatar')} src={avatar} alt="" width={size} height={size} loading="lazy" decoding="async" /> : null}
        {name ? (
          <NameTag {...part('author-card-name')} dir="auto">
            {href ? <Link href={href}>{name}</Link> : name}
          </NameTag>
        ) : null}
        {bio ? (
          <p {...part('author-card-bio')} dir="auto">
            {bio}
          </p>
        ) : null}
        {links.length > 0 ? (
          <ul {...part('author-card-links')} role="list" aria-label={fill(labels.authorLinks, { name: name ?? '' }).trim()}>
            {links.map(({ network, url }) => (
              <li key={network} {...part('author-card-link')}>
                <Link href={url}>{network === 'website' ? labels.authorWebsite : (networkNames[network.toLowerCase()] ?? network)}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }),
  'AuthorCard',
);
