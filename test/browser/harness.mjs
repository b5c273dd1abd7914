/**
 * Shared pieces of the browser suite: the check counter and its output format, Chromium launch
 * options, and a page wrapper that records console errors, page errors and hydration warnings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/**
 * The reader's time zone: far from the zones the pages were built in (UTC, Los Angeles, Kiritimati),
 * so a date formatted differently on the client would show up as a hydration mismatch.
 */
export const READER_TIME_ZONE = 'Pacific/Pago_Pago';

const results = { passed: 0, failed: 0, failures: [] };

/** Records one check and prints a line for it. */
export function check(name, ok, detail = '') {
  if (ok) results.passed++;
  else {
    results.failed++;
    results.failures.push(name);
  }
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

/** The closing lines: failed checks listed, then `N passed, N failed` alone on its line. */
export function summary() {
  if (results.failures.length) console.log(`\nfailed:\n${results.failures.map((f) => `  - ${f}`).join('\n')}`);
  console.log(`\n${results.passed} passed, ${results.failed} failed`);
  return results.failed === 0 && results.passed > 0;
}

/** Launches Debian's Chromium in a fresh profile, as the CI machine has it. */
export async function launch() {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'rbk-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
    viewport: { width: 1280, height: 800 },
    timezoneId: READER_TIME_ZONE,
    deviceScaleFactor: 1,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** React's and the frameworks' wording when server HTML and the client disagree. */
const HYDRATION = /hydrat|did not match|server rendered html|text content does not match|Minified React error #(418|419|421|423|425)/i;

/**
 * Opens a page that records everything a user's console would show as a problem: console errors,
 * uncaught exceptions, failed requests and any message about hydration.
 */
export async function openPage(context, { ignore = [] } = {}) {
  const page = await context.newPage();
  const problems = [];
  const keep = (text) => !ignore.some((re) => re.test(text));
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' && /^Failed to load resource/.test(text)) return;
    if ((msg.type() === 'error' || (msg.type() === 'warning' && HYDRATION.test(text))) && keep(text)) {
      problems.push(`console.${msg.type()}: ${text.slice(0, 300)}`);
    }
  });
  // A failed request is reported with its URL here; Chromium's own console line names none.
  page.on('response', (response) => {
    const text = `HTTP ${response.status()} ${response.url()}`;
    if (response.status() >= 400 && keep(text)) problems.push(text);
  });
  page.on('pageerror', (error) => {
    const text = String(error?.stack ?? error);
    if (keep(text)) problems.push(`uncaught: ${text.slice(0, 300)}`);
  });
  return {
    page,
    problems,
    hydrationProblems: () => problems.filter((p) => HYDRATION.test(p)),
    close: () => page.close().catch(() => {}),
  };
}

/** Runs axe-core (already injected) on `selector`; returns the violations, color contrast included. */
export async function runAxe(page, axeSource, selector) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (sel) => {
    const result = await window.axe.run(sel, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      target: v.nodes[0]?.target?.join(' '),
      summary: v.nodes[0]?.failureSummary?.split('\n').slice(0, 2).join(' '),
    }));
  }, selector);
}

export const describeViolations = (violations) =>
  violations.map((v) => `${v.id} (${v.impact}, ${v.nodes}×, e.g. ${v.target}: ${v.summary})`).join('; ');

/** Runs `fn` over `items` with `limit` at a time. */
export async function pool(items, limit, fn) {
  const queue = items.map((item, index) => ({ item, index }));
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async (_, worker) => {
    while (queue.length) {
      const { item, index } = queue.shift();
      await fn(item, index, worker);
    }
  });
  await Promise.all(workers);
}
