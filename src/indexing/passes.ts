/**
 * The work of building a library, one document at a time: analyze each paragraph once (a text the
 * documents repeat, once for all: repeatedTexts.ts), add it to the sentence index, then run the
 * quote pass on the same tokens. A generator, so that one implementation serves both drivers: the
 * in-process build that yields to the event loop between steps, and the worker that runs it
 * straight through.
 */
import { slicer } from '../slices.ts';
import type { CorpusDocument, CorpusNotice } from '../corpus/types.ts';
import type { AnalyzedSentence, Analyzer } from '../nlp/analyzer.ts';
import { extractDocument, type DocumentQuotes } from '../quotes/document.ts';
import type { SentenceIndexBuilder } from '../search/sentenceIndex.ts';
import { RepeatedTexts } from './repeatedTexts.ts';
import { Repeats } from './repeats.ts';

export function* indexDocuments(
  documents: readonly CorpusDocument[],
  analyzer: Analyzer,
  builder: SentenceIndexBuilder,
  /** Null: no quote pass. */
  onQuotes: ((quotes: DocumentQuotes) => void) | null,
  /** After each document: documents done, sentences analysed so far. */
  onDocument?: (documents: number, sentences: number) => void,
): Generator<void, void, void> {
  let done = 0;
  let sentenceCount = 0;
  // Every title and paragraph as one string each, sliced once: the counting hashes each string
  // once, and the readings below look the same strings up.
  const texts = textsOf(documents);
  const readings = new RepeatedTexts(analyzer, texts);
  // A copied article's quotes are its original's: the pass reads nothing but its text, title and paragraphs.
  const copies = new Repeats<Copy>(onQuotes === null ? [] : documents.map((d) => d.text));
  let next = 0;
  for (const document of documents) {
    builder.beginDocument(titled(document) ? readings.analyze(texts[next++]!) : []);
    const analyzed: AnalyzedSentence[][] = []; // kept for the quote pass
    for (const paragraph of document.paragraphs) {
      const sentences = readings.analyze(texts[next++]!, paragraph.start);
      builder.addParagraph(paragraph.number, sentences);
      analyzed.push(sentences);
      sentenceCount += sentences.length;
      yield;
    }
    if (onQuotes !== null) {
      const earlier = copies.next(document.text);
      // A copy of its own: the corpus clustering writes into each document's persons.
      if (earlier !== undefined && sameArticle(earlier.document, document)) onQuotes(structuredClone(earlier.quotes));
      else {
        const quotes = quotesOf(document, analyzed);
        copies.keep(document.text, { document, quotes });
        onQuotes(quotes);
      }
    }
    done += 1;
    onDocument?.(done, sentenceCount);
    if (onQuotes !== null) yield;
  }
}

/**
 * The quote pass on one document. A bug there costs that document its quotes, never the whole
 * build: its sentences are still indexed, and the build reports it (quoteFailureNotices).
 */
function quotesOf(document: CorpusDocument, paragraphs: AnalyzedSentence[][]): DocumentQuotes {
  try {
    return extractDocument({ document, paragraphs });
  } catch (error) {
    return { persons: [], quotes: [], failure: thrown(error) };
  }
}

/** What was thrown, with the function that threw it: `TypeError: … (in learnFromPossessive)`. */
function thrown(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const at = /\n\s+at (?:new )?([\w$.<>]+)/.exec(error.stack ?? '')?.[1];
  return `${error.name}: ${error.message}${at === undefined ? '' : ` (in ${at})`}`;
}

/** A notice for each document the quote pass failed on, for the corpus's list (shown by /sources and at start). */
export function quoteFailureNotices(
  documents: readonly CorpusDocument[],
  quotes: readonly DocumentQuotes[],
): CorpusNotice[] {
  const notices: CorpusNotice[] = [];
  documents.forEach((document, i) => {
    const failure = quotes[i]?.failure;
    if (failure !== undefined)
      notices.push({
        file: document.file,
        message: `its quotes were not read (a bug in the quote pass: ${failure}); its sentences are searchable`,
      });
  });
  return notices;
}

interface Copy {
  readonly document: CorpusDocument;
  readonly quotes: DocumentQuotes;
}

/** Whether two documents of one text have the same title and paragraphs (a file's format can split it otherwise). */
function sameArticle(a: CorpusDocument, b: CorpusDocument): boolean {
  if (a.title !== b.title || a.titleFrom !== b.titleFrom || a.paragraphs.length !== b.paragraphs.length) return false;
  return a.paragraphs.every((p, i) => {
    const q = b.paragraphs[i]!;
    return p.start === q.start && p.end === q.end && p.number === q.number;
  });
}

// A title made from the file name ("105") says nothing about the article.
const titled = (document: CorpusDocument): boolean => document.titleFrom !== 'file-name';

/** Every text the passes read, in the order they read them: each document's title (if it has one), then its paragraphs. */
function textsOf(documents: readonly CorpusDocument[]): string[] {
  const texts: string[] = [];
  for (const document of documents) {
    if (titled(document)) texts.push(document.title);
    for (const paragraph of document.paragraphs) texts.push(document.text.slice(paragraph.start, paragraph.end));
  }
  return texts;
}

/** Runs the passes to the end without yielding to anyone. */
export function runToEnd(steps: Generator<void, void, void>): void {
  for (let step = steps.next(); !step.done; step = steps.next());
}

/** Runs the passes, giving the event loop a turn after every `sliceMs` of work (Infinity: none). */
export async function runInSlices(steps: Generator<void, void, void>, sliceMs: number): Promise<void> {
  if (sliceMs === Number.POSITIVE_INFINITY) return runToEnd(steps);
  const pause = slicer(sliceMs);
  for (let step = steps.next(); !step.done; step = steps.next()) await pause();
}
