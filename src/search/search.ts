/**
 * Answering a question: analyze it with the corpus's analyzer, rank sentences, and judge once
 * how sure the best sentence is to answer (./abstention.ts): confident, unsure (the closest
 * passages shown, with the reason) or declined (nothing shown).
 */
import { termsOf, type AnalyzedSentence, type Analyzer } from '../nlp/analyzer.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import {
  barsFor,
  decide,
  declineReason,
  evidenceOf,
  type AbstentionBars,
  type AbstentionPolicy,
  type DeclineReason,
  type Evidence,
  type Reason,
} from './abstention.ts';
import { idf } from './bm25.ts';
import { type Excerpt, excerpt, type Mark } from './excerpt.ts';
import { brokenCompounds, compoundsOf } from './compounds.ts';
import { doerExpansions } from './doers.ts';
import { type Expansion, noExpansions, paraphrases } from './paraphrase.ts';
import { addNarrower } from './narrower.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import { negatedForms } from './negation.ts';
import { asksForToken, questionFrame, withoutStateWords, yesNoRoles, type AnswerType } from './question.ts';
import { bestArticleMatch, knownTermIds, rank, type RankedSentence, type RankParams, type RankQuery } from './rank.ts';
import { queryTermsIn, statisticsOf, type QueryTerm } from './statistics.ts';
import { diversify, placesOf, type Place } from './diversify.ts';
import { writtenAsNames } from './writtenAsName.ts';
import { TERM_BITS, termBit } from './termBits.ts';
import { chosenInFirstArticle } from './firstArticle.ts';

export interface SearchOptions {
  readonly limit?: number;
  /** A document id: only its sentences are searched. */
  readonly source?: string;
  /** When false, never decline: return ranked hits whatever the confidence (with a source: every sentence). */
  readonly abstain?: boolean;
  /** Neighbouring sentences of the same paragraph to include on each side. */
  readonly context?: number;
}

/** Where a sentence is: its article and its place there. */
export interface Citation {
  readonly source: string;
  readonly title: string;
  readonly url?: string;
  readonly paragraph: number;
  readonly sentence: number;
  /** Offsets of the sentence in the source file's text. */
  readonly start: number;
  readonly end: number;
}

export interface Hit extends Citation {
  /** The same sentence (or a near-identical one) in other articles, collapsed into this hit (./diversify.ts). */
  readonly alsoIn: readonly Citation[];
  readonly text: string;
  readonly marks: readonly Mark[];
  readonly before: string;
  readonly after: string;
  readonly score: number;
  readonly coverage: number;
}

/** How sure the engine is that the first hit answers: `low` shows the closest passages with a reason. */
export type Confidence = 'high' | 'low';

