/**
 * `--only=vectors`: every payload of the shared third-party XSS collections (cure53's H5SC and
 * DOMPurify fixtures, the OWASP filter-evasion cheat sheet: `../shared/xss-vectors/vectors.json`, or
 * `RBK_XSS_VECTORS`) through each channel a post has, in Chromium, server-rendered and hydrated:
 *
 *   body      the payload as the post's markdown (parsePost, default options)
 *   urls      the payload and each URL in it as link, image and reference-definition destinations
 *   frontmatter  every field the post reads (title, description, tags, authors, hero image, series,
 *             lang, canonical, excerpt, slug), rendered by PostLayout
 *   head      the same post's head tags (PostHead)
 *   json-ld   its JSON-LD (JsonLd over postJsonLd)
 *   tree      the payload's HTML parsed to hast and put straight into a Post (no parser, no sanitizer),
 *             as a hand-edited cache or CMS could hold it: only the render-time safety pass stands
 *   feed      RSS, Atom and JSON feeds of posts carrying the payload, each loaded as a document, and
 *             every entry's HTML content put into a page as a feed reader would (innerHTML)
 *
 * A detector installed before any page script: alert, confirm, prompt, print and document.write
 * recorded; a report-only Content-Security-Policy (`script-src 'self'`) whose
 * `securitypolicyviolation` events catch any inline script, handler, javascript: URL or eval that
 * runs; Playwright's dialog and navigation events. After hydration the DOM is walked for what could
 * run or load a document (on* attributes, script-capable elements, SVG animation, srcdoc, and
 * javascript:/vbscript:/data: URLs in every URL attribute, SVG href and xlink:href included, as
 * animated); then every element is hovered and focused, and every link, SVG link, area and button
 * clicked (navigation to a safe URL prevented, so only a scripted one goes anywhere). A page with an
 * execution is run again one vector at a time, to name it. A positive control (the SVG animation
 * vector injected raw) must be caught, or the suite proves nothing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { check } from './harness.mjs';
import { serveStatic } from './server.mjs';

/** Vectors a page carries: large enough for a fast run, small enough to name a vector in a re-run. */
const BATCH = 60;
/** Pages open at once. */
const TABS = 2;
const CSP = "script-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'";
/** H5SC #137's shape, raw: a link whose href an animation writes after any check of the markup. */
const CONTROL = '<svg width="120" height="40"><a><set attributeName="href" to="javascript:alert(137)"/><text x="10" y="20">control</text></a></svg>';

