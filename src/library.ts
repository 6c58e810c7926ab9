/**
 * The library: the loaded corpus, its sentence index and its quotes as one immutable value.
 * A reload builds a new library beside the old one and swaps one reference, so a request
 * in flight keeps answering from the library it started with.
 */
import { stat, unlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, loadCorpus, type LoadOptions } from './corpus/load.ts';
import type { Corpus, CorpusDocument } from './corpus/types.ts';
import { createAnalyzer, DEFAULT_MORPHOLOGY, type Analyzer, type Morphology } from './nlp/analyzer.ts';
import type { SentenceIndex } from './search/sentenceIndex.ts';
import { deferArrays } from './search/resident.ts';
import { type DeferredRegion, FILL_AFTER_MS, FILL_PAUSE_MS } from './indexing/deferredArrays.ts';
import { DEFAULT_RANK, type RankParams } from './search/rank.ts';
import { DEFAULT_ABSTENTION, type AbstentionPolicy } from './search/abstention.ts';
import { sharedWordNet } from './nlp/wordnet.ts';
import {
  search,
  type SearchOptions,
  type SearchPart,
  type SearchResult,
  type SearchSettings,
} from './search/search.ts';
import { combineQuotes } from './quotes/combine.ts';
import { QuoteIndexBuilder, quoteIndexOf, type QuoteIndex, type QuoteTable } from './quotes/quoteIndex.ts';
import type { DocumentQuotes } from './quotes/document.ts';
import { mergeIndexes } from './indexing/merge.ts';
import { backgroundWorkers, buildShardsInWorkers, PARALLEL_MIN_BYTES } from './indexing/parallel.ts';
import { slicer, turn } from './slices.ts';
import { PARAPHRASE_TABLE_MIN_BYTES, paraphraseTableOf } from './indexing/paraphraseTable.ts';
import { holdsWordNetTerms, wordNetTerms } from './indexing/wordnetTerms.ts';
import { buildShard } from './indexing/shard.ts';
import { quoteFailureNotices } from './indexing/passes.ts';
import { PROGRESS_INTERVAL_MS, ProgressReporter, type ProgressCallback } from './indexing/progress.ts';
import {
  currentKey,
  pruneSnapshots,
  readSnapshot,
  snapshotFile,
  touchSnapshot,
  writeSnapshot,
  type BuiltLibrary,
  type SnapshotKey,
} from './indexing/snapshot.ts';
import { paragraphCount } from './indexing/storedDocuments.ts';

export type { BuildPhase, BuildProgress, ProgressCallback } from './indexing/progress.ts';

export type { AnalyzedDocument } from './nlp/analyzer.ts';
export type { BuiltLibrary } from './indexing/snapshot.ts';

export interface LibraryStats {
  readonly documents: number;
  readonly paragraphs: number;
  readonly sentences: number;
  readonly terms: number;
  readonly bytes: number;
  /** Direct quotes found, attributed or not (0 without the quote pass). */
  readonly quotes: number;
}

/** One corpus with its sentence index and quotes: the shared corpus, or a server's own articles. */
export interface LibraryPart extends SearchPart {
  readonly corpus: Corpus;
  readonly quotes: QuoteIndex;
  readonly stats: LibraryStats;
}

/** A server's own articles, searched with the shared corpus (src/app/serverArticles.ts). */
export interface AddedArticles {
  readonly corpus: Corpus;
  readonly stats: LibraryStats;
}

/** What answering questions needs: the corpus and its sentence index. */
export interface SearchLibrary {
  /** The shared corpus (CORPUS_DIR). */
  readonly corpus: Corpus;
  readonly index: SentenceIndex;
  readonly analyzer: Analyzer;
  /** Of the shared corpus. */
  readonly stats: LibraryStats;
  /** In a server's view, the server's own articles; else null. */
  readonly added: AddedArticles | null;
  readonly loadedAt: Date;
  /** Wall time of reading, analyzing and indexing, in milliseconds. */
  readonly buildMs: number;
  /** What is searched, shared corpus first, and how. */
  readonly parts: readonly LibraryPart[];
  readonly settings: SearchSettings;
  search(question: string, options?: SearchOptions): SearchResult;
  document(id: string): CorpusDocument | undefined;
}

