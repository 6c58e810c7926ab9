/**
 * The sentence index: a table of sentences in typed arrays and an inverted index from
 * terms to the sentences that contain them, so a query costs time in proportion to the
 * postings it touches. Sentence ids follow document order, so neighbours are id +/- 1.
 */
import type { AnalyzedSentence } from '../nlp/analyzer.ts';
import { tokenFlags } from './tokenFlags.ts';

export interface SentenceIndex {
  readonly sentenceCount: number;
  readonly documentCount: number;
  readonly averageLength: number;
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Per sentence. */
  readonly doc: Int32Array;
  readonly paragraph: Int32Array;
  readonly sentence: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly length: Int32Array;
  /** 1 when the sentence refers back with a third-person pronoun ("During the trip, he engaged ..."). */
  readonly refersBack: Uint8Array;
  /** Per document: its first sentence id; one extra entry holds the sentence count. */
  readonly docFirst: Int32Array;
  /** Postings of term t: ids postingIds[postingStart[t] .. postingStart[t+1]) ascending, with their tf. */
  readonly postingStart: Int32Array;
  readonly postingIds: Int32Array;
  readonly postingTf: Uint16Array;
  /** The indexed terms of sentence s, in order: termSeq[seqStart[s] .. seqStart[s+1]), flags alongside. */
  readonly seqStart: Int32Array;
  readonly termSeq: Int32Array;
  readonly termFlags: Uint8Array;
  /** Where each term's token stands in its sentence's text: offset from the sentence start, and length. */
  readonly termStart: Int32Array;
  readonly termLength: Uint8Array;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'his', 'them', 'their']);

class GrowableInt32 {
  data = new Int32Array(1024);
  size = 0;
  push(value: number): void {
    if (this.size === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size] = value;
    this.size += 1;
  }
  done(): Int32Array {
    return this.data.slice(0, this.size);
  }
}

export class SentenceIndexBuilder {
  private readonly vocabulary = new Map<string, number>();
  /** Per term, alternating sentence id and tf. */
  private readonly postings: number[][] = [];
  private readonly doc = new GrowableInt32();
  private readonly paragraph = new GrowableInt32();
  private readonly sentence = new GrowableInt32();
  private readonly start = new GrowableInt32();
  private readonly end = new GrowableInt32();
  private readonly length = new GrowableInt32();
  private readonly seqStart = new GrowableInt32();
  private readonly termSeq = new GrowableInt32();
  private readonly termFlags: number[] = [];
  private readonly termStart = new GrowableInt32();
  private readonly termLength: number[] = [];
  private readonly refersBack: number[] = [];
  private readonly docFirst = new GrowableInt32();
  private sentences = 0;
  private totalLength = 0;

  /** Starts a new document; documents must be added in corpus order. */
  beginDocument(): void {
    this.docFirst.push(this.sentences);
  }

  /** Adds one paragraph's sentences to the current document, numbering them from 1. */
  addParagraph(paragraphNumber: number, sentences: readonly AnalyzedSentence[]): void {
    const docIndex = this.docFirst.size - 1;
    sentences.forEach((analyzed, k) => {
      const id = this.sentences;
      this.sentences += 1;
      this.doc.push(docIndex);
      this.paragraph.push(paragraphNumber);
      this.sentence.push(k + 1);
      this.start.push(analyzed.start);
      this.end.push(analyzed.end);
      this.seqStart.push(this.termSeq.size);
      const counts = new Map<number, number>();
      let refers = 0;
      const a = analyzed.arrays;
      for (let i = analyzed.from; i < analyzed.to; i += 1) {
        const term = a.terms[i];
        if (term === null || term === undefined) {
          if (a.pos[i] === 'PRON' && PRONOUNS.has(a.normals[i]!)) refers = 1;
          continue;
        }
        let termId = this.vocabulary.get(term);
        if (termId === undefined) {
          termId = this.vocabulary.size;
          this.vocabulary.set(term, termId);
          this.postings.push([]);
        }
        counts.set(termId, (counts.get(termId) ?? 0) + 1);
        this.termSeq.push(termId);
        this.termFlags.push(tokenFlags(a, i));
        this.termStart.push(a.starts[i]! - analyzed.start);
        this.termLength.push(Math.min(255, a.values[i]!.length));
      }
      let length = 0;
      for (const [termId, tf] of counts) {
        this.postings[termId]!.push(id, tf);
        length += tf;
      }
      this.length.push(length);
      this.refersBack.push(refers);
      this.totalLength += length;
    });
  }

  build(): SentenceIndex {
    const docFirst = new Int32Array(this.docFirst.size + 1);
    docFirst.set(this.docFirst.done());
    docFirst[this.docFirst.size] = this.sentences;
    const seqStart = new Int32Array(this.sentences + 1);
    seqStart.set(this.seqStart.done());
    seqStart[this.sentences] = this.termSeq.size;

    const terms = this.postings.length;
    const postingStart = new Int32Array(terms + 1);
    let total = 0;
    for (let t = 0; t < terms; t += 1) {
      postingStart[t] = total;
      total += this.postings[t]!.length / 2;
    }
    postingStart[terms] = total;
    const postingIds = new Int32Array(total);
    const postingTf = new Uint16Array(total);
    for (let t = 0; t < terms; t += 1) {
      const list = this.postings[t]!;
      let at = postingStart[t]!;
      for (let i = 0; i < list.length; i += 2, at += 1) {
        postingIds[at] = list[i]!;
        postingTf[at] = Math.min(list[i + 1]!, 65535);
      }
    }

    return {
      sentenceCount: this.sentences,
      documentCount: this.docFirst.size,
      averageLength: this.sentences > 0 ? Math.max(1, this.totalLength / this.sentences) : 1,
      vocabulary: this.vocabulary,
      doc: this.doc.done(),
      paragraph: this.paragraph.done(),
      sentence: this.sentence.done(),
      start: this.start.done(),
      end: this.end.done(),
      length: this.length.done(),
      refersBack: Uint8Array.from(this.refersBack),
      docFirst,
      postingStart,
      postingIds,
      postingTf,
      seqStart,
      termSeq: this.termSeq.done(),
      termFlags: Uint8Array.from(this.termFlags),
      termStart: this.termStart.done(),
      termLength: Uint8Array.from(this.termLength),
    };
  }
}
