/**
 * The scale section: about a million sentences (scaleCorpus.ts: the bench's Reuters corpus copied 10 times),
 * each figure taken from a whole process, as the bars are stated (issue 20):
 *
 *   bot   `npm start` in console mode (node src/main.ts, no token): cold with an empty
 *         INDEX_CACHE_DIR (builds and writes the snapshot), then warm (loads it), each timed from
 *         spawning the process to its answer to one question on stdin; resident memory (VmRSS) and
 *         its peak (VmHWM) read from /proc/<pid>/status at that answer: what one shard holds
 *         after loading.
 *   ask   `npm run -s ask -- --json` (node src/cli/ask.ts) with the questions as JSON lines on
 *         stdin, cold then warm (its own cache folder: `ask` snapshots carry no quotes); the
 *         first answer's time, memory at the first answer and at the last, and the time per
 *         question after the first (the gaps between answer lines: median and p99).
 *   bot queries  the library loaded from the bot's snapshot as `npm start` loads it, in its own
 *         process, each question searched and timed (median and p99).
 *
 *   npm run bench -- --scale          this section only, one round (about 4 minutes on 2 cores)
 *   npx tsx tests/bench/scale.ts [--corpus DIR | --shape issue] [--keep DIR]   the same, the markdown
 *                                     on stdout; --shape issue: the same sentences as 52,600 articles
 *                                     of 19 (scaleCorpus.ts), as issue 20's archive; --keep DIR keeps
 *                                     the snapshots in DIR/bot and DIR/ask
 *
 * Questions: the bench's 200 queries (bench-data/queries.json, corpus.ts), each made from a sentence
 * of the archive's stories (so of ten editions of one).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_QUERY_COUNT, loadQueries } from './corpus.ts';
import { cpuMs } from './rekey.ts';
import { ensureScaleCorpus } from './scaleCorpus.ts';
import { median } from './stats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIRST_QUESTION = 'how much did oil prices rise';
const TIMEOUT_MS = 15 * 60_000;

/** The bench's queries, in order. */
export function scaleQuestions(): string[] {
  return loadQueries(DEFAULT_QUERY_COUNT).map((q) => q.text);
}

interface Memory {
  /** Resident memory now, and its peak so far (bytes). */
  readonly rss: number;
  readonly hwm: number;
}

/** VmRSS and VmHWM of a running process. */
function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

const environment = (cacheDir: string, corpus: string): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  DISCORD_TOKEN: '',
  CORPUS_DIR: corpus,
  INDEX_CACHE_DIR: cacheDir,
  DATA_DIR: join(cacheDir, 'data'),
});

export interface BotStart {
  /** From spawning to the end of the first answer. */
  readonly ms: number;
  /** The process's CPU time (all its threads) at the first answer. */
  readonly cpuMs: number;
  readonly memory: Memory;
  readonly answer: string;
}

/** The node arguments of a checkout's `npm start` (its package.json's start script, `node …`). */
export function startArgs(dir: string): string[] {
  const script = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts
    .start;
  const words = script.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`${dir}: npm start does not run node: ${script}`);
  return words.slice(1);
}

/**
 * `npm start` in console mode, to its first answer; the process is stopped there. `checkout`: the
 * checkout whose `npm start` runs (default this one).
 */
export function botStart(cacheDir: string, corpus: string, checkout = ROOT): Promise<BotStart> {
  const started = performance.now();
  const child = spawn(process.execPath, startArgs(checkout), {
    cwd: checkout,
    env: environment(cacheDir, corpus),
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let out = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      // An answer with hits, confident or unsure, ends with the question's line.
      const end = out.indexOf(`\nQuestion: ${FIRST_QUESTION}\n`);
      if (end >= 0) {
        const at = out.indexOf('== ');
        const ms = performance.now() - started;
        const cpu = cpuMs(child.pid!);
        const memory = memoryOf(child.pid!);
        clearTimeout(timer);
        child.kill('SIGKILL');
        done({ ms, cpuMs: cpu, memory, answer: out.slice(at, end) });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`npm start exited (${code}) before answering:\n${out.slice(-2000)}`));
    });
    child.stdin.write(`${FIRST_QUESTION}\n`);
  });
}

export interface AskRun {
  readonly firstMs: number;
  /** At the first answer (loaded) and at the last. */
  readonly first: Memory;
  readonly last: Memory;
  /** Milliseconds between consecutive answer lines: one question each. */
  readonly gaps: readonly number[];
  readonly answers: readonly string[];
}

