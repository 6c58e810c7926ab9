/**
 * Abstention: one decision per question, not a filter on each hit, with three outcomes.
 *
 * - **Declined** (no hits): the corpus does not know what the question is about (its
 *   distinctive words are in no article), or nothing matches (the best sentence, read with its
 *   headline and lede, holds almost none of the question).
 * - **Unsure** (confidence low, the hits shown): the best sentence holds too little of the
 *   question, or its article does; the question asks for a kind of answer (a number, a date, a
 *   name) that the best sentence does not hold next to the question's words; or the question's
 *   numbers, names and rare words are not in or next to the best sentence (the sentences before
 *   and after it, its headline and lede), or the words that are carry too little of the question.
 * - **Confident** otherwise.
 *
 * Whatever the outcome, the best-ranked sentence is the first hit shown: a hit that would rank
 * first is never hidden behind a doubt, only behind a decline.
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
  /**
   * The share of its idf that a word no article uses, but whose WordNet relative (./paraphrase.ts:
   * a synonym or derived form of its first senses) some article does, counts as unknown: `mislay`
   * is understood through `misplace`, `workforce` through `manpower`. In a large corpus
   * a relative the articles use is the word's meaning written their way; in one article's few
   * words, a relative of a word it never uses is mostly chance (`final` -> `last`).
   */
  readonly relativeUnknown: number;
  /** Decline when the best sentence with its headline and lede holds less than this share of the question. */
  readonly minMatch: number;
  /** Unsure below this share of the question held by the best sentence with its headline and lede. */
  readonly minSupport: number;
  /** Unsure below this share of the question held by the best sentence's article. */
  readonly minDocumentSupport: number;
  /** Unsure below this share of the question held in or next to the best sentence (neighbours, headline, lede). */
  readonly minNearSupport: number;
  /**
   * A question word at least this rare (its idf as a share of the idf of a word in one sentence)
   * must be held in or next to the best sentence; above 1, no word is rare enough (a small corpus,
   * where idf says little).
   */
  readonly rareTerm: number;
  /**
   * Unsure when another passage (copies of the first collapsed) scores at least this share of the
   * first's: the articles offer several answers and the ranking cannot tell them apart. Above 1, never.
   * The best predictor of a wrong first hit among confident answers: fitted by
   * tests/eval/confidence-fit.ts (docs/quality.md, "A confident answer that can be trusted").
   */
  readonly maxRunnerUp: number;
  /** Unsure below this share of the question's other words (not names or numbers) held in or next to the best sentence. */
  readonly minRelationSupport: number;
}

export interface AbstentionPolicy {
  /** Bars for a corpus of at most `smallSentences` sentences, and for one of at least `largeSentences`. */
  readonly small: AbstentionBars;
  readonly large: AbstentionBars;
  readonly smallSentences: number;
  readonly largeSentences: number;
  /** Without the asked-for kind of answer next to the question's words, the best sentence must hold this share. */
  readonly minSupportWithoutType: number;
  /** A passage is a rival to the first (for `maxRunnerUp`) when it is less like it than this (./diversify.ts, `likeFirst`). */
  readonly rivalBelow: number;
  /** Hits after the first are kept only with at least this share of the question (with context). */
  readonly minFollowingSupport: number;
  /**
   * Whether a question's noun before a noun ("timmons jury") that the best sentence writes as a
   * name (`the Timmons trial jury`, `Timmons`) is a name with a noun, not a compound whose words
   * must stand together (words-apart: ./compounds.ts).
   */
  readonly namedModifier: boolean;
}

export const DEFAULT_ABSTENTION: AbstentionPolicy = {
  small: {
    maxUnknownShare: 0.8,
    relativeUnknown: 1,
    minMatch: 0,
    minSupport: 0.25,
    minDocumentSupport: 0,
    minNearSupport: 0.3,
    rareTerm: 1.01,
    minRelationSupport: 0,
    maxRunnerUp: 1.01,
  },
  large: {
    maxUnknownShare: 0.4,
    relativeUnknown: 0,
    minMatch: 0.3,
    minSupport: 0.45,
    minDocumentSupport: 0.5,
    minNearSupport: 0.75,
    rareTerm: 0.6,
    minRelationSupport: 0.67,
    // Swept on the whole-archive questions of news, ECB+ and uk (tests/eval/confidence-fit.ts): a
    // rival at 0.7 of the first's score or more leaves a confident first hit right little more than
    // half the time (0.9 before; 0.55, the fit's pick at 75% break-even, left too few confident).
    // The small bar stays off: article-plain's right answers have rivals up to 0.96 in one article.
    maxRunnerUp: 0.7,
  },
  smallSentences: 1_000,
  largeSentences: 20_000,
  minSupportWithoutType: 0.95,
  minFollowingSupport: 0.25,
  rivalBelow: 0.5,
  namedModifier: false,
};

/** The bars for a corpus of `sentences` sentences. */
export function barsFor(policy: AbstentionPolicy, sentences: number): AbstentionBars {
  const { small, large, smallSentences, largeSentences } = policy;
  const t = Math.min(
    1,
    Math.max(0, Math.log(Math.max(1, sentences) / smallSentences) / Math.log(largeSentences / smallSentences)),
  );
  return {
    maxUnknownShare: mix(small.maxUnknownShare, large.maxUnknownShare, t),
    relativeUnknown: mix(small.relativeUnknown, large.relativeUnknown, t),
    minMatch: mix(small.minMatch, large.minMatch, t),
    minSupport: mix(small.minSupport, large.minSupport, t),
    minDocumentSupport: mix(small.minDocumentSupport, large.minDocumentSupport, t),
    minNearSupport: mix(small.minNearSupport, large.minNearSupport, t),
    rareTerm: mix(small.rareTerm, large.rareTerm, t),
    minRelationSupport: mix(small.minRelationSupport, large.minRelationSupport, t),
    maxRunnerUp: mix(small.maxRunnerUp, large.maxRunnerUp, t),
  };
}

