/**
 * How the hostile page renders one vector, on the server and again when hydrating: the whole post
 * through PostLayout (as a naive host would wire it, with tag links made from the raw tag) and, for
 * vectors with a body, the same markdown through MarkdownContent, the run-time path.
 */
import { ActiveTableOfContents, MarkdownContent, PostLayout, rehypeKitSanitize, remarkKitDirectives } from '../../../dist/index.js';
import type { Post } from '../../../dist/index.js';

export interface HostileItem {
  id: string;
  name: string;
  post: Post;
  markdown?: string;
  /** How raw HTML was handled by the parser; MarkdownContent gets the same. */
  html: 'escape' | 'sanitize';
}

export function HostilePost({ item }: { item: HostileItem }) {
  return (
    <>
      <PostLayout
        post={item.post}
        tocComponent={ActiveTableOfContents}
        metaProps={{ tagHref: (tag: string) => tag }}
      />
      {item.markdown ? <MarkdownContent slugPrefix={`${item.id}-md-`} html={item.html} sanitizer={rehypeKitSanitize} remarkPlugins={[remarkKitDirectives]}>{item.markdown}</MarkdownContent> : null}
    </>
  );
}
