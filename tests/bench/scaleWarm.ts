/**
 * The scale section's bot warm start (scale.ts: `npm start` in console mode, from spawning to its
 * answer to one question, loading a ~1M-sentence snapshot) for another checkout and this one, on the
 * same snapshot (rekey.ts gives each a copy keyed for its code), alternating, in one run: a change
 * to the start-up path measured against its peer in minutes instead of two cold builds.
 *
 * Each checkout runs what its package.json's `start` script runs (node and its arguments), so a
 * change to how `npm start` starts is measured too. For each spawn: the wall time to the answer, the
 * process's CPU time at the answer (utime + stime from /proc/<pid>/stat, all its threads: on a
 * shared machine the figure to compare) and its resident memory there. Answers are compared.
 *
 *   npx tsx tests/bench/scaleWarm.ts --baseline DIR --snapshot FILE [--rounds 4] [--corpus DIR]
 *     --snapshot FILE  a bot snapshot of the corpus, e.g. scale.ts --keep DIR's DIR/bot/*.snapshot
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rekeyedCopy } from './rekey.ts';
import { type BotStart, botStart } from './scale.ts';
import { ensureScaleCorpus } from './scaleCorpus.ts';
import { median } from './stats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: {
    baseline: { type: 'string' },
    snapshot: { type: 'string' },
    rounds: { type: 'string', default: '4' },
    corpus: { type: 'string' },
  },
});
if (values.baseline === undefined || values.snapshot === undefined)
  throw new Error('usage: npx tsx tests/bench/scaleWarm.ts --baseline DIR --snapshot FILE [--rounds 4] [--corpus DIR]');
const corpus = resolve(values.corpus ?? ensureScaleCorpus());
const checkouts = [
  { name: 'baseline', dir: resolve(values.baseline) },
  { name: 'this checkout', dir: ROOT },
] as const;

const results = checkouts.map(() => [] as BotStart[]);
const loads: number[] = [];
const folders: string[] = [];
try {
  const caches: string[] = [];
  for (const c of checkouts) {
    const cache = mkdtempSync(join(tmpdir(), 'citebot-scale-warm-'));
    folders.push(cache);
    caches.push(await rekeyedCopy(c, resolve(values.snapshot), cache, corpus));
  }
  // One untimed start each: a first start may build `npm start`'s bundle, and brings the files into the page cache.
  for (const [i, c] of checkouts.entries()) await botStart(caches[i]!, corpus, c.dir);
  for (let round = 0; round < Number(values.rounds); round += 1) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const c of order) {
      const run = await botStart(caches[c]!, corpus, checkouts[c]!.dir);
      results[c]!.push(run);
      loads.push(loadavg()[0]!);
      process.stderr.write(
        `${checkouts[c]!.name}: ${(run.ms / 1000).toFixed(2)} s, CPU ${(run.cpuMs / 1000).toFixed(2)} s\n`,
      );
    }
  }
} finally {
  for (const made of folders) rmSync(made, { recursive: true, force: true });
}
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const rows = checkouts.map((c, i) => {
  const runs = results[i]!;
  return {
    name: c.name,
    wall: median(sorted(runs.map((r) => r.ms))) / 1000,
    cpu: median(sorted(runs.map((r) => r.cpuMs))) / 1000,
    rss: median(sorted(runs.map((r) => r.memory.rss / 2 ** 20))),
    all: runs.map((r) => (r.ms / 1000).toFixed(2)).join(', '),
  };
});
const [base, mine] = rows as [(typeof rows)[0], (typeof rows)[0]];
const same = results[0]!.every((r, k) => r.answer === results[1]![k]?.answer);
process.stdout.write(
  `### bot warm start at scale: ${corpus}, medians of ${values.rounds} starts each; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}\n\n` +
    '| checkout | to the first answer, s | each start, s | CPU to the answer, s | RSS there, MB |\n| --- | ---: | --- | ---: | ---: |\n' +
    rows
      .map((r) => `| ${r.name} | ${r.wall.toFixed(2)} | ${r.all} | ${r.cpu.toFixed(2)} | ${r.rss.toFixed(0)} |`)
      .join('\n') +
    `\n\nthis checkout / baseline: wall ${(mine.wall / base.wall).toFixed(2)}×, CPU ${(mine.cpu / base.cpu).toFixed(2)}×; the same answers: ${same ? 'yes' : 'NO'}\n`,
);
