/** Building the index and quotes of a run of documents: what one worker does. */
import type { CorpusDocument } from '../corpus/types.ts';
import { createAnalyzer, type Morphology } from '../nlp/analyzer.ts';
import type { DocumentQuotes } from '../quotes/document.ts';
import { SentenceIndexBuilder, type SentenceIndex } from '../search/index.ts';
import { indexDocuments, runToEnd } from './passes.ts';

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

export function buildShard({ documents, morphology, quotes: withQuotes }: ShardRequest): ShardResult {
  const builder = new SentenceIndexBuilder();
  const quotes: DocumentQuotes[] = [];
  runToEnd(indexDocuments(documents, createAnalyzer(morphology), builder, withQuotes ? (q) => quotes.push(q) : null));
  return { index: builder.build(), quotes };
}

/** The typed arrays of an index, to move them between threads instead of copying. */
export function transferables(index: SentenceIndex): ArrayBuffer[] {
  return Object.values(index)
    .filter((value): value is Int32Array | Uint16Array | Uint8Array => ArrayBuffer.isView(value))
    .map((view) => view.buffer as ArrayBuffer);
}