export interface SearchResult {
  readonly question: string;
  readonly answerType: AnswerType | null;
  readonly hits: readonly Hit[];
  /** True when the engine declined (no hits): the question's words are unknown, or nothing matches. */
  readonly abstained: boolean;
  /** With hits: `high`, or `low` when unsure (then `reason` says why); null when declined. */
  readonly confidence: Confidence | null;
  /** Why it declined (with `abstained`) or is unsure (confidence `low`); absent when confident. */
  readonly reason?: Reason;
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
  // Arrays that go on to other functions are built with push, not `map`: V8's `map` makes an
  // array of another kind once the function calling it is compiled (holey, not packed), and every
  // function compiled on the first kind is thrown away at the first of the other (frequencies,
  // queryTermsIn, rank, nearSupportOf, diversify: each compiled again, in a cold process).
  const indexes: SentenceIndex[] = [];
  for (const part of parts) indexes.push(part.index);
  const statistics = statisticsOf(indexes);
  const frame = questionFrame(trimmed, settings.rank.wideFrames);
  const { answerType, countedAt } = frame;
  // "Are the red sox going to sign teixeira": the future is no word of the asked fact (RankParams.yesNoStateWords).
  const topic = answerType === 'yesno' && settings.rank.yesNoStateWords ? withoutStateWords(frame.topic) : frame.topic;
  const analyzed = settings.analyzer.analyze(topic);
  const counted = answerType === 'number' && countedAt !== undefined ? countedWords(analyzed, countedAt) : [];
  const words = termsOf(analyzed);
  const roles = answerType === 'yesno' ? yesNoRoles(analyzed, settings.rank.yesNoClause) : undefined;
  // Inside a chosen article a yes/no question asks its predicate: the subject's words weigh less (RankParams.yesNoSubjectChosen).
  const wholeTerms = queryTermsIn(indexes, words, statistics);
  const chosenTerms = subjectWeighed(wholeTerms, roles, settings.rank.yesNoSubjectChosen);
  const termsByPart = scope === undefined ? wholeTerms : chosenTerms;
  const questionTerms: string[] = [];
  for (const t of termsByPart[0]!) questionTerms.push(t.term);
  const expansions =
    settings.wordnet === null
      ? noExpansions(indexes.length)
      : paraphrases(analyzed, questionTerms, settings.analyzer, settings.wordnet, indexes, statistics);
  // "Who's the artist behind leviathan": `sculptor` in the chosen article stands for `artist` (RankParams.chosenNarrower).
  if (scope !== undefined && settings.wordnet !== null && settings.rank.chosenNarrower)
    addNarrower(
      analyzed,
      questionTerms,
      settings.analyzer,
      settings.wordnet,
      indexes,
      scope.part,
      scope.docIndex,
      statistics,
      expansions,
    );
  // "Did the guards get hurt": `unharmed` stands for `hurt`, and denies it (RankParams.yesNoNegated).
  const negated =
    roles !== undefined && settings.rank.yesNoNegated
      ? negatedForms(
          analyzed,
          roles.predicate,
          questionTerms,
          expansions,
          indexes,
          statistics,
          settings.analyzer,
          settings.wordnet,
        )
      : undefined;
  // "Who is buying the ground": `the buyer, Ashcombe Homes` holds the verb (./doers.ts, RankParams.doerWeight).
  const doers =
    answerType === 'person' && settings.rank.doerWeight > 0
      ? doerExpansions(trimmed, analyzed, questionTerms, settings.analyzer, indexes, statistics)
      : undefined;
  // Rank deeper than the limit when abstaining: weak hits after the first are dropped first, so
  // a page of N hits is the first N of one list, whatever N is.
  // Deep enough to collapse and diversify the same window whatever the limit.
  const depth = Math.max(limit, settings.rank.diversifyDepth, abstain ? settings.rank.rerankDepth : 0);
  // The question's names, read over every part as one corpus (RankParams.storyNameWeight).
  const names =
    scope === undefined && settings.rank.storyNameWeight > 0
      ? writtenAsNames(indexes, termsByPart, settings.rank.storyNameShare)
      : 0;
  const queries: RankQuery[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    // Every field written, absent ones undefined: one shape of query for rank to be compiled for.
    queries.push({
      part: i,
      terms: termsByPart[i]!,
      expansions: expansions[i]!,
      answerType,
      roles,
      counted: counted.length === 0 ? undefined : countedIdsOf(termsByPart[i]!, expansions[i]!, counted),
      negated: negated === undefined || negated[i]!.length === 0 ? undefined : negated[i]!,
      doers: doers === undefined || doers[i]!.length === 0 ? undefined : doers[i]!,
      documents: parts[i]!.documents,
      statistics,
      // Every sentence of a chosen article is a candidate, abstaining or not (RankQuery.docIndex).
      docIndex: scope === undefined ? undefined : scope.docIndex,
      bestArticle: undefined,
      names,
    });
  }
  // Several indexes (a server's own articles beside the shared corpus): the article evidence is
  // measured against the best article of all of them (RankQuery.bestArticle).
  if (parts.length > 1 && scope === undefined && settings.rank.articleWeight > 0) {
    let best = 0;
    for (let i = 0; i < parts.length; i += 1)
      best = Math.max(best, bestArticleMatch(parts[i]!.index, queries[i]!, settings.rank));
    for (let i = 0; i < parts.length; i += 1) queries[i] = { ...queries[i]!, bestArticle: best };
  }
  const lists: RankedSentence[][] = [];
  for (let i = 0; i < parts.length; i += 1)
    lists.push(scope !== undefined && scope.part !== i ? [] : rank(parts[i]!.index, queries[i]!, settings.rank, depth));
  // Each list is ranked already; several are merged by score.
  const merged =
    lists.length === 1
      ? lists[0]!
      : lists
          .flat()
          .sort((a, b) => b.score - a.score || a.part - b.part || a.id - b.id)
          .slice(0, depth);
  // A why or yes/no question in a whole archive: the archive picks the article, the chosen path
  // the sentence inside it (RankParams.firstArticleChosen, ./firstArticle.ts).
  const ranked =
    scope === undefined && settings.rank.firstArticleChosen && (answerType === 'reason' || answerType === 'yesno')
      ? chosenInFirstArticle(indexes, queries, chosenTerms, merged, settings.rank, depth)
      : merged;

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
          relativeUnknown: corpusBars.relativeUnknown,
          rareTerm: corpusBars.rareTerm,
        };
  // A term is unknown when no part uses it; known when some part does. Shorthand the articles never
  // use but spell out ("DC": Washington) is understood; so, in a large corpus, is a word whose
  // WordNet relative they use (`mislay`: misplace), for its idf share not counted unknown
  // (AbstentionBars.relativeUnknown: in one article, "league" would find a relative by chance).
  const spelledOut = new Set<number>();
  const related = new Set<number>();
  for (const list of expansions) for (const e of list) (e.shorthand ? spelledOut : related).add(e.of);
  const terms = termsByPart[0]!;
  const known: boolean[] = [];
  let unknownIdf = 0;
  for (let k = 0; k < terms.length; k += 1) {
    const used = termsByPart.some((part) => part[k]!.termId !== undefined) || spelledOut.has(k);
    const byRelative = !used && related.has(k) && bars.relativeUnknown < 1;
    known.push(used || byRelative);
    if (!used) unknownIdf += byRelative ? terms[k]!.idf * bars.relativeUnknown : terms[k]!.idf;
  }
  const totalIdf = terms.reduce((sum, t) => sum + t.idf, 0);
  const top = ranked[0];
  const evidence = {
    ...evidenceOf(
      totalIdf === 0 ? 0 : unknownIdf / totalIdf,
      known.filter(Boolean).length,
      top,
      nearSupportOf(analyzed, /^\s/.test(topic), terms, known, top, bars, statistics.sentences),
    ),
    wordsApart:
      top === undefined
        ? []
        : brokenCompounds(parts[top.part]!.index, top.id, compoundsOf(analyzed), settings.abstention.namedModifier),
  };
  const typed = scope === undefined && asksForToken(answerType);
  // Declines are known from the ranking alone: no hits to collapse, diversify or judge.
  const declined: DeclineReason | null = declineReason(evidence, bars) ?? (ranked.length === 0 ? 'no-match' : null);
  if (declined !== null && (ranked.length === 0 || abstain)) {
    return {
      question: trimmed,
      answerType,
      hits: [],
      abstained: true,
      confidence: null,
      evidence,
      reason: declined,
    };
  }
  const {
    order: stories,
    same,
    likeFirst,
  } = diversify(parts, ranked, knownTerms(terms, known), statistics, settings.rank);
  // Copies collapsed, the best rival passage's score as a share of the first's: one that says
  // something else, not another telling of the same thing.
  // Answer votes reorder the hits and leave this doubt as it was (judgedScore).
  const runnerUp = stories
    .slice(1, 4)
    .reduce(
      (best, r, i) =>
        likeFirst[i + 1]! < settings.abstention.rivalBelow
          ? Math.max(best, judgedScore(r) / judgedScore(stories[0]!))
          : best,
      0,
    );
  const judgedOnHits = { ...evidence, runnerUp };
  // One decision, on the hits (a decline here is one `--no-abstain` shows the hits of anyway).
  const outcome = decide(judgedOnHits, typed, bars, settings.abstention);
  const confident: { r: RankedSentence; same: readonly Place[] }[] = [];
  for (let i = 0; i < stories.length && confident.length < limit; i += 1) {
    const r = stories[i]!;
    if (!abstain || i === 0 || r.contextCoverage >= settings.abstention.minFollowingSupport)
      confident.push({ r, same: same[i]! });
  }

  const hits = hitsOf(parts, confident, termsByPart, settings.rank.collapse, options.context ?? 1);
  return {
    question: trimmed,
    answerType,
    hits,
    abstained: false,
    confidence: outcome.outcome === 'confident' ? 'high' : 'low',
    ...(outcome.outcome === 'confident' ? {} : { reason: outcome.reason }),
    evidence: judgedOnHits,
  };
}

