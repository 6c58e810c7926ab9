/**
 * Ranking: BM25 over the inverted index, then what the evaluation shows helps sentence
 * retrieval for questions: a sentence that refers back with a pronoun borrows score from the
 * sentence before (its BM25, and the question words it names that the sentence lacks), early sentences get a small lead prior, and on the best few,
 * query terms standing close together (proximity) and the kind of token the question asks for
 * (answer type) count. Every step is a pure function of the index and the query.
 */
import { tfWeight, type Bm25Params } from './bm25.ts';
import { TERM_BITS, termBit } from './termBits.ts';
import type { QueryTerm, Statistics } from './statistics.ts';
import type { DocumentStats } from './documents.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import { sentenceText } from './excerpt.ts';

export type { QueryTerm } from './statistics.ts';
import {
  CUE_BACKSTORY,
  CUE_CIRCUMSTANCE,
  CUE_POLARITY,
  CUE_REACTION,
  CUE_REASON,
  CUE_REASON_NAMED,
  type SentenceIndex,
} from './sentenceIndex.ts';
import type { Expansion } from './paraphrase.ts';
import type { AnswerType, YesNoRoles } from './question.ts';
import {
  FLAG_AGE,
  FLAG_CAUSE,
  FLAG_CIRCUMSTANCE,
  FLAG_DURATION,
  FLAG_LENGTH,
  FLAG_MONEY,
  FLAG_NUMERIC,
  FLAG_PERCENT,
  FLAG_PROPER,
  FLAG_SCORE,
  FLAG_TEMPORAL,
  FLAG_TITLE,
  FLAG_WHEN,
} from './tokenFlags.ts';
import { RANK_WEIGHTS } from './weights.ts';
import { residentPostings, residentTerms } from './resident.ts';
import { idSieve, mayHold } from './sieve.ts';
import { answerVotes, VOTERS } from './votes.ts';

/** Stories, not copies (./diversify.ts): collapsing copies and diversifying the best hits. */
export interface DiversifyParams {
  /** Collapse identical and near-identical sentences into one hit. */
  readonly collapse: boolean;
  /** Word-set Jaccard from which two sentences are one (with `collapse`). */
  readonly nearSentence: number;
  /** MMR: how much similarity to a hit already picked costs (0: no diversification). */
  readonly diversityWeight: number;
  /** How many of the best candidates are collapsed and diversified. */
  readonly diversifyDepth: number;
  /**
   * The first place (1-based: 2, the 2nd; 3, the 3rd; 0 none) from which through the 3rd each hit is
   * picked by `plainScore` instead of the score (MMR's similarity cost as for every pick): the best
   * hit not already picked of the ranking without the lede's focus in whole-archive search
   * (RankParams.wholeLedeFocus 0). The
   * focused ranking decides the first hit; a lede the focus pushed down stays in the top 3.
   */
  readonly plainFrom: number;
}

export interface RankParams extends Bm25Params, DiversifyParams {
  /** Share of the previous sentence's BM25 added to a sentence that refers back to it with a pronoun. */
  readonly pronounWeight: number;
  /**
   * Share of a question word's idf lent by the previous sentence to a sentence that refers back to
   * it with a pronoun and lacks the word ("It sold 541,000 copies" after "B'Day was released…"):
   * what the antecedent names, not its whole score again, so the words both hold count once.
   */
  readonly antecedentWeight: number;
  /**
   * A sentence that holds none of the question's words but refers back with a pronoun to one that
   * holds some (`We will scrap them.` after `pupils asked him about university tuition fees`) is a
   * candidate too, scored with what its antecedent lends it (antecedentWeight).
   */
  readonly referringBack: boolean;
  /**
   * A why-question's cue word opening a clause ("after", "because") counts only when the clause
   * says something new and not the question's own event (reasonFit); else any cue word counts.
   */
  readonly causeClauses: boolean;
  /**
   * For a why-question, a sentence that gives a reason (a cue word: "after", "because", "caused")
   * one or two after a sentence the question's words touched is a candidate though it holds none
   * of them ("the company had run out of cash after a sharp rise in fuel prices" after the lede on
   * Severn Air's collapse), and any sentence giving a reason is lent what the sentence before names
   * of the question, as one that refers back is (antecedentWeight): a cause is told next to its event.
   */
  readonly causeNearEvent: boolean;
  /**
   * For a why-question, the fit (as reasonFit's: 1 a cause, 0.5 none) of a sentence giving
   * someone's account of what had happened before (CUE_BACKSTORY: `his solicitor said his client
   * had been travelling to see his mother`) with no reason word; such a sentence is a candidate
   * next to its event as one with a reason word is (causeNearEvent). 0: read as any other sentence.
   */
  readonly causeBackstory: number;
  /**
   * For a why-question, the fit (as reasonFit's: 1 a cause, 0.5 none) of a sentence telling a
   * circumstance as the cause with no reason word (CUE_CIRCUMSTANCE: a purpose `so that it can take
   * larger jets`, `hoping to gain a leg up`; an ailment `with a Lisfranc injury`; a deed `for
   * speeding`) when the circumstance says something the question does not, as a cause clause must;
   * such a sentence is a candidate next to its event as one with a reason word is (causeNearEvent).
   * Below a reason word's 1. 0: read as any other sentence.
   */
  readonly causeCircumstance: number;
  /** Multiplier (1 + w * proximity) for query terms adjacent in the sentence. */
  readonly proximityWeight: number;
  /** Multiplier (1 + w) when the sentence holds a token of the asked-for type beyond the query's own words. */
  readonly answerTypeWeight: number;
  /** Multiplier (1 + w / (1 + position in document)): leads tend to state the main facts. */
  readonly leadWeight: number;
  /**
   * Added to leadWeight, times the share of the question's idf in its article's title, when the
   * question holds the whole title: it asks about the article's subject itself ("what is X" of the
   * page titled X), which the lead introduces; a question naming the subject to ask a detail of it
   * ("what century did the Normans…") keeps less of it.
   */
  readonly topicLeadWeight: number;
  /** Share of the article's own BM25 (over whole articles, headline weighted) added to each of its sentences. */
  readonly documentWeight: number;
  /**
   * Article evidence in whole-archive search: each sentence's score × (1 + w · e) / (1 + w), where e
   * is its article's own BM25 for the question (documentWeight's) as a share of the best-matching
   * article's, over articleFull and at most 1. A short question's common words in a short sentence
   * (`Results will be announced on Tuesday.` for `what time did they announce the result in
   * kettleby`) no longer outrank the article about its distinctive words (`Labour holds Kettleby
   * after three recounts`); articles at articleFull of the best or more (other tellings of one
   * story) keep their scores. Abstention's runner-up reads the scores before it: it reorders the
   * articles and leaves the doubt as it was. 0: no article evidence. A chosen article's sentences
   * are as they were.
   */
  readonly articleWeight: number;
  /** The share of the best article's BM25 from which an article counts in full (articleWeight). */
  readonly articleFull: number;
  /**
   * Share of a query term's idf a sentence gets when it lacks the term but its article's headline
   * or lede has it: "He estimated the bank's loss" answers for the bank named in the headline.
   */
  readonly contextWeight: number;
  /** Weight of a paraphrase (a WordNet synonym or derived form) against the word it stands for. */
  readonly paraphraseWeight: number;
  /** Multiplier (1 + w * focus coverage): the sentence holds what the question asks beyond its article's topic. */
  readonly focusWeight: number;
  /** How many preliminary candidates get the proximity and answer-type pass. */
  readonly rerankDepth: number;
  /**
   * In a chosen article, the share of the lede's focus (focusCoverage) measured beyond the headline
   * and the lede, as every other sentence's is, the rest beyond the headline alone (0: the words of
   * the topic the lede holds count as focus for it and for no other sentence).
   */
  readonly chosenLedeFocus: number;
  /**
   * focusWeight's share for a why-question in a chosen article. Its words beyond the topic name the
   * event whose cause is asked (`why did kershaw shove the photographer`), and the sentence telling
   * that event holds them while the cause, told apart (`he had been trying to protect his
   * girlfriend`), seldom repeats them: the focus would favour the event over its cause (0: none).
   */
  readonly reasonFocus: number;
  /**
   * The same share for every lede in whole-archive search, for its rank only (abstention reads the
   * focus beyond the headline alone): the story's lede, or another outlet's, holding the question's
   * topic words no longer counts them all as its focus (0: as chosenLedeFocus 0).
   */
  readonly wholeLedeFocus: number;
  /**
   * In whole-archive search, × (1 - w) for a sentence whose article holds none of a name of the
   * question (written as a name by the corpus, whatever its case in the question) that another
   * article holds: two stories of one kind (two pirate attacks, two Colts games) are told apart by
   * their names. 0: off.
   */
  readonly storyNameWeight: number;
  /** The share of a word's uses the corpus must write as a name for storyNameWeight to read it as one. */
  readonly storyNameShare: number;
  /**
   * Answer votes (./votes.ts): × (1 + w · votes) for one of the best candidates of a question asking
   * for a kind of token whose answer tokens other outlets' candidates hold too (votes: 0..1, two
   * outlets or more 1). Set by hand, not fitted (docs/quality.md); 0: no votes counted. Abstention's
   * runner-up reads the scores before the votes: they reorder the hits and leave the doubt as it was.
   */
  readonly answerVoteWeight: number;
  /**
   * Whether a yes/no question's predicate words negated as one word (`unharmed` for `hurt`,
   * `uninsured` for `insured`: ./negation.ts) stand for the word and deny it (yesNoFit).
   */
  readonly yesNoNegated: boolean;
  /** Whether a yes/no question's subject and predicate end at a clause setting the scene ("when comeaux escaped": ./question.ts, yesNoRoles). */
  readonly yesNoClause: boolean;
  /**
   * Whether a yes/no question's words of time and certainty (`going to` before a word, `actually`,
   * `in the end`: ./question.ts, withoutStateWords) are left out of its search: the answer rarely
   * repeats them.
   */
  readonly yesNoStateWords: boolean;
  /**
   * The share of its idf a yes/no question's subject word (one not also in its predicate) keeps
   * inside a chosen article: every sentence there is about the subject, and the asked fact is the
   * predicate, stated or denied (docs/quality.md, "Yes/no questions inside the chosen article"). 1:
   * every word alike. Whole-archive search keeps the subject whole: it finds the article.
   */
  readonly yesNoSubjectChosen: number;
  /**
   * In whole-archive search, a why or yes/no question's first hit is the sentence the chosen path
   * ranks first inside the article the archive's first hit is in (./firstArticle.ts): the archive
   * picks the article, the chosen article's rules for these questions (reasonFocus,
   * yesNoSubjectChosen) the sentence. false: the archive's first hit as ranked.
   */
  readonly firstArticleChosen: boolean;
  /**
   * Whether an age (FLAG_AGE: `the 39-year-old doctor`) is no answer to a question asking for a
   * number, an amount, a share or a measure (answerTypeFit), only to one asking how old.
   */
  readonly ageNotCount: boolean;
  /**
   * Whether a name told as the one speaking (`Fullerton said`, `said Alfredo Perez`) is no answer
   * to a who-question that does not ask who said or told (answerTypeFit).
   */
  readonly speakerNotAnswer: boolean;
  /**
   * Whether only the speech verb's own subject is the one speaking (`X said`, `said X` after a quote
   * or a comma, `X, …, said`), not a name of the reported clause (`Stefanski said Tony DiLeo will
   * coach`), and a speaker named by the asked role or doer noun beside the name (`its owner,
   * Meadowcare Homes, said`) answers (answerTypeFit; needs RankQuery.documents).
   */
  readonly speakerSubjectOnly: boolean;
  /**
   * The weight of a who-question's doer noun (`the buyer, Ashcombe Homes` for `who is buying`:
   * ./doers.ts) as the verb it names the doer of: its postings count as the verb's, held, not as a
   * paraphrase, and a name near it fits the asked person (answerTypeFit). 0: not read; at most 1
   * (the article bounds count a held word's idf at weight 1). Set by hand (docs/quality.md).
   */
  readonly doerWeight: number;
  /**
   * Whether a date's or a time's capitalised word (`who died in March`, `into Saturday night's
   * contest`: FLAG_TEMPORAL, which wink also tags a proper noun) is no answer to a question asking
   * for a name (who, where, which title: answerTypeFit).
   */
  readonly dateNotName: boolean;
  /**
   * Whether a stretch of time (`for a thousand years`, `the last few weeks`: FLAG_DURATION) is no
   * answer to a when-question unless told as a point in time (`in about 30 days`, `three years
   * ago`: FLAG_WHEN) (answerTypeFit).
   */
  readonly durationNotTime: boolean;
  /**
   * Whether a price or rate frame reads two words before its noun ("what's the black market
   * rate") and "what is X's first name" asks a name (./question.ts, WIDE_FRAMES).
   */
  readonly wideFrames: boolean;
  /**
   * Whether, inside a chosen article, a question word stands also for its WordNet hyponyms the
   * article uses (`artist`: the sculptor; ./narrower.ts), weighed as any paraphrase.
   */
  readonly chosenNarrower: boolean;
}

