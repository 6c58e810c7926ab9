/**
 * The ranking weights, fitted, not set by hand: written by tests/eval/fit.ts (`npx tsx tests/eval/fit.ts
 * --write`; rerun it after a ranking change). src/search/rank.ts documents each parameter in RankParams
 * (and type-checks these there: no import back, no cycle);
 * docs/quality.md has the leave-one-source-out figures and the hand-set weights these replaced.
 *
 * Fit of 2026-12-06: coordinate ascent over a grid per weight from the weights shipped before it (b 0.45, documentWeight 0.45, contextWeight 0.75, focusWeight 0.5, leadWeight 0.15, topicLeadWeight 1.5, proximityWeight 0.3, answerTypeWeight 1.5, pronounWeight 0, antecedentWeight 0.75, paraphraseWeight 0.3, diversityWeight 0.25), seed 17,
 * any gain moves a weight, 1 passes (the last moved nothing), 64 weight vectors scored.
 * Objective: mean over sources of the mean over their sets of (P@1 + 0.5 * top-3 - 0.5 * answerable declined) / answerable + 0.25 * unanswerable declined or unsure / unanswerable (src/eval/objective.ts).
 * Sources: news (Reuters news: A+B and unanswerable over the whole corpus, A+B with the article chosen); ECB+ (ECB+ web news: dev and unanswerable over the whole corpus, dev with the article chosen); article (the shipped article: article-plain, article, article-heldout-dev); SQuAD train (SQuAD 2.0 train questions, each scoped to its article; breaks ties only, × 0.0001); WikiQA train (WikiQA train questions with a correct sentence, each scoped to its page, without abstention; breaks ties only, × 0.0001).
 * Objective on them: 1.109 hand-set, 1.152 fitted.
 */
export const RANK_WEIGHTS = {
  /** BM25 length normalisation of sentences (0: none, 1: full) (hand-set: 0.2). */
  b: 0.45,
  /** share of the article's BM25 added to each of its sentences (hand-set: 0.3). */
  documentWeight: 0.45,
  /** share of a question word's idf lent by the headline and lede to a sentence lacking it (hand-set: 0.5). */
  contextWeight: 0.75,
  /** × (1 + w · share of what the question asks beyond the article's topic that the sentence holds) (hand-set: 1). */
  focusWeight: 0.5,
  /** × (1 + w / (1 + position in the article)): leads state the main facts (hand-set: 0.15). */
  leadWeight: 0.15,
  /** added to leadWeight × the question's idf share in its article's title when it holds the whole title (asks about the subject itself) (hand-set: 0). */
  topicLeadWeight: 1.5,
  /** × (1 + w · share of query terms standing next to each other) (hand-set: 0.3). */
  proximityWeight: 0.3,
  /** × (1 + w · fit) with the asked-for kind of token (fit 1 near a question word, 0.5 elsewhere) (hand-set: 1). */
  answerTypeWeight: 1.5,
  /** share of the previous sentence's BM25 lent to a sentence that refers back with a pronoun (hand-set: 0.6). */
  pronounWeight: 0,
  /** share of a question word's idf lent by the sentence before to a sentence that refers back with a pronoun and lacks the word (hand-set: 0). */
  antecedentWeight: 0.75,
  /** weight of a WordNet synonym or derived form against the question word it stands for (hand-set: 0.3). */
  paraphraseWeight: 0.3,
  /** MMR: what similarity to a hit already picked costs among the best (0: no diversification) (hand-set: 0.5). */
  diversityWeight: 0.25,
};
