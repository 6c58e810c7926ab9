import { defineConfig } from 'vitest/config';

// Tests that measure event-loop stalls run last and one file at a time, so the other test
// files running in parallel on these shared 2-core machines do not stall the loop for them.
const TIMING = ['tests/build/stall.test.ts', 'tests/bot/reload-load.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: TIMING, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timing', include: TIMING, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
