/**
 * `npm run bench` — citebot against MiniSearch and wink-bm25-text-search, plus the baseline of
 * wink-nlp reading the same text, on the same Reuters-21578 corpora and the same queries.
 *
 *   npm run bench                                   sizes 1000,10000,100000, 200 queries
 *   npm run bench -- --sizes 1000,10000             some sizes only
 *   npm run bench -- --queries 50 --repeat 5        fewer queries, more timed passes
 *   npm run bench -- --engines citebot,minisearch   some engines only
 *   npm run bench -- --rounds 1                     one round instead of three (quicker, noisier)
 *   npm run bench -- --reload                       only the reload section (below)
 *   npm run bench -- --no-reload                    without it
 *   npm run bench -- --reload-corpus DIR            reload this corpus instead of the news corpus
 *   npm run bench -- --snapshot                     only the snapshot section (below)
 *   npm run bench -- --no-snapshot                  without it
 *   npm run bench -- --scale                        only the scale section (below; never part of a default run)
 *
 * The corpora and queries are generated into bench-data/ on first use (see corpus.ts). Each
 * engine × size runs in a fresh `node --expose-gc --import tsx` process (worker.ts), one after
 * the other, so they share neither heap nor JIT state. The markdown table goes to stdout
 * (progress to stderr), and the raw results to bench-data/bench-results.json.
 *
 * Bars, at 100k sentences:
 *   citebot median query ≤ 0.5 × MiniSearch's (MiniSearch with wink's stop words);
 *   citebot build ≤ 2 × the time wink-nlp takes to read the same text.
 *
 * Then the reload section (reload.ts, each round in its own process): the longest event-loop
 * stall of the bot while it reloads the 2,200-article news corpus, and the slowest /ask
 * acknowledgement meanwhile (bars, reported: stall ≤ 100 ms, acknowledgement ≤ 1 s).
 *
 * Then the snapshot section (snapshot.ts, each phase in its own process): at each size and on the
 * news corpus, the cold build, the index snapshot's write time and size, and the load from it
 * (as `npm start`, as `ask`, and as /reload in slices), against the build measured in the same run.
 *
 * The scale section (scale.ts, on its own: `--scale`, about 10 minutes on 2 cores): a ~1M-sentence
 * archive (the Reuters corpus copied 10 times), `npm start` and `ask` as whole processes, cold and
 * warm: time to the first answer, resident memory after loading, time per question.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_DATA, corpusDir, DEFAULT_QUERY_COUNT, DEFAULT_SIZES, ensureCorpora } from './corpus.ts';
import { BASELINE, ENGINES } from './engines/index.ts';
import { RESULT_LIMIT } from './engines/types.ts';
import { median } from './stats.ts';
import type { WorkerResult } from './worker.ts';
import { defaultReloadCorpus, reloadReport, type ReloadResult } from './reload.ts';
import { measureSnapshot, snapshotReport, type SnapshotResult } from './snapshot.ts';
import { measureScale, scaleReport } from './scale.ts';

const BAR_SIZE = 100_000;
const QUERY_BAR = 0.5;
const BUILD_BAR = 2;
// The quote pass may make loading at most 30% slower (the quotes issue).
const QUOTES_BAR = 1.3;
const WORKER_TIMEOUT_MS = 10 * 60_000;
/** Rounds of every engine in turn; each figure is the median over rounds (the machine is shared and noisy). */
const DEFAULT_ROUNDS = 3;

