/** Building the index and quotes of a run of documents: what one worker does, and an in-process build. */
import type { CorpusDocument } from '../corpus/types.ts';
import type { Analyzer, Morphology } from '../nlp/analyzer.ts';
import type { DocumentQuotes } from '../quotes/document.ts';
import { SentenceIndexBuilder, type SentenceIndex } from '../search/sentenceIndex.ts';
import { indexDocuments, runInSlices } from './passes.ts';

export interface ShardOptions {
  readonly morphology: Morphology;
  readonly quotes: boolean;
}

export interface ShardRequest extends ShardOptions {
  readonly documents: readonly CorpusDocument[];
  /** Post progress messages (ShardProgress) at most this often, in milliseconds; absent: none. */
  readonly progressMs?: number;
}

/** What a worker posts while it builds; its last message is the ShardResult. */
export interface ShardProgress {
  readonly progress: { readonly documents: number; readonly sentences: number };
}

export interface ShardResult {
  readonly index: SentenceIndex;
  readonly quotes: readonly DocumentQuotes[];
}

/** Index (and quote pass, when asked) over `documents`, yielding to the event loop every `sliceMs`. */
export async function buildShard(
  documents: readonly CorpusDocument[],
  analyzer: Analyzer,
  withQuotes: boolean,
  sliceMs = Number.POSITIVE_INFINITY,
  /** After each document: documents done, sentences so far; `beforeIndex` just before the index is built. */
  progress: {
    readonly onDocument?: (documents: number, sentences: number) => void;
    readonly beforeIndex?: () => void;
  } = {},
): Promise<ShardResult> {
  const builder = new SentenceIndexBuilder();
  const quotes: DocumentQuotes[] = [];
  await runInSlices(
    indexDocuments(documents, analyzer, builder, withQuotes ? (q) => quotes.push(q) : null, progress.onDocument),
    sliceMs,
  );
  progress.beforeIndex?.();
  return { index: builder.build(), quotes };
}

/** The typed arrays of an index, to move them between threads instead of copying. */
export function transferables(index: SentenceIndex): ArrayBuffer[] {
  return Object.values(index)
    .filter((value): value is Int32Array | Uint16Array | Uint8Array => ArrayBuffer.isView(value))
    .map((view) => view.buffer as ArrayBuffer);
}
