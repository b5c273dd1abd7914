/** The blog the SEO and sharing stories describe. */
import type { Site } from '../src/seo/index.js';

export const storySite: Site = {
  url: 'https://example.org/blog',
  name: 'Tide Tables',
  description: 'Notes on the sea, written on the shore.',
  locale: 'en-US',
  twitterHandle: '@tidetables',
  feeds: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' },
};
