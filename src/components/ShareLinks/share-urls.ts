/** The networks ShareLinks links to. */
export type ShareNetwork = 'x' | 'bluesky' | 'mastodon' | 'linkedin' | 'hackernews' | 'reddit' | 'email';

/** Every network, in the order ShareLinks shows them by default. */
export const SHARE_NETWORKS: readonly ShareNetwork[] = ['x', 'bluesky', 'mastodon', 'linkedin', 'hackernews', 'reddit', 'email'];

/** The name each network goes by, shown as its link text (brands are not translated). */
export const NETWORK_NAMES: Record<Exclude<ShareNetwork, 'email'>, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  linkedin: 'LinkedIn',
  hackernews: 'Hacker News',
  reddit: 'Reddit',
};

const q = encodeURIComponent;

/** A Mastodon host name (`mastodon.social`), or undefined when the value is not one. */
function instanceHost(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const host = value.trim().replace(/^https:\/\//i, '').replace(/\/+$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(host) ? host : undefined;
}

/**
 * The share page of each network for a URL and title: each opens the network's own compose or
 * submit form, nothing loads before the reader follows it. Mastodon goes to the reader's own
 * instance through a share page (Share₂Fedi) unless the host names an instance.
 */
export function shareUrl(network: ShareNetwork, url: string, title: string, mastodonInstance?: string): string {
  const both = title ? `${title} ${url}` : url;
  switch (network) {
    case 'x':
      return `https://x.com/intent/post?url=${q(url)}${title ? `&text=${q(title)}` : ''}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?text=${q(both)}`;
    case 'mastodon': {
      const host = instanceHost(mastodonInstance);
      return host ? `https://${host}/share?text=${q(both)}` : `https://s2f.kytta.dev/?text=${q(both)}`;
    }
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`;
    case 'hackernews':
      return `https://news.ycombinator.com/submitlink?u=${q(url)}${title ? `&t=${q(title)}` : ''}`;
    case 'reddit':
      return `https://www.reddit.com/submit?url=${q(url)}${title ? `&title=${q(title)}` : ''}`;
    case 'email':
      return `mailto:?subject=${q(title)}&body=${q(url)}`;
  }
}
