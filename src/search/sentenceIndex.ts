/**
 * The sentence index: a table of sentences in typed arrays and an inverted index from
 * terms to the sentences that contain them, so a query costs time in proportion to the
 * postings it touches. Sentence ids follow document order, so neighbours are id +/- 1.
 */
import type { AnalyzedSentence } from '../nlp/analyzer.ts';
import { ArticleSketch, findCopies, fnv, SentenceHasher, type ArticleCopies } from './copies.ts';
import { documentStats, type DocumentStats } from './documents.ts';
import { Growable, int32s } from '../growable.ts';
import { FLAG_CAUSE, FLAG_CIRCUMSTANCE, tokenFlags } from './tokenFlags.ts';
import type { ParaphraseTable } from './paraphraseTable.ts';

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
  /**
   * 1 when the sentence refers back with a third-person pronoun ("During the trip, he engaged ...")
   * or a person's age ("said the 41-year-old").
   */
  readonly refersBack: Uint8Array;
  /**
   * Per sentence: the CUE_ bits of the words it holds (a reason: "because", "blamed"; a reaction:
   * "rejected"; a denial or confirmation: "not", "denied", "confirmed"; an account of what had
   * happened before: "said … had been").
   */
  readonly cues: Uint8Array;
  /** Per document: its first sentence id; one extra entry holds the sentence count. */
  readonly docFirst: Int32Array;
  /** The terms of document d's title (headline): titleTerms[titleStart[d] .. titleStart[d+1]), in order. */
  readonly titleStart: Int32Array;
  readonly titleTerms: Int32Array;
  /**
   * Per title term: 1 where it stands in parentheses, a qualifier that tells pages of one name apart
   * ("baseball" of "Glacier (baseball)"), not part of the name a question about the subject repeats.
   */
  readonly titleQualifier: Uint8Array;
  /** Postings of term t: ids postingIds[postingStart[t] .. postingStart[t+1]) ascending, with their tf. */
  readonly postingStart: Int32Array;
  readonly postingIds: Int32Array;
  readonly postingTf: Uint16Array;
  /** The indexed terms of sentence s, in order: termSeq[seqStart[s] .. seqStart[s+1]), flags alongside. */
  readonly seqStart: Int32Array;
  readonly termSeq: Int32Array;
  readonly termFlags: Uint16Array;
  /**
   * Where each term's token stands in its sentence's text: offset from the sentence start, and length.
   * Offsets are 16-bit unless a sentence is longer than that (narrowTermStarts): 2 bytes a term.
   */
  readonly termStart: Uint16Array | Int32Array;
  readonly termLength: Uint8Array;
  /** Per sentence: the hash of its words, case, punctuation and spacing left out (./copies.ts). */
  readonly sentenceHash: Int32Array;
  /** Per article: SKETCH hashes of its 3-word shingles, ascending (./copies.ts). */
  readonly docSketch: Uint32Array;
  /** Per-article term statistics, derived from the above. */
  readonly documents: DocumentStats;
  /** Repeated sentences, exact and near copies of articles, derived from the above. */
  readonly copies: ArticleCopies;
  /**
   * What paraphrase needs of WordNet for this index's terms (./paraphraseTable.ts), built with the
   * library (src/library.ts); absent for an index built without it (questions then read WordNet).
   */
  readonly paraphrases?: ParaphraseTable;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'his', 'them', 'their']);

/**
 * Whether token i opens "the 41-year-old": a person named earlier, by age (`said the 41-year-old`,
 * `The 28-year-old has started…`), who is referred back to as by a pronoun.
 */
function opensAgeDescription(a: AnalyzedSentence['arrays'], i: number, to: number): boolean {
  return (
    i + 5 < to &&
    a.normals[i] === 'the' &&
    a.kinds[i + 1] === 'number' &&
    a.normals[i + 2] === '-' &&
    a.normals[i + 3] === 'year' &&
    a.normals[i + 4] === '-' &&
    a.normals[i + 5] === 'old'
  );
}

