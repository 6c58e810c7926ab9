/**
 * The snapshot bench: what an index snapshot (src/indexing/snapshot.ts) costs to write, how large
 * it is and how fast a library loads from it, against the build it replaces, at each bench size
 * and on the 2,200-article news corpus.
 *
 *   npm run bench -- --snapshot                        this section only (every size, the news corpus)
 *   npx tsx tests/bench/snapshot.ts --corpus DIR       one corpus, every phase, a summary on stdout
 *
 * Each phase runs in a fresh process (`--phase P --corpus DIR --cache DIR`, one `RESULT {json}` line):
 *   build   the bot's cold load, timed as loadLibrary times it (read the files, analyse, index,
 *           quote pass, cluster the quotes), then the snapshot's key (list and stat the files) and
 *           its write, each timed on its own;
 *   load    loadLibrary with the cache, as `npm start` and `quote` load (key, read, check, decode,
 *           cluster the quotes): the warm start's load time;
 *   ask     the same without the quotes, as `ask` and `eval` load;
 *   reload  the load as /reload does it (5 ms slices), with the longest gap of a 5 ms timer meanwhile.
 * build and load also digest the answers to the bench queries and a few quote lookups: the two
 * digests must be equal (the test suite checks this more closely, tests/indexing/snapshot.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_FILE_BYTES, loadCorpus } from '../../src/corpus/load.ts';
import { currentKey, snapshotFile, writeSnapshot } from '../../src/indexing/snapshot.ts';
import { DEFAULT_MORPHOLOGY } from '../../src/nlp/analyzer.ts';
import { buildParts, type Library, libraryFromBuilt, loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { RELOAD_SLICE_MS } from '../../src/app/reloadService.ts';
import { loadQueries } from './corpus.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const QUERIES = 100;
const SPEAKERS = ['Reagan', 'Baker', 'Volcker', 'Yeutter', 'Nakasone', 'Stoltenberg', 'Lawson', 'Hisham Nazer'];
const PHASES = ['build', 'load', 'ask', 'reload'] as const;
type Phase = (typeof PHASES)[number];

export interface SnapshotResult {
  readonly corpus: string;
  readonly documents: number;
  readonly sentences: number;
  /** build: the cold load, the key (list + stat), the write; and the file's size. */
  readonly buildMs: number;
  readonly keyMs: number;
  readonly writeMs: number;
  readonly bytes: number;
  /** Loads from the snapshot, each in a fresh process. */
  readonly loadMs: number;
  readonly askMs: number;
  readonly reloadMs: number;
  readonly reloadMaxGapMs: number;
  /** Resident memory of the process just after the cold build, and after the load (as `npm start`): what one shard holds. */
  readonly buildRssBytes: number;
  readonly loadRssBytes: number;
  readonly sameAnswers: boolean;
}

interface PhaseResult {
  readonly phase: Phase;
  readonly ms: number;
  readonly documents: number;
  readonly sentences: number;
  readonly keyMs?: number;
  readonly writeMs?: number;
  readonly bytes?: number;
  readonly maxGapMs?: number;
  readonly answers?: string;
  readonly hit?: boolean;
  readonly rssBytes: number;
}

/** A digest of what the library answers: the bench queries' hits, and some quote lookups. */
function answers(library: SearchLibrary, withQuotes: boolean): string {
  const hash = createHash('sha1');
  for (const q of loadQueries(QUERIES)) hash.update(JSON.stringify(library.search(q.text, { limit: 10 })));
  if (withQuotes) {
    const quotes = (library as Library).quotes;
    hash.update(JSON.stringify(quotes.speakers()));
    for (const name of SPEAKERS) hash.update(JSON.stringify(quotes.lookup(name)));
  }
  return hash.digest('hex');
}

async function runPhase(phase: Phase, corpus: string, cacheDir: string): Promise<PhaseResult> {
  if (phase === 'build') {
    const started = performance.now();
    const loaded = await loadCorpus(corpus);
    const built = await buildParts(loaded);
    const library = await libraryFromBuilt(built, {}, started);
    const ms = performance.now() - started;
    const rssBytes = process.memoryUsage().rss;
    const keyStarted = performance.now();
    const key = await currentKey(resolve(corpus), {
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      morphology: DEFAULT_MORPHOLOGY,
    });
    const keyMs = performance.now() - keyStarted;
    const writeStarted = performance.now();
    const bytes = await writeSnapshot(snapshotFile(cacheDir, corpus), key, built);
    const writeMs = performance.now() - writeStarted;
    return {
      phase,
      ms,
      keyMs,
      writeMs,
      bytes,
      rssBytes,
      documents: library.stats.documents,
      sentences: library.stats.sentences,
      answers: answers(library, true),
    };
  }
  let hit = false;
  const cache = {
    dir: cacheDir,
    log: (line: string): void => {
      if (/ loaded /.test(line)) hit = true;
    },
  };
  let maxGapMs = 0;
  let probe: NodeJS.Timeout | undefined;
  if (phase === 'reload') {
    let last = performance.now();
    probe = setInterval(() => {
      const now = performance.now();
      maxGapMs = Math.max(maxGapMs, now - last);
      last = now;
    }, 5);
  }
  const started = performance.now();
  const library =
    phase === 'ask'
      ? await loadLibrary(corpus, { quotes: false, cache })
      : await loadLibrary(corpus, { cache, ...(phase === 'reload' ? { sliceMs: RELOAD_SLICE_MS } : {}) });
  const ms = performance.now() - started;
  const rssBytes = process.memoryUsage().rss;
  if (probe !== undefined) {
    await new Promise((r) => setTimeout(r, 10));
    clearInterval(probe);
  }
  if (!hit) throw new Error(`${phase}: the snapshot was not used`);
  return {
    phase,
    ms,
    hit,
    maxGapMs,
    rssBytes,
    documents: library.stats.documents,
    sentences: library.stats.sentences,
    ...(phase === 'load' ? { answers: answers(library, true) } : {}),
  };
}

