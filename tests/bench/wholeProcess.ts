/**
 * Whole processes, as a user runs them: `ask --json` answering N questions (JSON lines on stdin) on
 * an archive of about 44k sentences (Reuters stories, three to a file), against a MiniSearch process
 * doing the same (wholeProcess-minisearch.ts: read the sentences, index, answer, print JSON), in the
 * same run. A process's per-question cost is (time with N questions - time with none) / N: start-up,
 * loading and indexing cancel out. citebot starts from its index snapshot (written by a first,
 * untimed run), as a second `ask` does, and MiniSearch from its sentence split (also written by its
 * first run); citebot's variants run with other environment settings.
 * Medians over rounds; engines and variants take turns within a round. Each run is timed twice: by
 * the clock, and by the CPU time the process used (user + system, from this process's children
 * times in /proc/self/stat once the run has been waited for), which a loaded machine inflates far
 * less than the clock: on a shared machine the CPU figures are the ones to compare.
 *
 * usage: npx tsx tests/bench/wholeProcess.ts [--sentences 44000] [--questions 1000] [--rounds 3] [--baseline DIR]
 *   --baseline DIR: also run the `ask` of another checkout of citebot (its own snapshot folder), e.g.
 *   the main branch, to compare before and after a change in one run.
 *   The archive and questions are written once (deterministically) to a folder under the system's
 *   temporary folder; the Reuters package comes from bench-data/.cache (see corpus.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articleBody, makeQueries, pool, select } from './corpus.ts';

const { values } = parseArgs({
  options: {
    sentences: { type: 'string', default: '44000' },
    questions: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    baseline: { type: 'string' },
  },
});
const SENTENCES = Number(values.sentences);
const QUESTIONS = Number(values.questions);
const ROUNDS = Number(values.rounds);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ARCHIVE_VERSION = 1;

/** The archive (three stories a file, headline and date of the first) and its questions, written once. */
function archive(): { dir: string; questions: string } {
  const base = join(tmpdir(), `citebot-archive-${SENTENCES}-${QUESTIONS}-v${ARCHIVE_VERSION}`);
  const dir = join(base, 'corpus');
  const questions = join(base, 'questions.jsonl');
  if (existsSync(questions)) return { dir, questions };
  rmSync(base, { recursive: true, force: true });
  const articles = select(pool(SENTENCES), SENTENCES);
  for (let i = 0; i < articles.length; i += 3) {
    const group = articles.slice(i, i + 3);
    const first = group[0]!;
    const path = join(dir, `archive-${String(i / 3).padStart(5, '0')}.txt`);
    mkdirSync(dirname(path), { recursive: true });
    const body = group.map(articleBody).join('\n');
    writeFileSync(path, `---\ntitle: ${first.title}\ndate: ${first.date}\n---\n${body}\n`);
  }
  const file = makeQueries(articles, QUESTIONS);
  writeFileSync(questions, `${file.queries.map((q) => JSON.stringify({ question: q.text })).join('\n')}\n`);
  return { dir, questions };
}

interface Engine {
  readonly name: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** The checkout it runs in (default: this one). */
  readonly cwd?: string;
}

/** CPU time (ms) of this process's children that have been waited for: /proc/self/stat's cutime + cstime. */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name (which may hold spaces) start at state, field 3; cutime is field 16.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[16 - 3]) + Number(fields[17 - 3]);
  return (ticks * 1000) / CLOCK_TICKS;
}
/** Linux's USER_HZ: /proc reports times in hundredths of a second. */
const CLOCK_TICKS = 100;

interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
  readonly lines: number;
}

function run(engine: Engine, input: string): Timing {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...engine.args], {
    cwd: engine.cwd ?? root,
    input,
    env: { ...process.env, ...engine.env },
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  const cpuMs = childrenCpuMs() - cpuBefore;
  if (result.status !== 0) throw new Error(`${engine.name} failed: ${result.stderr}`);
  return { ms, cpuMs, lines: result.stdout.split('\n').filter((l) => l !== '').length };
}

/** What the archive is, for the table's heading. */
const SENTENCES_NOTE = (dir: string): string => `archive ${dir} (about ${SENTENCES} sentences)`;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const { dir, questions } = archive();
const input = readFileSync(questions, 'utf8');
const cache = mkdtempSync(join(tmpdir(), 'citebot-whole-cache-'));
const ask = ['src/cli/ask.ts', '--json', '--corpus', dir];
const citebot = (name: string, cwd: string | undefined): Engine[] => {
  const env = { INDEX_CACHE_DIR: join(cache, name) };
  const at = cwd === undefined ? {} : { cwd: resolve(cwd) };
  return [
    { name: `${name} (defaults)`, args: ask, env, ...at },
    { name: `${name} PARAPHRASES=false`, args: ask, env: { ...env, PARAPHRASES: 'false' }, ...at },
  ];
};
const engines: Engine[] = [
  ...citebot('citebot', undefined),
  ...(values.baseline === undefined ? [] : citebot('baseline', values.baseline)),
  // MiniSearch starts from its sentence split, written by its first run (below) as the snapshot is by ask's.
  {
    name: 'MiniSearch',
    args: ['tests/bench/wholeProcess-minisearch.ts', dir, join(cache, 'minisearch-split.json')],
    env: {},
  },
];
try {
  // The first ask of each checkout builds the index and writes the snapshot every later one starts
  // from; MiniSearch's first run writes its sentence split.
  for (const engine of engines.filter((e) => e.name.endsWith('(defaults)') || e.name === 'MiniSearch')) {
    const cold = run(engine, '');
    process.stderr.write(`archive ${dir}: ${engine.name} first run (build, cache) ${Math.round(cold.ms)} ms\n`);
  }
  const times = engines.map(() => ({ none: [] as Timing[], all: [] as Timing[] }));
  const loads: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    engines.forEach((engine, e) => {
      times[e]!.none.push(run(engine, ''));
      const full = run(engine, input);
      if (full.lines !== QUESTIONS) throw new Error(`${engine.name} answered ${full.lines} of ${QUESTIONS}`);
      times[e]!.all.push(full);
      loads.push(loadavg()[0]!);
    });
    process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
  const table = (what: 'ms' | 'cpuMs', title: string): string => {
    const m = times.map((t) => ({ none: median(t.none.map((x) => x[what])), all: median(t.all.map((x) => x[what])) }));
    const perQuestion = m.map(({ none, all }) => (all - none) / QUESTIONS);
    const mini = perQuestion[engines.length - 1]!;
    const rows = engines.map(
      (engine, e) =>
        `| ${engine.name} | ${Math.round(m[e]!.none)} | ${Math.round(m[e]!.all)} | ${perQuestion[e]!.toFixed(3)} | ${(perQuestion[e]! / mini).toFixed(2)}× |`,
    );
    return `${title}\n\n| process | with no question ms | with ${QUESTIONS} questions ms | per question ms | / MiniSearch |\n| --- | ---: | ---: | ---: | ---: |\n${rows.join('\n')}\n`;
  };
  process.stdout.write(
    `${SENTENCES_NOTE(dir)}, ${QUESTIONS} questions, medians of ${ROUNDS} rounds; load average during the runs ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${availableParallelism()} CPUs\n\n` +
      `${table('cpuMs', 'CPU time (user + system) of each process:')}\n${table('ms', 'Wall-clock time:')}`,
  );
} finally {
  rmSync(cache, { recursive: true, force: true });
}
