/** Building the index and quotes of a run of documents: what one worker does, and an in-process build. */
import type { CorpusDocument } from '../corpus/types.ts';
import type { Analyzer, Morphology } from '../nlp/analyzer.ts';
import type { DocumentQuotes } from '../quotes/document.ts';
import { SentenceIndexBuilder, type SentenceIndex } from '../search/index.ts';
import { indexDocuments, runInSlices } from './passes.ts';

export interface ShardOptions {
  readonly morphology: Morphology;
  readonly quotes: boolean;
}

export interface ShardRequest extends ShardOptions {
  readonly documents: readonly CorpusDocument[];
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
): Promise<ShardResult> {
  const builder = new SentenceIndexBuilder();
  const quotes: DocumentQuotes[] = [];
  await runInSlices(indexDocuments(documents, analyzer, builder, withQuotes ? (q) => quotes.push(q) : null), sliceMs);
  return { index: builder.build(), quotes };
}

/** The typed arrays of an index, to move them between threads instead of copying. */
export function transferables(index: SentenceIndex): ArrayBuffer[] {
  return Object.values(index)
    .filter((value): value is Int32Array | Uint16Array | Uint8Array => ArrayBuffer.isView(value))
    .map((view) => view.buffer as ArrayBuffer);
}
