/**
 * The search dialog in each host app's built pages, in Chromium: before first use the page has
 * requested neither the index nor any script holding the engine; Ctrl-K and `/` open the dialog with
 * the field focused; a query lists the posts it must find and the live region announces their number;
 * the arrows move the active result and Enter follows it to the right post and heading; Escape closes
 * the dialog and gives focus back to the button; axe passes with the dialog open, light and dark, and
 * right to left; on a 390 px phone each result's date is under its title, and titles show the matched
 * words marked.
 */
import path from 'node:path';
import { startNext } from '../../scripts/hosts-blog.mjs';
import { check, describeViolations, openPage, runAxe } from './harness.mjs';
import { HOSTS } from './hosts.mjs';
import { serveStatic } from './server.mjs';

/** Text only the engine's code carries (MiniSearch's message for an index of another version). */
const ENGINE_MARKER = 'cannot deserialize an index';
const INDEX = /\/search\.json(\?|$)/;

/** Queries over the example posts, each with the post it must list in its first three results. */
const QUERIES = [
  { query: 'nectar', slug: 'how-bees-make-honey' },
  { query: 'molecule', slug: 'why-ice-floats' },
  { query: 'steering', slug: 'how-bicycles-stay-upright' },
  // A typo and a prefix.
  { query: 'bicyles', slug: 'how-bicycles-stay-upright' },
  { query: 'sourd', slug: 'how-sourdough-rises' },
  // Arabic, a right-to-left post: "rainbow".
  { query: 'قزح', slug: 'rainbow-ar' },
];

const field = '[role="combobox"][data-slot="search-input"]';
const option = '[role="option"][data-slot="search-result"]';

async function serve(host, repoRoot) {
  const cwd = path.join(repoRoot, 'examples', host.name);
  return host.serve === 'next start' ? startNext(cwd) : serveStatic({ root: path.join(cwd, host.out) });
}

/** Opens `url` and records every request, and the scripts' text, from the start. */
async function open(context, url, { dark = false } = {}) {
  const tab = await openPage(context);
  const requests = [];
  const scripts = [];
  tab.page.on('request', (r) => requests.push(r.url()));
  tab.page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text().then((t) => t, () => ''));
  });
  if (dark) await tab.page.emulateMedia({ colorScheme: 'dark' });
  await tab.page.goto(url, { waitUntil: 'load' });
  // Hydrated: the link has become the button.
  const ready = await tab.page.waitForSelector('button[data-slot="search-trigger"]', { timeout: 15000 }).then(() => true, () => false);
  return { ...tab, requests, scripts, ready };
}

const engineIn = async (scripts) => (await Promise.all(scripts)).some((text) => text.includes(ENGINE_MARKER));

/** Opens the dialog with `keys`, then waits for the field to have focus. */
async function openDialog(page, keys) {
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.keyboard.press(keys);
  return page
    .waitForFunction((sel) => document.activeElement?.matches(sel) && document.activeElement.closest('dialog')?.open, field, { timeout: 10000 })
    .then(() => true, () => false);
}

async function typeQuery(page, query) {
  await page.fill(field, query);
  return page
    .waitForFunction((sel) => document.querySelectorAll(sel).length > 0, option, { timeout: 5000 })
    .then(() => page.$$eval(option, (as) => as.map((a) => ({ id: a.id, href: a.getAttribute('href'), title: a.querySelector('[data-slot="search-result-title"]')?.textContent }))), () => []);
}

/** The hosts to check: all, or those named by `--hosts=vite-spa,astro` while working on one. */
export function searchHosts() {
  const named = process.argv.find((a) => a.startsWith('--hosts='))?.slice(8).split(',');
  return HOSTS.filter((h) => !named || named.includes(h.name));
}