/** The sentence gives a reason or a cause: what a why-question wants. */
export const CUE_REASON = 1;
/**
 * Of CUE_REASON: by a word that names a reason wherever it stands ("reason", "caused by"), not
 * only by one opening a cause clause ("after", "because"), whose clause (FLAG_CAUSE) tells which.
 */
export const CUE_REASON_NAMED = 8;
/** The sentence tells how someone reacted ("India rejected it"): what "how did X respond" wants. */
export const CUE_REACTION = 2;
/** The sentence affirms or denies something ("does not block", "denied", "confirmed"): what a yes/no question wants. */
export const CUE_POLARITY = 4;
/**
 * Someone's account of what had happened before: a word of saying, then a verb in the past
 * perfect (`his solicitor said his client had been travelling to see his mother`, `said the wall
 * had been designed to cope with…`, `said rising energy costs … had made its factory
 * unsustainable`): how news tells the circumstances behind its event, often with no reason word.
 */
export const CUE_BACKSTORY = 16;
/**
 * A clause telling a circumstance as the cause with no reason word (its terms FLAG_CIRCUMSTANCE:
 * opensCircumstance): a purpose (`lengthen the runway so that it can take larger jets`, `AMD,
 * hoping to gain a leg up on Intel`), an ailment (`placed on IR with a Lisfranc injury`), a deed
 * (`pulled him over for speeding`). A weaker cause than a reason word's (RankParams.causeCircumstance).
 */
export const CUE_CIRCUMSTANCE = 64;
/** Words of saying, before which an account opens (CUE_BACKSTORY). */
const SAYING_WORDS = new Set(['said', 'says', 'saying', 'told', 'explained', 'added', 'insisted', 'admitted']);
/** Words that may stand between `had` and its participle (`had not been`, `had already made`). */
const BETWEEN_HAD = new Set(['not', "n't", 'already', 'also', 'just', 'never', 'only', 'recently', 'since']);

/**
 * Whether token i is `had` opening a past perfect (the sentence's word of saying came before it:
 * CUE_BACKSTORY): the next token past BETWEEN_HAD is a verb (`had been`, `had made`), not a number
 * or a noun (`had 1,140 people`, which the tagger also reads as AUX).
 */
function opensPastPerfect(a: AnalyzedSentence['arrays'], i: number, to: number): boolean {
  if (a.normals[i] !== 'had') return false;
  let k = i + 1;
  while (k < to && BETWEEN_HAD.has(a.normals[k]!)) k += 1;
  return k < to && (a.pos[k] === 'VERB' || a.pos[k] === 'AUX');
}
const POLARITY_WORDS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'neither',
  'nor',
  'none',
  'nothing',
  'nobody',
  'deny',
  'denied',
  'denies',
  'denying',
  'denial',
  'false',
  'untrue',
  'refuted',
  'refutes',
  'rejected',
  'rejects',
  'dismissed',
  'confirm',
  'confirmed',
  'confirms',
  'admitted',
  'admits',
  'acknowledged',
  'yes',
]);
const REACTION_WORDS = new Set([
  'rejected',
  'rejects',
  'reject',
  'welcomed',
  'welcomes',
  'welcome',
  'accepted',
  'accepts',
  'refused',
  'refuses',
  'dismissed',
  'dismisses',
  'praised',
  'criticised',
  'criticized',
  'condemned',
  'denied',
  'denies',
  'agreed',
  'opposed',
  'responded',
  'reacted',
  'replied',
  'response',
  'reaction',
  'protested',
  'applauded',
  'hailed',
  'declined',
  'vowed',
]);
/**
 * Words that introduce a cause clause ("stranded after the airline went into administration",
 * "fell because of lower oil prices"): the clause, not the sentence, holds the cause, so a
 * why-question is answered when the clause says something new, not the question's own event.
 */