interface Options {
  sizes: number[];
  queries: number;
  repeat: number;
  rounds: number;
  engines: string[];
  /** 'only': the reload section alone; 'skip': without it; 'also': after the engines (default). */
  reload: 'only' | 'skip' | 'also';
  reloadCorpus: string | undefined;
  /** 'only': the snapshot section alone; 'skip': without it; 'also': after the others (default). */
  snapshot: 'only' | 'skip' | 'also';
  /** The scale section alone (it is never part of a default run: it takes about 10 minutes). */
  scale: boolean;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const eq = argv.find((a) => a.startsWith(`${name}=`));
    if (eq) return eq.slice(name.length + 1);
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  for (const a of argv) {
    if (
      a.startsWith('--') &&
      ![
        '--sizes',
        '--queries',
        '--repeat',
        '--rounds',
        '--engines',
        '--reload',
        '--no-reload',
        '--reload-corpus',
        '--snapshot',
        '--no-snapshot',
        '--scale',
      ].includes(a.split('=')[0]!)
    ) {
      throw new Error(
        `unknown option ${a}; options: --sizes 1000,10000 --queries N --repeat R --rounds K --engines a,b --reload --no-reload --reload-corpus DIR --snapshot --no-snapshot --scale`,
      );
    }
  }
  if (argv.includes('--reload') && argv.includes('--no-reload')) throw new Error('--reload and --no-reload: pick one');
  if (argv.includes('--snapshot') && argv.includes('--no-snapshot'))
    throw new Error('--snapshot and --no-snapshot: pick one');
  if (argv.includes('--reload') && argv.includes('--snapshot')) throw new Error('--reload and --snapshot: pick one');
  const scale = argv.includes('--scale');
  if (scale && (argv.includes('--reload') || argv.includes('--snapshot')))
    throw new Error('--scale runs on its own: leave out --reload and --snapshot');
  const reload = argv.includes('--reload') ? 'only' : argv.includes('--no-reload') ? 'skip' : 'also';
  const snapshot = argv.includes('--snapshot') ? 'only' : argv.includes('--no-snapshot') ? 'skip' : 'also';
  const reloadCorpus = value('--reload-corpus');
  const sizes = (value('--sizes') ?? DEFAULT_SIZES.join(','))
    .split(',')
    .map((s) => Number(s.trim().replace(/k$/i, '000')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 10))
    throw new Error('--sizes takes sentence counts, e.g. 1000,10000,100000');
  const queries = Number(value('--queries') ?? DEFAULT_QUERY_COUNT);
  if (!Number.isInteger(queries) || queries < 1) throw new Error('--queries takes a positive integer');
  const repeat = Number(value('--repeat') ?? 3);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat takes a positive integer');
  const rounds = Number(value('--rounds') ?? DEFAULT_ROUNDS);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a positive integer');
  const engines = (value('--engines') ?? Object.keys(ENGINES).join(',')).split(',').map((s) => s.trim());
  for (const e of engines)
    if (!ENGINES[e]) throw new Error(`unknown engine ${e}; known: ${Object.keys(ENGINES).join(', ')}`);
  return { sizes, queries, repeat, rounds, engines, reload, reloadCorpus, snapshot, scale };
}

type Outcome = WorkerResult | { engine: string; size: number; error: string };
const failed = (o: Outcome | undefined): o is { engine: string; size: number; error: string } =>
  o !== undefined && 'error' in o;

/**
 * Runs a bench script in a fresh process and reads its `RESULT {json}` line; a failure is reported
 * on stderr under `label` and comes back as an error.
 */
function runScript<T>(
  label: string,
  script: string,
  args: readonly string[],
  nodeFlags: readonly string[] = [],
): { result: T; seconds: string } | { error: string } {
  const here = dirname(fileURLToPath(import.meta.url));
  const started = Date.now();
  const child = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', join(here, script), ...args], {
    cwd: join(here, '../..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: WORKER_TIMEOUT_MS,
    maxBuffer: 64 * 2 ** 20,
  });
  const line = child.stdout?.split('\n').find((l) => l.startsWith('RESULT '));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (child.status !== 0 || !line) {
    const why =
      child.error?.message ?? child.stderr?.trim().split('\n').slice(0, 6).join('\n') ?? `exit ${child.status}`;
    process.stderr.write(`  ${label}: FAILED after ${seconds} s\n${why.replace(/^/gm, '    ')}\n`);
    return { error: why.split('\n')[0] ?? 'failed' };
  }
  return { result: JSON.parse(line.slice('RESULT '.length)) as T, seconds };
}

function runWorker(engine: string, size: number, options: Options): Outcome {
  const run = runScript<WorkerResult>(
    `${engine} @ ${size}`,
    'worker.ts',
    [
      '--engine',
      engine,
      '--size',
      String(size),
      '--queries',
      String(options.queries),
      '--repeat',
      String(options.repeat),
    ],
    ['--expose-gc'],
  );
  if ('error' in run) return { engine, size, error: run.error };
  const { result, seconds } = run;
  process.stderr.write(
    `  ${engine} @ ${size}: build ${fmt(result.buildMs)} ms${result.query ? `, median query ${fmt(result.query.medianMs, 3)} ms` : ''} (${seconds} s)\n`,
  );
  return result;
}