/** `ask --json` with every question on stdin, as JSON lines. */
function askRun(cacheDir: string, corpus: string, questions: readonly string[]): Promise<AskRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--json', '--corpus', corpus], {
    cwd: ROOT,
    env: environment(cacheDir, corpus),
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let pending = '';
  const times: number[] = [];
  const answers: string[] = [];
  let first: Memory | null = null;
  return new Promise((done, fail) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      let nl = pending.indexOf('\n');
      while (nl >= 0) {
        times.push(performance.now());
        answers.push(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
        nl = pending.indexOf('\n');
        if (first === null) first = memoryOf(child.pid!);
      }
      if (answers.length === questions.length) {
        const last = memoryOf(child.pid!);
        clearTimeout(timer);
        child.stdin.end();
        const gaps = times.slice(1).map((t, i) => t - times[i]!);
        done({ firstMs: times[0]! - started, first: first!, last, gaps, answers });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (answers.length < questions.length)
        fail(new Error(`ask exited (${code}) after ${answers.length} of ${questions.length} answers`));
    });
    child.stdin.write(questions.map((question) => `${JSON.stringify({ question })}\n`).join(''));
  });
}

export interface BotQueries {
  readonly loadMs: number;
  /** From the start of the load to the index's deferred arrays all read (src/indexing/deferredArrays.ts). */
  readonly residentMs: number;
  readonly ms: readonly number[];
  readonly memory: Memory;
}

/** In a fresh process: the library from the bot's snapshot, as `npm start` loads it, and each question's search time. */
function botQueries(cacheDir: string, corpus: string): BotQueries {
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--phase',
      'bot-queries',
      '--corpus',
      corpus,
      '--cache',
      cacheDir,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 16 * 2 ** 20 },
  );
  const line = child.stdout?.split('\n').find((l) => l.startsWith('RESULT '));
  if (child.status !== 0 || !line) throw new Error(`bot-queries failed: ${child.stderr?.slice(-2000)}`);
  return JSON.parse(line.slice('RESULT '.length)) as BotQueries;
}

async function botQueriesPhase(corpus: string, cacheDir: string): Promise<void> {
  const { loadLibrary } = await import('../../src/library.ts');
  const { RELOAD_SLICE_MS } = await import('../../src/app/reloadService.ts');
  const { whenResident } = await import('../../src/search/resident.ts');
  const started = performance.now();
  let hit = false;
  const library = await loadLibrary(corpus, {
    sliceMs: RELOAD_SLICE_MS,
    arrays: 'deferred',
    cache: {
      dir: cacheDir,
      log: (line) => {
        if (line.includes(' loaded ')) hit = true;
      },
    },
  });
  const loadMs = performance.now() - started;
  if (!hit) throw new Error('the bot snapshot was not used');
  // As npm start, the index's largest arrays are read after the load: the questions are timed once all are in.
  await whenResident(library.index);
  const residentMs = performance.now() - started;
  const questions = scaleQuestions();
  for (const q of questions.slice(0, 10)) library.search(q); // warm-up: WordNet's pages, the JIT
  const ms: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    library.search(q);
    ms.push(performance.now() - t);
  }
  const result: BotQueries = { loadMs, residentMs, ms, memory: memoryOf(process.pid) };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

export interface ScaleResult {
  readonly corpus: string;
  readonly files: number;
  readonly questions: number;
  readonly bot: {
    readonly cold: BotStart;
    readonly warm: BotStart;
    readonly snapshotBytes: number;
    readonly queries: BotQueries;
    /** The warm start's answer is the cold one's. */
    readonly sameAnswer: boolean;
  };
  readonly ask: {
    readonly cold: AskRun;
    readonly warm: AskRun;
    readonly snapshotBytes: number;
    /** Questions whose warm answer differs from the cold one (0 expected). */
    readonly differ: number;
  };
}

const snapshotBytes = (cacheDir: string): number =>
  readdirSync(cacheDir)
    .filter((name) => name.endsWith('.snapshot'))
    .reduce((sum, name) => sum + statSync(join(cacheDir, name)).size, 0);

/**
 * One round: the bot cold and warm, its queries, then `ask` cold and warm. `keep`: a folder to keep
 * the two snapshots in (`bot/`, `ask/`; emptied first), else they go to throwaway folders.
 */
