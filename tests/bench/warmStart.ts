/**
 * The warm-start bar: `npm start` in console mode on a corpus (default the 2,200-article news
 * corpus), first with an empty INDEX_CACHE_DIR (cold: builds and writes the snapshot), then again
 * (warm: loads it), each timed from the process's start to its answer to one question on stdin.
 * Bar: warm ≤ 0.3 × cold, measured in one run, with the same answer.
 *
 *   npx tsx tests/bench/warmStart.ts [--corpus DIR] [--rounds 3]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BotStart, botStart } from './scale.ts';

const { values } = parseArgs({
  options: { corpus: { type: 'string', default: 'bench-data/news/corpus' }, rounds: { type: 'string', default: '3' } },
});

// From spawning `npm start` (console mode) to the end of its answer to scale.ts's first question (its
// botStart: an answer, confident or unsure, ends with the question's line).
const start = (cacheDir: string): Promise<BotStart> => botStart(cacheDir, values.corpus);

const rounds = Number(values.rounds);
const ratios: number[] = [];
for (let round = 1; round <= rounds; round += 1) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'citebot-warm-'));
  try {
    const cold = await start(cacheDir);
    const warm = await start(cacheDir);
    ratios.push(warm.ms / cold.ms);
    process.stdout.write(
      `round ${round}: cold ${(cold.ms / 1000).toFixed(2)} s, warm ${(warm.ms / 1000).toFixed(2)} s, ` +
        `${(warm.ms / cold.ms).toFixed(2)}x, same answer: ${warm.answer === cold.answer ? 'yes' : 'NO'}\n`,
    );
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
const sorted = [...ratios].sort((a, b) => a - b);
process.stdout.write(`median warm / cold: ${sorted[sorted.length >> 1]!.toFixed(2)}x (bar ≤ 0.3x)\n`);