/** The median of every figure over the rounds; a failure in any round fails the cell. */
function combine(runs: readonly Outcome[]): Outcome {
  const bad = runs.find(failed);
  if (bad) return bad;
  const ok = runs as readonly WorkerResult[];
  const first = ok[0]!;
  const mid = (pick: (r: WorkerResult) => number): number => median(ok.map(pick).sort((a, b) => a - b));
  const info: Record<string, number | string> = { ...first.info };
  if (ok.length > 1) {
    const builds = ok.map((r) => r.buildMs).sort((a, b) => a - b);
    info['build range ms'] = `${fmt(builds[0])}–${fmt(builds[builds.length - 1])}`;
  }
  return {
    ...first,
    buildMs: mid((r) => r.buildMs),
    heapMB: mid((r) => r.heapMB),
    externalMB: mid((r) => r.externalMB),
    query: first.query
      ? {
          ...first.query,
          samples: ok.reduce((n, r) => n + (r.query?.samples ?? 0), 0),
          medianMs: mid((r) => r.query!.medianMs),
          p99Ms: mid((r) => r.query!.p99Ms),
          meanMs: mid((r) => r.query!.meanMs),
        }
      : null,
    info,
  };
}

function fmt(n: number | undefined, digits?: number): string {
  if (n === undefined || Number.isNaN(n)) return '—';
  const d = digits ?? (Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2);
  return n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

function table(results: readonly Outcome[]): string {
  const rows = [
    '| engine | sentences | build ms | query median ms | query p99 ms | heap MB | ext MB | no-hit queries | notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    if (failed(r)) {
      rows.push(
        `| ${r.engine} | ${r.size.toLocaleString('en-US')} | error | | | | | | ${r.error.replace(/\|/g, '/')} |`,
      );
      continue;
    }
    const q = r.query;
    const baseline = r.engine === BASELINE;
    const notes = Object.entries(r.info)
      .map(([k, v]) => `${k} ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`)
      .join(', ');
    rows.push(
      `| ${r.engine} | ${r.sentences.toLocaleString('en-US')} | ${fmt(r.buildMs)} | ${q ? fmt(q.medianMs, 3) : '—'} | ${q ? fmt(q.p99Ms, 3) : '—'} | ` +
        `${baseline ? '—' : fmt(r.heapMB, 1)} | ${baseline ? '—' : fmt(r.externalMB, 1)} | ${q ? `${q.empty}/${q.count}` : '—'} | ${notes} |`,
    );
  }
  return rows.join('\n');
}

function ratios(results: readonly Outcome[], sizes: readonly number[]): { text: string; pass: boolean | null } {
  const find = (engine: string, size: number): Outcome | undefined =>
    results.find((r) => r.engine === engine && r.size === size);
  const rows = [
    `| sentences | citebot / minisearch median query | bar ≤ ${QUERY_BAR} | citebot build / wink-read | bar ≤ ${BUILD_BAR} | citebot / wink-bm25 median query | citebot+quotes / citebot build | bar ≤ ${QUOTES_BAR} |`,
    '| ---: | ---: | --- | ---: | --- | ---: | ---: | --- |',
  ];
  let pass: boolean | null = null;
  const verdict = (ratio: number | undefined, bar: number, size: number): string => {
    if (ratio === undefined) return 'not measured';
    const ok = ratio <= bar;
    if (size !== BAR_SIZE) return ok ? '(within)' : '(over)';
    pass = (pass ?? true) && ok;
    return ok ? '**PASS**' : '**FAIL**';
  };
  for (const size of sizes) {
    const c = find('citebot', size);
    const m = find('minisearch', size);
    const w = find(BASELINE, size);
    const b = find('wink-bm25', size);
    const ok = (o: Outcome | undefined): o is WorkerResult => o !== undefined && !failed(o);
    const qRatio = ok(c) && ok(m) && c.query && m.query ? c.query.medianMs / m.query.medianMs : undefined;
    const bRatio = ok(c) && ok(w) ? c.buildMs / w.buildMs : undefined;
    const wbRatio = ok(c) && ok(b) && c.query && b.query ? c.query.medianMs / b.query.medianMs : undefined;
    const cq = find('citebot+quotes', size);
    const quotesRatio = ok(c) && ok(cq) ? cq.buildMs / c.buildMs : undefined;
    if (size === BAR_SIZE && (qRatio === undefined || bRatio === undefined)) pass = false;
    rows.push(
      `| ${size.toLocaleString('en-US')} | ${qRatio === undefined ? '—' : `${fmt(qRatio, 2)}×`} | ${verdict(qRatio, QUERY_BAR, size)} | ` +
        `${bRatio === undefined ? '—' : `${fmt(bRatio, 2)}×`} | ${verdict(bRatio, BUILD_BAR, size)} | ${wbRatio === undefined ? '—' : `${fmt(wbRatio, 2)}×`} | ` +
        `${quotesRatio === undefined ? '—' : `${fmt(quotesRatio, 2)}×`} | ${quotesRatio === undefined ? 'not measured' : quotesRatio <= QUOTES_BAR ? '(within)' : '(over)'} |`,
    );
  }
  return { text: rows.join('\n'), pass };
}

