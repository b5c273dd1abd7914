/**
 * The development checks of every component, written once. A component lists its checks as data —
 * a function returning, for each check, its message when the check fails and `false` (or nothing)
 * when it holds — and hands the list to `devCheck`. The list is only ever called inside the one block
 * below, written literally as `process.env.NODE_ENV !== 'production'`: a host's production build
 * replaces the variable, these functions become empty, the bundler drops the calls to them and, with
 * the calls, the components' lists and their messages; in a development bundle (Vite's dev server
 * among them) the checks run in the browser. In Node the real variable is read. What a component
 * renders never depends on these checks.
 */
import { describe, reportInvalid, skippedValues, warnOnce } from '../../core/diagnostics.js';
import { threw } from '../blog.js';

/** One check's outcome: its message when it fails, else `false`, `undefined` or `''`. */
export type Problem = string | false | null | undefined | 0;

/** The helpers a check list writes its messages with (passed in, so production code never references them). */
export interface CheckTools {
  /** Describes a received value: `"text"`, `number 3`, `an object`, `undefined`. */
  describe: (value: unknown) => string;
  /** The message for a host function that threw: `name: threw <message>; <fallback>`. */
  threw: (name: string, error: unknown, fallback: string) => string;
  /** The message for `count` values under `field` that are not hast nodes. */
  skipped: (field: string, count: number) => string;
}

/** A component's check list. */
export type Checks = (tools: CheckTools) => readonly Problem[];

/**
 * Runs `checks` in development and reports what failed as one console.error naming the component,
 * after the problems already `found` while rendering (a tree's skipped nodes).
 */
export function devCheck(component: string, checks: Checks, found?: readonly string[]): void {
  if (process.env.NODE_ENV !== 'production') {
    const problems = found ? [...found] : [];
    for (const problem of checks({ describe, threw, skipped: skippedValues })) if (problem) problems.push(problem);
    reportInvalid(component, problems);
  }
}

/**
 * Runs `checks` in development and adds what failed to `problems`, for a part function whose problems
 * its component reports with its own.
 */
export function devNote(problems: string[], checks: Checks): void {
  if (process.env.NODE_ENV !== 'production') {
    for (const problem of checks({ describe, threw, skipped: skippedValues })) if (problem) problems.push(problem);
  }
}

/** In development, warns once about data that renders but should be fixed at its source. */
export function devWarn(message: (tools: CheckTools) => Problem): void {
  if (process.env.NODE_ENV !== 'production') {
    const text = message({ describe, threw, skipped: skippedValues });
    if (text) warnOnce(text);
  }
}
