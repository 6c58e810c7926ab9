/**
 * Materializes the benchmark corpora and queries, deterministically, under bench-data/:
 *
 *   bench-data/corpus-<N>/reuters/<topic>/<newid>.txt   one wire story per file (front matter with
 *                                                       title and date, then one paragraph a line)
 *   bench-data/corpus-<N>.json                          manifest + the sentence split of every file
 *   bench-data/queries.json                             ~200 queries, the same for every size
 *
 * Text: Reuters-21578 (1987 newswire), see reuters.ts for the source and its licence (research
 * use only, so bench-data/ stays out of git). Stories are shuffled with a fixed seed and taken in
 * that order until N sentences are reached (the last story is cut at a sentence), so
 * corpus-1000 ⊂ corpus-10000 ⊂ corpus-100000. Stories of fewer than 3 sentences (one-line
 * flashes, tables) are left out. The pool holds 102,719 sentences of prose (14,213 stories), so
 * 100,000 is about the largest size available. Wire stories are short: median 5 sentences a
 * story, p90 15, max ~60 (shorter than a 20–40 sentence feature article; no merging is done,
 * every file is one real story).
 *
 * Sentences are counted the way the benchmark splits them for every engine: each line is a
 * paragraph, wink-nlp splits a paragraph into sentences.
 *
 * Usage: npx tsx tests/bench/corpus.ts [--sizes 1000,10000,100000] [--queries 200] [--force]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { its, nlp, splitSentences, winkStopWords, type ItemToken } from './nlp.ts';
import { readStories, REUTERS_PACKAGE, REUTERS_VERSION, type Story } from './reuters.ts';
import { rng } from '../../src/eval/random.ts';

export { rng };

/** Bump when the text, the selection or the file layout changes: older corpora are rebuilt. */
export const CORPUS_VERSION = 4;
const SEED = 0x5eed_2026;
const MIN_SENTENCES_PER_STORY = 3;
export const DEFAULT_SIZES = [1000, 10_000, 100_000] as const;
export const DEFAULT_QUERY_COUNT = 200;
/** Queries are drawn from the sentences of the smallest corpus, so every one has an answer at every size. */
const QUERY_SOURCE_SENTENCES = 1000;

export const BENCH_DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../bench-data');

export interface BenchArticle {
  /** Path relative to the corpus directory, e.g. reuters/crude/00237.txt. */
  readonly file: string;
  readonly title: string;
  readonly date: string;
  /** Sentences of each paragraph (each line of the body). */
  readonly paragraphs: readonly (readonly string[])[];
}

export interface CorpusManifest {
  readonly version: number;
  readonly source: string;
  readonly size: number;
  readonly sentences: number;
  readonly words: number;
  readonly bytes: number;
  readonly articleSentences: {
    readonly min: number;
    readonly median: number;
    readonly p90: number;
    readonly max: number;
    readonly mean: number;
  };
  readonly articles: readonly BenchArticle[];
}

export interface BenchQuery {
  readonly id: number;
  readonly kind: 'keywords' | 'question';
  readonly text: string;
  /** The article and sentence the query was made from. */
  readonly from: { readonly file: string; readonly sentence: string };
}

export interface QueryFile {
  readonly version: number;
  readonly source: string;
  readonly queries: readonly BenchQuery[];
}

export const corpusDir = (size: number): string => join(BENCH_DATA, `corpus-${size}`);
const manifestPath = (size: number): string => join(BENCH_DATA, `corpus-${size}.json`);
export const queriesPath = (): string => join(BENCH_DATA, 'queries.json');
const SOURCE = `Reuters-21578, Distribution 1.0 (npm ${REUTERS_PACKAGE}@${REUTERS_VERSION})`;

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export interface PoolStory {
  readonly story: Story;
  readonly paragraphs: readonly (readonly string[])[];
  readonly sentences: number;
}

/** Stories in the fixed shuffled order with their sentence split, computed until `need` sentences are covered. */
export function pool(need: number): PoolStory[] {
  const stories = shuffle(readStories(join(BENCH_DATA, '.cache')), rng(SEED));
  const out: PoolStory[] = [];
  let total = 0;
  for (const story of stories) {
    if (total >= need) break;
    const paragraphs = story.paragraphs.map(splitSentences).filter((p) => p.length > 0);
    const sentences = paragraphs.reduce((n, p) => n + p.length, 0);
    if (sentences < MIN_SENTENCES_PER_STORY) continue;
    out.push({ story, paragraphs, sentences });
    total += sentences;
  }
  if (total < need) throw new Error(`the Reuters pool has only ${total} sentences; ${need} were asked for`);
  return out;
}