const CAUSE_CLAUSE_WORDS = new Set([
  'because',
  'due',
  'result',
  'owing',
  'thanks',
  'amid',
  'after',
  'following',
  'citing',
  'cited',
]);
/** Participles that open a purpose with `to` (`hoping to gain a leg up`, `seeking to end`). */
const PURPOSE_PARTICIPLES = new Set(['hoping', 'aiming', 'seeking']);
/** Ailments: a `with` clause holding one tells why someone is out (`with a sprained left knee`). */
const AILMENT_WORDS = new Set([
  'injury',
  'injuries',
  'injured',
  'sprain',
  'sprained',
  'strain',
  'strained',
  'fracture',
  'fractured',
  'broken',
  'torn',
  'concussion',
  'illness',
  'ill',
  'infection',
  'disease',
  'cancer',
  'virus',
]);
/** How far into a `with` clause an ailment is looked for (`with a Lisfranc injury`: the third). */
const AILMENT_WITHIN = 5;

/**
 * How many tokens open a circumstance told as a cause at token i (CUE_CIRCUMSTANCE), 0 for none:
 * `so that`, `so as to`, `in order to`, `hoping to` (PURPOSE_PARTICIPLES) a purpose; `with` an
 * ailment within AILMENT_WITHIN words, before the clause ends; `for` and a verb's -ing form a deed
 * (`for speeding`, not `for sale`).
 */
function opensCircumstance(a: AnalyzedSentence['arrays'], i: number, to: number): number {
  const normal = a.normals[i]!;
  if (i + 1 >= to) return 0;
  const next = a.normals[i + 1]!;
  switch (normal) {
    case 'so':
      if (next === 'that') return 2;
      return next === 'as' && i + 2 < to && a.normals[i + 2] === 'to' ? 3 : 0;
    case 'in':
      return next === 'order' && i + 2 < to && a.normals[i + 2] === 'to' ? 3 : 0;
    case 'with':
      for (let k = i + 1; k < to && k <= i + AILMENT_WITHIN; k += 1) {
        const word = a.normals[k]!;
        if (AILMENT_WORDS.has(word)) return 1;
        if (a.kinds[k] === 'punctuation' && CLAUSE_END.has(word)) return 0;
      }
      return 0;
    case 'for':
      return a.pos[i + 1] === 'VERB' && next.endsWith('ing') ? 1 : 0;
    default:
      return PURPOSE_PARTICIPLES.has(normal) && next === 'to' ? 2 : 0;
  }
}
/** Words that give a reason wherever it stands in the sentence ("one reason X resigned was…", "was caused by", "blamed on"). */
const REASON_WORDS = new Set([
  'blamed',
  'blame',
  'blames',
  'reason',
  'reasons',
  'caused',
  'cause',
  'causes',
  'prompted',
  'triggered',
  'attributed',
  'needed',
]);
/** Punctuation that ends a cause clause. */
const CLAUSE_END = new Set([',', ';', ':', '—', '–', '(', ')']);

const ints = int32s;
const bytes = (): Growable<Uint8Array> => new Growable(new Uint8Array(1024));
const words = (): Growable<Uint32Array> => new Growable(new Uint32Array(1024));
const shorts = (): Growable<Uint16Array> => new Growable(new Uint16Array(1024));

export class SentenceIndexBuilder {
  private readonly vocabulary = new Map<string, number>();
  /** Postings in the order they were made (sentence order): term, sentence, tf; sorted by term at build. */
  private readonly postingTerm = ints();
  private readonly postingSentence = ints();
  private readonly postingCount = ints();
  private readonly doc = ints();
  private readonly paragraph = ints();
  private readonly sentence = ints();
  private readonly start = ints();
  private readonly end = ints();
  private readonly length = ints();
  private readonly seqStart = ints();
  private readonly termSeq = ints();
  private readonly termFlags = shorts();
  private readonly termStart = ints();
  private readonly termLength = bytes();
  private readonly refersBack = bytes();
  private readonly cues = bytes();
  private readonly docFirst = ints();
  private readonly titleStart = ints();
  private readonly titleTerms = ints();
  private readonly titleQualifier = bytes();
  private readonly sentenceHash = ints();
  private readonly docSketch = words();
  private readonly hasher = new SentenceHasher();
  private readonly sketch = new ArticleSketch();
  /** tf of each term in the sentence being added; reset through `seen`. */
  private tf = new Int32Array(1024);
  private readonly seen: number[] = [];
  private sentences = 0;
  private totalLength = 0;

