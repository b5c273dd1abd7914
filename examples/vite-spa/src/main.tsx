import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { dataHref, routeKey, type Route } from './blog.ts';

// Each page's data is a file of its own, fetched (the page's head preloads it): an index page
// downloads summaries, a post page its post. A path with no page gets none and shows "not found".
const route = await fetch(dataHref(routeKey(location.pathname)))
  .then((response): Promise<Route> | undefined => (response.ok ? response.json() : undefined))
  .catch(() => undefined);

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App route={route} />
  </StrictMode>
);
// `vite build` pages are pre-rendered (scripts/prerender.ts): hydrate them. Under `vite` (dev), render.
if (container.firstElementChild) hydrateRoot(container, app);
else createRoot(container).render(app);