/** The bot's library: search, plus the quotes by speaker. */
export interface Library extends SearchLibrary {
  /** Direct quotes and reported statements, by speaker. */
  readonly quotes: QuoteIndex;
}

/**
 * The one implementation: a list of parts searched together (src/search/statistics.ts says how
 * their statistics combine). Immutable; a server's view shares the shared part, never copies it.
 */
class PartsLibrary implements Library {
  readonly quotes: QuoteIndex;
  constructor(
    readonly parts: readonly LibraryPart[],
    readonly settings: SearchSettings,
    readonly loadedAt: Date,
    readonly buildMs: number,
  ) {
    this.quotes = parts.length === 1 ? parts[0]!.quotes : combineQuotes(parts.map((p) => p.quotes));
  }
  get corpus(): Corpus {
    return this.parts[0]!.corpus;
  }
  get index(): SentenceIndex {
    return this.parts[0]!.index;
  }
  get analyzer(): Analyzer {
    return this.settings.analyzer;
  }
  get stats(): LibraryStats {
    return this.parts[0]!.stats;
  }
  get added(): AddedArticles | null {
    const own = this.parts[1];
    return own === undefined ? null : { corpus: own.corpus, stats: own.stats };
  }
  search(question: string, options?: SearchOptions): SearchResult {
    return search(this.settings, this.parts, question, options);
  }
  document(id: string): CorpusDocument | undefined {
    for (const part of this.parts) {
      const i = part.documentIndex.get(id);
      if (i !== undefined) return part.corpus.documents[i];
    }
    return undefined;
  }
}

/**
 * A server's view: the shared library's corpus and the server's own articles, searched and quoted
 * together. `own` must be built with the shared library's settings (buildLibrary(…, shared.settings)).
 */
export function withAddedArticles(shared: Library, own: Library): Library {
  return new PartsLibrary([shared.parts[0]!, own.parts[0]!], shared.settings, shared.loadedAt, shared.buildMs);
}

export interface BuildOptions extends LoadOptions {
  readonly rank?: Partial<RankParams>;
  readonly abstention?: Partial<AbstentionPolicy>;
  /** Expand questions with WordNet's synonyms and derived forms (default true). */
  readonly paraphrase?: boolean;
  readonly morphology?: Morphology;
  /**
   * Give the event loop a turn after this many milliseconds of work (a reload must not stall the
   * bot). Infinity builds in one go, which is what the command line wants. In-process builds only.
   */
  readonly sliceMs?: number;
  /**
   * Worker threads to build with, 0 for this thread. Default: when slicing (the bot) and the
   * corpus has PARALLEL_MIN_BYTES or more (even in one large file), backgroundWorkers(); else 0.
   */
  readonly workers?: number;
  /** Run the quote pass (default true). `ask` does not need it: the index alone builds faster. */
  readonly quotes?: boolean;
  /**
   * Told how the build goes: { phase, files, filesTotal, sentences }, at most every
   * `progressIntervalMs` and once at the end of each phase ('reading', 'analysing', 'indexing',
   * 'quotes', in that order; no 'quotes' without the quote pass). Worker builds report the workers'
   * counts added up.
   */
  readonly progress?: ProgressCallback;
  /** Milliseconds between two progress reports (default PROGRESS_INTERVAL_MS; 0: every step). */
  readonly progressIntervalMs?: number;
  /**
   * loadLibrary: start from the corpus's snapshot in `cache.dir` when it matches the files on disk
   * and the settings, else build and write one (src/indexing/snapshot.ts). Any build: WordNet's
   * terms for the paraphrase table are kept there too, once per morphology
   * (src/indexing/wordnetTermsFile.ts). Absent or null: always build, no file read or written.
   */
  readonly cache?: SnapshotCache | null;
}

type SearchOnly = BuildOptions & { readonly quotes: false };

export type SnapshotLogLevel = 'debug' | 'info' | 'warn';

/**
 * Where loadLibrary keeps index snapshots, and a build WordNet's terms (one file per morphology),
 * and who hears why one was not used or written.
 */
