import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { JsonLd, PostHead } from 'react-blog-kit';
import { blogJsonLd, postJsonLd } from 'react-blog-kit/seo';
import { App } from './App.jsx';
import { site } from './blog.js';

/** The page's body, to be hydrated by main.jsx with the same data. */
export function render(route) {
  return renderToString(
    <StrictMode>
      <App route={route} />
    </StrictMode>,
  );
}

/**
 * The page's head tags. A post gets PostHead (title, description, canonical, Open Graph, Twitter,
 * the feed link) and its BlogPosting JSON-LD; a list page its title, canonical URL and the feed.
 */
export function head(route, path) {
  if (route.kind === 'post') {
    return renderToStaticMarkup(
      <>
        <PostHead post={route.post} site={site} titleTemplate="{title} · {site}" />
        <JsonLd data={postJsonLd(route.post, site)} />
      </>,
    );
  }
  return renderToStaticMarkup(
    <>
      <title>{route.title === site.name ? site.name : `${route.title} · ${site.name}`}</title>
      <link rel="canonical" href={new URL(path, site.url).href} />
      {route.title === site.name ? <meta name="description" content={site.description} /> : null}
      <link rel="alternate" type="application/rss+xml" title={site.name} href={site.feeds.rss} />
      {path === '/' ? <JsonLd data={blogJsonLd(site, route.page.items)} /> : null}
    </>,
  );
}
