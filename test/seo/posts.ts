/**
 * Posts and a site for the SEO, feed and sharing tests, written for them: bees, bread, tides and
 * bicycles, each with what a test needs (relative links and images, raw HTML, an unsafe link,
 * footnotes, an excerpt marker) and one with nothing but a title.
 */
import { parsePost } from '../../src/parse/index.js';
import type { Post } from '../../src/post/index.js';
import type { Site } from '../../src/seo/index.js';

export const site: Site = {
  url: 'https://example.org/blog',
  name: 'Field Notes',
  description: 'Short notes on small things.',
  locale: 'en-GB',
  twitterHandle: '@fieldnotes',
  feeds: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' },
};

export const beesSource = `---
title: 'How Bees Find Their Way Home'
description: 'Sun compass, landmarks & a waggle dance: the "three" tools of a forager.'
pubDate: 2024-05-02
updatedDate: 2024-06-01T08:30:00Z
heroImage:
  src: ./hive.jpg
  width: 1200
  height: 630
  alt: 'A wooden hive in a meadow'
authors:
  - name: Ada Drone
    url: https://example.org/people/ada
    socials:
      x: https://x.com/adadrone
  - name: Ben Comb
tags: [bees, navigation]
lang: en-GB
slug: bees-home
---

A forager leaves the hive and comes back [to the same door](../hives/#door) every time.
See the [map](map.png "map") and ![a bee on clover](images/clover.png).

<!-- more -->

## The sun compass

Bees keep an angle to the sun[^1] and correct it as the day goes on.

<script>window.__pwned=1</script>

[a bad link](javascript:alert(1)) and [mail us](mailto:hive@example.org).

### Polarised light

Under cloud, the pattern of polarised light still shows where the sun is.

\`\`\`js
const angle = sun.azimuth - 30;
\`\`\`

## Landmarks

![landmark](/img/tree.png)

[^1]: Even when the sun is behind a hill.
`;

export const breadSource = `---
title: 'Bread <b>without</b> a "tin" & ]]> twice ]]>'
pubDate: 2023-11-20
heroImage: /images/loaf.webp
authors: []
tags: []
---

Flour, water, salt, time.

## Shaping

<img src=x onerror="window.__pwned=1">
`;

export const tidesSource = `---
title: Tides
---

The sea rises and falls.
`;

export const bicyclesSource = `---
title: 'Bicycles in winter'
description: 'Chains, salt and lights.'
pubDate: 2024-01-15
draft: true
---

Oil the chain.
`;

export function parse(source: string, filename: string, html: 'escape' | 'sanitize' = 'escape'): Post {
  return parsePost(source, { filename, html });
}

export const bees = () => parse(beesSource, 'bees.md', 'sanitize');
export const bread = () => parse(breadSource, 'bread.md');
export const tides = () => parse(tidesSource, 'tides.md');
export const bicycles = () => parse(bicyclesSource, 'bicycles.md');
