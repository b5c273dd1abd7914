/**
 * Bundled by the time-zone tests and run in child Node processes, each with its own TZ. Every
 * process builds the same posts (Date objects included, built as a host would build them in that
 * zone), renders them, and can hydrate server HTML made in another zone.
 */
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ActiveTableOfContents, PostLayout, type Post } from '../../src/index.js';
import { createPost, parsePost } from '../../src/parse/index.js';

/** A post file given by the test (fixtures and the shared corpus). */
export interface SourceCase {
  name: string;
  source: string;
  filename?: string;
}

const body = '## Tides\n\nThe moon pulls.\n\n### Spring tides\n\nStronger.\n\n## Waves\n\nWind.\n';

/** Posts whose dates are Date objects, built here, in this process's time zone. */
function datePosts(): { name: string; post: Post }[] {
  const made = (name: string, data: Record<string, unknown>) => ({
    name,
    post: createPost({ data: { title: name, ...data }, body }),
  });
  return [
    // YAML and gray-matter give a day as UTC midnight.
    made('Date at UTC midnight', { pubDate: new Date('2022-07-24'), updatedDate: new Date(Date.UTC(2022, 11, 31)) }),
    // Astro's z.coerce.date() on "Jul 24 2022" gives local midnight of wherever the build runs.
    made('Date coerced from text at local midnight', { pubDate: new Date('Jul 24 2022'), updatedDate: new Date(2023, 0, 1) }),
    // A date-time that is not midnight in any zone tested.
    made('Date-time object', { pubDate: new Date('2022-07-24T10:30:00Z'), updatedDate: new Date('2022-12-31T23:59:00Z') }),
    made('Date-time near the date line', { pubDate: new Date('2022-07-24T23:30:00-07:00'), updatedDate: new Date('2022-07-25T00:30:00+14:00') }),
    made('Day at the start of a year', { pubDate: '2023-01-01', updatedDate: '2022-12-31' }),
    made('Leap day', { pubDate: '2024-02-29' }),
  ];
}

const frontmatterPosts = (): SourceCase[] => [
  { name: 'YAML date only', source: '---\ntitle: A day\npubDate: 2022-07-24\nupdatedDate: 2022-12-31\n---\n' + body },
  { name: 'YAML date-time with offset', source: '---\ntitle: A moment\ndate: 2022-07-24T23:30:00-07:00\nlastmod: 2022-07-24 10:00:00 +05:30\n---\n' + body },
  { name: 'Quoted text dates', source: '---\ntitle: Words\npubDate: "Jul 24 2022"\nupdated: "1 January 2023"\n---\n' + body },
  { name: 'TOML dates', source: '+++\ntitle = "TOML"\ndate = 2022-07-24\nlastmod = 2022-07-24T10:00:00Z\n+++\n' + body },
  { name: 'Dated file name', source: '---\ntitle: From the name\n---\n' + body, filename: '2022-07-24-from-the-name.md' },
];

/** The elements each process renders, by name: parsed posts, createPost posts, and variants. */
export function elements(sources: SourceCase[]): { name: string; element: ReactElement }[] {
  const out: { name: string; element: ReactElement }[] = [];
  const all = [...frontmatterPosts(), ...sources];
  for (const c of all) {
    const post = parsePost(c.source, { filename: c.filename });
    out.push({ name: `parsePost: ${c.name}`, element: <PostLayout post={post} /> });
  }
  for (const { name, post } of datePosts()) {
    out.push({ name: `createPost: ${name}`, element: <PostLayout post={post} /> });
    out.push({ name: `createPost: ${name}, ja-JP, timeZone Asia/Kolkata`, element: <PostLayout post={post} locale="ja-JP" metaProps={{ timeZone: 'Asia/Kolkata' }} /> });
    out.push({ name: `createPost: ${name}, ActiveTableOfContents`, element: <PostLayout post={post} tocComponent={ActiveTableOfContents} /> });
  }
  return out;
}

/** Server HTML of every element, by name. */
export function renderAll(sources: SourceCase[]): Record<string, string> {
  const html: Record<string, string> = {};
  for (const { name, element } of elements(sources)) html[name] = renderToString(element);
  return html;
}

/**
 * Hydrates each server HTML into a fresh container of the current (jsdom) document with this
 * process's elements, and reports every console.error and recoverable error React raised.
 */
export async function hydrateAll(sources: SourceCase[], serverHtml: Record<string, string>): Promise<Record<string, string[]>> {
  const { hydrateRoot } = await import('react-dom/client');
  const { act } = await import('react');
  const problems: Record<string, string[]> = {};
  const originalError = console.error;
  for (const { name, element } of elements(sources)) {
    const found: string[] = [];
    console.error = (...args: unknown[]) => void found.push(args.map(String).join(' ').slice(0, 500));
    const container = document.createElement('div');
    container.innerHTML = serverHtml[name] ?? '';
    document.body.appendChild(container);
    try {
      await act(async () => {
        hydrateRoot(container, element, {
          onRecoverableError: (error) => void found.push(`recoverable: ${String((error as Error)?.message ?? error).slice(0, 500)}`),
        });
      });
    } catch (error) {
      found.push(`threw: ${String(error)}`);
    } finally {
      console.error = originalError;
    }
    if (serverHtml[name] === undefined) found.push('no server HTML for this case');
    problems[name] = found;
    container.remove();
  }
  return problems;
}
