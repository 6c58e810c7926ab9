/**
 * What the quote pass costs the library's load: `npx tsx tests/quotes/bench.ts [CORPUS_DIR] [--rounds N]`
 * (default: the largest bench-data/corpus-* there is, else seeds/).
 *
 * Each round builds the library twice, each time in a fresh process (no shared heap or JIT state):
 * `buildLibrary(corpus, { quotes: false })` and `buildLibrary(corpus)`, and times read + build as
 * the bot pays them. Prints the medians, their ratio (the bar: at most 1.3), and what the
 * quote pass found. The machine is shared and noisy: take the medians of several rounds.
 * (`npm run bench -- --engines citebot,citebot+quotes` measures the same in the project's bench.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus/load.ts';
import { buildLibrary } from '../../src/library.ts';

const candidates = ['bench-data/corpus-100000', 'bench-data/corpus-10000', 'bench-data/corpus-1000', 'seeds'];
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const one = option('--one');
const dir =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? candidates.find((d) => existsSync(d))!;

interface Run {
  readonly quotes: boolean;
  readonly ms: number;
  readonly documents: number;
  readonly direct: number;
  readonly attributed: number;
  readonly reported: number;
  readonly speakers: number;
}

if (one !== undefined) {
  // A child: one build, one line of JSON.
  const withQuotes = one === 'quotes';
  const started = performance.now();
  const corpus = await loadCorpus(dir);
  const full = withQuotes ? await buildLibrary(corpus) : null;
  const library = full ?? (await buildLibrary(corpus, { quotes: false }));
  const ms = performance.now() - started;
  const all = full ? full.quotes.all() : [];
  const direct = all.filter((q) => q.kind === 'direct');
  const run: Run = {
    quotes: withQuotes,
    ms,
    documents: library.stats.documents,
    direct: direct.length,
    attributed: direct.filter((q) => q.speaker !== null).length,
    reported: all.length - direct.length,
    speakers: full ? full.quotes.speakers().length : 0,
  };
  console.log(JSON.stringify(run));
  process.exit(0);
}

const rounds = Number(option('--rounds') ?? 3);
const self = fileURLToPath(import.meta.url);
const runs: Run[] = [];
for (let round = 0; round < rounds; round += 1) {
  for (const mode of ['plain', 'quotes']) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', self, dir, '--one', mode], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as Run);
  }
}
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const plain = runs.filter((r) => !r.quotes).map((r) => r.ms);
const quotes = runs.filter((r) => r.quotes).map((r) => r.ms);
const last = runs.filter((r) => r.quotes).pop()!;
console.log(
  JSON.stringify(
    {
      corpus: dir,
      documents: last.documents,
      rounds,
      loadWithoutQuotesMs: plain.map(Math.round),
      loadWithQuotesMs: quotes.map(Math.round),
      medianRatio: Number((median(quotes) / median(plain)).toFixed(2)),
      quotePassMs: Math.round(median(quotes) - median(plain)),
      directQuotes: last.direct,
      attributed: last.attributed,
      reported: last.reported,
      speakers: last.speakers,
    },
    null,
    2,
  ),
);