/** Articles are long: the usual BM25 length normalisation, unlike sentences'. */
const DOCUMENT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

/**
 * What document posting `p` adds to its article's own match (docBm25): one formula for rank's
 * pass and bestArticleMatch, so both sum the same numbers to the last bit.
 */
function documentTermScore(
  docs: DocumentStats,
  p: number,
  documentLength: number,
  weight: number,
  docIdf: number,
): number {
  return weight * docIdf * tfWeight(docs.tf[p]!, docs.length[docs.docs[p]!]!, documentLength, DOCUMENT_BM25);
}

/**
 * The ranking parameters: the weights fitted on the development sources (./weights.ts, written by
 * tests/eval/fit.ts), with BM25's k1 and the rerank depth, which are not fitted.
 */
export const DEFAULT_RANK: RankParams = {
  k1: 1.2,
  rerankDepth: 100,
  collapse: true,
  referringBack: true,
  causeClauses: true,
  // Set by hand (docs/quality.md: a backstory's fit for a why-question).
  causeBackstory: 0.75,
  // Set by hand, below a reason word (docs/quality.md: a circumstance as a why-question's cause).
  causeCircumstance: 0.75,
  causeNearEvent: true,
  nearSentence: 0.8,
  diversifyDepth: 20,
  // Set by hand (docs/quality.md, "The top 3 without the lede's focus"); not in fit.ts's search space.
  plainFrom: 2,
  // Set by hand (docs/quality.md); in tests/eval/fit.ts's SEARCH_SPACE, so a refit moves it into weights.ts.
  chosenLedeFocus: 0.25,
  // Set by hand (docs/quality.md, "Why-questions inside the chosen article: no focus on the event's words"); not fitted.
  reasonFocus: 0,
  // Set by hand (docs/quality.md, "The lede's focus in whole-archive search"); not in fit.ts's search space.
  wholeLedeFocus: 0.5,
  // Set by hand (docs/quality.md, "Two stories of one kind told apart by their names"); not in fit.ts's search space.
  storyNameWeight: 0.15,
  storyNameShare: 0.9,
  // Set by hand (docs/quality.md, "Answer votes"); not in tests/eval/fit.ts's search space.
  answerVoteWeight: 0.25,
  // Set by hand (docs/quality.md, "The article for a short question in a whole archive"); not in fit.ts's search space.
  articleWeight: 3,
  articleFull: 0.75,
  // docs/quality.md, "Confident answers that do not hold the asked fact": the age, the speaker and
  // the yes/no pair on (issue 17 asks that a denial rank as an answer), the rest left off.
  yesNoNegated: true,
  yesNoClause: true,
  // docs/quality.md, "Yes/no questions and answer types, every one by class".
  yesNoStateWords: true,
  // Set by hand (docs/quality.md, "Yes/no questions inside the chosen article"); not fitted.
  yesNoSubjectChosen: 0.5,
  // Set by hand (docs/quality.md, "The whole archive picks the article, the chosen path the sentence"); not fitted.
  firstArticleChosen: true,
  ageNotCount: true,
  speakerNotAnswer: true,
  speakerSubjectOnly: true,
  doerWeight: 1,
  // docs/quality.md, "The answer-type fit, class by class".
  dateNotName: true,
  durationNotTime: true,
  wideFrames: false,
  // Set by hand (docs/quality.md, "uk12 and uk13 inside the chosen article"); not fitted.
  chosenNarrower: true,
  ...RANK_WEIGHTS,
};

export interface RankedSentence {
  /** Which of the searched indexes holds it (RankQuery.part), and its id there. */
  readonly part: number;
  readonly id: number;
  readonly score: number;
  /** Share of the query's idf mass this sentence matches, 0..1. */
  readonly coverage: number;
  /** Share of the query's idf mass its article holds (any sentence or the headline), 0..1. */
  readonly documentCoverage: number;
  /** Share of the query's idf mass the sentence holds with its headline and lede, 0..1. */
  readonly contextCoverage: number;
  /**
   * Share of the question's words that its article's headline and lede do not hold (what the
   * question asks about the topic) that the sentence holds itself, 0..1; 1 when the headline and
   * lede hold every word. A near miss ("how many people does Rowntree employ") finds the topic but not this.
   */
  readonly focusCoverage: number;
  /**
   * 1 when the sentence holds the asked-for kind of token near a query term, 0.5 elsewhere in it, 0
   * when absent (1 when nothing is asked for). For a yes/no question: 1 when it states or denies
   * the asked fact (subject and predicate, or either with a word that affirms or denies), else 0.5.
   */
  readonly answerFit: number;
  /**
   * The query terms (bit i: term i, the first 31) held in or next to the sentence: by itself (a
   * paraphrase counts), the sentence before or after it in its article, or its headline and lede.
   */
  readonly heldNear: number;
  /** What answer votes multiplied the score by (RankParams.answerVoteWeight; ./votes.ts): 1 without votes. */
  readonly voteGain: number;
  /** What the article evidence multiplied the score by (RankParams.articleWeight): 1 in a chosen article or without it. */
  readonly articleGain: number;
  /**
   * The score without the lede's focus in whole-archive search (as at RankParams.wholeLedeFocus 0;
   * votes too): the score but for a lede the focus measured beyond the lede. DiversifyParams.plainFrom.
   */
  readonly plainScore: number;
}

export interface RankQuery {
  readonly terms: readonly QueryTerm[];
  readonly answerType: AnswerType | null;
  /** The subject and predicate of a yes/no question (with answerType 'yesno'), as index terms. */
  readonly roles?: YesNoRoles;
  /** Paraphrases of the terms, down-weighted. */
  readonly expansions?: readonly Expansion[];
  /**
   * Restrict to one document's sentences, every one of them a candidate: a reader who picked the
   * article may ask in words its answer does not use (one that holds none of them is judged unsure).
   */
  readonly docIndex?: number;
  /** Which of the searched indexes this is (0 when there is one), carried into each result. */
  readonly part?: number;
  /** What a count question counts ("how many [undersea cables]"), as this index's term ids. */
  readonly counted?: readonly number[];
  /** A yes/no question's predicate words negated as one word (`unharmed`), as this index's term ids (./negation.ts). */
  readonly negated?: readonly number[];
  /**
   * A who-question's doer nouns (`buyer` for `who is buying`: ./doers.ts), as expansions of the
   * verb: a sentence holding one holds the verb (RankParams.doerWeight).
   */
  readonly doers?: readonly Expansion[];
  /**
   * The documents the index was built from, whose sentence text tells what stands between two
   * terms (a comma, a quote mark, `that`): who speaks (RankParams.speakerSubjectOnly). Undefined: read by terms alone.
   */
  readonly documents?: readonly CorpusDocument[];
  /** The lengths BM25 normalises by: the search's statistics, which may span several indexes. */
  readonly statistics: Pick<Statistics, 'averageLength' | 'documentAverageLength'>;
  /**
   * The best article match of every searched index (bestArticleMatch's greatest), which the article
   * evidence is measured against (RankParams.articleWeight) when several indexes are searched;
   * undefined: this index's own best.
   */
  readonly bestArticle?: number;
  /**
   * In whole-archive search, the question's terms (bits) some searched index writes as a name
   * (./writtenAsName.ts: read over every index, as one corpus); 0 or undefined: none
   * (RankParams.storyNameWeight).
   */
  readonly names?: number;
}

/** The ids of the query's terms that the corpus uses. */
export function knownTermIds(terms: readonly QueryTerm[]): number[] {
  const ids: number[] = [];
  for (const t of terms) if (t.termId !== undefined) ids.push(t.termId);
  return ids;
}

/**
 * Scratch space reused across queries; reset through the touched lists only. A sentence's matched
 * idf mass is not kept per posting: it is the idf of the question words its `mask` holds, summed
 * in the same order (idfOfBits), for the few sentences that need it. Only a question of more than
 * 31 distinct words (past the mask's bits) tallies it per posting in `matched`. An article's lede
 * holds the question words that its first sentence's `mask` holds.
 */
