// The server side of the app, built by `vite build --ssr` and run by scripts/prerender.ts: one
// page's whole HTML, its body rendered to be hydrated by main.tsx with the same data.
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { JsonLd, PostHead } from 'react-blog-kit';
import { blogJsonLd, postJsonLd } from 'react-blog-kit/seo';
import { App } from './App.tsx';
import { fillTemplate, site, type Route } from './blog.ts';

/** The page at `path` (e.g. `/posts/tides/`): index.html with its head tags and body filled in. */
export function renderPage(template: string, route: Route, path: string): string {
  const body = renderToString(
    <StrictMode>
      <App route={route} />
    </StrictMode>,
  );
  return fillTemplate(template, renderToStaticMarkup(head(route, path)), body);
}

/** A post: PostHead (title, description, canonical, Open Graph, the feed) and its JSON-LD. A list: title, canonical, feed. */
function head(route: Route, path: string) {
  if (route.kind === 'post') {
    return (
      <>
        <PostHead post={route.post} site={site} titleTemplate="{title} · {site}" />
        <JsonLd data={postJsonLd(route.post, site)} />
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
    </>
  );
}
