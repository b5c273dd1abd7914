import os from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'stories/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    // Vitest keeps one core free by default, which on a 2-core CI machine means one worker: the suite
    // is CPU-bound, so it uses every core (timings are never asserted).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // Two workers on two cores share them with whatever else the machine runs; a test that loads a
    // whole page in jsdom can pass 5 s there. A limit is not what any test asserts.
    testTimeout: 30_000,
  },
});
