/**
 * A small static file server for the browser suite: serves one folder on 127.0.0.1 at a random
 * port, resolves `/path/` and `/path` to `index.html` / `path.html` as static hosts do, and can
 * hold back chosen files (the hero image) so that layout shift is measured while they load.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @param {object} options
 * @param {string} options.root folder to serve
 * @param {(pathname: string) => number} [options.delay] milliseconds to hold a response back
 * @param {Record<string, string | (() => string)>} [options.routes] extra HTML pages by pathname
 * @param {(pathname: string) => Record<string, string>} [options.headers] extra response headers (a CSP report-only policy)
 * @returns {Promise<{ url: string, close: () => Promise<void>, requests: string[] }>}
 */
export async function serveStatic({ root, delay = () => 0, routes = {}, headers = () => ({}), port: listenPort = 0 }) {
  const absRoot = path.resolve(root);
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(pathname);
    const wait = delay(pathname);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (Object.hasOwn(routes, pathname)) {
      const body = typeof routes[pathname] === 'function' ? routes[pathname]() : routes[pathname];
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...headers(pathname) });
      res.end(body);
      return;
    }
    const file = resolveFile(absRoot, decodeURIComponent(pathname));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(pathname),
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function resolveFile(root, pathname) {
  const target = path.resolve(root, '.' + path.posix.normalize(pathname));
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  const candidates = pathname.endsWith('/')
    ? [path.join(target, 'index.html')]
    : [target, `${target}.html`, path.join(target, 'index.html')];
  for (const candidate of candidates) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return null;
}
