import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run test:fuzz`: the property suite of test/fuzz with 10,000 cases per property and the same
 * fixed seed as `npm test` (override with RBK_FUZZ_RUNS / RBK_FUZZ_SEED). Timeouts are generous:
 * this is a long run by design, and timings are never asserted.
 */
process.env.RBK_FUZZ_RUNS ??= '10000';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/fuzz/**/*.test.{ts,tsx}'],
    testTimeout: 60 * 60 * 1000,
    hookTimeout: 60 * 1000,
  },
});