/** One reload round in a fresh process (reload.ts). */
function runReloadRound(corpus: string): ReloadResult | { error: string } {
  const run = runScript<ReloadResult>('reload', 'reload.ts', ['--json', '--corpus', corpus]);
  if ('error' in run) return run;
  const { result, seconds } = run;
  process.stderr.write(
    `  reload: ${fmt(result.reloadMs)} ms, longest stall ${fmt(Math.max(result.maxDelayMs, result.maxTimerGapMs), 1)} ms, ` +
      `slowest /ask ack ${fmt(result.maxAckMs, 1)} ms over ${result.asks} asks (${seconds} s)\n`,
  );
  return result;
}

/** The reload section: `rounds` rounds, each in its own process; the markdown section and the raw results. */
function reloadSection(options: Options): { text: string; results: ReloadResult[] } {
  const corpus = options.reloadCorpus ?? defaultReloadCorpus();
  const results: ReloadResult[] = [];
  const failures: string[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    process.stderr.write(`reload of ${corpus}, round ${round}/${options.rounds}\n`);
    const outcome = runReloadRound(corpus);
    if ('error' in outcome) failures.push(outcome.error);
    else results.push(outcome);
  }
  return { text: reloadReport(results, failures), results };
}

/**
 * The snapshot section: every size and the news corpus, `rounds` rounds each (every phase of a round
 * in its own process); the markdown section and the raw results.
 */
function snapshotSection(options: Options): { text: string; results: SnapshotResult[][] } {
  const corpora = [...options.sizes.map((size) => corpusDir(size)), defaultReloadCorpus()];
  const results: SnapshotResult[][] = [];
  const failures: string[] = [];
  for (const corpus of corpora) {
    const rounds: SnapshotResult[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      process.stderr.write(`snapshot of ${corpus}, round ${round}/${options.rounds}\n`);
      const outcome = measureSnapshot(corpus);
      if ('error' in outcome) {
        failures.push(`${corpus}: ${outcome.error}`);
        process.stderr.write(`  FAILED: ${outcome.error}\n`);
        continue;
      }
      process.stderr.write(
        `  build ${fmt(outcome.buildMs)} ms, write ${fmt(outcome.writeMs)} ms, ${fmt(outcome.bytes / 2 ** 20, 1)} MB, ` +
          `load ${fmt(outcome.loadMs)} ms (ask ${fmt(outcome.askMs)} ms)${outcome.sameAnswers ? '' : ', ANSWERS DIFFER'}\n`,
      );
      rounds.push(outcome);
    }
    results.push(rounds);
  }
  return { text: snapshotReport(results, failures), results };
}