export async function vectorsSuite({ context, repoRoot }) {
  const started = Date.now();
  const here = path.join(repoRoot, 'test', 'browser', 'vectors');
  // Built inside the repository so that React and hast-util-from-html resolve from its node_modules.
  const out = path.join(repoRoot, 'test-results', 'vectors-page');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const common = { bundle: true, jsx: 'automatic', logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' } };
  await build({ ...common, entryPoints: { render: path.join(here, 'render.tsx') }, outdir: out, outExtension: { '.js': '.mjs' }, platform: 'node', format: 'esm', packages: 'external' });
  await build({ ...common, entryPoints: [path.join(here, 'client.tsx')], outfile: path.join(out, 'client.js'), platform: 'browser', format: 'iife', minify: true });
  writeFileSync(path.join(out, 'feed-content.js'), `(${feedContent.toString()})();`);
  const { buildVectors } = await import(pathToFileURL(path.join(out, 'render.mjs')).href + `?t=${Date.now()}`);

  // React's development warnings about the payloads' markup (a `value` without `onChange`) are not what this suite checks.
  const error = console.error;
  console.error = () => {};
  let built;
  try {
    built = buildVectors(BATCH);
  } finally {
    console.error = error;
  }
  console.log(`  vectors: rendered on the server in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  const channels = Object.keys(built.perChannel).length + 1;
  check(`vectors: ${built.vectors} payloads read from ${built.file}`, built.vectors >= 500, `${built.vectors} found`);
  console.log(`  vectors: per channel ${JSON.stringify({ ...built.perChannel, feed: built.feedPosts })}; refused by the parser: ${Object.entries(built.refused).map(([c, r]) => `${c} ${r.length}`).join(', ')}; frontmatter fields kept ${built.frontmatterFields} of ${built.vectors * 10}`);
  for (const p of built.pages) writeFileSync(path.join(out, `${p.name}.html`), p.html);
  const feedPages = [];
  for (const f of built.feeds) {
    const file = `${f.name.replace(/\.(\w+)$/, '-$1')}.${f.format === 'json' ? 'json' : 'xml'}`;
    writeFileSync(path.join(out, file), f.body);
    f.file = file;
  }
  for (let batch = 0; built.feeds.some((f) => f.name.startsWith(`feed-${batch}.`)); batch++) {
    const feeds = built.feeds.filter((f) => f.name.startsWith(`feed-${batch}.`));
    const name = `feed-content-${batch}`;
    const data = JSON.stringify({ feeds: feeds.map((f) => ({ file: f.file, format: f.format })), links: feeds[0].links });
    writeFileSync(path.join(out, `${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body><main id="feeds"></main><script type="application/json" id="rbk-feed-data">${data.replace(/</g, '\\u003c')}</script><script src="/feed-content.js"></script></body></html>`);
    feedPages.push(name);
  }
  writeFileSync(path.join(out, 'control.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>control</title></head><body><section data-vector="control" data-channel="control">${CONTROL}</section></body></html>`);

  const server = await serveStatic({ root: out, headers: () => ({ 'content-security-policy-report-only': CSP }) });
  const totals = { pages: 0, items: 0, executions: [], unsafe: [], hydration: { hydrated: 0, total: 0, recoverable: 0 }, navigations: [], feedDocs: 0, feedMalformed: [], feedEntries: 0 };
  try {
    const control = await exercise(context, `${server.url}/control.html`, { hydrate: false });
    check('vectors: positive control — the raw SVG animation vector is caught (unsafe element found, and its click runs)',
      control.unsafe.some((u) => u.includes('<set>')) && control.executions.length > 0, JSON.stringify({ unsafe: control.unsafe, executions: control.executions }));

    const jobs = [
      ...built.pages.map((p) => ({ kind: 'page', name: p.name, channel: p.channel, url: `${server.url}/${p.name}.html`, vectors: p.items.map((i) => i.vector) })),
      ...built.feeds.map((f) => ({ kind: 'feed', name: f.name, channel: `feed-${f.format}`, url: `${server.url}/${f.file}`, vectors: Object.values(f.links) })),
      ...feedPages.map((name) => ({ kind: 'feed-content', name, channel: 'feed-content', url: `${server.url}/${name}.html` })),
    ];
    const failedPages = [];
    await pool(jobs, TABS, async (job) => {
      const jobStart = Date.now();
      const run = await exercise(context, job.url, { hydrate: job.kind === 'page', xml: job.kind === 'feed' && !job.name.endsWith('.json'), origin: server.url });
      totals.pages++;
      totals.slowest = Math.max(totals.slowest ?? 0, Date.now() - jobStart);
      if (run.executions.length || run.unsafe.length || run.navigations.length) console.log(`  vectors: ${job.name}: ${run.executions.length} executions, ${run.unsafe.length} unsafe, ${run.navigations.length} navigations`);
      totals.items += run.items;
      if (run.hydration) {
        totals.hydration.hydrated += run.hydration.hydrated;
        totals.hydration.total += run.hydration.total;
        totals.hydration.recoverable += run.hydration.recoverable.length;
      }
      if (job.kind === 'feed') {
        totals.feedDocs++;
        if (run.malformed) totals.feedMalformed.push(`${job.name}: ${run.malformed}`);
      }
      if (job.kind === 'feed-content') totals.feedEntries += run.items;
      totals.unsafe.push(...run.unsafe.map((u) => `${job.channel}: ${u}`));
      totals.navigations.push(...run.navigations.map((u) => `${job.name}: ${u}`));
      // An execution while clicking or hovering names its vector; one during load is found by running the page's vectors alone.
      for (const e of run.executions) {
        if (e.vector) totals.executions.push(`${e.vector}: ${e.sink} ${e.detail}`);
        else if (!failedPages.includes(job)) failedPages.push(job);
      }
    });
    for (const job of failedPages) totals.executions.push(...(await isolate(context, server, job, buildVectors, out)));
  } finally {
    await server.close();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`  vectors: ${built.vectors} vectors × ${channels} channels in ${totals.pages} pages (slowest ${((totals.slowest ?? 0) / 1000).toFixed(1)}s, ${totals.items} rendered items, ${totals.feedDocs} feed documents, ${totals.feedEntries} feed entries as HTML), ${seconds}s: ${totals.executions.length} executions, ${totals.unsafe.length} unsafe attributes or elements`);
  const byChannel = (list) => Object.entries(list.reduce((n, u) => ((n[u.split(':')[0]] = (n[u.split(':')[0]] ?? 0) + 1), n), {})).map(([c, k]) => `${c} ${k}`).join(', ');
  if (totals.unsafe.length) console.log(`  vectors: unsafe by channel: ${byChannel(totals.unsafe)}`);
  check(`vectors: all ${totals.hydration.total} rendered items hydrate`, totals.hydration.total > 0 && totals.hydration.hydrated === totals.hydration.total,
    `${totals.hydration.hydrated}/${totals.hydration.total} hydrated; ${totals.hydration.recoverable} recoverable React errors (a mismatch, re-rendered on the client)`);
  check(`vectors: no vector runs script in any channel (${built.vectors} × ${channels})`, totals.executions.length === 0, totals.executions.slice(0, 12).join('; '));
  check('vectors: no unsafe attribute or element reaches the DOM in any channel', totals.unsafe.length === 0, `${totals.unsafe.length}: ${totals.unsafe.slice(0, 12).join('; ')}`);
  // `about:blank#blocked` is Chromium refusing a navigation (a top-level data: URL): nothing loaded, so it is listed, not failed.
  const blocked = totals.navigations.filter((n) => n.endsWith('about:blank#blocked'));
  const navigated = totals.navigations.filter((n) => !blocked.includes(n));
  if (blocked.length) console.log(`  vectors: navigations Chromium refused: ${blocked.join('; ')}`);
  check('vectors: no page navigated away', navigated.length === 0, navigated.slice(0, 6).join('; '));
  // A feed Chromium cannot parse shows none of its entries, so the channel would pass unseen: every document must parse.
  check(`vectors: all ${totals.feedDocs} feed documents parse as XML or JSON in Chromium, so each entry is shown`, totals.feedDocs > 0 && totals.feedMalformed.length === 0,
    totals.feedMalformed.slice(0, 4).join('; '));
}

/** Runs each vector of a page that ran script on a page of its own, and names those that run. */
async function isolate(context, server, job, buildVectors, out) {
  const found = [];
  if (job.kind !== 'page') return [`${job.name} (${job.channel}): script ran while loading; its vectors: ${(job.vectors ?? []).join(', ')}`];
  for (const vector of job.vectors) {
    const error = console.error;
    console.error = () => {};
    const single = buildVectors(1, (name) => name === vector).pages.find((p) => p.channel === job.channel);
    console.error = error;
    if (!single) continue;
    writeFileSync(path.join(out, 'isolated.html'), single.html);
    const run = await exercise(context, `${server.url}/isolated.html`, { hydrate: true, origin: server.url });
    for (const e of run.executions) found.push(`${vector} (${job.channel}): ${e.sink} ${e.detail}`);
  }
  return found.length ? found : [`${job.name} (${job.channel}): script ran while loading the page, but no vector alone`];
}

async function pool(items, limit, fn) {
  const queue = [...items];
  await Promise.all(Array.from({ length: limit }, async () => {
    while (queue.length) await fn(queue.shift());
  }));
}

/** Installed before any script of every document: records each sink a payload could reach. */
function detector() {
  const found = [];
  Object.defineProperty(window, '__xss', { value: found });
  const record = (sink, detail) => found.push({ sink, detail: String(detail ?? '').slice(0, 100), vector: window.__xssVector ?? null });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (message) => record(name, message);
  for (const name of ['write', 'writeln']) Document.prototype[name] = function (text) { record(`document.${name}`, text); };
  Object.defineProperty(window, '__pwned', { set: (v) => record('__pwned', v), get: () => undefined });
  document.addEventListener('securitypolicyviolation', (e) => record(`csp ${e.effectiveDirective}`, `${e.blockedURI} ${e.sample ?? ''}`), true);
  // Follow a scripted link or form only: a safe URL would take the page away from what is being checked.
  const safe = (url) => {
    try {
      // A relative URL (an SVG link's `?`) resolves against the page.
      return typeof url === 'string' && /^(https?|mailto|xmpp|ircs?|tel):$/i.test(new URL(url, location.href).protocol);
    } catch {
      return false;
    }
  };
  addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest('a, area') : null;
    if (!link) return;
    const href = link instanceof SVGElement ? (link.href?.animVal ?? link.getAttribute('href') ?? '') : link.href;
    if (safe(href)) e.preventDefault();
  }, true);
  addEventListener('submit', (e) => {
    // Read through the prototypes: `<input name=action>` clobbers a form's own `action`.
    const read = (proto, el, name) => Object.getOwnPropertyDescriptor(proto, name).get.call(el);
    const submitter = e.submitter instanceof HTMLButtonElement || e.submitter instanceof HTMLInputElement ? e.submitter : null;
    const action = (submitter && submitter.hasAttribute('formaction') ? read(Object.getPrototypeOf(submitter), submitter, 'formAction') : '') || read(HTMLFormElement.prototype, e.target, 'action');
    if (safe(action)) e.preventDefault();
  }, true);
}