/** Every phase of one corpus, each in its own process, with a cache folder of its own. */
export function measureSnapshot(corpus: string): SnapshotResult | { error: string } {
  const cacheDir = mkdtempSync(join(tmpdir(), 'citebot-bench-cache-'));
  try {
    const results = new Map<Phase, PhaseResult>();
    for (const phase of PHASES) {
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase', phase, '--corpus', corpus, '--cache', cacheDir],
        {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: 10 * 60_000,
          maxBuffer: 64 * 2 ** 20,
        },
      );
      const line = child.stdout?.split('\n').find((l) => l.startsWith('RESULT '));
      if (child.status !== 0 || !line)
        return {
          error: `${phase}: ${child.stderr?.trim().split('\n').slice(0, 4).join(' / ') || `exit ${child.status}`}`,
        };
      results.set(phase, JSON.parse(line.slice('RESULT '.length)) as PhaseResult);
    }
    const build = results.get('build')!;
    const load = results.get('load')!;
    return {
      corpus,
      documents: build.documents,
      sentences: build.sentences,
      buildMs: build.ms,
      keyMs: build.keyMs!,
      writeMs: build.writeMs!,
      bytes: build.bytes!,
      loadMs: load.ms,
      askMs: results.get('ask')!.ms,
      reloadMs: results.get('reload')!.ms,
      reloadMaxGapMs: results.get('reload')!.maxGapMs!,
      buildRssBytes: build.rssBytes,
      loadRssBytes: load.rssBytes,
      sameAnswers: build.answers === load.answers && load.documents === build.documents,
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

const fmt = (n: number, digits = 0): string =>
  Number.isNaN(n) ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The markdown section: one row per corpus, medians over rounds. */
export function snapshotReport(
  results: readonly (readonly SnapshotResult[])[],
  failures: readonly string[] = [],
): string {
  const lines = [
    '## Index snapshots: write, size, load',
    '',
    'Per corpus, each phase in a fresh process: the cold build as the bot loads (files, analysis, index, quote pass, clustering), ' +
      'then the snapshot key (list + stat every file) and write; then loads from the snapshot: `load` as `npm start` and `quote` ' +
      '(key, read, checksum, decode, quote clustering), `ask` without the quotes, `reload` in 5 ms slices (longest 5 ms-timer gap). ' +
      'Medians over rounds. Same answers: the digest of 100 bench queries and 8 quote lookups, built vs loaded.',
    '',
    '| corpus | articles | sentences | build ms | key ms | write ms | snapshot MB | load ms | load / build | ask load ms | reload ms (longest gap) | RSS built / loaded MB | same answers |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const rounds of results) {
    const first = rounds[0];
    if (first === undefined) continue;
    const mid = (pick: (r: SnapshotResult) => number): number => median(rounds.map(pick));
    const build = mid((r) => r.buildMs);
    const load = mid((r) => r.loadMs);
    lines.push(
      `| ${first.corpus.replace(`${ROOT}/`, '')} | ${fmt(first.documents)} | ${fmt(first.sentences)} | ${fmt(build)} | ${fmt(
        mid((r) => r.keyMs),
        1,
      )} | ` +
        `${fmt(mid((r) => r.writeMs))} | ${fmt(first.bytes / 2 ** 20, 1)} | ${fmt(load)} | ${fmt(load / build, 3)}× | ${fmt(mid((r) => r.askMs))} | ` +
        `${fmt(mid((r) => r.reloadMs))} (${fmt(
          mid((r) => r.reloadMaxGapMs),
          1,
        )}) | ${fmt(mid((r) => r.buildRssBytes) / 2 ** 20)} / ${fmt(mid((r) => r.loadRssBytes) / 2 ** 20)} | ${rounds.every((r) => r.sameAnswers) ? 'yes' : '**NO**'} |`,
    );
  }
  for (const failure of failures) lines.push('', `A run failed: ${failure}`);
  return lines.join('\n');
}

function arg(argv: readonly string[], name: string): string | undefined {
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  if (eq) return eq.slice(name.length + 1);
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const phase = arg(argv, '--phase') as Phase | undefined;
  const corpus = resolve(arg(argv, '--corpus') ?? join(ROOT, 'bench-data/news/corpus'));
  if (phase !== undefined) {
    if (!PHASES.includes(phase)) throw new Error(`--phase is one of ${PHASES.join(', ')}`);
    const cacheDir = arg(argv, '--cache');
    if (cacheDir === undefined) throw new Error('--phase needs --cache DIR');
    process.stdout.write(`RESULT ${JSON.stringify(await runPhase(phase, corpus, cacheDir))}\n`);
    return;
  }
  const result = measureSnapshot(corpus);
  if ('error' in result) throw new Error(result.error);
  process.stdout.write(`${snapshotReport([[result]])}\n`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