/**
 * The hits shown: each sentence's excerpt (its neighbours `context` on each side, the question's
 * words marked) and citation, and with `collapse` every other place it is said. A function of its
 * own: a loop in `search` makes V8 compile all of that long function (half a second of a compiler
 * thread's time on this machine) for code that runs once a question.
 */
function hitsOf(
  parts: readonly SearchPart[],
  shown: readonly { r: RankedSentence; same: readonly Place[] }[],
  termsByPart: readonly (readonly QueryTerm[])[],
  collapse: boolean,
  context: number,
): Hit[] {
  const hits: Hit[] = [];
  for (const { r: hit, same: copies } of shown) {
    const { part: p, id } = hit;
    const { index, documents } = parts[p]!;
    const text = excerpt(index, documents, id, knownTermIds(termsByPart[p]!), context);
    const alsoIn: Citation[] = [];
    if (collapse) for (const place of placesOf(parts, hit, copies)) alsoIn.push(citationOf(parts, place));
    hits.push(hitOf(parts, hit, alsoIn, text));
  }
  return hits;
}

/**
 * Where sentence `place` is. Its fields in this order, `url` only when the article has one (the
 * order JSON output and spreads see), written out rather than spread.
 */
function citationOf(parts: readonly SearchPart[], { part, id }: Place): Citation {
  const { index, documents } = parts[part]!;
  const doc = documents[index.doc[id]!]!;
  const url = doc.meta.url;
  const paragraph = index.paragraph[id]!;
  const sentence = index.sentence[id]!;
  const start = index.start[id]!;
  const end = index.end[id]!;
  return url === undefined
    ? { source: doc.id, title: doc.title, paragraph, sentence, start, end }
    : { source: doc.id, title: doc.title, url, paragraph, sentence, start, end };
}

