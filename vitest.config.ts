import { defineConfig } from 'vitest/config';

// Tests check behaviour only; nothing here asserts on durations, so every file runs in parallel
// with the others even on a loaded machine. Timings (build, query latency, event-loop stalls and
// /ask acknowledgements during a reload) are measured by `npm run bench` (tests/bench/).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: the specs that start the bot as a process (node, tsx, a login) take seconds when idle
    // and tens of seconds on a machine shared with other busy processes.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // expect.poll waits for a behaviour; its default of 1 s is tight while other processes keep
    // both cores busy. A poll that passes returns as soon as it does.
    expect: { poll: { timeout: 15_000 } },
  },
});
