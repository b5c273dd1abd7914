/*
 * An MDX post's components are mapped with the `components` prop that maps tags: a capitalised name
 * takes a component whose props the post may have written or left out (they are data, read from the
 * post). Compiled with `tsc --strict` by test/types.test.ts; each `@ts-expect-error` line must fail.
 */
import type { ReactNode } from 'react';
import { MarkdownContent, PostLayout, type Components, type Post } from '../../src/index.js';

declare const post: Post;

function Note({ kind, children }: { kind?: string; children?: ReactNode }) {
  return <aside data-kind={kind}>{children}</aside>;
}
function Anything(props: Record<string, unknown> & { children?: ReactNode }) {
  return <div title={typeof props.title === 'string' ? props.title : undefined}>{props.children}</div>;
}
function Chart({ data }: { data?: number[] }) {
  return <figure>{data?.length}</figure>;
}

export const page = <PostLayout post={post} components={{ Note, 'Tabs.Item': Anything, p: 'div', a: (props) => <a {...props} /> }} />;
export const runtime = <MarkdownContent components={{ Note, Chart }}>{'text'}</MarkdownContent>;
export const map: Components = { Note, Anything, Chart };
// A component with no children, mapped inline, as a self-closing `<Chart data={[1, 2]} />` needs.
export const inline = <PostLayout post={post} components={{ Chart, Embed: ({ src }: { src?: string }) => <iframe title="embed" src={src} /> }} />;
// @ts-expect-error a component takes an object of props
export const notComponent: Components = { Note: 'aside' };