/** A hit: its citation's fields (as citationOf orders them), then the rest. */
function hitOf(parts: readonly SearchPart[], r: RankedSentence, alsoIn: readonly Citation[], shown: Excerpt): Hit {
  const { index, documents } = parts[r.part]!;
  const id = r.id;
  const doc = documents[index.doc[id]!]!;
  const url = doc.meta.url;
  const paragraph = index.paragraph[id]!;
  const sentence = index.sentence[id]!;
  const start = index.start[id]!;
  const end = index.end[id]!;
  const { text, marks, before, after } = shown;
  const { score, coverage } = r;
  return url === undefined
    ? {
        source: doc.id,
        title: doc.title,
        paragraph,
        sentence,
        start,
        end,
        alsoIn,
        text,
        marks,
        before,
        after,
        score,
        coverage,
      }
    : {
        source: doc.id,
        title: doc.title,
        url,
        paragraph,
        sentence,
        start,
        end,
        alsoIn,
        text,
        marks,
        before,
        after,
        score,
        coverage,
      };
}

/** Tokens of wink's kinds and entities that make a question word a number (a year, an amount). */
const NUMBER_ENTITIES = new Set(['CARDINAL', 'MONEY', 'PERCENT']);

/** Whether question term `k` is held near the best sentence (`heldNear`: its bits; a term past the 31st counts as held). */
function held(k: number, heldNear: number): boolean {
  return k >= TERM_BITS || (heldNear & termBit(k)) !== 0;
}

/**
 * How much of the question is in or next to the best sentence, which words no article uses, and
 * which of its distinctive words are not near it: numbers (a year, an amount), names (a capitalised proper noun past the question's
 * first word) and, in a large corpus, rare words (./abstention.ts, `rareTerm`).
 */
