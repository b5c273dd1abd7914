/**
 * How one vector renders in its channel, on the server and again when hydrating: a Post through
 * PostLayout (body, URLs, frontmatter, hand-edited tree), the post's head tags through PostHead, or
 * its JSON-LD through JsonLd. Built from dist/, as a host app uses the package.
 */
import { JsonLd, PostHead, PostLayout } from '../../../dist/index.js';
import type { Post } from '../../../dist/index.js';

/** The channels a vector goes through; `feed` is read from the feeds the page fetches, not rendered here. */
export type Channel = 'body' | 'urls' | 'frontmatter' | 'head' | 'json-ld' | 'tree';

export interface VectorItem {
  /** The element id the item renders into. */
  id: string;
  /** `source#id` of the vector. */
  vector: string;
  channel: Channel;
  post: Post;
  /** For `json-ld`: postJsonLd(post, SITE), computed on the server. */
  jsonLd?: object;
}

/** The blog the posts belong to: absolute, so metadata, JSON-LD and feeds have URLs to write. */
export const SITE = { url: 'https://blog.example/', name: 'Vectors', feeds: { rss: 'https://blog.example/rss.xml' } };

export function VectorView({ item }: { item: VectorItem }) {
  if (item.channel === 'head') return <PostHead post={item.post} site={SITE} />;
  if (item.channel === 'json-ld') return <JsonLd data={item.jsonLd ?? {}} />;
  // A naive host makes tag links from the raw tag: what tagHref returns goes through the URL policy too.
  return <PostLayout post={item.post} metaProps={{ tagHref: (tag: string) => tag }} />;
}
