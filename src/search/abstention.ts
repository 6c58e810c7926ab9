/**
 * Abstention: one decision per question, not a filter on each hit. The engine declines when
 * the corpus does not know what the question is about (its distinctive words are in no
 * article), when the best sentence, read with its headline and lede, holds too little of the
 * question, when its article as a whole does, or when the question asks for a kind of answer
 * (a number, a date, a name) that the best sentence does not hold next to the question's words
 * and it does not match the question almost fully. When it answers, the best-ranked sentence is
 * always the first hit.
 *
 * The bars depend on the corpus's size. In a large corpus a word no article uses is a sign the
 * question is about something else, and idf tells distinctive words from common ones; in a
 * corpus of one article, most ordinary words are unknown and idf says little, so a question
 * about the article often shares only a third of its words with it. Between SMALL and LARGE
 * (in sentences) the bars move linearly in the logarithm of the size.
 */
import type { RankedSentence } from './rank.ts';

export interface AbstentionBars {
  /** Decline when words the corpus never uses carry at least this share of the question's idf mass. */
  readonly maxUnknownShare: number;
  /** The least share of the question the best sentence holds with its headline and lede. */
  readonly minSupport: number;
  /** The least share of the question the best sentence's article holds. */
  readonly minDocumentSupport: number;
}

export interface AbstentionPolicy {
  /** Bars for a corpus of at most `smallSentences` sentences, and for one of at least `largeSentences`. */
  readonly small: AbstentionBars;
  readonly large: AbstentionBars;
  readonly smallSentences: number;
  readonly largeSentences: number;
  /** Without the asked-for kind of answer next to the question's words, the best sentence must hold this share. */
  readonly minSupportWithoutType: number;
  /** Hits after the first are kept only with at least this share of the question (with context). */
  readonly minFollowingSupport: number;
}

export const DEFAULT_ABSTENTION: AbstentionPolicy = {
  small: { maxUnknownShare: 0.9, minSupport: 0.25, minDocumentSupport: 0 },
  large: { maxUnknownShare: 0.4, minSupport: 0.45, minDocumentSupport: 0.5 },
  smallSentences: 1_000,
  largeSentences: 20_000,
  minSupportWithoutType: 0.95,
  minFollowingSupport: 0.25,
};

/** The bars for a corpus of `sentences` sentences. */
export function barsFor(policy: AbstentionPolicy, sentences: number): AbstentionBars {
  const { small, large, smallSentences, largeSentences } = policy;
  const t = Math.min(
    1,
    Math.max(0, Math.log(Math.max(1, sentences) / smallSentences) / Math.log(largeSentences / smallSentences)),
  );
  const mix = (a: number, b: number): number => a + (b - a) * t;
  return {
    maxUnknownShare: mix(small.maxUnknownShare, large.maxUnknownShare),
    minSupport: mix(small.minSupport, large.minSupport),
    minDocumentSupport: mix(small.minDocumentSupport, large.minDocumentSupport),
  };
}

/** What the decision looks at, returned with every result for inspection. */
export interface Evidence {
  /** Share of the question's idf mass carried by words no article uses. */
  readonly unknownShare: number;
  /** Question terms the corpus knows. */
  readonly knownTerms: number;
  /** Best sentence: its share of the question, with its headline and lede, and its article's share. */
  readonly support: number;
  readonly contextSupport: number;
  readonly documentSupport: number;
  /** Share of what the question asks beyond the article's headline and lede that the best sentence holds. */
  readonly focusSupport: number;
  /** How well the best sentence holds the asked-for kind of answer: 1 next to a question word, 0.5 elsewhere, 0 not at all (1 when nothing is asked for). */
  readonly answerFit: number;
}

export type DeclineReason =
  /** The article the search was limited to does not exist. */
  | 'unknown-source'
  | 'nothing-to-search'
  | 'unknown-words'
  | 'weak-support'
  | 'article-off-topic'
  | 'answer-type-missing';

export function evidenceOf(unknownShare: number, knownTerms: number, top: RankedSentence | undefined): Evidence {
  return {
    unknownShare,
    knownTerms,
    support: top?.coverage ?? 0,
    contextSupport: top?.contextCoverage ?? 0,
    documentSupport: top?.documentCoverage ?? 0,
    focusSupport: top?.focusCoverage ?? 0,
    answerFit: top?.answerFit ?? 0,
  };
}

/** Null to answer, else why not. `typed`: the question asks for a kind of token (a reason is not one). */
export function declineReason(
  e: Evidence,
  typed: boolean,
  bars: AbstentionBars,
  policy: AbstentionPolicy,
): DeclineReason | null {
  if (e.knownTerms === 0) return 'nothing-to-search';
  if (e.unknownShare >= bars.maxUnknownShare) return 'unknown-words';
  if (e.contextSupport < bars.minSupport) return 'weak-support';
  if (e.documentSupport < bars.minDocumentSupport) return 'article-off-topic';
  if (typed && e.answerFit < 1 && e.contextSupport < policy.minSupportWithoutType) return 'answer-type-missing';
  return null;
}