export async function measureScale(corpus = ensureScaleCorpus(), keep?: string): Promise<ScaleResult> {
  const questions = scaleQuestions();
  const folder = (name: string): string => {
    if (keep === undefined) return mkdtempSync(join(tmpdir(), `citebot-scale-${name}-`));
    rmSync(join(keep, name), { recursive: true, force: true });
    mkdirSync(join(keep, name), { recursive: true });
    return join(keep, name);
  };
  const botCache = folder('bot');
  const askCache = folder('ask');
  try {
    const say = (text: string): void => void process.stderr.write(`  ${text}\n`);
    const cold = await botStart(botCache, corpus);
    say(`bot cold: ${seconds(cold.ms)}, ${mb(cold.memory.hwm)} peak`);
    const warm = await botStart(botCache, corpus);
    say(`bot warm: ${seconds(warm.ms)}, ${mb(warm.memory.rss)} resident (${mb(warm.memory.hwm)} peak)`);
    if (warm.answer !== cold.answer) say('the warm bot answered differently from the cold one');
    const queries = botQueries(botCache, corpus);
    say(
      `bot queries: median ${median([...queries.ms].sort((a, b) => a - b)).toFixed(2)} ms; loaded in ${seconds(queries.loadMs)}, all arrays read ${seconds(queries.residentMs)} after its start`,
    );
    const askCold = await askRun(askCache, corpus, questions);
    say(`ask cold: ${seconds(askCold.firstMs)}, ${mb(askCold.last.hwm)} peak`);
    const askWarm = await askRun(askCache, corpus, questions);
    say(`ask warm: ${seconds(askWarm.firstMs)}, ${mb(askWarm.first.rss)} resident at the first answer`);
    const differ = askWarm.answers.filter((answer, i) => answer !== askCold.answers[i]).length;
    if (differ > 0) say(`ask: ${differ} of ${questions.length} warm answers differ from the cold ones`);
    return {
      corpus,
      files: cold.answer === '' ? 0 : countFiles(corpus),
      questions: questions.length,
      bot: { cold, warm, snapshotBytes: snapshotBytes(botCache), queries, sameAnswer: warm.answer === cold.answer },
      ask: { cold: askCold, warm: askWarm, snapshotBytes: snapshotBytes(askCache), differ },
    };
  } finally {
    if (keep === undefined) {
      rmSync(botCache, { recursive: true, force: true });
      rmSync(askCache, { recursive: true, force: true });
    }
  }
}

/** The .txt files under `dir`. */
function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.txt')).length;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;
const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (values: readonly number[]): string =>
  `${median([...values].sort((a, b) => a - b)).toFixed(2)} / ${percentile(values, 99).toFixed(2)} ms`;

/** The markdown section for one round. */
export function scaleReport(r: ScaleResult): string {
  const warmBar = r.bot.warm.ms <= 2500 && r.bot.warm.memory.rss <= 750 * 2 ** 20;
  const askBar = median([...r.ask.warm.gaps].sort((a, b) => a - b)) <= 10;
  return [
    `### Scale: ${r.files.toLocaleString('en-US')} articles (${r.corpus}), ${r.questions} questions`,
    '',
    '| process | cold: to the first answer, peak RSS | warm: to the first answer | RSS after loading (peak) | snapshot | per question, median / p99 |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| \`npm start\`, console | ${seconds(r.bot.cold.ms)}, ${mb(r.bot.cold.memory.hwm)} | ${seconds(r.bot.warm.ms)} | ${mb(r.bot.warm.memory.rss)} (${mb(r.bot.warm.memory.hwm)}) | ${mb(r.bot.snapshotBytes)} | ${ms(r.bot.queries.ms)} (search) |`,
    `| \`ask --json\` | ${seconds(r.ask.cold.firstMs)}, ${mb(r.ask.cold.last.hwm)} | ${seconds(r.ask.warm.firstMs)} | ${mb(r.ask.warm.first.rss)} (${mb(r.ask.warm.last.hwm)}) | ${mb(r.ask.snapshotBytes)} | ${ms(r.ask.warm.gaps)} |`,
    '',
    `Warm answers the same as cold: bot ${r.bot.sameAnswer ? 'yes' : 'NO'}, \`ask\` ${r.ask.differ === 0 ? 'yes' : `${r.ask.differ} of ${r.questions} differ`}.`,
    '',
    `Bars (issue 20): bot warm start ≤ 2.5 s and RSS after loading ≤ 750 MB: ${warmBar ? 'PASS' : 'FAIL'}; ` +
      `\`ask\` per question ≤ 10 ms: ${askBar ? 'PASS' : 'FAIL'}; cold build: compare with the figure before.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      phase: { type: 'string' },
      corpus: { type: 'string' },
      cache: { type: 'string' },
      keep: { type: 'string' },
      shape: { type: 'string' },
    },
  });
  if (values.phase === 'bot-queries') await botQueriesPhase(values.corpus!, values.cache!);
  else {
    if (values.shape !== undefined && values.shape !== 'reuters' && values.shape !== 'issue')
      throw new Error('--shape is reuters or issue');
    const result = await measureScale(
      values.corpus === undefined ? ensureScaleCorpus(false, values.shape) : resolve(values.corpus),
      values.keep === undefined ? undefined : resolve(values.keep),
    );
    process.stdout.write(`${scaleReport(result)}\n`);
  }
}
