import { act, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedPage } from '../../../test/fixtures/props.js';
import { stubNavigator } from '../../../test/helpers/navigator.js';
import { ShareLinks } from './ShareLinks.js';

const { url, title } = sharedPage;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('when rendered on the server', () => {
  const html = renderToString(<ShareLinks url={url} title={title} />);

  it('is plain links with no script, no button and no request', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('a')).toHaveLength(7);
    expect(doc.querySelector('button, script, img, iframe')).toBeNull();
  });
});

describe('when a reader looks for where to share', () => {
  it('names every link by where it shares, shows the network, and points at its share page', () => {
    render(<ShareLinks url={url} title={title} actions={false} />);
    const list = screen.getByRole('list', { name: 'Share this post' });
    expect(list).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.getAttribute('aria-label'), a.textContent])).toEqual([
      ['Share on X', 'X'],
      ['Share on Bluesky', 'Bluesky'],
      ['Share on Mastodon', 'Mastodon'],
      ['Share on LinkedIn', 'LinkedIn'],
      ['Share on Hacker News', 'Hacker News'],
      ['Share on Reddit', 'Reddit'],
      ['Share by email', 'Email'],
    ]);
    const u = encodeURIComponent(url);
    const t = encodeURIComponent(title);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      `https://x.com/intent/post?url=${u}&text=${t}`,
      `https://bsky.app/intent/compose?text=${t}%20${u}`,
      `https://s2f.kytta.dev/?text=${t}%20${u}`,
      `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
      `https://news.ycombinator.com/submitlink?u=${u}&t=${t}`,
      `https://www.reddit.com/submit?url=${u}&title=${t}`,
      `mailto:?subject=${t}&body=${u}`,
    ]);
    for (const a of links) expect(a).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shares on the host’s Mastodon instance when given, and only the networks asked for', () => {
    render(<ShareLinks url={url} title="" networks={['mastodon', 'reddit']} mastodonInstance="https://mastodon.social/" actions={false} />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      `https://mastodon.social/share?text=${encodeURIComponent(url)}`,
      `https://www.reddit.com/submit?url=${encodeURIComponent(url)}`,
    ]);
  });

  it('takes its names from labels', () => {
    render(<ShareLinks url={url} title={title} networks={['x', 'email']} labels={{ share: 'Beitrag teilen', shareOn: 'Auf {network} teilen', shareEmail: 'E-Mail', shareByEmail: 'Per E-Mail teilen' }} actions={false} />);
    expect(screen.getByRole('list', { name: 'Beitrag teilen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Auf X teilen' })).toHaveTextContent('X');
    expect(screen.getByRole('link', { name: 'Per E-Mail teilen' })).toHaveTextContent('E-Mail');
  });
});

describe('when hydrated', () => {
  it('adds "Copy link", which copies the URL and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubNavigator({ clipboard: { writeText } as unknown as Clipboard });
    render(<ShareLinks url={url} title={title} />);
    const button = screen.getByRole('button', { name: 'Copy link' });
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
    await act(async () => {
      fireEvent.click(button);
    });
    expect(writeText).toHaveBeenCalledWith(url);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('adds the share sheet where the browser has one', async () => {
    const share = vi.fn(() => Promise.resolve());
    stubNavigator({ share, clipboard: undefined as never });
    render(<ShareLinks url={url} title={title} />);
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Share…' }));
    });
    expect(share).toHaveBeenCalledWith({ title, url });
  });
});

describe('when the data is bad', () => {
  it('renders nothing without an http(s) URL, and says so in development', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const bad of ['javascript:alert(1)', '/relative', '', undefined]) {
      expect(renderToString(<ShareLinks url={bad as string} title="x" />)).toBe('');
    }
    expect(error).toHaveBeenCalledWith(expect.stringContaining('react-blog-kit <ShareLinks>: ignored invalid props: url: expected an absolute http(s) URL, received "javascript:alert(1)"'));
  });

  it('skips unknown networks and ignores a Mastodon instance that is not a host name', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<ShareLinks url={url} networks={['myspace' as never, 'mastodon']} mastodonInstance={'evil.example/"><script>' as string} actions={false} />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([`https://s2f.kytta.dev/?text=${encodeURIComponent(url)}`]);
  });
});
