import { forwardRef } from 'react';
import { ShareActions } from '../islands.js';
import { fill } from '../../core/labels.js';
import { httpUrl } from '../../core/url.js';
import { kit, named, type KitProps } from '../kit/base.js';
import { devCheck } from '../kit/checks.js';
import { NETWORK_NAMES, SHARE_NETWORKS, shareUrl, type ShareNetwork } from './share-urls.js';

/** The parts of ShareLinks, keys of `classNames`. */
export type ShareLinksSlot = 'root' | 'share-list' | 'share-item' | 'share-link' | 'share-button' | 'share-status';

/** Props of ShareLinks. */
export interface ShareLinksProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children' | 'title'>, KitProps<ShareLinksSlot> {
  /** Absolute http(s) URL of the page to share, e.g. `postUrl(post, site)`. Required. */
  url: string;
  /** The post title, sent as the text of the share. @default '' */
  title?: string;
  /** The networks to link to, in order. @default ['x', 'bluesky', 'mastodon', 'linkedin', 'hackernews', 'reddit', 'email'] */
  networks?: ShareNetwork[];
  /** A Mastodon instance (`mastodon.social`) to share on. @default undefined (a share page asks for the reader's instance) */
  mastodonInstance?: string;
  /** Add "Copy link" and the device's share sheet (a small client island, shown once hydrated). @default true */
  actions?: boolean;
}

/**
 * Plain links that share the post on X, Bluesky, Mastodon, LinkedIn, Hacker News, Reddit and by
 * e-mail: no third-party script, no tracking, nothing loaded until the reader follows a link. Each
 * link's accessible name says where it shares (`labels.shareOn`). With `actions`, "Copy link" and
 * the share sheet join the list after hydration. Renders nothing without a usable `url`.
 */
export const ShareLinks = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, ShareLinksProps>(function ShareLinks(
    { url, title, networks, mastodonInstance, actions = true, ...props },
    ref,
  ) {
    const { labels, part, root, rest } = kit<ShareLinksSlot, typeof props>('share', props);
    const href = httpUrl(typeof url === 'string' ? url.trim() : url);
    const text = typeof title === 'string' ? title.trim() : '';
    const list = (Array.isArray(networks) ? networks : SHARE_NETWORKS).filter((n): n is ShareNetwork => SHARE_NETWORKS.includes(n));

    devCheck('ShareLinks', ({ describe }) => [
      !href && `url: expected an absolute http(s) URL, received ${describe(url)}; nothing was rendered`,
      title !== undefined && typeof title !== 'string' && `title: expected a string, received ${describe(title)}`,
      networks !== undefined && !Array.isArray(networks) && `networks: expected an array, received ${describe(networks)}`,
      ...(Array.isArray(networks) ? networks.map((n) => !list.includes(n) && `networks[]: expected one of ${SHARE_NETWORKS.join(', ')}, received ${describe(n)}`) : []),
    ]);
    if (!href) return null;

    return (
      <div ref={ref} {...rest} {...root}>
        <ul {...part('share-list')} aria-label={labels.share} role="list">
          {list.map((network) => {
            const name = network === 'email' ? labels.shareEmail : NETWORK_NAMES[network];
            const label = network === 'email' ? labels.shareByEmail : fill(labels.shareOn, { network: name });
            return (
              <li key={network} {...part('share-item')} data-network={network}>
                <a {...part('share-link')} href={shareUrl(network, href, text, mastodonInstance)} aria-label={label} rel="noopener noreferrer">
                  {name}
                </a>
              </li>
            );
          })}
          {actions ? (
            <ShareActions
              url={href}
              title={text}
              copyLabel={labels.copyLink}
              copiedLabel={labels.linkCopied}
              shareLabel={labels.nativeShare}
              classNames={props.classNames}
              unstyled={props.unstyled}
            />
          ) : null}
        </ul>
      </div>
    );
  }),
  'ShareLinks',
);
