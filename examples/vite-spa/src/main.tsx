import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { routeKey, type Route } from './blog.ts';
import routes from './generated/routes.json';

// Each page's data is a lazy chunk of its own: an index page downloads summaries, a post page its post.
const pages = import.meta.glob<Route>('./generated/routes/*.json', { import: 'default' });
const id = (routes as Record<string, string>)[routeKey(location.pathname)];
const route = id === undefined ? undefined : await pages[`./generated/routes/${id}.json`]?.();

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App route={route} />
  </StrictMode>
);
// `vite build` pages are pre-rendered (scripts/prerender.ts): hydrate them. Under `vite` (dev), render.
if (container.firstElementChild) hydrateRoot(container, app);
else createRoot(container).render(app);
