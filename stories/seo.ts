/** The blog the SEO and sharing stories describe. */
import { parsePost } from '../src/parse/index.js';
import type { Site } from '../src/seo/index.js';

export const storySite: Site = {
  url: 'https://example.org/blog',
  name: 'Tide Tables',
  description: 'Notes on the sea, written on the shore.',
  locale: 'en-US',
  twitterHandle: '@tidetables',
  feeds: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' },
};

/**
 * A post with no description and no hero, written by a team: the head tags fall back to its excerpt
 * and its first body image, and JSON-LD types the team as an Organization. The image is only named
 * in tags, never loaded.
 */
export const fallbackPost = parsePost(
  `---
title: Herons at dawn
slug: herons-at-dawn
pubDate: 2024-09-14
authors:
  - { name: The Shore Team, type: organization, url: "https://example.org/team" }
  - { name: Ada Okafor }
---

A grey heron stands in the shallows before sunrise, so still that the fish forget it is there, and then it strikes
once, faster than the eye can follow, and swallows its catch whole before the light reaches the water.

![A grey heron with a fish in its beak](./heron.jpg)

## Where to watch

Low tide, an hour before dawn.
`,
  { filename: 'herons-at-dawn.md' },
);