class Scratch {
  /**
   * Per sentence, 16 bytes side by side: its BM25 for the question (`bm25[id << 1]`), the question
   * words it holds (`held[(id << 2) + MASK]`) and its article (`held[(id << 2) + DOC]`, index.doc's).
   * Every pass over the touched sentences reads them together at ids spread over the whole index,
   * where each array of its own cost a cache miss of its own (most of the ranking's time).
   */
  bm25: Float64Array;
  held: Int32Array;
  /** Matched idf per sentence, kept only while `tallied` (a question of more than 31 words). */
  matched: Float64Array;
  tallied = false;
  /** Bit i set when the sentence holds a paraphrase of query term i. */
  paraphrased: Int32Array;
  /** The postings of the paraphrases added (from, to pairs into `paraphraseIds`): the sentences whose `paraphrased` to reset. */
  paraphrasePostings: number[] = [];
  paraphraseIds: Int32Array = new Int32Array(0);
  touched: Int32Array;
  touchedCount = 0;
  /** addNearEvent's marks of the sentences it has taken (all 0 between questions). */
  taken: Uint8Array;
  docBm25: Float64Array;
  docMatched: Float64Array;
  /** The best article BM25 among the question's touched articles (articleGain); 0 in a chosen article or without article evidence. */
  bestDocBm25 = 0;
  /**
   * Per touched article, for articleBounds: the most the question's words it holds can add to one
   * of its sentences (BM25, or lent by the sentence before), and the same of its paraphrases.
   */
  docHeld: Float64Array;
  docParaphrased: Float64Array;
  /** By how often an article holds a word (the last entry: as often or more), the most it adds a sentence per idf (tfCaps). */
  heldCaps = new Float64Array(0);
  paraphraseCaps = new Float64Array(0);
  docTouched: Int32Array;
  /**
   * The candidates article by article (bucketByArticle): article d's are `byArticle[slotStart[k]
   * .. slotStart[k + 1])` for k = docSlot[d], its place in docTouched (set when first touched).
   */
  docSlot: Int32Array;
  slotStart: Int32Array;
  byArticle: Int32Array;
  /** bucketByArticle's scratch: the slot of each touched sentence, in touched order. */
  slotOf: Int32Array;
  docTouchedCount = 0;
  /** Bits of the query terms each touched article's headline holds. */
  headline: Int32Array;
  /** The heap of the best candidates (bestCandidates), grown to the deepest ranking asked for. */
  heapIds = new Int32Array(0);
  heapScores = new Float64Array(0);
  /** articleBounds's bounds and bands of the touched articles, in their order; the articles in the order they are scored, and their bounds. */
  bounds: Float64Array;
  bands: Uint8Array;
  order: Int32Array;
  ordered: Float64Array;
  /** idfOfBits of every mask of the question's words (idfTable). */
  private bitIdfs = new Float64Array(1 << TABLE_BITS);
  constructor(index: SentenceIndex) {
    const size = index.sentenceCount;
    const docs = index.documentCount;
    const record = new ArrayBuffer(size * 16);
    this.bm25 = new Float64Array(record);
    this.held = new Int32Array(record);
    for (let id = 0; id < size; id += 1) this.held[(id << 2) + DOC] = index.doc[id]!;
    this.matched = new Float64Array(size);
    this.paraphrased = new Int32Array(size);
    this.touched = new Int32Array(size);
    this.taken = new Uint8Array(size);
    this.docBm25 = new Float64Array(docs);
    this.docMatched = new Float64Array(docs);
    this.docHeld = new Float64Array(docs);
    this.docParaphrased = new Float64Array(docs);
    this.bounds = new Float64Array(docs);
    this.bands = new Uint8Array(docs);
    this.order = new Int32Array(docs);
    this.ordered = new Float64Array(docs);
    this.docTouched = new Int32Array(docs);
    this.docSlot = new Int32Array(docs);
    this.slotStart = new Int32Array(docs + 1);
    this.byArticle = new Int32Array(size);
    this.slotOf = new Int32Array(size);
    this.headline = new Int32Array(docs);
  }
  /**
   * Adds one term's postings (a question word's, or with `paraphrase` a paraphrase's): BM25 of the
   * sentences and articles holding it, and which question words (`bits`) each holds. The arrays
   * in locals and BM25's saturation written out (the same operations as tfWeight, so the same
   * scores to the last bit): this loop walks every posting of the question's words, a million
   * and more for a common word in a large archive, so it touches as few arrays as it can.
   */
  addPostings(
    index: SentenceIndex,
    termId: number,
    termIdf: number,
    docIdf: number,
    weight: number,
    bits: number,
    paraphrase: boolean,
    sentenceScope: readonly [number, number] | null,
    docScope: readonly [number, number] | null,
    { k1, b }: Bm25Params,
    statistics: RankQuery['statistics'],
  ): void {
    const { bm25, matched, held, paraphrased, touched, docBm25, docMatched, docHeld, docParaphrased, docTouched } =
      this;
    const { headline, heldCaps, paraphraseCaps } = this;
    const lastCap = heldCaps.length - 1;
    residentPostings(index, termId);
    const { postingIds, postingTf, length, documents: docs } = index;
    const sentenceLength = statistics.averageLength;
    const [from, to] = postingRange(index.postingStart, postingIds, termId, sentenceScope);
    if (paraphrase) {
      this.paraphrasePostings.push(from, to);
      this.paraphraseIds = postingIds;
    }
    const scale = weight * termIdf;
    const tally = this.tallied && !paraphrase;
    // Which words each sentence holds: the question's own (`held`'s MASK), or paraphrases of them.
    const holds = paraphrase ? paraphrased : held;
    const stride = paraphrase ? 0 : 2;
    const offset = paraphrase ? 0 : MASK;
    let count = this.touchedCount;
    for (let p = from; p < to; p += 1) {
      const id = postingIds[p]!;
      const before = bm25[id << 1]!;
      if (before === 0) touched[count++] = id;
      const tf = postingTf[p]!;
      bm25[id << 1] = before + scale * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length[id]!) / sentenceLength)));
      const at = (id << stride) + offset;
      holds[at] = holds[at]! | bits;
    }
    if (tally)
      for (let p = from; p < to; p += 1) {
        const id = postingIds[p]!;
        matched[id] = matched[id]! + termIdf;
      }
    this.touchedCount = count;
    const [dFrom, dTo] = postingRange(docs.postingStart, docs.docs, termId, docScope);
    const documentLength = statistics.documentAverageLength;
    let docCount = this.docTouchedCount;
    const docSlot = this.docSlot;
    for (let p = dFrom; p < dTo; p += 1) {
      const d = docs.docs[p]!;
      if (docBm25[d] === 0) {
        docSlot[d] = docCount;
        docTouched[docCount++] = d;
      }
      docBm25[d] = docBm25[d]! + documentTermScore(docs, p, documentLength, weight, docIdf);
      // An article's sentences hold the word no more often than the article.
      const often = Math.min(docs.tf[p]!, lastCap);
      if (paraphrase) docParaphrased[d] = docParaphrased[d]! + weight * termIdf * paraphraseCaps[often]!;
      else {
        docMatched[d] = docMatched[d]! + termIdf;
        docHeld[d] = docHeld[d]! + termIdf * heldCaps[often]!;
      }
    }
    this.docTouchedCount = docCount;
    if (!paraphrase) {
      // Every article whose headline holds the term is among those just touched.
      const [tFrom, tTo] = postingRange(docs.titlePostingStart, docs.titleDocs, termId, docScope);
      for (let p = tFrom; p < tTo; p += 1) headline[docs.titleDocs[p]!] = headline[docs.titleDocs[p]!]! | bits;
    }
  }
  /**
   * idfOfBits of every mask of the question's words, by mask; null past TABLE_BITS words. Each
   * entry is its mask's without the highest bit plus that word's idf: idfOfBits adds the words in
   * bit order, the highest last, so it is the same sum to the last bit. A lookup instead of a loop
   * for each of the tens of thousands of candidates a common word brings at a million sentences.
   */
  idfTable(termIdfs: Float64Array): Float64Array | null {
    if (termIdfs.length > TABLE_BITS) return null;
    const table = this.bitIdfs;
    table[0] = 0;
    for (let bit = 0; bit < termIdfs.length; bit += 1) {
      const high = 1 << bit;
      for (let m = high; m < high << 1; m += 1) table[m] = table[m - high]! + termIdfs[bit]!;
    }
    return table;
  }
  /**
   * The sentences after those the question's own words touched that refer back with a pronoun and
   * hold none of its words, touched too (BM25 0: candidates only through what the sentences around
   * lend them, RankParams.referringBack). One look at the sentence after each touched one; with
   * `explain` (a why-question, RankParams.causeNearEvent), also those that give a reason (`causes`:
   * causeCues) among the one before and the two after (RankParams.causeNearEvent).
   */
  addReferringBack(index: SentenceIndex, referringBack: boolean, explain: boolean, causes: number): void {
    const start = this.touchedCount;
    if (explain) {
      const count = this.addNearEvent(index, referringBack, causes);
      // The taken sentences unmarked for the next question.
      for (let k = start; k < count; k += 1) this.taken[this.touched[k]!] = 0;
      this.touchedCount = count;
    } else if (referringBack) this.touchedCount = this.addReferringBackOnly(index);
  }
  /**
   * addReferringBack for a question that is not a why-question: the loop of most questions, a
   * method of its own so that its compiled code holds nothing of a why-question's (whose first
   * came after it was compiled and threw that code away). It ends with its loop and returns the
   * count touched, as addNearEvent: code after the loop, which had never run when V8 compiled the
   * loop during a long first call (on-stack replacement), threw that code away at every call.
   */
  addReferringBackOnly(index: SentenceIndex): number {
    const { touched, bm25, held } = this;
    const { refersBack } = index;
    const last = index.sentenceCount;
    let count = this.touchedCount;
    for (let i = 0, n = this.touchedCount; i < n; i += 1) {
      const id = touched[i]!;
      if (held[(id << 2) + MASK] === 0) continue;
      const next = id + 1;
      if (
        next < last &&
        bm25[next << 1] === 0 &&
        refersBack[next] === 1 &&
        held[(next << 2) + DOC] === held[(id << 2) + DOC]
      )
        touched[count++] = next;
    }
    return count;
  }
  /**
   * addReferringBack for a why-question (`explain`): `causes`, the CUE_ bits that give a reason
   * (CUE_REASON, and CUE_BACKSTORY with causeBackstory). The count touched after it; the sentences
   * it took marked in `taken` (addReferringBack unmarks them).
   */
  addNearEvent(index: SentenceIndex, referringBack: boolean, causes: number): number {
    const { touched, bm25, held } = this;
    const { refersBack, cues } = index;
    const last = index.sentenceCount;
    const start = this.touchedCount;
    let count = start;
    // A sentence next to two touched ones is taken once: marked in `taken`.
    const taken = this.taken;
    for (let i = 0, n = this.touchedCount; i < n; i += 1) {
      const id = touched[i]!;
      if (held[(id << 2) + MASK] === 0) continue;
      const doc = held[(id << 2) + DOC]!;
      const next = id + 1;
      if (
        referringBack &&
        next < last &&
        bm25[next << 1] === 0 &&
        refersBack[next] === 1 &&
        held[(next << 2) + DOC] === doc &&
        taken[next] === 0
      ) {
        touched[count++] = next;
        taken[next] = 1;
      }
      for (let k = -1; k <= 2; k += k === -1 ? 2 : 1) {
        const near = id + k;
        if (near < 0 || near >= last || bm25[near << 1] !== 0 || held[(near << 2) + DOC] !== doc || taken[near] !== 0)
          continue;
        if ((cues[near]! & causes) === 0) continue;
        touched[count++] = near;
        taken[near] = 1;
      }
    }
    return count;
  }
  /**
   * The touched sentences put in their articles' buckets (a counting sort by docSlot), so that
   * scoring an article reads its candidates, not every one of its sentences (11,000 a question on
   * the 44,000-sentence archive, for 1,500 candidates). Within an article they stay in the order
   * they were touched: the heap keeps the same best whatever the order (bestCandidates).
   */
  bucketByArticle(): void {
    const { touched, docSlot, slotStart, byArticle, slotOf, held } = this;
    const slots = this.docTouchedCount;
    slotStart.fill(0, 0, slots + 1);
    for (let i = 0; i < this.touchedCount; i += 1) {
      const slot = docSlot[held[(touched[i]! << 2) + DOC]!]!;
      slotOf[i] = slot;
      slotStart[slot + 1]! += 1;
    }
    for (let k = 0; k < slots; k += 1) slotStart[k + 1]! += slotStart[k]!;
    // Filled through the starts, each moved one place on; moved back after.
    for (let i = 0; i < this.touchedCount; i += 1) byArticle[slotStart[slotOf[i]!]!++] = touched[i]!;
    for (let k = slots; k > 0; k -= 1) slotStart[k] = slotStart[k - 1]!;
    slotStart[0] = 0;
  }
  /**
   * With every sentence of one article (`everySentence`), its one bucket: sentences lo .. hi - 1.
   */
  bucketOneArticle(doc: number, lo: number, hi: number): void {
    this.docSlot[doc] = 0;
    this.slotStart[0] = 0;
    this.slotStart[1] = hi - lo;
    for (let id = lo; id < hi; id += 1) this.byArticle[id - lo] = id;
  }
  reset(): void {
    const { bm25, held, matched, paraphrased, touched, paraphrasePostings, paraphraseIds } = this;
    for (let i = 0; i < this.touchedCount; i += 1) {
      const id = touched[i]!;
      bm25[id << 1] = 0;
      held[(id << 2) + MASK] = 0;
      if (this.tallied) matched[id] = 0;
    }
    // Only the sentences that hold a paraphrase (fewer than those touched, most of the time).
    for (let k = 0; k < paraphrasePostings.length; k += 2)
      for (let p = paraphrasePostings[k]!; p < paraphrasePostings[k + 1]!; p += 1) paraphrased[paraphraseIds[p]!] = 0;
    paraphrasePostings.length = 0;
    this.touchedCount = 0;
    this.tallied = false;
    for (let i = 0; i < this.docTouchedCount; i += 1) {
      const d = this.docTouched[i]!;
      this.docBm25[d] = 0;
      this.docMatched[d] = 0;
      this.docHeld[d] = 0;
      this.docParaphrased[d] = 0;
      this.headline[d] = 0;
    }
    this.docTouchedCount = 0;
  }
}

