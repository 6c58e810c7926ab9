/**
 * Answering a question: analyze it with the corpus's analyzer, rank sentences, and decline
 * when even the best sentence covers too little of what the question is about.
 */
import { termsOf, type Analyzer } from '../nlp/analyzer.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import { CitebotError } from '../errors.ts';
import {
  barsFor,
  declineReason,
  evidenceOf,
  type AbstentionPolicy,
  type DeclineReason,
  type Evidence,
} from './abstention.ts';
import { excerpt, type Mark } from './excerpt.ts';
import { paraphrases } from './paraphrase.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
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
}

export interface SearchResult {
  readonly question: string;
  readonly answerType: AnswerType | null;
  readonly hits: readonly Hit[];
  /** True when the engine declined: nothing in the corpus answers the question well enough. */
  readonly abstained: boolean;
  /** Why it declined (with `abstained`). */
  readonly reason?: DeclineReason;
  /** What the decision to answer or decline looked at. */
  readonly evidence: Evidence;
}

export interface SearchContext {
  readonly index: SentenceIndex;
  readonly documents: readonly CorpusDocument[];
  readonly documentIndex: ReadonlyMap<string, number>;
  readonly analyzer: Analyzer;
  readonly rank: RankParams;
  readonly abstention: AbstentionPolicy;
  /** WordNet for paraphrases, or null to search the question's own words only. */
  readonly wordnet: WordNet | null;
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
      throw new CitebotError('SOURCE_UNKNOWN', `There is no article with the id "${options.source}".`, {
        source: options.source,
      });
    }
  }
  const { answerType, topic } = questionFrame(trimmed);
  const analyzed = ctx.analyzer.analyze(topic);
  const terms = queryTerms(ctx.index, termsOf(analyzed));
  const termIds = knownTermIds(terms);
  const expansions =
    ctx.wordnet === null
      ? []
      : paraphrases(
          analyzed,
          terms.map((t) => t.term),
          ctx.analyzer,
          ctx.wordnet,
          ctx.index,
        );
  // Rank deeper than the limit when abstaining: weak hits after the first are dropped first, so
  // a page of N hits is the first N of one list, whatever N is.
  const ranked = rank(
    ctx.index,
    {
      terms,
      expansions,
      answerType,
      ...(docIndex === undefined ? {} : { docIndex, includeUnmatched: !abstain }),
    },
    ctx.rank,
    abstain ? Math.max(limit, ctx.rank.rerankDepth) : limit,
  );

  const totalIdf = terms.reduce((sum, t) => sum + t.idf, 0);
  const unknownIdf = terms.reduce((sum, t) => sum + (t.termId === undefined ? t.idf : 0), 0);
  const evidence = evidenceOf(totalIdf === 0 ? 0 : unknownIdf / totalIdf, termIds.length, ranked[0]);
  // With an article chosen, the article is the corpus the answer is judged against (its size sets
  // the support bars); words no article uses still tell the question is about something else.
  // Whether the chosen article holds the asked-for kind of answer is not second-guessed.
  const corpusBars = barsFor(ctx.abstention, ctx.index.sentenceCount);
  const bars =
    docIndex === undefined
      ? corpusBars
      : {
          ...barsFor(ctx.abstention, ctx.index.docFirst[docIndex + 1]! - ctx.index.docFirst[docIndex]!),
          maxUnknownShare: corpusBars.maxUnknownShare,
        };
  const typed = docIndex === undefined && answerType !== null && answerType !== 'reason' && answerType !== 'reaction';
  const reason = abstain ? declineReason(evidence, typed, bars, ctx.abstention) : null;
  if (reason !== null || ranked.length === 0) {
    return {
      question: trimmed,
      answerType,
      hits: [],
      abstained: true,
      evidence,
      ...(reason === null ? {} : { reason }),
    };
  }
  const confident = (
    abstain ? ranked.filter((r, i) => i === 0 || r.contextCoverage >= ctx.abstention.minFollowingSupport) : ranked
  ).slice(0, limit);

  const hits = confident.map(({ id, score, coverage }): Hit => {
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
    };
  });
  return { question: trimmed, answerType, hits, abstained: false, evidence };
}
