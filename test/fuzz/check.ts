/**
 * Runs a fast-check property with the suite's seed and run count, and on failure prints what a
 * person needs to reproduce it: the seed, the replay path and the shrunk post as plain text (not
 * JSON-escaped), followed by fast-check's own report.
 */
import fc from 'fast-check';

/** Cases per property: `RBK_FUZZ_RUNS` (10,000 under `npm run test:fuzz`), a few hundred otherwise. */
export const RUNS = Number(process.env.RBK_FUZZ_RUNS ?? 200);
/** The fixed seed; `RBK_FUZZ_SEED` replays another one. */
export const SEED = Number(process.env.RBK_FUZZ_SEED ?? 20261128);

export function assertProperty<T extends [unknown, ...unknown[]]>(
  property: fc.IProperty<T>,
  show: (...values: T) => string,
): void {
  const details = fc.check(property, { seed: SEED, numRuns: RUNS });
  if (!details.failed) return;
  const shrunk = details.counterexample ? show(...details.counterexample) : '(no counterexample: the property errored while shrinking)';
  const message = [
    `Property failed after ${details.numRuns} cases (${details.numShrinks} shrinks).`,
    `Seed: ${details.seed}   replay: RBK_FUZZ_SEED=${details.seed} and { path: ${JSON.stringify(details.counterexamplePath)} }`,
    `Failure: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`,
    'Shrunk post:',
    '-----8<-----',
    shrunk,
    '-----8<-----',
    fc.defaultReportMessage(details) ?? '',
  ].join('\n');
  console.error(message);
  throw new Error(message);
}
