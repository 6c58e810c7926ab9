/**
 * Answering a question: analyze it with the corpus's analyzer, rank sentences, and decline
 * when even the best sentence covers too little of what the question is about.
 */
import { termsOf, type Analyzer } from '../nlp/analyzer.ts';
import type { CorpusDocument } from '../corpus/types.ts';
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
import { knownTermIds, rank, type RankParams } from './rank.ts';
import { queryTermsIn, statisticsOf } from './statistics.ts';

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

/** One index searched and the documents it was built from, in index order. */
export interface SearchPart {
  readonly index: SentenceIndex;
  readonly documents: readonly CorpusDocument[];
  readonly documentIndex: ReadonlyMap<string, number>;
}

/** How to search, the same for every part. */
export interface SearchSettings {
  readonly analyzer: Analyzer;
  readonly rank: RankParams;
  readonly abstention: AbstentionPolicy;
  /** WordNet for paraphrases, or null to search the question's own words only. */
  readonly wordnet: WordNet | null;
}

export const DEFAULT_LIMIT = 3;

/**
 * Ranks the sentences of every part with one set of statistics (./statistics.ts), merges the lists
 * by score, then answers or declines once for the question.
 */
export function search(
  settings: SearchSettings,
  parts: readonly SearchPart[],
  question: string,
  options: SearchOptions = {},
): SearchResult {
  const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const abstain = options.abstain ?? true;
  const trimmed = question.trim();
  let scope: { readonly part: number; readonly docIndex: number } | undefined;
  if (options.source !== undefined) {
    const part = parts.findIndex((p) => p.documentIndex.has(options.source!));
    // No such article: an answer too (the caller words it), not an exception.
    if (part === -1) return unknownSource(trimmed);
    scope = { part, docIndex: parts[part]!.documentIndex.get(options.source)! };
  }
  const indexes = parts.map((p) => p.index);
  const statistics = statisticsOf(indexes);
  const { answerType, topic } = questionFrame(trimmed);
  const analyzed = settings.analyzer.analyze(topic);
  const words = termsOf(analyzed);
  const termsByPart = queryTermsIn(indexes, words, statistics);
  const expansions =
    settings.wordnet === null
      ? indexes.map(() => [])
      : paraphrases(
          analyzed,
          termsByPart[0]!.map((t) => t.term),
          settings.analyzer,
          settings.wordnet,
          indexes,
          statistics,
        );
  // Rank deeper than the limit when abstaining: weak hits after the first are dropped first, so
  // a page of N hits is the first N of one list, whatever N is.
  const depth = abstain ? Math.max(limit, settings.rank.rerankDepth) : limit;
  const lists = parts.map((part, i) =>
    scope !== undefined && scope.part !== i
      ? []
      : rank(
          part.index,
          {
            part: i,
            terms: termsByPart[i]!,
            expansions: expansions[i]!,
            answerType,
            statistics,
            ...(scope === undefined ? {} : { docIndex: scope.docIndex, includeUnmatched: !abstain }),
          },
          settings.rank,
          depth,
        ),
  );
  // Each list is ranked already; several are merged by score.
  const ranked =
    lists.length === 1
      ? lists[0]!
      : lists
          .flat()
          .sort((a, b) => b.score - a.score || a.part - b.part || a.id - b.id)
          .slice(0, depth);

  // A term is unknown when no part uses it; known when some part does.
  const known = termsByPart[0]!.map((_, k) => termsByPart.some((terms) => terms[k]!.termId !== undefined));
  const terms = termsByPart[0]!;
  const totalIdf = terms.reduce((sum, t) => sum + t.idf, 0);
  const unknownIdf = terms.reduce((sum, t, k) => sum + (known[k] ? 0 : t.idf), 0);
  const evidence = evidenceOf(totalIdf === 0 ? 0 : unknownIdf / totalIdf, known.filter(Boolean).length, ranked[0]);
  // With an article chosen, the article is the corpus the answer is judged against (its size sets
  // the support bars); words no article uses still tell the question is about something else.
  // Whether the chosen article holds the asked-for kind of answer is not second-guessed.
  const corpusBars = barsFor(settings.abstention, statistics.sentences);
  const bars =
    scope === undefined
      ? corpusBars
      : {
          ...barsFor(settings.abstention, sentencesOf(parts[scope.part]!.index, scope.docIndex)),
          maxUnknownShare: corpusBars.maxUnknownShare,
        };
  const typed = scope === undefined && answerType !== null && answerType !== 'reason' && answerType !== 'reaction';
  const reason = abstain ? declineReason(evidence, typed, bars, settings.abstention) : null;
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
    abstain ? ranked.filter((r, i) => i === 0 || r.contextCoverage >= settings.abstention.minFollowingSupport) : ranked
  ).slice(0, limit);

  const hits = confident.map(({ part: p, id, score, coverage }): Hit => {
    const { index, documents } = parts[p]!;
    const doc = documents[index.doc[id]!]!;
    const { text, marks, before, after } = excerpt(
      index,
      documents,
      id,
      knownTermIds(termsByPart[p]!),
      options.context ?? 1,
    );
    return {
      source: doc.id,
      title: doc.title,
      ...(doc.meta.url === undefined ? {} : { url: doc.meta.url }),
      paragraph: index.paragraph[id]!,
      sentence: index.sentence[id]!,
      start: index.start[id]!,
      end: index.end[id]!,
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

function unknownSource(question: string): SearchResult {
  return {
    question,
    answerType: null,
    hits: [],
    abstained: true,
    reason: 'unknown-source',
    evidence: evidenceOf(0, 0, undefined),
  };
}

function sentencesOf(index: SentenceIndex, docIndex: number): number {
  return index.docFirst[docIndex + 1]! - index.docFirst[docIndex]!;
}
