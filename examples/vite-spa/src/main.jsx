import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.jsx';

const container = document.getElementById('root');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The production build is pre-rendered (scripts/prerender.mjs): hydrate it. In `vite` dev, render.
if (container.firstElementChild) hydrateRoot(container, app);
else createRoot(container).render(app);
