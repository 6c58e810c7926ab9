/**
 * One build in a fresh process, as `ask` builds (loadCorpus + buildLibrary without the quote pass,
 * with a cache folder, so WordNet's terms are read from or written to it), or wink's reading of the
 * same documents; prints one JSON line: wall and process CPU (worker threads included), in ms.
 * `root` is the checkout whose code builds (this one, or an export of main to compare in the same run):
 *
 *   node --import tsx tests/bench/buildOnce.ts citebot|wink ROOT CORPUS_DIR CACHE_DIR|none
 *
 * Timed from before library.ts is imported (wink's model load included, as in wink's reading).
 */
const [mode, root, corpusDir, cacheDir] = process.argv.slice(2);
const { loadCorpus } = await import(`${root}/src/corpus/load.ts`);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let extra: Record<string, unknown> = {};
if (mode === 'wink') {
  const corpus = await loadCorpus(corpusDir);
  const texts = corpus.documents.map((d: { text: string }) => d.text);
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const { nlp } = await import(`${root}/tests/bench/nlp.ts`);
  let n = 0;
  for (const body of texts) n += nlp.readDoc(body).tokens().out().length;
  extra = {
    tokens: n,
    readWall: performance.now() - t1,
    readCpu: (process.cpuUsage(c1).user + process.cpuUsage(c1).system) / 1000,
  };
} else {
  const { buildLibrary } = await import(`${root}/src/library.ts`);
  const corpus = await loadCorpus(corpusDir);
  const lines: string[] = [];
  const lib = await buildLibrary(corpus, {
    quotes: false,
    cache:
      cacheDir === 'none' ? null : { dir: cacheDir, log: (l: string, level: string) => lines.push(`${level} ${l}`) },
  });
  extra = {
    sentences: lib.stats.sentences,
    table: lib.index.paraphrases ? lib.index.paraphrases.keyStart.length : null,
    lines,
  };
}
const u = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    mode,
    root,
    corpusDir,
    wall: Math.round(performance.now() - t0),
    cpu: Math.round((u.user + u.system) / 1000),
    ...extra,
  }),
);
process.exit(0);
