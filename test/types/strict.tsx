/*
 * Type facts a host relies on, compiled with `tsc --strict` by test/types.test.ts. Every
 * `@ts-expect-error` line must fail to compile; an unused one fails the build, so each asserts a
 * refusal as much as the plain lines assert acceptance.
 */
import { HeroImage, POST_FORMAT, PostLayout, asPost, type Post, type Theme } from '../../src/index.js';
import data from './post.json';

// A post imported from JSON: TypeScript widens its literals (`format: number`, `dir: string`,
// hast `type: string`), so it is not a Post as it stands…
// @ts-expect-error the README's recipe goes through asPost
export const raw = <PostLayout post={data} />;

// …and asPost, which checks the format at run time, gives it the Post type back.
const post: Post = asPost(data);
export const layout = <PostLayout post={post} />;
export const format: 2 = POST_FORMAT;
export const inline = <PostLayout post={asPost(data)} colorScheme="auto" />;

// HeroImage: alt text is required unless the image is decorative.
export const described = <HeroImage src="/loaf.png" alt="A round loaf on a rack" />;
export const decorative = <HeroImage src="/loaf.png" decorative />;
export const decorativeEmpty = <HeroImage src="/loaf.png" alt="" decorative />;
// @ts-expect-error no alt and not decorative
export const unnamed = <HeroImage src="/loaf.png" />;
// @ts-expect-error decorative images take no alt text
export const both = <HeroImage src="/loaf.png" alt="A loaf" decorative />;
// @ts-expect-error decorative={false} still needs alt
export const notDecorative = <HeroImage src="/loaf.png" decorative={false} />;

// The reading-font preset is a stylesheet token a theme names.
const reading: Theme = { fonts: { body: 'var(--rbk-font-serif)' } };
export const serif = <PostLayout post={post} theme={reading} />;
