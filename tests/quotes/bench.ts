/**
 * Cost of the quote pass: `npx tsx tests/quotes/bench.ts [CORPUS_DIR]` (default: the largest
 * bench-data/corpus-* there is, else seeds/). Times the library's own work without quotes (wink
 * analysis and the sentence index, as buildLibrary does it), the quote pass alone over the same
 * analysed tokens (first run, and the median of three warm), and prints them. With `--library` it times buildLibrary as it is
 * (quote pass included) instead, in a fresh process, to compare with analyzeAndIndexMs of a plain run.
 */
import { existsSync } from 'node:fs';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createAnalyzer, type AnalyzedSentence } from '../../src/nlp/analyzer.ts';
import { QuoteIndexBuilder } from '../../src/quotes/index.ts';
import { SentenceIndexBuilder } from '../../src/search/index.ts';
import { buildLibrary, DEFAULT_MORPHOLOGY } from '../../src/library.ts';

const candidates = ['bench-data/corpus-100000', 'bench-data/corpus-10000', 'bench-data/corpus-1000', 'seeds'];
const args = process.argv.slice(2);
const libraryMode = args.includes('--library');
const dir = args.find((a) => !a.startsWith('--')) ?? candidates.find((d) => existsSync(d))!;

if (libraryMode) {
  const corpus = await loadCorpus(dir);
  const started = performance.now();
  const library = await buildLibrary(corpus);
  console.log(JSON.stringify({ corpus: dir, buildLibraryMs: Math.round(performance.now() - started), quotes: library.quotes.quoteCount }));
  process.exit(0);
}

const loadStart = performance.now();
const corpus = await loadCorpus(dir);
const loadMs = performance.now() - loadStart;

const analyzer = createAnalyzer(DEFAULT_MORPHOLOGY);
const index = new SentenceIndexBuilder();
const analyzed: AnalyzedSentence[][][] = [];
const analyzeStart = performance.now();
let tokens = 0;
for (const document of corpus.documents) {
  index.beginDocument();
  const paragraphs: AnalyzedSentence[][] = [];
  for (const paragraph of document.paragraphs) {
    const sentences = analyzer.analyze(document.text.slice(paragraph.start, paragraph.end), paragraph.start);
    index.addParagraph(paragraph.number, sentences);
    for (const s of sentences) tokens += s.to - s.from;
    paragraphs.push(sentences);
  }
  analyzed.push(paragraphs);
}
index.build();
const analyzeMs = performance.now() - analyzeStart;

// The quote pass, three times over the same tokens.
const runs: number[] = [];
let result = new QuoteIndexBuilder().build();
for (let run = 0; run < 3; run += 1) {
  const started = performance.now();
  const builder = new QuoteIndexBuilder();
  corpus.documents.forEach((document, i) => builder.addDocument({ document, paragraphs: analyzed[i]! }));
  result = builder.build();
  runs.push(performance.now() - started);
}
// The first run is what a library build pays: it also makes the Token objects the analyzer keeps
// lazily (the sentence index reads its arrays). Later runs show the pass alone, warm.
const quoteMs = runs[0]!;
const warmMs = [...runs].sort((a, b) => a - b)[1]!;
const baseMs = loadMs + analyzeMs;
const speakers = result.speakers();
const all = result.all();
const direct = all.filter((q) => q.kind === 'direct');
console.log(JSON.stringify({
  corpus: dir,
  documents: corpus.documents.length,
  tokens,
  readMs: Math.round(loadMs),
  analyzeAndIndexMs: Math.round(analyzeMs),
  quotePassMs: Math.round(quoteMs),
  quotePassWarmMs: Math.round(warmMs),
  overheadPercent: Number(((quoteMs / baseMs) * 100).toFixed(1)),
  directQuotes: direct.length,
  attributed: direct.filter((q) => q.speaker !== null).length,
  reported: all.length - direct.length,
  speakers: speakers.length,
}, null, 2));