export interface SnapshotCache {
  /**
   * The folder (INDEX_CACHE_DIR); created on the first write. One file per corpus directory; a
   * write deletes the snapshots there not used for 30 days.
   */
  readonly dir: string;
  /**
   * One line each time a snapshot is not used ('info': stale, the corpus or the settings moved on;
   * 'warn': truncated, corrupt or not ours) or cannot be written ('warn'); 'debug': loaded, written.
   */
  readonly log?: (line: string, level: SnapshotLogLevel) => void;
}

export interface LoadLibraryOptions extends BuildOptions {
  /**
   * From a snapshot, 'deferred' answers before the index's largest arrays are read: they are read
   * on first use and whole in the background (src/indexing/deferredArrays.ts), for a long-running
   * process that should answer soon after it starts; 'eager' (the default) reads them first.
   */
  readonly arrays?: 'eager' | 'deferred';
}

export async function loadLibrary(
  dir: string,
  options: LoadLibraryOptions & { readonly quotes: false },
): Promise<SearchLibrary>;
export async function loadLibrary(dir: string, options?: LoadLibraryOptions): Promise<Library>;
export async function loadLibrary(dir: string, options: LoadLibraryOptions = {}): Promise<SearchLibrary | Library> {
  const started = performance.now();
  const reporter = new ProgressReporter(options.progress, options.progressIntervalMs ?? PROGRESS_INTERVAL_MS);
  const snapshot = options.cache ? await snapshotOf(dir, options, options.cache) : null;
  if (snapshot !== null) {
    // How many files, once listed (before the read compares the key: this runs first).
    const listed = snapshot.key.then((key) => {
      const filesTotal = key?.files.path.length ?? 0;
      reporter.end({ phase: 'reading', files: 0, filesTotal, sentences: 0 });
      return filesTotal;
    });
    const read = await readSnapshot(
      snapshot.file,
      snapshot.key,
      options.quotes ?? true,
      pauses(options),
      options.arrays ?? 'eager',
    );
    if (read.status === 'hit') {
      const filesTotal = await listed;
      if (read.deferred !== null) readInBackground(read.built.index, read.deferred, snapshot);
      const library = await libraryFromBuilt(read.built, options, started);
      await touchSnapshot(snapshot.file);
      reporter.end({ phase: 'reading', files: filesTotal, filesTotal, sentences: 0 });
      snapshot.log(
        `index snapshot ${snapshot.file} loaded (${megabytes(read.bytes)}) in ${Math.round(library.buildMs)} ms`,
        'debug',
      );
      return library;
    }
    if (read.status === 'ignored')
      snapshot.log(`index snapshot ${snapshot.file} not used, rebuilding: ${read.reason}`, read.level);
  }
  let found = 0;
  const corpus = await loadCorpus(
    dir,
    reporter.active
      ? {
          ...options,
          onRead: (files, filesTotal) => {
            found = filesTotal;
            reporter.tick({ phase: 'reading', files, filesTotal, sentences: 0 });
          },
        }
      : options,
  );
  reporter.end({ phase: 'reading', files: found, filesTotal: found, sentences: 0 });
  const built = await buildParts(corpus, options);
  const library = await libraryFromBuilt(built, options, started);
  const key = snapshot === null ? null : await snapshot.key;
  if (snapshot !== null && key !== null) {
    try {
      const writing = performance.now();
      const bytes = await writeSnapshot(snapshot.file, key, built, pauses(options));
      snapshot.log(
        `index snapshot ${snapshot.file} written (${megabytes(bytes)}) in ${Math.round(performance.now() - writing)} ms`,
        'debug',
      );
      await pruneSnapshots(dirname(snapshot.file));
    } catch (error) {
      snapshot.log(
        `could not write the index snapshot ${snapshot.file}: ${error instanceof Error ? error.message : String(error)}`,
        'warn',
      );
    }
  }
  return library;
}

/**
 * Reads the rest of a snapshot's index (deferred) while the library serves. A damaged block is
 * logged and the file deleted, unless another has replaced it since: the next load rebuilds.
 */
