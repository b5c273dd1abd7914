// The posts, loaded once per process with loadPosts: parsed, images measured and (when they sit
// next to a post) copied into public/, authors from authors.yml, cached on disk between builds.
import { fileURLToPath } from 'node:url';
import { loadPosts } from 'react-blog-kit/node';

const at = (relative) => fileURLToPath(new URL(relative, import.meta.url));

let loading;
export function getPosts() {
  loading ??= loadPosts(at('../../posts/'), {
    publicDir: at('../public/'),
    base: '/',
    authors: at('../../posts/authors.yml'),
    // Heroes written next to a post are copied here under content-hashed names.
    imagesDir: 'post-images',
    cacheDir: at('../node_modules/.cache/react-blog-kit/'),
    drafts: false,
  });
  return loading;
}