/** Questions of up to this many distinct words get their idf sums from a table (Scratch.idfTable): 4,096 entries. */
const TABLE_BITS = 12;
/** Where a sentence's question words and its article are in Scratch.held, after its BM25's two places. */
const MASK = 2;
const DOC = 3;

/** Sentence `id`'s question words (its mask) in Scratch.held. */
function maskOf(held: Int32Array, id: number): number {
  return held[(id << 2) + MASK]!;
}

const scratchFor = new WeakMap<SentenceIndex, Scratch>();

export function rank(index: SentenceIndex, query: RankQuery, params: RankParams, limit: number): RankedSentence[] {
  let scratch = scratchFor.get(index);
  if (!scratch) {
    scratch = new Scratch(index);
    scratchFor.set(index, scratch);
  }
  try {
    return rankWith(index, query, params, limit, scratch);
  } finally {
    scratch.reset();
  }
}

/**
 * The best article BM25 for the query in `index` (the article's own match: the question's words and
 * their paraphrases, summed in rank's order, so the same number to the last bit): what the article
 * evidence (RankParams.articleWeight) measures against, taken over every index of a search that
 * spans several (RankQuery.bestArticle). 0 when no article holds a word.
 */
export function bestArticleMatch(index: SentenceIndex, query: RankQuery, params: RankParams): number {
  const docs = index.documents;
  const sums = new Float64Array(index.documentCount);
  const documentLength = query.statistics.documentAverageLength;
  const add = (termId: number, docIdf: number, weight: number): void => {
    // A snapshot's postings may still be in the file (./resident.ts).
    residentPostings(index, termId);
    for (let p = docs.postingStart[termId]!; p < docs.postingStart[termId + 1]!; p += 1) {
      const d = docs.docs[p]!;
      sums[d] = sums[d]! + documentTermScore(docs, p, documentLength, weight, docIdf);
    }
  };
  for (const term of query.terms) if (term.termId !== undefined) add(term.termId, term.docIdf, 1);
  if (params.paraphraseWeight > 0)
    for (const e of query.expansions ?? []) add(e.termId, e.docIdf, params.paraphraseWeight);
  for (const e of query.doers ?? []) add(e.termId, e.docIdf, params.doerWeight);
  let best = 0;
  for (let d = 0; d < sums.length; d += 1) if (sums[d]! > best) best = sums[d]!;
  return best;
}

/** The postings of `termId` (ids[start[t] .. start[t+1]), ascending), narrowed to ids in [lo, hi) when scoped. */
function postingRange(
  start: Int32Array,
  ids: Int32Array,
  termId: number,
  scope: readonly [number, number] | null,
): [number, number] {
  let from = start[termId]!;
  let to = start[termId + 1]!;
  if (scope !== null) {
    from = lowerBound(ids, from, to, scope[0]);
    to = lowerBound(ids, from, to, scope[1]);
  }
  return [from, to];
}