function nearSupportOf(
  analyzed: readonly AnalyzedSentence[],
  /** The question's framing phrase came first ("How many UAL shares"): its first word here is not its first. */
  framedFirst: boolean,
  terms: readonly QueryTerm[],
  known: readonly boolean[],
  top: RankedSentence | undefined,
  bars: AbstentionBars,
  sentences: number,
): Pick<Evidence, 'nearSupport' | 'relationSupport' | 'relationMissing' | 'unsupported' | 'unknownWords'> {
  const heldNear = top?.heldNear ?? 0;
  // The words that say what is asked of the names and numbers ("employ", "lawyer", "capital"):
  // their share of idf held near the best sentence, each counted once.
  let relationIdf = 0;
  let relationHeldIdf = 0;
  const relationMissing: string[] = [];
  const counted = new Set<number>();
  const totalIdf = terms.reduce((sum, t) => sum + t.idf, 0);
  const heldIdf = terms.reduce((sum, t, k) => sum + (held(k, heldNear) ? t.idf : 0), 0);
  // The idf of a word in one sentence: the rarest a known word can be.
  const rarest = idf(sentences, 1);
  const index = new Map(terms.map((t, k) => [t.term, k]));
  const unsupported: string[] = [];
  const unknownWords: string[] = [];
  const seen = new Set<number>();
  let first = !framedFirst;
  for (const sentence of analyzed) {
    const a = sentence.arrays;
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const term = a.terms[i];
      if (!term) continue;
      const initial = first;
      first = false;
      const k = index.get(term);
      if (k === undefined) continue;
      const number = a.kinds[i] === 'number' || NUMBER_ENTITIES.has(a.entities[i] ?? '');
      const name = !initial && a.pos[i] === 'PROPN' && /^[A-Z]/.test(a.values[i]!);
      if (!number && !name && known[k]! && !counted.has(k)) {
        counted.add(k);
        relationIdf += terms[k]!.idf;
        if (held(k, heldNear)) relationHeldIdf += terms[k]!.idf;
        else relationMissing.push(a.values[i]!);
      }
      if (seen.has(k)) continue;
      if (!known[k]) {
        seen.add(k);
        unknownWords.push(a.values[i]!);
      }
      if (held(k, heldNear)) continue;
      const rare = known[k]! && terms[k]!.idf >= bars.rareTerm * rarest;
      if (number || name || rare) {
        seen.add(k);
        if (!unsupported.includes(a.values[i]!)) unsupported.push(a.values[i]!);
      }
    }
  }
  return {
    nearSupport: totalIdf === 0 ? 0 : heldIdf / totalIdf,
    relationSupport: relationIdf === 0 ? 1 : relationHeldIdf / relationIdf,
    relationMissing,
    unsupported,
    unknownWords,
  };
}

/** A hit's score as abstention's runner-up reads it: before answer votes and article evidence (RankParams.answerVoteWeight, articleWeight). */
function judgedScore(r: RankedSentence): number {
  return r.score / (r.voteGain * r.articleGain);
}

/**
 * Each index's query terms with a yes/no question's subject words (those not also in its
 * predicate) at `share` of their idf; as they are for any other question or at share 1.
 */
function subjectWeighed(
  termsByPart: readonly (readonly QueryTerm[])[],
  roles: { readonly subject: readonly string[]; readonly predicate: readonly string[] } | undefined,
  share: number,
): readonly (readonly QueryTerm[])[] {
  if (roles === undefined || share === 1) return termsByPart;
  return termsByPart.map((terms) =>
    terms.map((t) =>
      roles.subject.includes(t.term) && !roles.predicate.includes(t.term)
        ? { ...t, idf: t.idf * share, docIdf: t.docIdf * share }
        : t,
    ),
  );
}

/** The terms the corpus knows, in question order. */
function knownTerms(terms: readonly QueryTerm[], known: readonly boolean[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < terms.length; k += 1) if (known[k]) out.push(terms[k]!.term);
  return out;
}

function unknownSource(question: string): SearchResult {
  return {
    question,
    answerType: null,
    hits: [],
    abstained: true,
    confidence: null,
    reason: 'unknown-source',
    evidence: evidenceOf(0, 0, undefined),
  };
}

function sentencesOf(index: SentenceIndex, docIndex: number): number {
  return index.docFirst[docIndex + 1]! - index.docFirst[docIndex]!;
}

/** The words that name what a count question counts: the nouns and adjectives that open the rest of the question at `at` ("[undersea cables] broke"). */
function countedWords(analyzed: readonly AnalyzedSentence[], at: number): string[] {
  const tokens = analyzed.flatMap((sentence) => sentence.tokens).filter((t) => t.start >= at);
  const words: string[] = [];
  for (const t of tokens.slice(0, MAX_COUNTED_WORDS)) {
    if (!COUNTED_POS.has(t.pos)) break;
    if (t.term !== null) words.push(t.term);
  }
  return words;
}

const COUNTED_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** "how many [New York state parks]": a noun phrase, not the clause after it. */
const MAX_COUNTED_WORDS = 4;

/**
 * The term ids that name what a count question counts: its own words and their paraphrases ("how
 * many kids": `three children`), a count being written in the article's word as often as in the
 * question's.
 */
function countedIdsOf(
  terms: readonly QueryTerm[],
  expansions: readonly Expansion[],
  words: readonly string[],
): number[] {
  const ids = termIdsOf(terms, words);
  for (const e of expansions) if (words.includes(terms[e.of]!.term) && !ids.includes(e.termId)) ids.push(e.termId);
  return ids;
}

/** The term ids this index has for `words`. */
function termIdsOf(terms: readonly QueryTerm[], words: readonly string[]): number[] {
  return terms.flatMap((t) => (t.termId !== undefined && words.includes(t.term) ? [t.termId] : []));
}
