/**
 * Measures one engine at one corpus size, in a process of its own (started by run.ts as
 * `node --expose-gc --import tsx tests/bench/worker.ts --engine E --size N --queries Q --repeat R`)
 * so that engines do not share a heap or JIT state. Prints one line `RESULT {json}` on stdout.
 *
 * build ms: wall time of engine.build(), one cold build.
 * heap MB / ext MB: heapUsed / external (incl. ArrayBuffers) after the build minus before it,
 *   each after global.gc(), with the engine still referenced.
 * query: every query once as warm-up, then R timed passes over all of them; median and p99 of
 *   the per-query wall times (process.hrtime.bigint()).
 */
import { corpusDir, loadQueries, readManifest } from './corpus.ts';
import { ENGINES } from './engines/index.ts';
import type { BenchInput, BenchSentence } from './engines/types.ts';
import { median, percentile } from './stats.ts';

export interface WorkerResult {
  readonly engine: string;
  readonly size: number;
  readonly sentences: number;
  readonly buildMs: number;
  readonly heapMB: number;
  readonly externalMB: number;
  readonly query: {
    readonly count: number;
    readonly samples: number;
    readonly medianMs: number;
    readonly p99Ms: number;
    readonly meanMs: number;
    readonly empty: number;
  } | null;
  readonly info: Record<string, number | string>;
}

function arg(name: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  const v = i >= 0 ? args[i + 1] : undefined;
  if (v === undefined) throw new Error(`worker: missing ${name}`);
  return v;
}

const gc = (globalThis as { gc?: () => void }).gc;

function collect(): NodeJS.MemoryUsage {
  if (!gc) throw new Error('run with node --expose-gc');
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage();
}

async function main(): Promise<void> {
  const name = arg('--engine');
  const size = Number(arg('--size'));
  const queryCount = Number(arg('--queries'));
  const repeat = Number(arg('--repeat'));
  const load = ENGINES[name];
  if (!load) throw new Error(`unknown engine ${name}; known: ${Object.keys(ENGINES).join(', ')}`);

  const manifest = readManifest(size);
  if (!manifest) throw new Error(`corpus-${size} is missing or stale: run tests/bench/corpus.ts`);
  const sentences: BenchSentence[] = [];
  for (const a of manifest.articles)
    for (const p of a.paragraphs) for (const text of p) sentences.push({ id: sentences.length, text });
  const input: BenchInput = { dir: corpusDir(size), articles: manifest.articles, sentences };
  const queries = loadQueries(queryCount).map((q) => q.text);

  const engine = (await load()).createEngine();
  engine.prepare?.(input);
  const before = collect();
  const t0 = process.hrtime.bigint();
  await engine.build(input);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const after = collect();

  let query: WorkerResult['query'] = null;
  if (engine.query) {
    let empty = 0;
    for (const q of queries) engine.query(q); // warm-up
    const times: number[] = [];
    for (let r = 0; r < repeat; r++) {
      for (const q of queries) {
        const s = process.hrtime.bigint();
        const hits = engine.query(q);
        times.push(Number(process.hrtime.bigint() - s) / 1e6);
        if (r === 0 && hits.length === 0) empty += 1;
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    query = {
      count: queries.length,
      samples: times.length,
      medianMs: median(sorted),
      p99Ms: percentile(sorted, 0.99),
      meanMs: times.reduce((a, b) => a + b, 0) / times.length,
      empty,
    };
  }

  const result: WorkerResult = {
    engine: name,
    size,
    sentences: manifest.sentences,
    buildMs,
    heapMB: (after.heapUsed - before.heapUsed) / 2 ** 20,
    externalMB: (after.external - before.external) / 2 ** 20,
    query,
    info: engine.info?.() ?? {},
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
