import { defineConfig } from 'vitest/config';

// Tests check behaviour only; nothing here asserts on durations, so every file runs in parallel
// with the others even on a loaded machine. Timings (build, query latency, event-loop stalls and
// /ask acknowledgements during a reload) are measured by `npm run bench` (tests/bench/).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