export async function searchSuite({ context, repoRoot, axeSource }) {
  for (const host of searchHosts()) {
    const started = Date.now();
    const server = await serve(host, repoRoot);
    try {
      const start = host.pages.find((p) => p.kind === 'post').path;
      await firstUse({ context, server, host, start, axeSource });
      await queries({ context, server, host, start });
      for (const variant of [{ dark: true }, { path: host.pages.find((p) => p.kind === 'rtl')?.path }]) {
        if (variant.path === undefined && !variant.dark) continue;
        await openAxe({ context, server, host, path: variant.path ?? start, dark: variant.dark, axeSource });
      }
      await phone({ context, server, host, start });
    } finally {
      await server.close();
    }
    console.log(`  ${host.name} search: ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
}

/** Nothing before first use; the shortcuts, the announcement, the keyboard and Escape; axe with the dialog open. */
async function firstUse({ context, server, host, start, axeSource }) {
  const label = `${host.name} ${start} search`;
  const tab = await open(context, server.url + start);
  const { page } = tab;
  try {
    check(`${label}: hydrated, the no-JavaScript link became the search button`, tab.ready);
    await page.waitForTimeout(500);
    const before = tab.requests.filter((u) => INDEX.test(u));
    check(`${label}: before first use, no request for the search index`, tab.ready && before.length === 0, before.join(', '));
    check(`${label}: before first use, no script holding the search engine was loaded`, tab.ready && !(await engineIn(tab.scripts)), `${tab.scripts.length} scripts`);
    const scriptsBefore = tab.scripts.length;

    check(`${label}: Ctrl-K opens the dialog with the search field focused`, await openDialog(page, 'Control+k'));
    const results = await typeQuery(page, 'tide');
    check(`${label}: the index (search.json) was fetched once, on opening`, tab.requests.filter((u) => INDEX.test(u)).length === 1, tab.requests.filter((u) => INDEX.test(u)).join(', '));
    check(`${label}: the engine arrived with the first use`, tab.scripts.length > scriptsBefore && (await engineIn(tab.scripts.slice(scriptsBefore))));
    check(`${label}: "tide" lists several posts`, results.length > 1, results.map((r) => r.title).join(' | '));
    const announced = await page
      .waitForFunction(() => /^\d+ results?$/.test(document.querySelector('[role="status"][data-slot="search-status"]')?.textContent ?? ''), null, { timeout: 3000 })
      .then(() => page.$eval('[role="status"][data-slot="search-status"]', (el) => el.textContent), () => 'nothing');
    check(`${label}: the live region announces the number of results`, announced === `${results.length} result${results.length === 1 ? '' : 's'}`, `announced "${announced}"`);

    const violations = await runAxe(page, axeSource, 'html');
    check(`${label}: axe finds no violations with the dialog open`, violations.length === 0, describeViolations(violations));

    // The arrows, End and Home move the active result; the field keeps focus throughout.
    const active = () => page.$eval(field, (el) => el.getAttribute('aria-activedescendant'));
    await page.keyboard.press('ArrowDown');
    const first = await active();
    await page.keyboard.press('ArrowDown');
    const second = await active();
    await page.keyboard.press('End');
    const last = await active();
    await page.keyboard.press('Home');
    const home = await active();
    check(`${label}: ArrowDown, ArrowDown, End and Home move the active result (aria-activedescendant)`,
      first === results[0].id && second === results[1].id && last === results.at(-1).id && home === results[0].id,
      JSON.stringify({ first, second, last, home }));

    await page.keyboard.press('Escape');
    const back = await page
      .waitForFunction(() => document.activeElement?.matches('button[data-slot="search-trigger"]') && !document.querySelector('dialog[open]'), null, { timeout: 3000 })
      .then(() => true, () => false);
    check(`${label}: Escape closes the dialog and focus returns to the search button`, back);
    check(`${label}: / opens it again`, await openDialog(page, '/'));
    await page.keyboard.press('Escape');
    check(`${label}: no console error and no hydration warning`, tab.problems.length === 0, tab.problems.join(' | '));
  } finally {
    await tab.close();
  }
}

/** Each query lists the post it must find; the arrows and Enter follow a result to its post and heading. */
async function queries({ context, server, host, start }) {
  const tab = await open(context, server.url + start);
  const { page } = tab;
  try {
    for (const { query, slug } of QUERIES) {
      const label = `${host.name} search "${query}"`;
      if (!(await openDialog(page, '/'))) {
        check(`${label}: the dialog opens`, false);
        continue;
      }
      const results = await typeQuery(page, query);
      const at = results.findIndex((r) => new URL(r.href ?? '', server.url).pathname === `/posts/${slug}/`);
      check(`${label}: ${slug} is among the first three results`, at >= 0 && at < 3, results.map((r) => r.href).join(' | ') || 'no results');
      if (at < 0) {
        await page.keyboard.press('Escape');
        continue;
      }
      for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
      const target = new URL(results[at].href, server.url);
      await Promise.all([page.waitForURL((url) => url.pathname === target.pathname && url.hash === target.hash, { timeout: 10000 }).catch(() => {}), page.keyboard.press('Enter')]);
      // A client-side navigation (Next) changes the URL first and streams the post in after.
      await page
        .waitForFunction(() => !location.hash || document.getElementById(decodeURIComponent(location.hash.slice(1))), null, { timeout: 10000 })
        .catch(() => {});
      await page.waitForTimeout(300);
      const landed = await page.evaluate(() => {
        const id = decodeURIComponent(location.hash.slice(1));
        const el = id ? document.getElementById(id) : null;
        const top = el ? Math.round(el.getBoundingClientRect().top) : null;
        return { path: location.pathname, hash: location.hash, heading: el ? el.localName : null, top, dialogOpen: !!document.querySelector('dialog[open]') };
      });
      const inView = (top) => top !== null && top >= -2 && top < 400;
      check(`${label}: the arrows and Enter follow the result to ${target.pathname}${target.hash}, the heading scrolled into view`,
        landed.path === target.pathname && landed.hash === target.hash && (target.hash === '' || (/^h[1-6]$/.test(landed.heading ?? '') && inView(landed.top))) && !landed.dialogOpen,
        JSON.stringify(landed));
    }
    check(`${host.name} search: no console error while searching and following results`, tab.problems.length === 0, tab.problems.join(' | '));
  } finally {
    await tab.close();
  }
}

/** axe with the dialog open and results shown, dark or right to left. */
async function openAxe({ context, server, host, path: pagePath, dark, axeSource }) {
  const label = `${host.name} ${pagePath} search${dark ? ' (dark)' : ''}`;
  const tab = await open(context, server.url + pagePath, { dark });
  try {
    const opened = await openDialog(tab.page, 'Control+k');
    const results = opened ? await typeQuery(tab.page, 'tide') : [];
    await tab.page.keyboard.press('ArrowDown');
    const violations = await runAxe(tab.page, axeSource, 'html');
    check(`${label}: axe finds no violations with the dialog open and ${results.length} results shown`, opened && results.length > 0 && violations.length === 0, describeViolations(violations));
  } finally {
    await tab.close();
  }
}

/** On a 390 px phone: each result's date under its title, the title the result's whole width; matched words marked in titles. */
async function phone({ context, server, host, start }) {
  const label = `${host.name} ${start} search (390 px)`;
  const tab = await open(context, server.url + start);
  try {
    await tab.page.setViewportSize({ width: 390, height: 844 });
    const opened = await openDialog(tab.page, 'Control+k');
    const results = opened ? await typeQuery(tab.page, 'tide') : [];
    const boxes = await tab.page.$$eval(option, (as) =>
      as.map((a) => {
        const [result, title, date] = [a, a.querySelector('[data-slot="search-result-title"]'), a.querySelector('[data-slot="search-result-date"]')].map((el) => el?.getBoundingClientRect());
        return { below: !date || date.top >= title.bottom - 1, wide: title.width >= 0.8 * (result.width - 30), marked: !!a.querySelector('[data-slot="search-result-title"] mark') };
      }),
    );
    check(`${label}: every result's date is under its title, which takes the result's width`, results.length > 0 && boxes.every((b) => b.below && b.wide), JSON.stringify(boxes));
    check(`${label}: the matched words are marked in the titles`, boxes.some((b) => b.marked), JSON.stringify(boxes.map((b) => b.marked)));
  } finally {
    await tab.close();
  }
}