  /**
   * Starts a new document; documents must be added in corpus order. `title` is the analyzed
   * headline (none for a title made from the file name): not a sentence, but the article's context.
   */
  beginDocument(title: readonly AnalyzedSentence[] = []): void {
    if (this.docFirst.size > 0) this.sketch.flushInto((v) => this.docSketch.push(v));
    this.docFirst.push(this.sentences);
    this.titleStart.push(this.titleTerms.size);
    let depth = 0;
    for (const sentence of title) {
      for (let i = sentence.from; i < sentence.to; i += 1) {
        const normal = sentence.arrays.normals[i];
        if (normal === '(') depth += 1;
        else if (normal === ')') depth = Math.max(0, depth - 1);
        const term = sentence.arrays.terms[i];
        if (term === null || term === undefined) continue;
        this.titleTerms.push(this.termId(term));
        this.titleQualifier.push(depth > 0 ? 1 : 0);
      }
    }
  }

  private termId(term: string): number {
    let termId = this.vocabulary.get(term);
    if (termId === undefined) {
      termId = this.vocabulary.size;
      this.vocabulary.set(term, termId);
      if (termId === this.tf.length) {
        const grown = new Int32Array(this.tf.length * 2);
        grown.set(this.tf);
        this.tf = grown;
      }
    }
    return termId;
  }

  /** Adds one paragraph's sentences to the current document, numbering them from 1. */
  addParagraph(paragraphNumber: number, sentences: readonly AnalyzedSentence[]): void {
    const docIndex = this.docFirst.size - 1;
    for (let k = 0; k < sentences.length; k += 1) {
      const analyzed = sentences[k]!;
      const id = this.sentences;
      this.sentences += 1;
      this.doc.push(docIndex);
      this.paragraph.push(paragraphNumber);
      this.sentence.push(k + 1);
      this.start.push(analyzed.start);
      this.end.push(analyzed.end);
      this.seqStart.push(this.termSeq.size);
      let refers = 0;
      let cues = 0;
      // Within a cause clause (CAUSE_CLAUSE_WORDS): its terms get FLAG_CAUSE.
      let inClause = false;
      // Within a circumstance (opensCircumstance): its terms from `circumstanceFrom` on get FLAG_CIRCUMSTANCE.
      let inCircumstance = false;
      let circumstanceFrom = 0;
      let length = 0;
      // Whether a word of saying came before (CUE_BACKSTORY).
      let saying = false;
      const a = analyzed.arrays;
      for (let i = analyzed.from; i < analyzed.to; i += 1) {
        if (a.kinds[i] !== 'punctuation') {
          const word = fnv(a.normals[i]!);
          this.hasher.word(word);
          this.sketch.word(word);
        }
        const term = a.terms[i];
        const normal = a.normals[i]!;
        let clauseStarts = false;
        if (CAUSE_CLAUSE_WORDS.has(normal)) {
          cues |= CUE_REASON;
          clauseStarts = true;
          inClause = true;
        } else if (REASON_WORDS.has(normal)) cues |= CUE_REASON | CUE_REASON_NAMED;
        else if (REACTION_WORDS.has(normal)) cues |= CUE_REACTION;
        else if (a.kinds[i] === 'punctuation' && CLAUSE_END.has(normal)) {
          inClause = false;
          inCircumstance = false;
        } else {
          const opens = opensCircumstance(a, i, analyzed.to);
          if (opens > 0) {
            cues |= CUE_CIRCUMSTANCE;
            inCircumstance = true;
            circumstanceFrom = i + opens;
          }
        }
        if (POLARITY_WORDS.has(normal)) cues |= CUE_POLARITY;
        if (SAYING_WORDS.has(normal)) saying = true;
        else if (saying && opensPastPerfect(a, i, analyzed.to)) cues |= CUE_BACKSTORY;
        if (term === null || term === undefined) {
          if ((a.pos[i] === 'PRON' && PRONOUNS.has(normal)) || opensAgeDescription(a, i, analyzed.to)) refers = 1;
          continue;
        }
        const termId = this.termId(term);
        if (this.tf[termId] === 0) this.seen.push(termId);
        this.tf[termId] = this.tf[termId]! + 1;
        length += 1;
        this.termSeq.push(termId);
        const flags = tokenFlags(a, i);
        // The word opening the clause is not of it, nor are the words opening a circumstance.
        const cause = inClause && !clauseStarts ? FLAG_CAUSE : 0;
        this.termFlags.push(
          inCircumstance && i >= circumstanceFrom ? flags | cause | FLAG_CIRCUMSTANCE : flags | cause,
        );
        this.termStart.push(a.starts[i]! - analyzed.start);
        this.termLength.push(Math.min(255, a.values[i]!.length));
      }
      for (const termId of this.seen) {
        this.postingTerm.push(termId);
        this.postingSentence.push(id);
        this.postingCount.push(this.tf[termId]!);
        this.tf[termId] = 0;
      }
      this.seen.length = 0;
      this.length.push(length);
      this.refersBack.push(refers);
      this.cues.push(cues);
      this.sentenceHash.push(this.hasher.done());
      this.totalLength += length;
    }
  }