function lowerBound(ids: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What each kind of question looks for in a sentence: a kind of token (`flags`), or, for a reason
 * or a reaction, a word that says one (`cue`: "because", "rejected"), which is no kind of token.
 */
const LOOKS_FOR: Readonly<Record<AnswerType, { readonly flags: number; readonly cue: number }>> = {
  person: { flags: FLAG_PROPER, cue: 0 },
  place: { flags: FLAG_PROPER, cue: 0 },
  time: { flags: FLAG_TEMPORAL, cue: 0 },
  number: { flags: FLAG_NUMERIC, cue: 0 },
  money: { flags: FLAG_MONEY, cue: 0 },
  percent: { flags: FLAG_PERCENT, cue: 0 },
  measure: { flags: FLAG_NUMERIC | FLAG_TEMPORAL, cue: 0 },
  age: { flags: FLAG_AGE, cue: 0 },
  duration: { flags: FLAG_DURATION, cue: 0 },
  length: { flags: FLAG_LENGTH, cue: 0 },
  score: { flags: FLAG_SCORE, cue: 0 },
  // A quoted title, or a capitalised run ("on The Late Show").
  title: { flags: FLAG_TITLE | FLAG_PROPER, cue: 0 },
  reason: { flags: 0, cue: CUE_REASON },
  reaction: { flags: 0, cue: CUE_REACTION },
  // Read from the question's own parts, below (yesNoFit).
  yesno: { flags: 0, cue: 0 },
};
const NOTHING_WANTED = { flags: 0, cue: 0 } as const;

function rankWith(
  index: SentenceIndex,
  query: RankQuery,
  params: RankParams,
  limit: number,
  s: Scratch,
): RankedSentence[] {
  const { matched, held, paraphrased, docMatched } = s;
  let totalIdf = 0;
  for (const t of query.terms) totalIdf += t.idf;
  const scoped = query.docIndex !== undefined;
  if (totalIdf === 0 && !scoped) return [];
  const lo = scoped ? index.docFirst[query.docIndex!]! : 0;
  const hi = scoped ? index.docFirst[query.docIndex! + 1]! : index.sentenceCount;
  const sentenceScope: readonly [number, number] | null = scoped ? [lo, hi] : null;
  const docScope: readonly [number, number] | null = scoped ? [query.docIndex!, query.docIndex! + 1] : null;

  // 1. BM25 and matched idf mass of sentences and of articles, touching only the postings of
  // the query's terms and their paraphrases.
  s.tallied = query.terms.length > 31;
  tfCaps(s, params);
  for (let i = 0; i < query.terms.length; i += 1) {
    const term = query.terms[i]!;
    if (term.termId !== undefined)
      s.addPostings(
        index,
        term.termId,
        term.idf,
        term.docIdf,
        1,
        termBit(i),
        false,
        sentenceScope,
        docScope,
        params,
        query.statistics,
      );
  }
  if (params.paraphraseWeight > 0)
    for (const e of query.expansions ?? [])
      s.addPostings(
        index,
        e.termId,
        e.idf,
        e.docIdf,
        params.paraphraseWeight,
        termBit(e.of),
        true,
        sentenceScope,
        docScope,
        params,
        query.statistics,
      );

  for (const e of query.doers ?? [])
    s.addPostings(
      index,
      e.termId,
      e.idf,
      e.docIdf,
      params.doerWeight,
      termBit(e.of),
      false,
      sentenceScope,
      docScope,
      params,
      query.statistics,
    );

  // The best article's match, which each article's evidence is measured against (articleGain):
  // over every searched index when several are (RankQuery.bestArticle), so a sentence scores the
  // same whichever index holds it.
  s.bestDocBm25 = 0;
  if (!scoped && params.articleWeight > 0) {
    if (query.bestArticle !== undefined) s.bestDocBm25 = query.bestArticle;
    else
      for (let j = 0; j < s.docTouchedCount; j += 1)
        s.bestDocBm25 = Math.max(s.bestDocBm25, s.docBm25[s.docTouched[j]!]!);
  }

  let allBits = 0;
  let unknownIdf = 0;
  for (let i = 0; i < query.terms.length; i += 1) {
    const t = query.terms[i]!;
    if (t.termId === undefined) unknownIdf += t.idf;
    else allBits |= termBit(i);
  }
  // The idf of each query term that has a bit (the first 31).
  const bitTerms = Math.min(TERM_BITS, query.terms.length);
  const termIdfs = new Float64Array(bitTerms);
  const termIds = new Int32Array(bitTerms);
  for (let i = 0; i < bitTerms; i += 1) {
    termIdfs[i] = query.terms[i]!.idf;
    termIds[i] = query.terms[i]!.termId ?? -1;
  }

  // 2. Preliminary score: own BM25, context through a pronoun and from the headline and lede,
  // lead prior, and the article's own match; the best kept as they are scored.
  // The candidates, article by article: every sentence of the article asked about, or the
  // sentences the question's words touched, each in an article they touched too.
  // A why-question's candidates include the sentences giving a reason next to its event.
  const explain = query.answerType === 'reason' && params.causeNearEvent;
  if (!scoped && (params.referringBack || explain) && params.antecedentWeight > 0)
    s.addReferringBack(index, params.referringBack, explain, causeCues(params));
  if (scoped) s.bucketOneArticle(query.docIndex!, lo, hi);
  else s.bucketByArticle();
  const best = bestCandidates(
    index,
    scoped ? Int32Array.of(query.docIndex!) : s.docTouched.subarray(0, s.docTouchedCount),
    scoped,
    scoped ? hi - lo : s.touchedCount,
    s,
    params,
    termIdfs,
    termIds,
    totalIdf,
    Math.max(limit, params.rerankDepth),
    explain,
  );

  // 3. Rerank the best few with proximity and answer type, which need the sentence's terms.
  const queryIds = knownTermIds(query.terms);
  const { flags: wanted, cue } = query.answerType === null ? NOTHING_WANTED : LOOKS_FOR[query.answerType];
  const yesNo = query.answerType === 'yesno';
  const speakers = query.answerType === 'person' && params.speakerNotAnswer ? speakingTermIds(index, queryIds) : NO_IDS;
  // A name next to the doer's noun (`its founder, Maureen Wetherell`) is near the asked verb.
  const nearIds = withDoers(queryIds, query.doers);
  const subjectBits = rolesOf(query.terms, query.roles?.subject);
  const predicateBits = rolesOf(query.terms, query.roles?.predicate);
  // Read once a question: a default parameter would make an empty array for each candidate.
  const counted = query.counted ?? NOTHING_COUNTED;
  // The share of a lede's focus measured beyond the headline and the lede (chosen article or whole archive).
  const ledeShare = scoped ? params.chosenLedeFocus : params.wholeLedeFocus;
  // In a whole archive, the question's names and the articles holding each (storyNames).
  const names =
    scoped || params.storyNameWeight === 0 || !query.names ? null : storyNames(index, query.terms, query.names);
  // Pushed, not mapped: one kind of array for diversify (./diversify.ts) to be compiled for.
  const ranked: Ranked[] = [];
  for (let i = 0; i < best.ids.length; i += 1) {
    const id = best.ids[i]!;
    const doc = index.doc[id]!;
    // A paraphrase counts, down-weighted, for a question word the sentence does not hold itself.
    const viaParaphrase = params.paraphraseWeight * idfOfBits(paraphrased[id]! & ~maskOf(held, id), termIdfs);
    // The idf mass of the question's words it holds (summed in question order, as tallied).
    const matchedIdf = s.tallied ? matched[id]! : idfOfBits(maskOf(held, id), termIdfs);
    const coverage = share(matchedIdf + viaParaphrase, totalIdf);
    // Without the word a sentence may still explain or tell a reaction (0.5).
    const denied = yesNo && query.negated !== undefined && holdsAnyTerm(index, id, query.negated);
    const fit = yesNo
      ? yesNoFit(
          maskOf(held, id) |
            (id > index.docFirst[doc]! && index.refersBack[id] === 1 ? maskOf(held, id - 1) & subjectBits : 0) |
            (denied ? predicateBits : 0),
          denied || (index.cues[id]! & CUE_POLARITY) !== 0,
          subjectBits,
          predicateBits,
        )
      : cue === CUE_REASON && params.causeClauses
        ? reasonFit(index, id, queryIds, params.causeBackstory, params.causeCircumstance)
        : cue !== 0
          ? (index.cues[id]! & cue) !== 0
            ? 1
            : 0.5
          : wanted === 0
            ? 1
            : answerTypeFit(
                index,
                id,
                nearIds,
                wanted,
                counted,
                unwantedFlags(wanted, params),
                speakers,
                params.durationNotTime && wanted === FLAG_TEMPORAL,
                speakers.length > 0 && params.speakerSubjectOnly ? query.documents : undefined,
              );
    // What the article's headline and lede hold of the question; the lede's own context is the headline alone.
    const context = contextBits(index, s, doc, id);
    const focus = allBits & ~context;
    const focusIdf = idfOfBits(focus, termIdfs) + unknownIdf;
    const focusCoverage = focusIdf === 0 ? 1 : idfOfBits(focus & maskOf(held, id), termIdfs) / focusIdf;
    // The lede's focus, for its rank, is partly measured beyond the lede too (chosenLedeFocus, wholeLedeFocus).
    const topicFocus =
      ledeShare > 0 && id === index.docFirst[doc]
        ? ledeFocus(focusCoverage, allBits & ~(context | maskOf(held, id)), termIdfs, unknownIdf, ledeShare)
        : focusCoverage;
    const first = index.docFirst[doc]!;
    const heldNear =
      maskOf(held, id) |
      paraphrased[id]! |
      context |
      (id > first ? maskOf(held, id - 1) : 0) |
      (id + 1 < index.docFirst[doc + 1]! ? maskOf(held, id + 1) : 0);
    let value = best.scores[i]!;
    // An article that lacks a name of the question other articles hold tells another story (storyNameWeight).
    if (names !== null && lacksName(names, s, doc)) value *= 1 - params.storyNameWeight;
    // The score without the whole archive's lede focus (DiversifyParams.plainFrom), multiplied in the same order.
    let plain = value;
    if (value > 0) {
      const focusWeight =
        scoped && query.answerType === 'reason' ? params.focusWeight * params.reasonFocus : params.focusWeight;
      value *= 1 + focusWeight * topicFocus;
      plain *= 1 + focusWeight * (scoped ? topicFocus : focusCoverage);
      const near = 1 + params.proximityWeight * proximity(index, id, queryIds);
      value *= near;
      plain *= near;
      if (wanted !== 0 || cue !== 0 || yesNo) {
        const typed = 1 + params.answerTypeWeight * fit;
        value *= typed;
        plain *= typed;
      }
    }
    ranked.push(
      new Ranked(
        query.part ?? 0,
        id,
        value,
        focusCoverage,
        coverage,
        share(docMatched[doc]!, totalIdf),
        share(matchedIdf + viaParaphrase + lentIdf(index, s, doc, id, termIdfs), totalIdf),
        fit,
        heldNear,
        plain,
      ),
    );
  }
  // Kept for abstention's runner-up, which reads the scores before the article evidence.
  if (s.bestDocBm25 > 0) for (const r of ranked) r.articleGain = articleGain(s, index.doc[r.id]!, params);
  ranked.sort(byScore);
  if (params.answerVoteWeight > 0 && wanted !== 0 && !scoped)
    voteOnAnswers(index, ranked, wanted, queryIds, params.answerVoteWeight);
  // No copy when nothing is cut (the rerank depth is the search's depth: most of the time).
  return ranked.length <= limit ? ranked : ranked.slice(0, limit);
}

/**
 * Answer votes (./votes.ts): the best candidates, sorted, whose answer tokens other outlets'
 * candidates hold too gain (RankParams.answerVoteWeight), and move up in its order.
 */
function voteOnAnswers(
  index: SentenceIndex,
  ranked: Ranked[],
  wanted: number,
  queryIds: readonly number[],
  weight: number,
): void {
  const votes = answerVotes(index, ranked, wanted, queryIds);
  const voters = Math.min(ranked.length, VOTERS);
  for (let i = 0; i < voters; i += 1) {
    if (votes[i] === 0 || !(ranked[i]!.score > 0)) continue;
    const r = ranked[i]!;
    r.voteGain = 1 + weight * votes[i]!;
    r.score *= r.voteGain;
    r.plainScore *= r.voteGain;
    // Sorted again by insertion: a gain only raises a score (× 1 or more), so a candidate moves up
    // among the voters, past those before it that now score less, and every one of them still ranks
    // before the candidates after the voters, whose scores did not move (byScore's order: the same
    // as sorting the whole list again).
    let k = i;
    while (k > 0 && byScore(r, ranked[k - 1]!) < 0) {
      ranked[k] = ranked[k - 1]!;
      k -= 1;
    }
    ranked[k] = r;
  }
}

/**
 * The focus a lede ranks with (a chosen article's, or any in whole-archive search): `share` of it measured as every other sentence's
 * is, beyond the headline and the lede (`beyond`: the question words neither holds), where the lede
 * can hold none, so 0 unless there are none (then 1, as for every sentence), and the rest as
 * `focusCoverage` (beyond the headline alone, where the topic words the lede holds count as focus).
 */
function ledeFocus(
  focusCoverage: number,
  beyond: number,
  termIdfs: Float64Array,
  unknownIdf: number,
  share: number,
): number {
  const topical = idfOfBits(beyond, termIdfs) + unknownIdf === 0 ? 1 : 0;
  return (1 - share) * focusCoverage + share * topical;
}

/**
 * A ranked sentence as rank makes it (RankedSentence's fields, in its order). Each field that holds
 * a fraction is first set to NaN: V8 gives a field the representation of the first value stored in
 * it, and a field first given a whole number (a score of 0, a fit of 1) and later a fraction changes
 * the objects' shape, which throws away the compiled code of every function that has read them
 * (rankWith, byScore, diversify, search: each compiled again, tens of milliseconds a time, in the
 * first hundreds of questions of a process). Started as fractions, they take whole numbers as they are.
 */
class Ranked implements RankedSentence {
  readonly part: number;
  readonly id: number;
  /** Written again by answer votes (voteOnAnswers), before the ranking is returned, with voteGain. */
  score: number = Number.NaN;
  // NaN first, as for the scores: a field of doubles from the start, not small integers then doubles.
  voteGain: number = Number.NaN;
  articleGain: number = Number.NaN;
  /** Written again by answer votes, as the score. */
  plainScore: number = Number.NaN;
  readonly focusCoverage: number = Number.NaN;
  readonly coverage: number = Number.NaN;
  readonly documentCoverage: number = Number.NaN;
  readonly contextCoverage: number = Number.NaN;
  readonly answerFit: number = Number.NaN;
  readonly heldNear: number;
  constructor(
    part: number,
    id: number,
    score: number,
    focusCoverage: number,
    coverage: number,
    documentCoverage: number,
    contextCoverage: number,
    answerFit: number,
    heldNear: number,
    plainScore: number,
  ) {
    this.part = part;
    this.id = id;
    this.score = score;
    this.voteGain = 1;
    this.articleGain = 1;
    this.focusCoverage = focusCoverage;
    this.coverage = coverage;
    this.documentCoverage = documentCoverage;
    this.contextCoverage = contextCoverage;
    this.answerFit = answerFit;
    this.heldNear = heldNear;
    this.plainScore = plainScore;
  }
}

/** An idf mass's share of the question's (`totalIdf`): 0 for a question of no idf. */
function share(idfMass: number, totalIdf: number): number {
  return totalIdf === 0 ? 0 : idfMass / totalIdf;
}

/**
 * `r` with another score and score without the lede's focus, its evidence as it was (a first
 * hit moved into the first place takes that place's scores: ./firstArticle.ts).
 */
export function rescored(r: RankedSentence, score: number, plainScore: number): RankedSentence {
  const copy = new Ranked(
    r.part,
    r.id,
    score,
    r.focusCoverage,
    r.coverage,
    r.documentCoverage,
    r.contextCoverage,
    r.answerFit,
    r.heldNear,
    plainScore,
  );
  copy.voteGain = r.voteGain;
  copy.articleGain = r.articleGain;
  return copy;
}

/** The bits of the query terms among `words` (a yes/no question's subject or predicate). */
function rolesOf(terms: readonly QueryTerm[], words: readonly string[] | undefined): number {
  let bits = 0;
  if (words !== undefined)
    for (let i = 0; i < terms.length; i += 1) if (words.includes(terms[i]!.term)) bits |= termBit(i);
  return bits;
}

/**
 * Whether the question holds every word of article `doc`'s title (`held`: the bits of the query
 * terms its title holds; `termIds`: each bit's term), so asks about the article's subject itself:
 * "what is X" of the page titled X. A news headline tells a story in more words than a question
 * about it repeats. A parenthesised qualifier is not part of the name: "Glacier (baseball)" is
 * named whole by a question holding "glacier".
 */
function namesWholeTitle(index: SentenceIndex, doc: number, held: number, termIds: Int32Array): boolean {
  if (held === 0) return false;
  const from = index.titleStart[doc]!;
  const to = index.titleStart[doc + 1]!;
  let nameLength = 0;
  for (let k = from; k < to; k += 1) nameLength += 1 - index.titleQualifier[k]!;
  let count = 0;
  for (let m = held; m !== 0; m &= m - 1) count += 1;
  if (nameLength === 0 || count < nameLength) return false;
  if (nameLength === to - from) return true;
  for (let k = from; k < to; k += 1)
    if (index.titleQualifier[k] === 0 && !holdsTerm(held, termIds, index.titleTerms[k]!)) return false;
  return true;
}

/** Whether a bit of `held` stands for term `termId`. */
function holdsTerm(held: number, termIds: Int32Array, termId: number): boolean {
  for (let i = 0; i < termIds.length; i += 1) if ((held & termBit(i)) !== 0 && termIds[i] === termId) return true;
  return false;
}

/** idfOfBits of mask `m`, looked up in `table` (Scratch.idfTable) when there is one. */
function idfOfTable(table: Float64Array | null, m: number, termIdfs: Float64Array): number {
  return table === null ? idfOfBits(m, termIdfs) : table[m]!;
}

/** The summed idf of the query terms whose bits `m` holds, in question order. */
function idfOfBits(m: number, termIdfs: Float64Array): number {
  let sum = 0;
  for (let i = 0, rest = m; rest !== 0; i += 1, rest >>>= 1) if ((rest & 1) !== 0) sum += termIdfs[i]!;
  return sum;
}

/**
 * The question's names (`bits`: RankQuery.names), each with the articles of this index whose
 * sentences hold it (read from its postings: a name's are short; none when this index lacks it).
 */
function storyNames(
  index: SentenceIndex,
  terms: readonly QueryTerm[],
  bits: number,
): { readonly bits: number[]; readonly docs: Set<number>[] } {
  const named: number[] = [];
  const docs: Set<number>[] = [];
  for (let k = 0; k < Math.min(TERM_BITS, terms.length); k += 1) {
    if ((bits & termBit(k)) === 0) continue;
    const t = terms[k]!.termId;
    const holding = new Set<number>();
    if (t !== undefined) {
      residentPostings(index, t);
      for (let i = index.postingStart[t]!; i < index.postingStart[t + 1]!; i += 1)
        holding.add(index.doc[index.postingIds[i]!]!);
    }
    named.push(termBit(k));
    docs.push(holding);
  }
  return { bits: named, docs };
}

/** Whether article `doc` (its sentences and headline) lacks one of the question's names (storyNames). */
function lacksName(names: ReturnType<typeof storyNames>, s: Scratch, doc: number): boolean {
  for (let n = 0; n < names.bits.length; n += 1)
    if (!names.docs[n]!.has(doc) && (s.headline[doc]! & names.bits[n]!) === 0) return true;
  return false;
}

/** What sentence `id`'s article's headline and lede hold of the question; the lede's own context is the headline alone. */
function contextBits(index: SentenceIndex, s: Scratch, doc: number, id: number): number {
  const first = index.docFirst[doc]!;
  return id > first ? ledeContext(s, doc, first) : s.headline[doc]!;
}

/**
 * What the headline and lede of article `doc` (first sentence `first`) hold of the question, the
 * context of the sentences after the lede.
 */
function ledeContext(s: Scratch, doc: number, first: number): number {
  return s.headline[doc]! | maskOf(s.held, first);
}

/** The idf a sentence is lent by its headline and lede: the question words they hold and it lacks. */
function lentIdf(index: SentenceIndex, s: Scratch, doc: number, id: number, termIdfs: Float64Array): number {
  const around = contextBits(index, s, doc, id) & ~maskOf(s.held, id);
  return around === 0 ? 0 : idfOfBits(around, termIdfs);
}

/**
 * The `k` best candidates by preliminary score, best first, ties by sentence id (so never by file
 * order). A candidate's preliminary score: its own BM25, context through a pronoun (the sentence
 * before's BM25 and the idf of the question words it holds and the candidate lacks) and from the
 * headline and lede (the idf it is lent), the lead prior, and its article's own match. Scored and
 * kept in one pass, in a heap of k whose root is the worst kept: at a million sentences a common
 * word touches hundreds of thousands, most of which fall below the root at one comparison, and no
 * array as long as the candidates is made.
 *
 * The candidates are taken article by article (`articles`: those the question's words touched,
 * each sentence of theirs with a BM25 above 0 or referring back to one that holds a question word
 * (addReferringBack); with `everySentence`, every sentence of the one article). An article's sentences can score no more than its bound (articleBounds): the
 * articles are scored highest bound first, and one whose bound is below the root once the heap is
 * full is passed over without reading its sentences. At a million sentences most touched articles
 * hold one common word of the question and are passed over. The heap keeps the same k whatever
 * the order, so the result is the same.
 */
function bestCandidates(
  index: SentenceIndex,
  articles: Int32Array,
  everySentence: boolean,
  candidateCount: number,
  s: Scratch,
  params: RankParams,
  termIdfs: Float64Array,
  termIds: Int32Array,
  totalIdf: number,
  k: number,
  explain: boolean,
): { ids: Int32Array; scores: Float64Array } {
  const table = s.idfTable(termIdfs);
  const size = Math.min(k, candidateCount);
  if (s.heapIds.length < size) {
    s.heapIds = new Int32Array(size);
    s.heapScores = new Float64Array(size);
  }
  const byBound = everySentence ? null : articleBounds(articles, s, params, table, termIdfs, totalIdf);
  const count = fillHeap(
    index,
    byBound ?? articles,
    byBound !== null,
    everySentence,
    s,
    params,
    table,
    termIdfs,
    termIds,
    totalIdf,
    size,
    explain,
  );
  // Best first: the heap's root (its worst) taken off one at a time, from the back. Every candidate
  // was scored or passed over with the heap full, so it holds `size` of them.
  const { heapIds, heapScores } = s;
  const ids = new Int32Array(count);
  const scores = new Float64Array(count);
  for (let n = count; n > 0; n -= 1) {
    ids[n - 1] = heapIds[0]!;
    scores[n - 1] = heapScores[0]!;
    siftDown(heapScores, heapIds, heapScores[n - 1]!, heapIds[n - 1]!, n - 1);
  }
  return { ids, scores };
}

/**
 * bestCandidates's scoring: the articles `scored` (highest bound first when `bounded`), their
 * candidates scored into the heap of `size` in `s`; how many it holds. A function of its own, which
 * ends with its loop: V8 compiles the loop while the first long question runs it (on-stack
 * replacement), and code after the loop that had never run then had no feedback, so that compiled
 * loop was thrown away at its end on every call until the whole function was compiled again (104
 * times in the archive's 1,000 questions).
 */
function fillHeap(
  index: SentenceIndex,
  scored: Int32Array,
  bounded: boolean,
  everySentence: boolean,
  s: Scratch,
  params: RankParams,
  table: Float64Array | null,
  termIdfs: Float64Array,
  termIds: Int32Array,
  totalIdf: number,
  size: number,
  explain: boolean,
): number {
  const { bm25, held, docBm25, headline, ordered, heapIds, heapScores, docSlot, slotStart, byArticle } = s;
  const { docFirst, refersBack, cues } = index;
  const { pronounWeight, antecedentWeight, contextWeight, leadWeight, topicLeadWeight, documentWeight } = params;
  const causes = causeCues(params);
  let count = 0;
  for (let j = 0; j < scored.length; j += 1) {
    const doc = scored[j]!;
    const first = docFirst[doc]!;
    if (bounded && count === size) {
      if (ordered[j]! < heapScores[0]!) continue;
      // Closer, with what the headline and lede hold.
      const context = ledeContext(s, doc, first);
      const bound = articleBound(
        s,
        doc,
        context === 0 ? 0 : idfOfTable(table, context, termIdfs),
        params,
        table,
        termIdfs,
        totalIdf,
      );
      if (bound < heapScores[0]!) continue;
    }
    const slot = docSlot[doc]!;
    const last = slotStart[slot + 1]!;
    // What depends on the article alone, worked out at its first candidate.
    let ready = false;
    let title = 0;
    let context = 0;
    let lead = 0;
    let documentScore = 0;
    let gain = 1;
    for (let c = slotStart[slot]!; c < last; c += 1) {
      const id = byArticle[c]!;
      // A sentence none of the question's words touched (BM25 0) is no candidate, but with
      // everySentence or when it refers back to one they touched, or gives a reason next to one
      // for a why-question (addReferringBack).
      // The cue read for every candidate, not only a why-question's: compiled before the first
      // why-question, a read that had never run threw the compiled loop away when one came.
      const explains = (cues[id]! & causes) !== 0 && explain;
      if (bm25[id << 1] === 0 && !everySentence && !(params.referringBack && refersBack[id] === 1) && !explains)
        continue;
      if (!ready) {
        ready = true;
        title = headline[doc]!;
        // What the headline and lede hold of the question (contextBits), for the sentences after the lede.
        context = ledeContext(s, doc, first);
        // The question's share (by idf) in a title it names whole: how far it asks about the subject itself.
        const subject =
          topicLeadWeight !== 0 && namesWholeTitle(index, doc, title, termIds)
            ? idfOfTable(table, title, termIdfs) / totalIdf
            : 0;
        lead = leadWeight + topicLeadWeight * subject;
        documentScore = documentWeight * docBm25[doc]!;
        gain = articleGain(s, doc, params);
      }
      const own = maskOf(held, id);
      // What the headline and lede say of the question, lent to a sentence that leaves it out (lentIdf).
      const around = (id > first ? context : title) & ~own;
      // What the sentence before lends: the question words it holds and the sentence lacks, to a
      // sentence that refers back (with a share of its BM25); to a reason next to its event, those
      // beyond what the headline and lede lend (not the sentence's whole score, as a pronoun's
      // antecedent). Worked out the same way for every candidate, whichever it lends to, and summed
      // at one place: a why-question's own arm, first run after V8 had compiled this loop on other
      // questions, threw the compiled loop away (twice a process).
      const later = id > first;
      const before = later ? maskOf(held, id - 1) : 0;
      const refers = later && refersBack[id] === 1;
      const antecedentLent = before & ~own;
      const reasonLent = antecedentLent & ~around;
      const lent = refers ? antecedentLent : later && explains ? reasonLent : 0;
      const pronoun =
        (refers ? pronounWeight * bm25[(id - 1) << 1]! : 0) +
        antecedentWeight * (lent === 0 ? 0 : idfOfTable(table, lent, termIdfs));
      const sentence =
        bm25[id << 1]! + pronoun + contextWeight * (around === 0 ? 0 : idfOfTable(table, around, termIdfs));
      // The article's evidence against the best article's (articleGain) scales the whole score.
      const score = (sentence * (1 + lead / (1 + id - first)) + documentScore) * gain;
      if (count < size) {
        // Sift up: a parent is never better than its children.
        let at = count++;
        while (at > 0) {
          const parent = (at - 1) >> 1;
          if (!better(heapScores[parent]!, heapIds[parent]!, score, id)) break;
          heapScores[at] = heapScores[parent]!;
          heapIds[at] = heapIds[parent]!;
          at = parent;
        }
        heapScores[at] = score;
        heapIds[at] = id;
      } else if (size > 0 && better(score, id, heapScores[0]!, heapIds[0]!)) {
        siftDown(heapScores, heapIds, score, id, size);
      }
    }
  }
  return count;
}

/** Articles holding a word this often or more get the cap of BM25's saturation itself (k1 + 1). */
const CAPPED_TF = 64;

/** Whether articleBounds's bounds hold: every weight non-negative, b within [0, 1]. */
function boundable(params: RankParams): boolean {
  const { k1, b, pronounWeight, antecedentWeight, contextWeight, leadWeight, topicLeadWeight } = params;
  const weights = [k1, pronounWeight, antecedentWeight, contextWeight, leadWeight, topicLeadWeight];
  return (
    [...weights, params.documentWeight, params.paraphraseWeight, params.articleWeight].every((w) => w >= 0) &&
    b >= 0 &&
    b <= 1
  );
}

/**
 * The most a word an article holds `tf` times adds to one of its sentences, per idf, by tf: a
 * sentence holds it at most `tf` times, and BM25's weight of `tf` occurrences is largest in the
 * shortest sentence, tf (k1 + 1) / (tf + k1 (1 - b)); a sentence that lacks it may be lent
 * antecedentWeight of it by the sentence before instead (`heldCaps`; paraphrases lend nothing).
 */
function tfCaps(s: Scratch, { k1, b, antecedentWeight }: RankParams): void {
  if (s.heldCaps.length === 0) {
    s.heldCaps = new Float64Array(CAPPED_TF + 1);
    s.paraphraseCaps = new Float64Array(CAPPED_TF + 1);
  }
  for (let tf = 1; tf <= CAPPED_TF; tf += 1) {
    const cap = tf === CAPPED_TF ? k1 + 1 : (tf * (k1 + 1)) / (tf + k1 * (1 - b));
    s.paraphraseCaps[tf] = cap;
    s.heldCaps[tf] = Math.max(cap, antecedentWeight);
  }
}

/** Rounding in the sums of a score is far below this share of it: a bound times this is never below the score it bounds. */
const BOUND_SLACK = 1 + 2 ** -20;
/** How finely articleBounds orders the articles by their bounds (a counting sort). */
const BOUND_BUCKETS = 16;

/**
 * Article `doc`'s bound on its sentences' preliminary scores (articleBounds), its headline and lede
 * lending at most `contextIdf`.
 */
function articleBound(
  s: Scratch,
  doc: number,
  contextIdf: number,
  params: RankParams,
  table: Float64Array | null,
  termIdfs: Float64Array,
  totalIdf: number,
): number {
  const { pronounWeight, contextWeight, leadWeight, topicLeadWeight, documentWeight } = params;
  const title = s.headline[doc]!;
  const lead = leadWeight + topicLeadWeight * (title === 0 ? 0 : idfOfTable(table, title, termIdfs) / totalIdf);
  const own = s.docHeld[doc]! + s.docParaphrased[doc]!;
  const sentence = own + pronounWeight * own + contextWeight * contextIdf;
  return (sentence * (1 + lead) + documentWeight * s.docBm25[doc]!) * articleGain(s, doc, params) * BOUND_SLACK;
}

/**
 * What article `doc`'s evidence multiplies its sentences' scores by (RankParams.articleWeight):
 * (1 + w · e) / (1 + w), e its BM25 as a share of the best touched article's over articleFull, at
 * most 1; 1 when there is no best (a chosen article, or articleWeight 0).
 */
function articleGain(s: Scratch, doc: number, { articleWeight, articleFull }: RankParams): number {
  if (s.bestDocBm25 === 0) return 1;
  const evidence = Math.min(1, s.docBm25[doc]! / (articleFull * s.bestDocBm25));
  return (1 + articleWeight * evidence) / (1 + articleWeight);
}

/**
 * Each touched article's bound on its sentences' preliminary scores, and the articles highest
 * bound first (their bounds in `s.ordered`) (roughly: BOUND_BUCKETS bands), so that the heap's root rises
 * early; null when a weight is negative (no bound holds). For a sentence of article d, each
 * question word the article holds adds at most its cap (tfCaps) × its idf, the sentence's BM25 for
 * the word or what the sentence before lends when the sentence lacks it; each paraphrase the
 * same; the sentence before's BM25 (pronounWeight) no more than the sentence's own; the headline
 * and lede lend their words' idf (contextWeight); the lead prior is largest at the lede, with the
 * title named whole; the article's own match is known.
 */
function articleBounds(
  articles: Int32Array,
  s: Scratch,
  params: RankParams,
  table: Float64Array | null,
  termIdfs: Float64Array,
  totalIdf: number,
): Int32Array | null {
  if (!boundable(params)) return null;
  const { docMatched, bounds, order, ordered, bands } = s;
  const n = articles.length;
  let top = 0;
  for (let j = 0; j < n; j += 1) {
    // The headline and lede lend no more than every question word the article holds.
    const bound = articleBound(s, articles[j]!, docMatched[articles[j]!]!, params, table, termIdfs, totalIdf);
    bounds[j] = bound;
    if (bound > top) top = bound;
  }
  // A counting sort into bands, the highest first.
  const starts = new Int32Array(BOUND_BUCKETS + 1);
  for (let j = 0; j < n; j += 1) {
    const band =
      top === 0 ? 0 : BOUND_BUCKETS - 1 - Math.min(BOUND_BUCKETS - 1, Math.floor((bounds[j]! / top) * BOUND_BUCKETS));
    bands[j] = band;
    starts[band + 1]! += 1;
  }
  for (let k = 0; k < BOUND_BUCKETS; k += 1) starts[k + 1]! += starts[k]!;
  for (let j = 0; j < n; j += 1) {
    const at = starts[bands[j]!]!++;
    order[at] = articles[j]!;
    ordered[at] = bounds[j]!;
  }
  return order.subarray(0, articles.length);
}

/**
 * Higher score first, then lower id (what `b.score - a.score || a.id - b.id` says, NaN scores included),
 * returning whole numbers: a fraction returned to the sort is a number boxed on the heap at every comparison.
 */
function byScore(a: RankedSentence, b: RankedSentence): number {
  // Both ids read every time: compiled before the first tie, a read never made would throw the code away when one came.
  const before = a.id - b.id;
  if (a.score < b.score) return 1;
  if (a.score > b.score) return -1;
  return before;
}

/** a before b: a higher score, or the same score and a lower id. */
function better(scoreA: number, idA: number, scoreB: number, idB: number): boolean {
  // Both comparisons made every time: compiled before the first tie, a comparison never made would
  // throw the compiled heap code away when one came.
  const lower = idA < idB;
  return scoreA > scoreB || (scoreA === scoreB && lower);
}

/** Puts (score, id) at the root of a full heap of `size` (root: its worst member) and sifts it down. */
function siftDown(scores: Float64Array, ids: Int32Array, score: number, id: number, size: number): void {
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && better(scores[child]!, ids[child]!, scores[child + 1]!, ids[child + 1]!)) child += 1;
    if (!better(score, id, scores[child]!, ids[child]!)) break;
    scores[at] = scores[child]!;
    ids[at] = ids[child]!;
    at = child;
  }
  scores[at] = score;
  ids[at] = id;
}

