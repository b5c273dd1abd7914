// The server side of the app, built by `vite build --ssr` and run by scripts/prerender.ts: a page's
// whole HTML, its body rendered to be hydrated by main.tsx from the same data.
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { JsonLd, PostHead } from 'react-blog-kit';
import { blogJsonLd, postJsonLd } from 'react-blog-kit/seo';
import { App } from './App.tsx';
import { dataHref, site, type Route } from './blog.ts';

/** The page at `path` (its key, as `routeKey` gives it: `/posts/tides/`): index.html with its head tags and body filled in. */
export function renderPage(template: string, route: Route, path: string): string {
  const body = renderToString(
    <StrictMode>
      <App route={route} />
    </StrictMode>,
  );
  return fillTemplate(template, renderToStaticMarkup(head(route, path)), body);
}

/**
 * A post's PostHead (title, description, canonical, Open Graph, feed) and JSON-LD; a list's title,
 * canonical and feed. Each page preloads its data, which main.tsx fetches to hydrate it.
 */
function head(route: Route, path: string) {
  const data = <link rel="preload" href={dataHref(path)} as="fetch" crossOrigin="anonymous" />;
  if (route.kind === 'post') {
    return (
      <>
        <PostHead post={route.post} site={site} titleTemplate="{title} · {site}" />
        <JsonLd data={postJsonLd(route.post, site)} />
        {data}
      </>
    );
  }
  const home = path === '/';
  return (
    <>
      <title>{home ? site.name : `${route.title} · ${site.name}`}</title>
      <link rel="canonical" href={new URL(path, site.url).href} />
      {home && <meta name="description" content={site.description} />}
      <link rel="alternate" type="application/rss+xml" title={site.name} href={site.feeds.rss} />
      {home && <JsonLd data={blogJsonLd(site, route.page.items)} />}
      {data}
    </>
  );
}

/** Puts head and body in place of index.html's <!--head--> and <!--app--> placeholders. */
function fillTemplate(template: string, head: string, body: string): string {
  const [start, rest, ...extra] = template.split('<!--head-->');
  const [middle, end, ...more] = (rest ?? '').split('<!--app-->');
  if (rest === undefined || end === undefined || extra.length + more.length > 0) {
    throw new Error('index.html needs one <!--head--> placeholder, then one <!--app-->');
  }
  // Concatenated, never String#replace: that would rewrite a post's `$&`, `$'` or `$$` as patterns.
  return start + head + middle + body + end;
}