  build(): SentenceIndex {
    if (this.docFirst.size > 0) this.sketch.flushInto((v) => this.docSketch.push(v));
    const docFirst = new Int32Array(this.docFirst.size + 1);
    docFirst.set(this.docFirst.done());
    docFirst[this.docFirst.size] = this.sentences;
    const titleStart = new Int32Array(this.titleStart.size + 1);
    titleStart.set(this.titleStart.done());
    titleStart[this.titleStart.size] = this.titleTerms.size;
    const seqStart = new Int32Array(this.sentences + 1);
    seqStart.set(this.seqStart.done());
    seqStart[this.sentences] = this.termSeq.size;

    // Counting sort of the postings by term; within a term they stay in sentence order.
    const terms = this.vocabulary.size;
    const postingStart = new Int32Array(terms + 1);
    const byTerm = this.postingTerm.data;
    const total = this.postingTerm.size;
    for (let p = 0; p < total; p += 1) postingStart[byTerm[p]! + 1]! += 1;
    for (let t = 0; t < terms; t += 1) postingStart[t + 1]! += postingStart[t]!;
    const cursor = postingStart.slice(0, terms);
    const postingIds = new Int32Array(total);
    const postingTf = new Uint16Array(total);
    for (let p = 0; p < total; p += 1) {
      const at = cursor[byTerm[p]!]!;
      cursor[byTerm[p]!] = at + 1;
      postingIds[at] = this.postingSentence.data[p]!;
      postingTf[at] = Math.min(this.postingCount.data[p]!, 65535);
    }

    return withDocumentStats({
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
      refersBack: this.refersBack.done(),
      cues: this.cues.done(),
      docFirst,
      titleStart,
      titleTerms: this.titleTerms.done(),
      titleQualifier: this.titleQualifier.done(),
      postingStart,
      postingIds,
      postingTf,
      seqStart,
      termSeq: this.termSeq.done(),
      termFlags: this.termFlags.done(),
      termStart: narrowTermStarts(this.termStart.done()),
      termLength: this.termLength.done(),
      sentenceHash: this.sentenceHash.done(),
      docSketch: this.docSketch.done(),
    });
  }
}

/** Term offsets as 16-bit integers when they all fit (they do unless a sentence is over 64K characters). */
export function narrowTermStarts(starts: Int32Array): Uint16Array | Int32Array {
  for (let i = 0; i < starts.length; i += 1) if (starts[i]! > 0xffff) return starts;
  return Uint16Array.from(starts);
}

/** The index with its document statistics and copies: the last step of every build and merge. */
export function withDocumentStats(core: Omit<SentenceIndex, 'documents' | 'copies'>): SentenceIndex {
  return { ...core, documents: documentStats(core), copies: findCopies(core) };
}