/** Share of adjacent term pairs in the sentence that are two different query terms (gap of one word allowed). */
function proximity(index: SentenceIndex, id: number, queryIds: readonly number[]): number {
  if (queryIds.length < 2) return 0;
  residentTerms(index, id);
  const from = index.seqStart[id]!;
  const to = index.seqStart[id + 1]!;
  let pairs = 0;
  let previous = -1;
  let previousAt = -10;
  const sieve = idSieve(queryIds);
  for (let p = from; p < to; p += 1) {
    const term = index.termSeq[p]!;
    if (!mayHold(sieve, term) || !queryIds.includes(term)) continue;
    if (previous !== -1 && previous !== term && p - previousAt <= 2) pairs += 1;
    previous = term;
    previousAt = p;
  }
  return Math.min(1, pairs / (queryIds.length - 1));
}

/**
 * How well sentence `id` holds the asked-for kind of token (one not among the query's own
 * terms): 1 when it stands within a few words of a query term ("a nine-member delegation"
 * for "how many in the delegation"), 0.5 when it is elsewhere in the sentence, 0 when absent.
 * When the question says what it counts (`counted`: "how many [undersea cables]"), a number
 * counts it only when one of those words follows it ("three cables", "230 works of Chopin"): 1;
 * any other number, near the question's words or not, 0.5 ("cut in 2008 between Italy and Egypt").
 * `pointsOnly` (a when-question, RankParams.durationNotTime): a stretch of time counts only told as
 * a point in time (FLAG_WHEN).
 */
