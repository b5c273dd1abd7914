import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

// The seed's frontmatter: title, description, a 'Mon DD YYYY' pubDate and a hero image path.
const posts = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content/posts' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    pubDate: z.coerce.date(),
    updatedDate: z.coerce.date().optional(),
    heroImage: z.string().optional(),
    lang: z.string().optional(),
    dir: z.enum(['ltr', 'rtl', 'auto']).optional(),
  }),
});

export const collections = { posts };
