import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.jsx';
import { routeKey } from './blog.js';
import routes from './generated/routes.json';

// Each page's data is its own lazy chunk: an index page downloads summaries, a post page its post.
const pages = import.meta.glob('./generated/routes/*.json', { import: 'default' });
const id = routes[routeKey(location.pathname)];
const load = id === undefined ? Promise.resolve(undefined) : pages[`./generated/routes/${id}.json`]();

load.then((route) => {
  const container = document.getElementById('root');
  const app = (
    <StrictMode>
      <App route={route} />
    </StrictMode>
  );
  // The production build is pre-rendered (scripts/prerender.mjs): hydrate it. In `vite` dev, render.
  if (container.firstElementChild) hydrateRoot(container, app);
  else createRoot(container).render(app);
});
