/**
 * The corpus statistics one search ranks with. A server's view searches two indexes (the shared
 * corpus and the server's own articles) without merging them; every BM25 figure (idf over
 * sentences and over articles, the average lengths) is taken over both together, so a sentence
 * scores the same whichever index holds it and the two ranked lists merge by score. With one
 * index these are exactly that index's own figures.
 */
import { idf } from './bm25.ts';
import type { SentenceIndex } from './sentenceIndex.ts';

export interface QueryTerm {
  readonly term: string;
  /** Undefined when this index never uses the term. */
  readonly termId: number | undefined;
  /** Over sentences, and over whole articles (the article's own BM25): from the search's statistics. */
  readonly idf: number;
  readonly docIdf: number;
}

export interface Statistics {
  readonly sentences: number;
  readonly averageLength: number;
  readonly documents: number;
  readonly documentAverageLength: number;
}

export function statisticsOf(indexes: readonly SentenceIndex[]): Statistics {
  if (indexes.length === 1) {
    const [index] = indexes as [SentenceIndex];
    return {
      sentences: index.sentenceCount,
      averageLength: index.averageLength,
      documents: index.documentCount,
      documentAverageLength: index.documents.averageLength,
    };
  }
  let sentences = 0;
  let length = 0;
  let documents = 0;
  let documentLength = 0;
  for (const index of indexes) {
    sentences += index.sentenceCount;
    length += index.averageLength * index.sentenceCount;
    documents += index.documentCount;
    documentLength += index.documents.averageLength * index.documentCount;
  }
  return {
    sentences,
    averageLength: sentences > 0 ? Math.max(1, length / sentences) : 1,
    documents,
    documentAverageLength: documents > 0 ? Math.max(1, documentLength / documents) : 1,
  };
}

/** Sentences and articles holding `term`, over every index. */
export function frequencies(indexes: readonly SentenceIndex[], term: string): { df: number; docDf: number } {
  let df = 0;
  let docDf = 0;
  for (const index of indexes) {
    const t = index.vocabulary.get(term);
    if (t === undefined) continue;
    df += index.postingStart[t + 1]! - index.postingStart[t]!;
    docDf += index.documents.postingStart[t + 1]! - index.documents.postingStart[t]!;
  }
  return { df, docDf };
}

/** The question's distinct terms as each index knows them (per index, in question order), weighted over all. */
export function queryTermsIn(
  indexes: readonly SentenceIndex[],
  terms: readonly string[],
  statistics: Statistics,
): QueryTerm[][] {
  // Loops and push, not `map` and spreads: arrays of one kind and terms of one shape, whether V8
  // has compiled this function or not (search.ts says why that matters).
  const distinct: { term: string; idf: number; docIdf: number }[] = [];
  for (const term of new Set(terms)) {
    const { df, docDf } = frequencies(indexes, term);
    distinct.push({ term, idf: idf(statistics.sentences, df), docIdf: idf(statistics.documents, docDf) });
  }
  const byIndex: QueryTerm[][] = [];
  for (const index of indexes) {
    const known: QueryTerm[] = [];
    for (const t of distinct)
      known.push({ term: t.term, idf: t.idf, docIdf: t.docIdf, termId: index.vocabulary.get(t.term) });
    byIndex.push(known);
  }
  return byIndex;
}