function readInBackground(
  index: SentenceIndex,
  deferred: DeferredRegion,
  snapshot: { file: string; log: (line: string, level: SnapshotLogLevel) => void },
): void {
  // After the first questions, and throttled: until then the reads would take their CPU.
  const filling = new Promise<void>((start) => setTimeout(start, FILL_AFTER_MS)).then(() =>
    deferred.fill(() => new Promise((next) => setTimeout(next, FILL_PAUSE_MS))),
  );
  deferArrays(index, deferred, filling);
  filling.catch(async (error: unknown) => {
    snapshot.log(
      `index snapshot ${snapshot.file} damaged, deleted (rebuilt at the next load): ${error instanceof Error ? error.message : String(error)}`,
      'warn',
    );
    if (await deferred.isFile(snapshot.file)) await unlink(snapshot.file).catch(() => undefined);
  });
}

/**
 * The snapshot file and key of the corpus in `dir`; null when there is no such directory (the load
 * says so). The key is a promise: the snapshot is read while the corpus is listed and stat'ed
 * (readSnapshot); null when the corpus could not be listed (logged here; nothing is written).
 */
async function snapshotOf(
  dir: string,
  options: BuildOptions,
  cache: SnapshotCache,
): Promise<{
  file: string;
  key: Promise<SnapshotKey | null>;
  log: (line: string, level: SnapshotLogLevel) => void;
} | null> {
  const log = cache.log ?? (() => undefined);
  const root = resolve(dir);
  const info = await stat(root).catch(() => null);
  if (info === null || !info.isDirectory()) return null;
  const key = currentKey(root, {
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    morphology: options.morphology ?? DEFAULT_MORPHOLOGY,
  }).catch((error: unknown) => {
    log(`index snapshot not used: ${error instanceof Error ? error.message : String(error)}`, 'warn');
    return null;
  });
  return { file: snapshotFile(cache.dir, root), key, log };
}

const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** What a snapshot's read and write await between steps: a turn of the event loop when the build is sliced. */
function pauses(options: BuildOptions): () => Promise<void> {
  return (options.sliceMs ?? Number.POSITIVE_INFINITY) === Number.POSITIVE_INFINITY ? async () => undefined : turn;
}

export async function buildLibrary(corpus: Corpus, options: SearchOnly, started?: number): Promise<SearchLibrary>;
export async function buildLibrary(corpus: Corpus, options?: BuildOptions, started?: number): Promise<Library>;
export async function buildLibrary(
  corpus: Corpus,
  options: BuildOptions = {},
  started = performance.now(),
): Promise<SearchLibrary | Library> {
  return libraryFromBuilt(await buildParts(corpus, options), options, started);
}