/** Loads one page, lets it hydrate, walks its DOM, exercises every element, then reads the detector. */
async function exercise(context, url, { hydrate = false, xml = false, origin = '' }) {
  const page = await context.newPage();
  const dialogs = [];
  const navigations = [];
  await page.addInitScript(detector);
  // Payloads point at hosts that do not answer here; anything not from this server is refused at once.
  await page.route((u) => !u.href.startsWith(origin) && !u.href.startsWith('data:'), (route) => route.abort());
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url() !== url && !frame.url().startsWith(url)) navigations.push(frame.url());
  });
  try {
    return await visit(page, url, { hydrate, xml, dialogs, navigations });
  } catch (error) {
    // The page went away under the checks (a navigation the click guard did not stop): that is a finding too.
    return { unsafe: [], items: 0, executions: [{ sink: 'page', detail: String(error.message).split('\n')[0], vector: null }], navigations: [...navigations, page.url()], malformed: '' };
  } finally {
    await page.close().catch(() => {});
  }
}

async function visit(page, url, { hydrate, xml, dialogs, navigations }) {
  {
    await page.goto(url, { waitUntil: 'load' });
    const hydration = hydrate
      ? await page
          .waitForFunction(() => window.__rbkVectors && window.__rbkVectors.hydrated === window.__rbkVectors.total && window.__rbkVectors, null, { timeout: 20000 })
          .then((h) => h.jsonValue(), () => page.evaluate(() => window.__rbkVectors ?? null))
      : undefined;
    if (url.includes('/feed-content-')) await page.waitForFunction(() => window.__rbkFeedsShown === true, null, { timeout: 10000 }).catch(() => {});
    // SMIL animations, image errors and timers get their chance to fire.
    await page.waitForTimeout(150);
    const malformed = xml ? await page.evaluate(() => (document.querySelector('parsererror') ? document.querySelector('parsererror').textContent.slice(0, 120) : document.documentElement.localName === 'html' && !document.contentType.includes('xml') ? 'not read as XML' : '')) : '';
    const source = xml ? await page.evaluate(async () => (await fetch(location.href)).text()) : false;
    const before = await page.evaluate(scanDom, { xml: source });
    await page.evaluate(interact);
    await page.waitForTimeout(150);
    const after = await page.evaluate(scanDom, { xml: source });
    const executions = await page.evaluate(() => window.__xss);
    for (const d of dialogs) if (!executions.some((e) => d.endsWith(String(e.detail)))) executions.push({ sink: 'dialog', detail: d, vector: null });
    return { hydration, unsafe: [...new Set([...before.unsafe, ...after.unsafe])], items: before.items, executions, navigations, malformed };
  }
}

