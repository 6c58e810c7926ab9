/**
 * The warm-start bar: `npm start` in console mode on a corpus (default the 2,200-article news
 * corpus), first with an empty INDEX_CACHE_DIR (cold: builds and writes the snapshot), then again
 * (warm: loads it), each timed from the process's start to its answer to one question on stdin.
 * Bar: warm ≤ 0.3 × cold, measured in one run, with the same answer.
 *
 *   npx tsx tests/bench/warmStart.ts [--corpus DIR] [--rounds 3]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: { corpus: { type: 'string', default: 'bench-data/news/corpus' }, rounds: { type: 'string', default: '3' } },
});
const QUESTION = 'how much did oil prices rise';

/** Milliseconds from spawning `npm start` (console mode) to the end of its answer, and the answer. */
function start(cacheDir: string): Promise<{ ms: number; answer: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['src/launch/start.mjs'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: '',
      CORPUS_DIR: values.corpus,
      INDEX_CACHE_DIR: cacheDir,
      DATA_DIR: join(cacheDir, 'data'),
    },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      // The answer is printed whole, ending with its footer line.
      const at = out.indexOf('== From the articles ==');
      if (at >= 0 && /Question: .*\n/.test(out.slice(at))) {
        const ms = performance.now() - started;
        child.kill('SIGTERM');
        resolve({ ms, answer: out.slice(at) });
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before answering:\n${out}`)));
    child.stdin.write(`${QUESTION}\n`);
  });
}

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
