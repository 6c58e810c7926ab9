/**
 * The shape of every engine in the benchmark. An adapter is one small file in this folder that
 * exports `createEngine(): Engine`; run.ts/worker.ts know nothing else about it.
 */
import type { BenchArticle } from '../corpus.ts';

/** Every engine returns at most this many hits per query. */
export const RESULT_LIMIT = 10;

export interface BenchSentence {
  /** Position in the corpus, 0-based: the document id the competitors index. */
  readonly id: number;
  readonly text: string;
}

/** What an engine may build from: the files on disk, or the same text already split. */
export interface BenchInput {
  /** The corpus directory (bench-data/corpus-<N>): one article per .txt file. */
  readonly dir: string;
  /** The articles of that directory, each paragraph already split into sentences by wink-nlp. */
  readonly articles: readonly BenchArticle[];
  /** All sentences of all articles in order: the documents of a sentence-level index. */
  readonly sentences: readonly BenchSentence[];
}

export interface Engine {
  readonly name: string;
  /** Optional untimed setup before the build (e.g. turning the input into what the engine reads). */
  prepare?(input: BenchInput): void;
  /** Builds the index; its wall time is the "build ms" column, what it keeps is the "heap MB" column. */
  build(input: BenchInput): Promise<void> | void;
  /** Answers one query with at most RESULT_LIMIT hits (the hits themselves are not checked). Absent for baselines. */
  query?(q: string): readonly unknown[];
  /** Anything worth printing after the build (e.g. the engine's own sentence count). */
  info?(): Record<string, number | string>;
}
