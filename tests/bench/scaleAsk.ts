/**
 * The scale section's `ask` figure (scale.ts: `ask --json` answering the 200 scale questions from a
 * ~1M-sentence snapshot, the gaps between answer lines) for another checkout and this one, on the
 * same snapshot, alternating, in one run: a change to the question path measured against its peer
 * in minutes instead of two cold builds and a whole `--scale` run each.
 *
 * A snapshot is keyed by a fingerprint of the code that reads, analyses and indexes
 * (src/indexing/snapshotKey.ts), ranking included, so each checkout would rebuild its own (minutes
 * at this size) though a ranking change leaves the index as it was. This tool gives each checkout a
 * copy of one snapshot with that checkout's fingerprint written into the key (and the checksums
 * redone), then checks the copy against the checkout's own key as `ask` will (keyMismatch). That is
 * only a fair comparison when the two checkouts build the same index: the same SNAPSHOT_VERSION
 * (checked) and no change to how the index is built (not checkable: say so with the figure).
 *
 * For each run: the median and p99 gap between answer lines (one question each, as scale.ts
 * reports), and the process's CPU time from its first answer to its last over the 199 questions in
 * between (utime + stime from /proc/<pid>/stat: on a shared machine the figure to compare). The
 * answers of the two checkouts are compared line by line.
 *
 *   npx tsx tests/bench/scaleAsk.ts --baseline DIR [--snapshot FILE] [--rounds 2] [--corpus DIR]
 *     --baseline DIR  another checkout (e.g. `git worktree add` of main, or an export with
 *                     node_modules linked)
 *     --snapshot FILE an `ask` snapshot of the corpus, e.g. scale.ts --keep DIR's DIR/ask/*.snapshot;
 *                     without it this checkout's `ask` builds one first (a cold build: minutes)
 *     --corpus DIR    default: the scale corpus (scaleCorpus.ts)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scaleQuestions } from './scale.ts';
import { ensureScaleCorpus } from './scaleCorpus.ts';
import { cpuMs, rekeyedCopy } from './rekey.ts';
import { median } from './stats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: {
    baseline: { type: 'string' },
    snapshot: { type: 'string' },
    rounds: { type: 'string', default: '2' },
    corpus: { type: 'string' },
  },
});
if (values.baseline === undefined)
  throw new Error(
    'usage: npx tsx tests/bench/scaleAsk.ts --baseline DIR [--snapshot FILE] [--rounds 2] [--corpus DIR]',
  );
const corpus = resolve(values.corpus ?? ensureScaleCorpus());
const checkouts = [
  { name: 'baseline', dir: resolve(values.baseline) },
  { name: 'this checkout', dir: ROOT },
] as const;

interface Run {
  readonly gaps: number[];
  /** CPU from the first answer to the last, per question in between. */
  readonly cpuPerQuestion: number;
  readonly answers: string[];
}

/** `ask --json` of a checkout with every question on stdin, as scale.ts runs it. */
function askRun(dir: string, cache: string, questions: readonly string[]): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--json', '--corpus', corpus], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, INDEX_CACHE_DIR: cache, DATA_DIR: join(cache, 'data') },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let pending = '';
  const times: number[] = [];
  const answers: string[] = [];
  let firstCpu = 0;
  return new Promise((done, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
        times.push(performance.now());
        answers.push(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
        if (answers.length === 1) firstCpu = cpuMs(child.pid!);
      }
      if (answers.length === questions.length) {
        const cpu = cpuMs(child.pid!) - firstCpu;
        child.stdin.end();
        done({
          gaps: times.slice(1).map((t, i) => t - times[i]!),
          cpuPerQuestion: cpu / (questions.length - 1),
          answers,
        });
      }
    });
    child.on('exit', (code) => {
      if (answers.length < questions.length) fail(new Error(`ask exited (${code}) after ${answers.length} answers`));
    });
    child.stdin.write(`${questions.map((q) => JSON.stringify({ question: q })).join('\n')}\n`);
  });
}

/** This checkout's `ask` snapshot of the corpus, built by a cold `ask` into `folder`. */
function buildSnapshot(folder: string): string {
  process.stderr.write(`building an ask snapshot of ${corpus} (a cold build: minutes)\n`);
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--json', '--corpus', corpus], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, INDEX_CACHE_DIR: folder, DATA_DIR: join(folder, 'data') },
    input: '',
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error(`the build failed (${built.status})`);
  const name = readdirSync(folder).find((n) => n.endsWith('.snapshot'));
  if (name === undefined) throw new Error('the build wrote no snapshot');
  return join(folder, name);
}

const questions = scaleQuestions();
const results = checkouts.map(() => [] as Run[]);
const loads: number[] = [];
// Every folder made here (a built snapshot, each checkout's copy) is removed at the end, whatever happens.
const folders: string[] = [];
const folder = (prefix: string): string => {
  const made = mkdtempSync(join(tmpdir(), prefix));
  folders.push(made);
  return made;
};
try {
  const source = values.snapshot ?? buildSnapshot(folder('citebot-scale-ask-build-'));
  const caches: string[] = [];
  for (const c of checkouts) caches.push(await rekeyedCopy(c, source, folder('citebot-scale-ask-'), corpus));
  for (let round = 0; round < Number(values.rounds); round += 1) {
    // Take turns, the first going second in the next round.
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const c of order) {
      results[c]!.push(await askRun(checkouts[c]!.dir, caches[c]!, questions));
      loads.push(loadavg()[0]!);
    }
    process.stderr.write(`round ${round + 1}/${values.rounds} done\n`);
  }
} finally {
  for (const made of folders) rmSync(made, { recursive: true, force: true });
}
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const p99 = (xs: readonly number[]): number => sorted(xs)[Math.floor(xs.length * 0.99)]!;
const rows = checkouts.map((c, i) => {
  const runs = results[i]!;
  const gap = median(sorted(runs.map((r) => median(sorted(r.gaps)))));
  const tail = median(sorted(runs.map((r) => p99(r.gaps))));
  const cpu = median(sorted(runs.map((r) => r.cpuPerQuestion)));
  return { name: c.name, gap, tail, cpu };
});
const [base, mine] = rows as [(typeof rows)[0], (typeof rows)[0]];
const differing = results[0]![0]!.answers.filter((a, k) => a !== results[1]![0]!.answers[k]).length;
process.stdout.write(
  `### ask at scale: ${corpus}, ${questions.length} questions, medians of ${values.rounds} rounds; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}\n\n` +
    '| checkout | gap between answers, median / p99 ms | CPU a question after the first, ms |\n| --- | ---: | ---: |\n' +
    rows.map((r) => `| ${r.name} | ${r.gap.toFixed(2)} / ${r.tail.toFixed(2)} | ${r.cpu.toFixed(2)} |`).join('\n') +
    `\n\nthis checkout / baseline: gap ${(mine.gap / base.gap).toFixed(2)}×, CPU ${(mine.cpu / base.cpu).toFixed(2)}×; answers differing: ${differing} of ${questions.length}\n`,
);
