/**
 * The work of building a library, one document at a time: analyze each paragraph once (a text the
 * documents repeat, once for all: repeatedTexts.ts), add it to the sentence index, then run the
 * quote pass on the same tokens. A generator, so that one implementation serves both drivers: the
 * in-process build that yields to the event loop between steps, and the worker that runs it
 * straight through.
 */
import { slicer } from '../slices.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalyzedSentence, Analyzer } from '../nlp/analyzer.ts';
import { extractDocument, type DocumentQuotes } from '../quotes/document.ts';
import type { SentenceIndexBuilder } from '../search/sentenceIndex.ts';
import { RepeatedTexts } from './repeatedTexts.ts';

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
  const texts = new RepeatedTexts(analyzer, textsOf(documents));
  for (const document of documents) {
    builder.beginDocument(titled(document) ? texts.analyze(document.title) : []);
    const analyzed: AnalyzedSentence[][] = []; // kept for the quote pass
    for (const paragraph of document.paragraphs) {
      const sentences = texts.analyze(document.text.slice(paragraph.start, paragraph.end), paragraph.start);
      builder.addParagraph(paragraph.number, sentences);
      analyzed.push(sentences);
      sentenceCount += sentences.length;
      yield;
    }
    if (onQuotes !== null) {
      onQuotes(extractDocument({ document, paragraphs: analyzed }));
    }
    done += 1;
    onDocument?.(done, sentenceCount);
    if (onQuotes !== null) yield;
  }
}

// A title made from the file name ("105") says nothing about the article.
const titled = (document: CorpusDocument): boolean => document.titleFrom !== 'file-name';

/** Every text the passes read: titles and paragraphs, in order. */
function* textsOf(documents: readonly CorpusDocument[]): Generator<string> {
  for (const document of documents) {
    if (titled(document)) yield document.title;
    for (const paragraph of document.paragraphs) yield document.text.slice(paragraph.start, paragraph.end);
  }
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