function answerTypeFit(
  index: SentenceIndex,
  id: number,
  queryIds: readonly number[],
  flag: number,
  counted: readonly number[],
  unwanted: number,
  speakers: readonly number[],
  pointsOnly: boolean,
  documents: readonly CorpusDocument[] | undefined,
): number {
  residentTerms(index, id);
  const from = index.seqStart[id]!;
  const to = index.seqStart[id + 1]!;
  // Read once a sentence, and only when a name stands by a verb of saying.
  let text: string | undefined;
  const textOf = (): string => {
    text ??= sentenceText(index, documents!, id);
    return text;
  };
  let fit = 0;
  for (let p = from; p < to && fit < 1; p += 1) {
    const flags = index.termFlags[p]!;
    if ((flags & flag) === 0 || (flags & unwanted) !== 0 || queryIds.includes(index.termSeq[p]!)) continue;
    if (pointsOnly && (flags & (FLAG_DURATION | FLAG_WHEN)) === FLAG_DURATION) continue;
    if (
      speakers.length > 0 &&
      (documents === undefined
        ? speaks(index, p, from, to, speakers)
        : speaksAsSubject(index, p, from, to, speakers, queryIds, textOf))
    )
      continue;
    fit = Math.max(fit, 0.5);
    if (counted.length > 0) {
      for (let q = p + 1; q <= Math.min(to - 1, p + COUNTED_WITHIN); q += 1)
        if (counted.includes(index.termSeq[q]!)) fit = 1;
      continue;
    }
    for (let q = Math.max(from, p - NEAR); q <= Math.min(to - 1, p + NEAR); q += 1) {
      if (queryIds.includes(index.termSeq[q]!)) fit = 1;
    }
  }
  return fit;
}

const NEAR = 3;

/** What a question that counts nothing named counts (RankQuery.counted absent). */
const NOTHING_COUNTED: readonly number[] = [];