/** `node v20…, 2 × CPU model, load average …`: the machine a run was measured on. */
function machine(): string {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${load}`;
}

/** Writes a run's raw figures to bench-data/`file`, dated and with the machine, and says where. */
function writeRaw(file: string, figures: Record<string, unknown>): void {
  const out = join(BENCH_DATA, file);
  writeFileSync(
    out,
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, ...figures },
      null,
      1,
    ),
  );
  process.stderr.write(`raw results: ${out}\n`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.scale) {
    ensureCorpora([100_000], { queryCount: DEFAULT_QUERY_COUNT });
    process.stderr.write(`citebot bench, scale section: one round; ${machine()}\n`);
    const result = await measureScale();
    console.log(scaleReport(result));
    process.stderr.write(`load average after: ${machine()}\n`);
    const { answers: _, ...cold } = result.ask.cold;
    const { answers: __, ...warm } = result.ask.warm;
    writeRaw('bench-scale-results.json', { result: { ...result, ask: { ...result.ask, cold, warm } } });
    return;
  }
  if (options.snapshot === 'only') {
    ensureCorpora(options.sizes, { queryCount: options.queries });
    process.stderr.write(`citebot bench, snapshot section: ${options.rounds} round(s); ${machine()}\n`);
    const section = snapshotSection(options);
    console.log(section.text);
    writeRaw('bench-snapshot-results.json', { rounds: options.rounds, results: section.results });
    return;
  }
  if (options.reload === 'only') {
    process.stderr.write(`citebot bench, reload section: ${options.rounds} round(s); ${machine()}\n`);
    const section = reloadSection(options);
    console.log(section.text);
    writeRaw('bench-reload-results.json', { rounds: options.rounds, results: section.results });
    return;
  }
  const manifests = ensureCorpora(options.sizes, { queryCount: options.queries });
  const first = manifests.get(options.sizes[0]!)!;
  process.stderr.write(
    `citebot bench: ${options.engines.join(', ')} at ${options.sizes.join(', ')} sentences; ${options.queries} queries, ` +
      `1 warm-up + ${options.repeat} timed passes, ${options.rounds} round(s); ${machine()}\n`,
  );

  // citebot builds as `ask` does on a machine that has built before: WordNet's terms read from the
  // cache folder. The walk that writes them (once per machine) is timed here, apart.
  let wordNetWalk: string | null = null;
  if (options.engines.some((e) => e.startsWith('citebot'))) {
    const prepared = runScript<{ ms: number; cpuMs: number; keys: number; log: string[] }>(
      'WordNet terms',
      'prepareWordNet.ts',
      [],
    );
    if ('error' in prepared) throw new Error(`WordNet terms for the citebot engines: ${prepared.error}`);
    const { ms, cpuMs, keys, log } = prepared.result;
    wordNetWalk =
      log.length === 0
        ? `WordNet's terms (${keys.toLocaleString('en')} keys) were already in the bench's cache folder`
        : `WordNet's terms (${keys.toLocaleString('en')} keys) written to the bench's cache folder first, untimed in the builds: ${Math.round(ms).toLocaleString('en')} ms, ${Math.round(cpuMs).toLocaleString('en')} ms of CPU (once per machine)`;
    process.stderr.write(`${wordNetWalk}
`);
  }

  const results: Outcome[] = [];
  const raw: Outcome[] = [];
  for (const size of options.sizes) {
    const runs = new Map<string, Outcome[]>();
    for (let round = 1; round <= options.rounds; round++) {
      if (options.rounds > 1) process.stderr.write(`${size} sentences, round ${round}/${options.rounds}\n`);
      // Engines take turns within a round, so a burst of load on the machine hits them alike.
      for (const engine of options.engines) {
        const outcome = runWorker(engine, size, options);
        raw.push(outcome);
        runs.set(engine, [...(runs.get(engine) ?? []), outcome]);
      }
    }
    for (const engine of options.engines) results.push(combine(runs.get(engine)!));
  }

  const lines: string[] = [];
  lines.push(`## citebot bench — ${first.source}`);
  lines.push('');
  lines.push(
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ${options.queries} queries (bench-data/queries.json), ` +
      `1 warm-up pass + ${options.repeat} timed passes; top ${RESULT_LIMIT} hits; ${options.rounds} round(s): every number is the median over rounds of one cold build and its queries, each engine × size × round in its own process.`,
  );
  for (const size of options.sizes) {
    const m = manifests.get(size)!;
    const a = m.articleSentences;
    lines.push(
      `- corpus-${size}: ${m.articles.length.toLocaleString('en-US')} articles, ${m.sentences.toLocaleString('en-US')} sentences, ` +
        `${m.words.toLocaleString('en-US')} words, ${(m.bytes / 1e6).toFixed(1)} MB (sentences per article: median ${a.median}, mean ${a.mean}, p90 ${a.p90}, max ${a.max})`,
    );
  }
  lines.push('');
  lines.push(table(results));
  lines.push('');
  lines.push(
    'wink-read = `nlp.readDoc(body).tokens().out()` over every article (wink-eng-lite-web-model), bodies in memory; fsReadMs = reading the same files from disk. ' +
      "minisearch and wink-bm25 index each sentence as a document (sentences split by wink, one paragraph a line), terms lower-cased with wink's stop words dropped; " +
      'they get the split sentences, so their build time has no NLP in it. citebot builds from the files (loadCorpus + buildLibrary). ' +
      'heap/ext MB = heapUsed/external growth over the build with the index alive.',
  );
  if (wordNetWalk !== null) lines.push('', `${wordNetWalk}.`);
  lines.push('');
  const { text, pass } = ratios(results, options.sizes);
  lines.push(text);
  lines.push('');
  if (pass === null)
    lines.push(`Bars apply at ${BAR_SIZE.toLocaleString('en-US')} sentences, which this run did not include.`);
  else lines.push(`Bars at ${BAR_SIZE.toLocaleString('en-US')} sentences: ${pass ? 'PASS' : 'FAIL'}.`);
  const reload = options.reload === 'also' ? reloadSection(options) : null;
  if (reload !== null) lines.push('', reload.text);
  const snapshot = options.snapshot === 'also' ? snapshotSection(options) : null;
  if (snapshot !== null) lines.push('', snapshot.text);
  console.log(lines.join('\n'));

  writeRaw('bench-results.json', {
    options,
    results,
    runs: raw,
    reload: reload?.results ?? null,
    snapshot: snapshot?.results ?? null,
  });
}

await main();