/** Runs in the page: hovers and focuses every element of every vector, then clicks each link, area and button. */
function interact() {
  // Called through the prototypes: a payload may clobber an element's own `focus` or `dispatchEvent`.
  const dispatch = (el, event) => EventTarget.prototype.dispatchEvent.call(el, event);
  const focusable = (el) => (el instanceof HTMLElement ? HTMLElement.prototype : el instanceof SVGElement ? SVGElement.prototype : null);
  for (const section of document.querySelectorAll('section[data-vector]')) {
    window.__xssVector = `${section.getAttribute('data-vector')} [${section.getAttribute('data-channel')}]`;
    for (const el of section.querySelectorAll('*')) {
      for (const type of ['mouseover', 'mouseenter', 'mousemove', 'pointerover', 'pointerenter', 'mousedown', 'mouseup']) dispatch(el, new MouseEvent(type, { bubbles: true }));
    }
    // Only these can take focus (focusing anything else does nothing, at the cost of a layout).
    for (const el of section.querySelectorAll('a, area, button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]')) {
      const proto = focusable(el);
      if (proto) {
        proto.focus.call(el);
        proto.blur.call(el);
      }
    }
    for (const el of section.querySelectorAll('a, area, button, input, summary, details, [tabindex]')) {
      dispatch(el, new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    }
  }
  // Head tags (PostHead) are hoisted out of the sections: their vector is named by the walk, not here.
  window.__xssVector = null;
}

/** Runs in the page: everything in a vector's section (and the head) that could run script or load a document. */
function scanDom({ xml }) {
  const unsafe = [];
  // A payload may clobber an element's own properties (`<form><input name=attributes>`): read them from the prototypes.
  const get = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
  const attributesOf = (el) => [...get(Element.prototype, 'attributes').call(el)];
  const localNameOf = (el) => get(Element.prototype, 'localName').call(el);
  const namespaceOf = (el) => get(Element.prototype, 'namespaceURI').call(el);
  const scheme = (value) => {
    const squeezed = value.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '').toLowerCase();
    return /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
  };
  const rasterData = /^data:image\/(png|gif|jpe?g|webp|avif)[;,]/i;
  const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'data', 'ping', 'cite', 'longdesc', 'lowsrc', 'dynsrc', 'codebase', 'icon', 'manifest', 'xml:base', 'srcset', 'imagesrcset', 'to', 'values', 'from', 'by']);
  const FORBIDDEN = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe', 'set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor', 'discard', 'handler', 'listener', 'noscript', 'template', 'style']);
  const badUrl = (url, el, name) => {
    const s = scheme(url);
    if (s === 'javascript' || s === 'vbscript' || s === 'livescript' || s === 'mocha') return true;
    if (s === 'data') return !(['img', 'source', 'image'].includes(localNameOf(el)) && /src|href/.test(name) && rasterData.test(url.trim()));
    return false;
  };
  const inspect = (el, name, jsonLd = false) => {
    const attribute = (n) => Element.prototype.getAttribute.call(el, n);
    const localName = localNameOf(el);
    const tag = localName.toLowerCase();
    const where = `${name}: <${localName}`;
    if (FORBIDDEN.has(tag) && !(tag === 'script' && (name === 'head' || (jsonLd && attribute('type') === 'application/ld+json')))) unsafe.push(`${where}> element`);
    if (tag === 'meta' && attribute('http-equiv') !== null) unsafe.push(`${where} http-equiv>`);
    if (tag === 'link' && !/^(stylesheet|preload|canonical|alternate|author|next|prev)$/i.test(attribute('rel') ?? '')) unsafe.push(`${where} rel=${attribute('rel')}>`);
    for (const attr of attributesOf(el)) {
      const n = attr.name.toLowerCase();
      if (n.startsWith('on')) unsafe.push(`${where} ${attr.name}>`);
      else if (n === 'srcdoc' || n === 'attributename') unsafe.push(`${where} ${attr.name}>`);
      else if (n === 'style' && /expression\s*\(|(java|vb)script:|behavior|binding|url\s*\(\s*['"]?\s*(?!https?:|\/|#|data:image)/i.test(attr.value)) unsafe.push(`${where} style="${attr.value.slice(0, 60)}">`);
      else if (URL_ATTRS.has(n)) {
        const urls = n.endsWith('srcset') ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [attr.value];
        if (urls.some((u) => badUrl(u, el, n))) unsafe.push(`${where} ${attr.name}="${attr.value.slice(0, 60)}">`);
      }
    }
    // What an SVG link goes to now, after any animation (the attribute keeps its base value).
    const animated = el instanceof SVGAElement ? get(SVGAElement.prototype, 'href').call(el)?.animVal : undefined;
    if (typeof animated === 'string' && badUrl(animated, el, 'href')) unsafe.push(`${where} href (animated) "${animated.slice(0, 60)}">`);
  };
  let items = 0;
  if (xml) {
    // A feed document holds feed elements only: markup from a post is escaped text or CDATA. Chromium
    // shows XML through its own viewer, so the feed is read again as the XML it is.
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    if (doc.querySelector('parsererror')) return { unsafe, items: 0 };
    for (const el of doc.querySelectorAll('*')) {
      const ns = namespaceOf(el);
      if (ns === 'http://www.w3.org/1999/xhtml' || ns === 'http://www.w3.org/2000/svg') unsafe.push(`feed: <${localNameOf(el)}> in the ${ns} namespace`);
      for (const attr of attributesOf(el)) if (attr.name.toLowerCase().startsWith('on')) unsafe.push(`feed: <${localNameOf(el)} ${attr.name}>`);
    }
    items = doc.querySelectorAll('item, entry').length;
    return { unsafe, items };
  }
  for (const section of document.querySelectorAll('section[data-vector]')) {
    items++;
    const name = `${section.getAttribute('data-vector')}`;
    const channel = section.getAttribute('data-channel');
    for (const el of section.querySelectorAll('*')) inspect(el, name, channel === 'json-ld');
    // JSON-LD stays one script whose text is JSON.
    if (channel === 'json-ld') {
      const scripts = section.querySelectorAll('script');
      const elements = section.querySelectorAll('*').length;
      let parsed = false;
      try {
        parsed = scripts.length === 1 && scripts[0].type === 'application/ld+json' && typeof JSON.parse(scripts[0].textContent) === 'object';
      } catch {}
      // The item's own element and the script.
      if (!parsed || elements !== 2) unsafe.push(`${name}: JSON-LD broke out of its script (${scripts.length} scripts, ${elements} elements)`);
    }
  }
  if (document.head) for (const el of document.head.querySelectorAll('*')) if (!(el.localName === 'script' && el.getAttribute('src') === '/client.js')) inspect(el, 'head');
  return { unsafe: unsafe.filter((u) => !/^head: <script> element$/.test(u)), items };
}

/** The feed-content page's script (served as a file: the page's policy allows no inline script). */
function feedContent() {
  const { feeds, links } = JSON.parse(document.getElementById('rbk-feed-data').textContent);
  const main = document.getElementById('feeds');
  const vectorOf = (link) => {
    const slug = /\/posts\/([^/]+)/.exec(link ?? '')?.[1];
    return Object.entries(links).find(([path]) => path === `/posts/${slug}`)?.[1] ?? `unknown ${link}`;
  };
  const show = (vector, format, part, html) => {
    const section = document.createElement('section');
    section.setAttribute('data-vector', vector);
    section.setAttribute('data-channel', `feed-${format} ${part}`);
    // What a feed reader does with an entry's HTML.
    section.innerHTML = html;
    main.append(section);
  };
  Promise.all(
    feeds.map(async ({ file, format }) => {
      const text = await (await fetch(`/${file}`)).text();
      if (format === 'json') {
        for (const item of JSON.parse(text).items) {
          // JSON Feed's summary and content_text are plain text; content_html is HTML.
          if (item.content_html) show(vectorOf(item.url), format, 'content_html', item.content_html);
        }
        return;
      }
      const doc = new DOMParser().parseFromString(text, 'text/xml');
      if (doc.querySelector('parsererror')) return;
      for (const entry of doc.querySelectorAll('item, entry')) {
        const link = entry.querySelector('link')?.getAttribute('href') || entry.querySelector('link')?.textContent;
        for (const part of entry.children) {
          // What each format says is HTML: RSS's description and content:encoded; Atom's content and summary of type html or xhtml (text is shown as text).
          if (format === 'rss' && ['description', 'encoded'].includes(part.localName)) show(vectorOf(link), format, part.localName, part.textContent);
          if (format === 'atom' && ['content', 'summary'].includes(part.localName)) {
            const type = part.getAttribute('type') ?? 'text';
            if (type === 'html') show(vectorOf(link), format, part.localName, part.textContent);
            if (type === 'xhtml') show(vectorOf(link), format, part.localName, part.innerHTML);
          }
        }
      }
    }),
  ).finally(() => {
    window.__rbkFeedsShown = true;
  });
}
