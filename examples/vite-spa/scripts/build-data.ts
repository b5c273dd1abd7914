// For `npm run dev`, which pre-renders nothing: writes each page's data, the feed and the search
// index into public/, where `vite` serves them. `npm run build` writes them beside the pages instead
// (scripts/prerender.ts).
import { fileURLToPath } from 'node:url';
import { loadBlog, writeBlog } from './blog-data.ts';

const blog = await loadBlog();
await writeBlog(blog, fileURLToPath(new URL('../public/', import.meta.url)));
console.log(`wrote ${blog.routes.size} pages' data, the feed and the search index for ${blog.posts.length} posts into public/`);
