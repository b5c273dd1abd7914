/**
 * react-blog-kit/seo — a post's page metadata (Next.js `Metadata` shape), schema.org JSON-LD and
 * sitemap entries, every URL absolute. Imports no React and no DOM: safe in build scripts, route
 * handlers and server loaders.
 */
export { getPostMetadata } from './metadata.js';
export type { PostMetadata, PostMetadataImage } from './metadata.js';
export { postJsonLd, blogJsonLd } from './json-ld.js';
export type { BlogPostingJsonLd, BlogJsonLd, JsonLdPerson, JsonLdOrganization, JsonLdImage } from './json-ld.js';
export { sitemapEntries } from './sitemap.js';
export type { SitemapEntry } from './sitemap.js';
export { checkedPostUrl as postUrl } from './site.js';
export type { Site } from './site.js';
export type { PostLike } from '../post/identity.js';