/** The query's term ids and its doer nouns' (RankQuery.doers), or the query's alone when it has none. */
function withDoers(queryIds: readonly number[], doers: readonly Expansion[] | undefined): readonly number[] {
  if (doers === undefined) return queryIds;
  const ids = [...queryIds];
  for (const e of doers) if (!ids.includes(e.termId)) ids.push(e.termId);
  return ids;
}

/**
 * The token kinds that do not answer a question looking for `wanted` (answerTypeFit): an age
 * unless the question asks how old (RankParams.ageNotCount); a date's word for a name
 * (RankParams.dateNotName).
 */
function unwantedFlags(wanted: number, params: RankParams): number {
  let unwanted = params.ageNotCount && (wanted & FLAG_AGE) === 0 ? FLAG_AGE : 0;
  // A weekday or a month is tagged a proper noun: no name, unless a time is asked too.
  if (params.dateNotName && (wanted & FLAG_PROPER) !== 0 && (wanted & FLAG_TEMPORAL) === 0) unwanted |= FLAG_TEMPORAL;
  return unwanted;
}

const NO_IDS: readonly number[] = [];
/** Verbs that tell who is speaking, as index terms (`said` is `say`, `told` itself). */
const SPEAKING = ['say', 'said', 'told', 'tell'];

/**
 * The index's ids of the verbs that tell who is speaking (RankParams.speakerNotAnswer), or none
 * when the question holds one (it asks who said or told).
 */
function speakingTermIds(index: SentenceIndex, queryIds: readonly number[]): readonly number[] {
  const ids: number[] = [];
  for (const term of SPEAKING) {
    const id = index.vocabulary.get(term);
    if (id === undefined) continue;
    if (queryIds.includes(id)) return NO_IDS;
    ids.push(id);
  }
  return ids;
}

/** The first term position of the run of names (FLAG_PROPER) holding position `p`, not before `from`. */
function nameStart(index: SentenceIndex, p: number, from: number): number {
  let start = p;
  while (start > from && (index.termFlags[start - 1]! & FLAG_PROPER) !== 0) start -= 1;
  return start;
}

/** The last term position of the run of names (FLAG_PROPER) holding position `p`, before `to`. */
function nameEnd(index: SentenceIndex, p: number, to: number): number {
  let end = p;
  while (end + 1 < to && (index.termFlags[end + 1]! & FLAG_PROPER) !== 0) end += 1;
  return end;
}

/**
 * Whether the name at term position `p` (FLAG_PROPER) is the one speaking: its run of name terms
 * stands right before or right after a verb of saying (`Fullerton said`, `said Alfredo Perez`).
 */
function speaks(index: SentenceIndex, p: number, from: number, to: number, speakers: readonly number[]): boolean {
  const start = nameStart(index, p, from);
  const end = nameEnd(index, p, to);
  return (
    (start > from && speakers.includes(index.termSeq[start - 1]!)) ||
    (end + 1 < to && speakers.includes(index.termSeq[end + 1]!))
  );
}

/** What may stand between a name and its verb of saying (`Fullerton said`, `Meadowcare Homes, said`, `Smith also said`). */
const SUBJECT_GAP = /^[\s,]*(?:(?:also|has|had|have|then|later|previously|earlier|once|who|which)[\s,]+)*$/i;
/** What may stand between a name and the role noun beside it (`coach Martin Hollis`, `its owner, Meadowcare Homes`, `Martin Hollis, the coach`). */
const APPOSITION_GAP = /^[\s,]*(?:(?:the|its|his|her|their|our|a|an)\s+)?$/i;
/** Punctuation ending what comes before a verb of saying with no subject of its own (`"…," said Perez`, `…, said Perez`). */
const INVERTED_BEFORE = /["'“”‘’,:—–-]$/;

/**
 * Whether the name at term position `p` (FLAG_PROPER) is the one speaking, read with the sentence's
 * text (RankParams.speakerSubjectOnly): the verb's own subject before it (`Fullerton said`,
 * `Meadowcare Homes, said`; not a name closing a quote, `…Ashcombe Homes," said`), or after `said`
 * when nothing but a quote or a comma comes before the verb (`"…," said Alfredo Perez`; not
 * `Stefanski said Tony DiLeo will coach`, `said that Smith`), or after `told` (the one told, as
 * before). A speaker named by a question word or the asked verb's doer noun right beside the name
 * (`Her father and coach, Martin Hollis, said`; `near`: RankQuery's terms and doers) answers.
 */
function speaksAsSubject(
  index: SentenceIndex,
  p: number,
  from: number,
  to: number,
  speakers: readonly number[],
  near: readonly number[],
  textOf: () => string,
): boolean {
  const start = nameStart(index, p, from);
  const end = nameEnd(index, p, to);
  const before = start > from && speakers.includes(index.termSeq[start - 1]!);
  const after = end + 1 < to && speakers.includes(index.termSeq[end + 1]!);
  if (!before && !after) return false;
  const text = textOf();
  // The text between term positions a and b (a < b), or from the sentence's start when a is before it.
  const between = (a: number, b: number): string =>
    text.slice(a < from ? 0 : index.termStart[a]! + index.termLength[a]!, index.termStart[b]!);
  // Named by the asked role beside the name: the answer, speaking or not. A role before it is a
  // title (`coach Martin Hollis`) or an apposition the comma closes (`its owner, Meadowcare Homes,
  // said`), not a clause's last word (`on the board, Fullerton said`).
  const role = start > from && near.includes(index.termSeq[start - 1]!) ? between(start - 1, start) : undefined;
  if (
    role !== undefined &&
    APPOSITION_GAP.test(role) &&
    (!role.includes(',') || end + 1 >= to || between(end, end + 1).includes(','))
  )
    return false;
  if (end + 1 < to && near.includes(index.termSeq[end + 1]!) && APPOSITION_GAP.test(between(end, end + 1)))
    return false;
  if (after && SUBJECT_GAP.test(between(end, end + 1))) return true;
  if (!before) return false;
  const verb = start - 1;
  if (index.termSeq[verb] === index.vocabulary.get('told') || index.termSeq[verb] === index.vocabulary.get('tell'))
    return true;
  // `said Perez` is inverted only when nothing but spaces stands between, and the verb has no subject before it.
  if (between(verb, start).trim() !== '') return false;
  const ahead = between(verb - 1, verb).trim();
  return verb - 1 < from ? ahead === '' : INVERTED_BEFORE.test(ahead);
}

/** Whether sentence `id` holds one of the index terms `ids` (a yes/no question's negated forms: RankQuery.negated). */
function holdsAnyTerm(index: SentenceIndex, id: number, ids: readonly number[]): boolean {
  if (ids.length === 0) return false;
  residentTerms(index, id);
  for (let p = index.seqStart[id]!, to = index.seqStart[id + 1]!; p < to; p += 1)
    if (ids.includes(index.termSeq[p]!)) return true;
  return false;
}

/**
 * How well a sentence answers a why-question: 1 when it names a reason ("one reason he resigned
 * was…", "caused by") or opens a cause clause ("after", "because") that says something the
 * question does not and holds no more than half of the question's words the sentence holds (the
 * event is told outside it: "would veto the entire trade bill because of the textile amendment"
 * answers why textile curbs were rejected): "had run out of cash after a sharp rise in
 * fuel prices" explains; "passengers were stranded after Severn Air went into administration" tells
 * the asked event as the cause of another, which answers "why did Severn Air go bust" no better
 * than a sentence without a cue word (0.5); a clause opening with a time or a number ("cancelled
 * all its flights shortly after 0600 GMT") counts for nothing. A sentence with no reason word that
 * gives someone's account of what had happened before (CUE_BACKSTORY: `said his client had been
 * travelling to see his mother`) fits `backstory` (RankParams.causeBackstory) when that is above 0.
 */
function reasonFit(
  index: SentenceIndex,
  id: number,
  queryIds: readonly number[],
  backstory: number,
  circumstance: number,
): number {
  const cues = index.cues[id]!;
  const reason = (cues & CUE_REASON) !== 0;
  // Without a reason word: a backstory's fit, or no cause (0.5), unless a circumstance tells one.
  const untold = backstory > 0 && (cues & CUE_BACKSTORY) !== 0 ? backstory : 0.5;
  const circumstances = circumstance > 0 && (cues & CUE_CIRCUMSTANCE) !== 0;
  if (!reason && !circumstances) return untold;
  if ((cues & CUE_REASON_NAMED) !== 0) return 1;
  residentTerms(index, id);
  // Whether a cause clause, or a circumstance (FLAG_CIRCUMSTANCE), says something the question does not.
  let fresh = false;
  let freshCircumstance = false;
  // The question's words in the sentence, and in its cause clauses and circumstances.
  let held = 0;
  let inClauses = 0;
  // Whether the clause at hand opens with a time or a number ("after 0600 GMT", "after eight"): a
  // time, not a cause, which says nothing either way.
  let time = false;
  const clauseFlags = circumstances ? FLAG_CAUSE | FLAG_CIRCUMSTANCE : FLAG_CAUSE;
  for (let p = index.seqStart[id]!, to = index.seqStart[id + 1]!, inClause = false; p < to; p += 1) {
    const flags = index.termFlags[p]!;
    const asked = queryIds.includes(index.termSeq[p]!);
    if (asked) held += 1;
    if ((flags & clauseFlags) === 0) {
      inClause = false;
      continue;
    }
    if (!inClause) time = (flags & (FLAG_TEMPORAL | FLAG_NUMERIC)) !== 0;
    inClause = true;
    if (time) continue;
    if (asked) inClauses += 1;
    else if ((flags & FLAG_CAUSE) !== 0) fresh = true;
    else freshCircumstance = true;
  }
  if (inClauses * 2 > held) return reason ? 0.5 : untold;
  if (fresh) return 1;
  if (freshCircumstance) return Math.max(circumstance, reason ? 0.5 : untold);
  return reason ? 0.5 : untold;
}

/** The CUE_ bits that give a why-question's reason (RankParams.causeBackstory). */
function causeCues(params: RankParams): number {
  return (
    CUE_REASON | (params.causeBackstory > 0 ? CUE_BACKSTORY : 0) | (params.causeCircumstance > 0 ? CUE_CIRCUMSTANCE : 0)
  );
}

/** A count's noun follows its number within this many index terms ("475,000 uninsured patients"). */
const COUNTED_WITHIN = 2;

/**
 * How well a sentence answers a yes/no question: 1 when it names the question's subject and holds
 * its predicate ("Comcast blocks Tor"), or holds either with a word that affirms or denies
 * ("Comcast denied it", "it does not block Tor"); else 0.5, as a reason without its cue word.
 * The subject counts in the sentence itself, or in the one before when it refers back with a
 * pronoun ("He met..."), not in the headline: in an article about it, that names it for every sentence. A question with no subject or predicate found asks nothing of that part.
 */
function yesNoFit(own: number, polar: boolean, subjectBits: number, predicateBits: number): number {
  const subject = subjectBits === 0 || (own & subjectBits) !== 0;
  const predicate = predicateBits === 0 || (own & predicateBits) !== 0;
  return (subject && predicate) || ((subject || predicate) && polar) ? 1 : 0.5;
}
