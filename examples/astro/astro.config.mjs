import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { getPosts } from './src/lib/blog.js';

/**
 * Loads the posts once before Astro copies public/: loadPosts copies an image that sits next to
 * a post into public/, and a copy made later, while pages render, would miss this build's output.
 */
const posts = {
  name: 'blog-posts',
  hooks: {
    'astro:config:setup': async () => {
      await getPosts();
    },
  },
};

export default defineConfig({
  integrations: [react(), posts],
  // The kit links to /posts/<slug>/, /tags/<tag>/ and /page/2/: every page is written as
  // dist/<path>/index.html and every page URL ends in a slash, a slug with a dot (v24.0.0) included.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No dev toolbar: the example shows the kit, not Astro's overlay.
  devToolbar: { enabled: false },
});