/** Analyses and indexes a corpus (and runs the quote pass on each document, unless `quotes: false`). */
export async function buildParts(corpus: Corpus, options: BuildOptions = {}): Promise<BuiltLibrary> {
  const withQuotes = options.quotes ?? true;
  const morphology = options.morphology ?? DEFAULT_MORPHOLOGY;
  const analyzer = createAnalyzer(morphology);
  const bytes = corpus.documents.reduce((sum, d) => sum + d.bytes, 0);
  const sliceMs = options.sliceMs ?? Number.POSITIVE_INFINITY;
  const background = sliceMs !== Number.POSITIVE_INFINITY && bytes >= PARALLEL_MIN_BYTES;
  const workers = Math.min(options.workers ?? (background ? backgroundWorkers() : 0), corpus.documents.length);

  const reporter = new ProgressReporter(options.progress, options.progressIntervalMs ?? PROGRESS_INTERVAL_MS);
  const filesTotal = corpus.documents.length;
  let sentences = 0;
  const analysed = (files: number, count: number): void => {
    sentences = count;
    reporter.tick({ phase: 'analysing', files, filesTotal, sentences });
  };
  const beforeIndex = (): void => {
    reporter.end({ phase: 'analysing', files: filesTotal, filesTotal, sentences });
  };

  // WordNet's terms for the paraphrase table, from now on, in a thread of their own: beside the
  // corpus's analysis rather than after it (src/indexing/wordnetTerms.ts).
  const wordnet =
    options.paraphrase !== false && (bytes >= PARAPHRASE_TABLE_MIN_BYTES || holdsWordNetTerms(morphology))
      ? wordNetTerms(morphology, slicer(sliceMs), options.cache ?? null)
      : null;
  let index: SentenceIndex;
  let documentQuotes: readonly DocumentQuotes[];
  if (workers > 0) {
    const shards = await buildShardsInWorkers(
      corpus.documents,
      { morphology, quotes: withQuotes },
      workers,
      reporter.active
        ? { onProgress: analysed, intervalMs: options.progressIntervalMs ?? PROGRESS_INTERVAL_MS }
        : undefined,
    );
    sentences = shards.reduce((n, shard) => n + shard.index.sentenceCount, 0);
    beforeIndex();
    if (sliceMs !== Number.POSITIVE_INFINITY) await turn();
    index = mergeIndexes(shards.map((shard) => shard.index));
    documentQuotes = shards.flatMap((shard) => shard.quotes);
  } else {
    ({ index, quotes: documentQuotes } = await buildShard(
      corpus.documents,
      analyzer,
      withQuotes,
      sliceMs,
      reporter.active ? { onDocument: analysed, beforeIndex } : {},
    ));
  }
  // What a question's paraphrases need of WordNet, for this index's terms: kept with the index.
  if (wordnet !== null) index = { ...index, paraphrases: paraphraseTableOf(index, await wordnet) };
  reporter.end({ phase: 'indexing', files: filesTotal, filesTotal, sentences: index.sentenceCount });
  if (!withQuotes) return { corpus, index, quotes: null };
  // The speakers' clustering runs here, between two turns of the event loop; a snapshot keeps its result.
  if (sliceMs !== Number.POSITIVE_INFINITY) await turn();
  const failed = quoteFailureNotices(corpus.documents, documentQuotes);
  const told = failed.length === 0 ? corpus : { ...corpus, notices: [...corpus.notices, ...failed] };
  const quoteBuilder = new QuoteIndexBuilder();
  corpus.documents.forEach((document, i) => {
    quoteBuilder.addExtracted(document, documentQuotes[i]!);
  });
  const quotes: QuoteTable = await quoteBuilder.table(sliceMs);
  reporter.end({ phase: 'quotes', files: filesTotal, filesTotal, sentences: index.sentenceCount });
  return { corpus: told, index, quotes };
}

/**
 * The library from what a build made (or a snapshot held): the quote index over the clustered
 * quotes (when asked for and there), the settings, the parts. `started`: when the load began, for `buildMs`.
 */
export async function libraryFromBuilt(
  built: BuiltLibrary,
  options: BuildOptions = {},
  started = performance.now(),
): Promise<Library> {
  const { corpus, index } = built;
  const withQuotes = (options.quotes ?? true) && built.quotes !== null;
  const quotes: QuoteIndex = withQuotes
    ? quoteIndexOf(built.quotes!, corpus.documents)
    : await new QuoteIndexBuilder().build();
  return assembleLibrary({ corpus, index, quotes }, settingsFor(options), performance.now() - started);
}

/** The search settings build options ask for. */
export function settingsFor(options: BuildOptions, analyzer?: Analyzer): SearchSettings {
  return {
    analyzer: analyzer ?? createAnalyzer(options.morphology ?? DEFAULT_MORPHOLOGY),
    rank: { ...DEFAULT_RANK, ...options.rank },
    wordnet: options.paraphrase === false ? null : sharedWordNet(),
    abstention: { ...DEFAULT_ABSTENTION, ...options.abstention },
  };
}

/** A library from a built (or snapshot-loaded) corpus, index and quote index. */
export function assembleLibrary(
  built: { readonly corpus: Corpus; readonly index: SentenceIndex; readonly quotes: QuoteIndex },
  settings: SearchSettings,
  buildMs: number,
): Library {
  const { corpus, index, quotes } = built;
  const part: LibraryPart = {
    corpus,
    index,
    quotes,
    documents: corpus.documents,
    documentIndex: new Map(corpus.documents.map((d, i) => [d.id, i])),
    stats: {
      documents: corpus.documents.length,
      paragraphs: corpus.documents.reduce((sum, d) => sum + paragraphCount(d), 0),
      sentences: index.sentenceCount,
      terms: index.vocabulary.size,
      bytes: corpus.documents.reduce((sum, d) => sum + d.bytes, 0),
      quotes: quotes.quoteCount,
    },
  };
  return new PartsLibrary([part], settings, new Date(), buildMs);
}