/** `a` moved toward `b` by `t` (0 to 1). */
function mix(a: number, b: number, t: number): number {
  return a + (b - a) * t;
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
  /** Share of the question's idf mass held in or next to the best sentence (its neighbours, headline and lede). */
  readonly nearSupport: number;
  /**
   * Share of the idf of the question's other words (not names, not numbers: what is asked of them,
   * "employ", "lawyer", "capital") held in or next to the best sentence; 1 when it has none.
   */
  readonly relationSupport: number;
  /** Those words (as typed) not in or next to the best sentence. */
  readonly relationMissing: readonly string[];
  /** The question's compounds ("northern lights") whose words the best sentence holds only apart (./compounds.ts). */
  readonly wordsApart: readonly string[];
  /** The best other passage's score as a share of the first's (copies collapsed); 0 before the hits are ranked. */
  readonly runnerUp: number;
  /** The question's numbers, names and rare words (as typed) that are not in or next to the best sentence. */
  readonly unsupported: readonly string[];
  /** The question's words (as typed) that no article uses. */
  readonly unknownWords: readonly string[];
}

/** Reasons to decline: no hits are shown. */
export type DeclineReason =
  /** The article the search was limited to does not exist. */
  'unknown-source' | 'nothing-to-search' | 'unknown-words' | 'no-match';

/** Reasons for doubt: the closest passages are shown with confidence low. */
export type DoubtReason =
  | 'weak-support'
  | 'article-off-topic'
  | 'answer-type-missing'
  | 'unsupported-terms'
  /** Another passage matches nearly as well as the first (judged after the search, on the hits). */
  | 'close-alternatives'
  /** The best sentence holds the words of one of the question's compounds, but apart. */
  | 'words-apart';

export type Reason = DeclineReason | DoubtReason;

export type Decision =
  | { readonly outcome: 'confident' }
  | { readonly outcome: 'unsure'; readonly reason: DoubtReason }
  | { readonly outcome: 'declined'; readonly reason: DeclineReason };

const DECLINES: ReadonlySet<Reason> = new Set<DeclineReason>([
  'unknown-source',
  'nothing-to-search',
  'unknown-words',
  'no-match',
]);

/** Whether a reason declines (no hits) rather than doubts (hits shown). */
export function isDeclineReason(reason: Reason): reason is DeclineReason {
  return DECLINES.has(reason);
}

export function evidenceOf(
  unknownShare: number,
  knownTerms: number,
  top: RankedSentence | undefined,
  near: Pick<Evidence, 'nearSupport' | 'relationSupport' | 'relationMissing' | 'unsupported' | 'unknownWords'> = {
    nearSupport: 0,
    relationSupport: 0,
    relationMissing: [],
    unsupported: [],
    unknownWords: [],
  },
): Evidence {
  return {
    unknownShare,
    knownTerms,
    support: top?.coverage ?? 0,
    contextSupport: top?.contextCoverage ?? 0,
    documentSupport: top?.documentCoverage ?? 0,
    focusSupport: top?.focusCoverage ?? 0,
    answerFit: top?.answerFit ?? 0,
    nearSupport: near.nearSupport,
    relationSupport: near.relationSupport,
    relationMissing: near.relationMissing,
    runnerUp: 0,
    wordsApart: [],
    unsupported: near.unsupported,
    unknownWords: near.unknownWords,
  };
}

/**
 * Why the question is declined, or null: what the ranking alone tells (the question's words, the
 * best sentence's match), so a search knows it before it collapses and diversifies the hits.
 */
export function declineReason(e: Evidence, bars: AbstentionBars): DeclineReason | null {
  if (e.knownTerms === 0) return 'nothing-to-search';
  if (e.unknownShare >= bars.maxUnknownShare) return 'unknown-words';
  if (e.contextSupport < bars.minMatch) return 'no-match';
  return null;
}

/**
 * Confident, unsure or declined, and why, judged once on the hits (their `runnerUp` known).
 * `typed`: the question asks for a kind of token (a reason is not one).
 */
export function decide(e: Evidence, typed: boolean, bars: AbstentionBars, policy: AbstentionPolicy): Decision {
  const declined = declineReason(e, bars);
  if (declined !== null) return { outcome: 'declined', reason: declined };
  // A sentence that holds none of the question's words, found through the one before it refers
  // back to (`She was 85.`), answers only if the pronoun is read right: a doubt.
  if (e.contextSupport < bars.minSupport || e.support === 0) return unsure('weak-support');
  if (e.documentSupport < bars.minDocumentSupport) return unsure('article-off-topic');
  // No token of the asked-for kind at all ("how tall is Mount Everest": "like climbing Mount
  // Everest") is a doubt however well the words match; one away from the question's words is
  // forgiven when the sentence holds nearly all of the question.
  if (typed && (e.answerFit === 0 || (e.answerFit < 1 && e.contextSupport < policy.minSupportWithoutType)))
    return unsure('answer-type-missing');
  if (e.unsupported.length > 0 || e.nearSupport < bars.minNearSupport || e.relationSupport < bars.minRelationSupport)
    return unsure('unsupported-terms');
  if (e.wordsApart.length > 0) return unsure('words-apart');
  if (e.runnerUp >= bars.maxRunnerUp) return unsure('close-alternatives');
  return { outcome: 'confident' };
}

/** An unsure decision, for `reason`. A module function: a closure made per question costs a naming call under tsx. */
function unsure(reason: DoubtReason): Decision {
  return { outcome: 'unsure', reason };
}
