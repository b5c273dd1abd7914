/**
 * The props no element or component may take from a post, in any case and at any depth: an event
 * handler (any name starting `on`, `onclick` too), React's raw-HTML prop (any name starting
 * `dangerously`), React's own `ref` and `key`, and `__proto__`. One pattern for the two places that
 * read a post's props: the MDX reader at parse time (`markdown/mdx.ts`, which names what it left out)
 * and the render-time safety pass (`prepare.ts`), which checks a Post again since it may be edited by
 * hand. Small and dependency-free, so the parse entry takes it without the render path.
 */
export const unsafeProp = /^(?:on|dangerously|ref$|key$|__proto__$)/i;