export function select(stories: readonly PoolStory[], size: number): BenchArticle[] {
  const articles: BenchArticle[] = [];
  let total = 0;
  for (const { story, paragraphs } of stories) {
    if (total >= size) break;
    let kept: string[][] = [];
    for (const p of paragraphs) {
      const room = size - total - kept.reduce((n, q) => n + q.length, 0);
      if (room <= 0) break;
      kept.push(p.length <= room ? [...p] : p.slice(0, room));
    }
    // A paragraph cut at a sentence is written as its kept sentences joined by a space; split it
    // again so the recorded split is exactly what the benchmark reads back from the file.
    kept = kept.map((p, i) => (p.length === paragraphs[i]!.length ? p : splitSentences(p.join(' '))));
    const id = String(story.id).padStart(5, '0');
    articles.push({ file: `reuters/${story.topic}/${id}.txt`, title: story.title, date: story.date, paragraphs: kept });
    total += kept.reduce((n, p) => n + p.length, 0);
  }
  return articles;
}

/** The text of an article's file: front matter as citebot reads it, then one paragraph a line. */
export function articleText(a: BenchArticle): string {
  return `---\ntitle: ${a.title}\ndate: ${a.date}\n---\n${articleBody(a)}\n`;
}

/** The body alone: one paragraph a line. */
export function articleBody(a: BenchArticle): string {
  return a.paragraphs.map((p) => p.join(' ')).join('\n');
}

function stats(values: number[]): CorpusManifest['articleSentences'] {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return {
    min: s[0]!,
    median: at(0.5),
    p90: at(0.9),
    max: s[s.length - 1]!,
    mean: Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10,
  };
}

function writeCorpus(size: number, stories: readonly PoolStory[]): CorpusManifest {
  const articles = select(stories, size);
  const dir = corpusDir(size);
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  let words = 0;
  for (const a of articles) {
    const path = join(dir, a.file);
    mkdirSync(dirname(path), { recursive: true });
    const text = articleText(a);
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
    words += articleBody(a).split(/\s+/).length;
  }
  const perArticle = articles.map((a) => a.paragraphs.reduce((n, p) => n + p.length, 0));
  const manifest: CorpusManifest = {
    version: CORPUS_VERSION,
    source: SOURCE,
    size,
    sentences: perArticle.reduce((a, b) => a + b, 0),
    words,
    bytes,
    articleSentences: stats(perArticle),
    articles,
  };
  writeFileSync(manifestPath(size), JSON.stringify(manifest));
  return manifest;
}

export function readManifest(size: number): CorpusManifest | undefined {
  const path = manifestPath(size);
  if (!existsSync(path) || !existsSync(corpusDir(size))) return undefined;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as CorpusManifest;
  return manifest.version === CORPUS_VERSION ? manifest : undefined;
}

function readQueries(): QueryFile | undefined {
  if (!existsSync(queriesPath())) return undefined;
  const file = JSON.parse(readFileSync(queriesPath(), 'utf8')) as QueryFile;
  return file.version === CORPUS_VERSION ? file : undefined;
}

