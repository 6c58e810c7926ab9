/**
 * An index loaded from a snapshot may start with its largest arrays (the postings, each sentence's
 * terms) still in the file: they are read when first used, and in the background meanwhile
 * (src/indexing/deferredArrays.ts). Code that reads those arrays first makes the part it needs
 * resident here; for an index built in memory, or once everything has been read, that is a lookup
 * that finds nothing.
 */
import type { SentenceIndex } from './sentenceIndex.ts';

/** Arrays of an index not all in memory yet. */
export interface DeferredArrays {
  /**
   * Makes elements [from, to) of `view` resident (a no-op for an array that was read at load).
   * Throws when the file no longer holds them as written.
   */
  ensure(view: ArrayBufferView, from: number, to: number): void;
}

/**
 * The fields of an index a snapshot may leave in the file: each is read only through
 * residentPostings or residentTerms below (src/indexing/snapshot.ts lays them out last).
 */
export const DEFERRABLE_FIELDS: readonly string[] = [
  'postingIds',
  'postingTf',
  'termSeq',
  'termFlags',
  'termStart',
  'termLength',
  'documents.docs',
  'documents.tf',
];

const deferred = new WeakMap<SentenceIndex, DeferredArrays>();
const filled = new WeakMap<SentenceIndex, Promise<void>>();

/**
 * `index`'s deferred arrays are read through `arrays` until `filling` resolves (everything read);
 * when it rejects (a damaged block), through `arrays` still, which throws where the damage is used.
 */
export function deferArrays(index: SentenceIndex, arrays: DeferredArrays, filling: Promise<void>): void {
  deferred.set(index, arrays);
  filled.set(index, filling);
  filling.then(
    () => deferred.delete(index),
    () => undefined,
  );
}

/** Settles once all of `index`'s arrays are in memory (at once for an index that deferred none). */
export function whenResident(index: SentenceIndex): Promise<void> {
  return filled.get(index) ?? Promise.resolve();
}

/** Term t's postings, in sentences and in documents, resident. */
export function residentPostings(index: SentenceIndex, t: number): void {
  const arrays = deferred.get(index);
  if (arrays === undefined) return;
  const from = index.postingStart[t]!;
  const to = index.postingStart[t + 1]!;
  arrays.ensure(index.postingIds, from, to);
  arrays.ensure(index.postingTf, from, to);
  const docs = index.documents;
  const dFrom = docs.postingStart[t]!;
  const dTo = docs.postingStart[t + 1]!;
  arrays.ensure(docs.docs, dFrom, dTo);
  arrays.ensure(docs.tf, dFrom, dTo);
}

/** Sentence s's terms, with their flags, starts and lengths, resident. */
export function residentTerms(index: SentenceIndex, s: number): void {
  const arrays = deferred.get(index);
  if (arrays === undefined) return;
  const from = index.seqStart[s]!;
  const to = index.seqStart[s + 1]!;
  arrays.ensure(index.termSeq, from, to);
  arrays.ensure(index.termFlags, from, to);
  arrays.ensure(index.termStart, from, to);
  arrays.ensure(index.termLength, from, to);
}
