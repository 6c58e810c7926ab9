/**
 * Answering a question: analyze it with the corpus's analyzer, rank sentences, and decline
 * when even the best sentence covers too little of what the question is about.
 */
import type { Analyzer } from '../nlp/analyzer.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import { CitebotError } from '../errors.ts';
import { excerpt, type Mark } from './excerpt.ts';
import type { SentenceIndex } from './index.ts';
import { questionFrame, type AnswerType } from './question.ts';
import { knownTermIds, queryTerms, rank, type RankParams } from './rank.ts';

export interface SearchOptions {
  readonly limit?: number;
  /** A document id: only its sentences are searched. */
  readonly source?: string;
  /** When false, return ranked hits even when confidence is low (with a source: every sentence). */
  readonly abstain?: boolean;
  /** Neighbouring sentences of the same paragraph to include on each side. */
  readonly context?: number;
}

export interface Hit {
  readonly source: string;
  readonly title: string;
  readonly url?: string;
  readonly paragraph: number;
  readonly sentence: number;
  /** Offsets of the sentence in the source file's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly marks: readonly Mark[];
  readonly before: string;
  readonly after: string;
  readonly score: number;
  readonly coverage: number;
  readonly confidence: number;
}

export interface SearchResult {
  readonly question: string;
  readonly answerType: AnswerType | null;
  readonly hits: readonly Hit[];
  /** True when the engine declined: nothing in the corpus answers the question well enough. */
  readonly abstained: boolean;
}

export interface SearchContext {
  readonly index: SentenceIndex;
  readonly documents: readonly CorpusDocument[];
  readonly documentIndex: ReadonlyMap<string, number>;
  readonly analyzer: Analyzer;
  readonly rank: RankParams;
  /** The least confidence (coverage of the question's idf mass, lowered on a missing answer type) a hit needs. */
  readonly minCoverage: number;
}

export const DEFAULT_LIMIT = 3;

export function search(ctx: SearchContext, question: string, options: SearchOptions = {}): SearchResult {
  const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const abstain = options.abstain ?? true;
  const trimmed = question.trim();
  let docIndex: number | undefined;
  if (options.source !== undefined) {
    docIndex = ctx.documentIndex.get(options.source);
    if (docIndex === undefined) {
      throw new CitebotError('SOURCE_UNKNOWN', `There is no article with the id "${options.source}".`, { source: options.source });
    }
  }
  const { answerType, topic } = questionFrame(trimmed);
  const terms = queryTerms(ctx.index, ctx.analyzer.terms(topic));
  // Rank deeper than the limit when abstaining: the hits under the confidence bar are dropped
  // first, so a page of N hits is the first N of one list, whatever N is.
  const ranked = rank(ctx.index, {
    terms,
    answerType,
    ...(docIndex === undefined ? {} : { docIndex, includeUnmatched: !abstain }),
  }, ctx.rank, abstain ? Math.max(limit, ctx.rank.rerankDepth) : limit);

  const confident = (abstain ? ranked.filter((r) => r.confidence >= ctx.minCoverage) : ranked).slice(0, limit);
  if (confident.length === 0) return { question: trimmed, answerType, hits: [], abstained: true };

  const termIds = knownTermIds(terms);
  const hits = confident.map(({ id, score, coverage, confidence }): Hit => {
    const doc = ctx.documents[ctx.index.doc[id]!]!;
    const { text, marks, before, after } = excerpt(ctx.index, ctx.documents, id, termIds, options.context ?? 1);
    return {
      source: doc.id,
      title: doc.title,
      ...(doc.meta.url === undefined ? {} : { url: doc.meta.url }),
      paragraph: ctx.index.paragraph[id]!,
      sentence: ctx.index.sentence[id]!,
      start: ctx.index.start[id]!,
      end: ctx.index.end[id]!,
      text,
      marks,
      before,
      after,
      score,
      coverage,
      confidence,
    };
  });
  return { question: trimmed, answerType, hits, abstained: false };
}