/** Makes sure corpus-<size> for every size, and queries.json, exist and are current; returns the manifests. */
export function ensureCorpora(
  sizes: readonly number[],
  options: { force?: boolean; queryCount?: number } = {},
): Map<number, CorpusManifest> {
  const queryCount = Math.max(options.queryCount ?? DEFAULT_QUERY_COUNT, DEFAULT_QUERY_COUNT);
  const result = new Map<number, CorpusManifest>();
  const missing: number[] = [];
  for (const size of sizes) {
    const m = options.force ? undefined : readManifest(size);
    if (m) result.set(size, m);
    else missing.push(size);
  }
  const queries = options.force ? undefined : readQueries();
  const queriesOk = queries !== undefined && queries.queries.length >= queryCount;
  if (missing.length === 0 && queriesOk) return result;

  mkdirSync(BENCH_DATA, { recursive: true });
  const started = Date.now();
  const stories = pool(Math.max(QUERY_SOURCE_SENTENCES, ...missing));
  for (const size of missing) {
    process.stderr.write(`writing ${corpusDir(size)} …\n`);
    result.set(size, writeCorpus(size, stories));
  }
  if (!queriesOk) {
    const file = makeQueries(select(stories, QUERY_SOURCE_SENTENCES), queryCount);
    writeFileSync(queriesPath(), JSON.stringify(file, null, 1));
    process.stderr.write(`wrote ${file.queries.length} queries to ${queriesPath()}\n`);
  }
  process.stderr.write(`corpus generation took ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

export function loadQueries(count: number): BenchQuery[] {
  const file = readQueries();
  if (!file) throw new Error(`no current ${queriesPath()}: run tests/bench/corpus.ts`);
  if (file.queries.length < count)
    throw new Error(`${queriesPath()} has ${file.queries.length} queries; ${count} asked for`);
  return file.queries.slice(0, count);
}

// ---------------------------------------------------------------------------------------------
// Queries: keyword queries (2–4 content words of a sentence, as people type them) and
// question-shaped ones built from a sentence's proper nouns, nouns and verbs.

interface Tok {
  readonly value: string;
  readonly lower: string;
  readonly pos: string;
  readonly stop: boolean;
}

/** Wire-copy units and fillers that make poor query words on their own. */
const FILLER = new Set([
  'mln',
  'pct',
  'dlrs',
  'dlr',
  'cts',
  'billion',
  'million',
  'year',
  'years',
  'week',
  'weeks',
  'month',
  'months',
  'today',
  'yesterday',
  'tonnes',
  'shares',
  'share',
  'reuter',
  'reuters',
  'vs',
  'gmt',
  'spokesman',
  'statement',
  'told',
]);
const BORING_VERBS = new Set([
  'say',
  'be',
  'have',
  'do',
  'make',
  'get',
  'take',
  'expect',
  'add',
  'tell',
  'include',
  'see',
]);
const WORD = /^[A-Za-z][A-Za-z'-]+$/;

export function makeQueries(articles: readonly BenchArticle[], count: number): QueryFile {
  const random = rng(SEED ^ 0x9e3779b9);
  const stop = winkStopWords();
  const candidates: { file: string; sentence: string }[] = [];
  for (const a of articles) {
    for (const p of a.paragraphs)
      for (const s of p) if (s.split(' ').length >= 8) candidates.push({ file: a.file, sentence: s });
  }
  shuffle(candidates, random);
  const queries: BenchQuery[] = [];
  const seen = new Set<string>();
  for (let i = 0; queries.length < count; i++) {
    if (i >= candidates.length * 4) throw new Error('could not make enough distinct queries');
    const from = candidates[i % candidates.length]!;
    const toks: Tok[] = [];
    nlp
      .readDoc(from.sentence)
      .tokens()
      .each((t: ItemToken) => {
        if (t.out(its.type) !== 'word') return;
        const value = t.out();
        const lower = value.toLowerCase();
        toks.push({ value, lower, pos: t.out(its.pos), stop: stop.has(lower) || t.out(its.stopWordFlag) === true });
      });
    const wantQuestion = random() < 0.45;
    let text = wantQuestion ? makeQuestion(toks, random) : null;
    let kind: BenchQuery['kind'] = 'question';
    if (!text) {
      text = makeKeywords(toks, random);
      kind = 'keywords';
    }
    if (!text || seen.has(text)) continue;
    seen.add(text);
    queries.push({ id: queries.length + 1, kind, text, from });
  }
  return { version: CORPUS_VERSION, source: SOURCE, queries };
}

/** 2–4 nouns, proper nouns or adjectives of the sentence, in order, lower case: "usair airline lawsuit". */
function makeKeywords(toks: readonly Tok[], random: () => number): string | null {
  const content = toks.filter(
    (t) =>
      !t.stop &&
      WORD.test(t.value) &&
      t.value.length > 2 &&
      !FILLER.has(t.lower) &&
      ['NOUN', 'PROPN', 'ADJ'].includes(t.pos),
  );
  const distinct = [...new Map(content.map((t) => [t.lower, t])).values()];
  if (distinct.length < 2 || !distinct.some((t) => t.pos !== 'ADJ')) return null;
  const k = Math.min(distinct.length, 2 + Math.floor(random() * 3));
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * distinct.length));
  return [...picked]
    .sort((a, b) => a - b)
    .map((j) => distinct[j]!.lower)
    .join(' ');
}

interface Phrase {
  readonly start: number;
  readonly words: readonly Tok[];
}

/** Runs of adjectives/nouns/proper nouns that end in a noun or proper noun: a poor man's noun chunker. */
function phrases(toks: readonly Tok[]): Phrase[] {
  const out: Phrase[] = [];
  let run: Tok[] = [];
  let start = 0;
  const flush = (): void => {
    while (run.length > 0 && run[run.length - 1]!.pos === 'ADJ') run.pop();
    while (run.length > 0 && (run[0]!.stop || FILLER.has(run[0]!.lower))) {
      run.shift();
      start += 1;
    }
    if (run.length > 0) out.push({ start, words: run.slice(-3) });
    run = [];
  };
  toks.forEach((t, i) => {
    const fits = ['ADJ', 'NOUN', 'PROPN'].includes(t.pos) && WORD.test(t.value) && !t.stop && !FILLER.has(t.lower);
    if (fits) {
      if (run.length === 0) start = i;
      run.push(t);
    } else flush();
  });
  flush();
  return out;
}

function makeQuestion(toks: readonly Tok[], random: () => number): string | null {
  const all = phrases(toks);
  // The subject: the first phrase with a proper noun; a lone capitalised first word is too
  // often just the start of the sentence ("Separately", "Spot").
  const subject = all.find((p) => p.words.some((w) => w.pos === 'PROPN') && (p.start > 0 || p.words.length > 1));
  const objects = all.filter((p) => p !== subject && p.words.some((w) => w.pos === 'NOUN'));
  const np = (p: Phrase | undefined): string | null =>
    p ? p.words.map((w) => (w.pos === 'PROPN' ? w.value : w.lower)).join(' ') : null;
  const subj = np(subject);
  const obj = np(objects[Math.floor(random() * objects.length)]);
  const multi = objects.filter((p) => p.words.length > 1);
  const objMulti = np(multi[Math.floor(random() * multi.length)]);
  // The first interesting verb after the subject, as its lemma ("rescheduled" → "reschedule").
  const after = subject ? subject.start + subject.words.length : 0;
  const verb = toks
    .slice(after)
    .find((t) => t.pos === 'VERB' && /^[a-z]{3,}$/.test(t.value) && !BORING_VERBS.has(lemmaOf(t.value)));
  const lemma = verb ? lemmaOf(verb.value) : null;
  const said = toks.some((t) => t.lower === 'said' || t.lower === 'says');
  const will = toks.some((t) => t.lower === 'will');
  const number = toks.some((t) => t.pos === 'NUM');
  const options: string[] = [];
  if (subj && said && obj) options.push(`What did ${subj} say about the ${obj}?`);
  if (subj && number && obj && lemma) options.push(`How much ${obj} did ${subj} ${lemma}?`);
  if (subj && lemma && obj && !will) options.push(`Why did ${subj} ${lemma} the ${obj}?`);
  if (subj && lemma && obj && will) options.push(`When will ${subj} ${lemma} the ${obj}?`);
  if (subj && obj) options.push(`What is the ${obj} of ${subj}?`);
  if (verb?.value.endsWith('ed') && obj) options.push(`Who ${verb.value} the ${obj}?`);
  if (objMulti) options.push(`What happened to the ${objMulti}?`);
  if (subj && !obj) options.push(`What is the latest news about ${subj}?`);
  if (options.length === 0) return null;
  return options[Math.floor(random() * options.length)]!;
}

function lemmaOf(word: string): string {
  return (
    (
      nlp
        .readDoc(word)
        .tokens()
        .out(its.lemma as unknown as typeof its.value) as string[]
    )[0] ?? word
  );
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const sizes = (arg('--sizes') ?? DEFAULT_SIZES.join(',')).split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 10))
    throw new Error('--sizes takes sentence counts like 1000,10000,100000');
  const queryCount = Number(arg('--queries') ?? DEFAULT_QUERY_COUNT);
  const manifests = ensureCorpora(sizes, { force: args.includes('--force'), queryCount });
  for (const [size, m] of manifests) {
    const a = m.articleSentences;
    console.log(
      `corpus-${size}: ${m.articles.length} articles, ${m.sentences} sentences, ${m.words} words, ${(m.bytes / 1e6).toFixed(1)} MB; ` +
        `sentences per article median ${a.median}, mean ${a.mean}, p90 ${a.p90}, max ${a.max}`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
