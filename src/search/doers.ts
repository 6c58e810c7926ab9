/**
 * The doer of a who-question's verb, named by its role: `who is buying the ground` is answered by
 * `The buyer, Ashcombe Homes, …`, `who set up the festival` by `Its founder, Tom Garbutt`, `who
 * trains Chloe Hollis` by `Her father and coach, Martin Hollis`. The answer names the person with
 * the noun for whoever does the asked thing, not with the verb, and WordNet's derived forms reach
 * few of these nouns (a founder founds, but a founder sets up nothing; a coach trains). A small
 * general table of news verbs and the nouns for their doers; a sentence holding one holds the verb
 * (RankParams.doerWeight, ./rank.ts).
 *
 * Only where the asked person does the verb: `who [aux] VERB`, active (`who bought`, `who is
 * buying`, `who will direct`, `who's going to host`); not `who got arrested`, `who was killed`,
 * nor `who was the deputy orozco killed` (the one killed, not the killer).
 */
import type { AnalyzedSentence, Analyzer } from '../nlp/analyzer.ts';
import { expand, type Expansion, noExpansions } from './paraphrase.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import type { Statistics } from './statistics.ts';

/** The nouns for whoever does a verb (its lemma; a phrasal verb as `verb particle`). */
const DOERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['buy', ['buyer', 'purchaser', 'bidder']],
  ['purchase', ['buyer', 'purchaser']],
  ['acquire', ['buyer', 'acquirer']],
  ['sell', ['seller', 'vendor']],
  ['own', ['owner', 'proprietor']],
  ['found', ['founder']],
  ['set up', ['founder']],
  ['establish', ['founder']],
  ['start', ['founder']],
  ['create', ['creator', 'founder']],
  ['run', ['manager', 'owner', 'operator']],
  ['manage', ['manager']],
  ['chair', ['chairman', 'chairwoman', 'chair']],
  ['lead', ['leader']],
  ['rule', ['ruler']],
  ['govern', ['governor']],
  ['coach', ['coach', 'trainer', 'manager']],
  ['train', ['trainer', 'coach']],
  ['referee', ['referee', 'ref', 'umpire']],
  ['umpire', ['umpire']],
  ['write', ['writer', 'author', 'screenwriter']],
  ['pen', ['writer', 'author', 'screenwriter']],
  ['compose', ['composer']],
  ['direct', ['director']],
  ['produce', ['producer']],
  ['host', ['host', 'presenter', 'emcee']],
  ['present', ['presenter', 'host']],
  ['design', ['designer', 'architect']],
  ['build', ['builder', 'developer', 'contractor']],
  ['develop', ['developer']],
  ['invent', ['inventor']],
  ['discover', ['discoverer']],
  ['publish', ['publisher']],
  ['edit', ['editor']],
  ['employ', ['employer']],
  ['teach', ['teacher']],
  ['play', ['player']],
  ['sing', ['singer']],
  ['perform', ['performer']],
  ['paint', ['painter', 'artist']],
  ['kill', ['killer', 'gunman']],
  ['murder', ['murderer', 'killer']],
  ['shoot', ['gunman', 'shooter']],
  ['attack', ['attacker', 'assailant']],
  ['rob', ['robber']],
  ['steal', ['thief']],
  ['kidnap', ['kidnapper']],
  ['hijack', ['hijacker']],
  ['win', ['winner']],
  ['score', ['scorer']],
  ['drive', ['driver']],
  ['fly', ['pilot']],
  ['captain', ['captain', 'skipper']],
  ['command', ['commander']],
  ['investigate', ['investigator', 'detective']],
  ['prosecute', ['prosecutor']],
  ['represent', ['lawyer', 'attorney', 'solicitor', 'representative']],
  ['defend', ['lawyer', 'attorney', 'solicitor']],
  ['negotiate', ['negotiator']],
  ['mediate', ['mediator']],
  ['broker', ['broker', 'mediator']],
  ['sponsor', ['sponsor']],
  ['fund', ['funder', 'backer', 'sponsor']],
  ['finance', ['financier', 'backer']],
  ['back', ['backer', 'supporter']],
  ['support', ['supporter', 'backer']],
  ['organise', ['organiser', 'organizer']],
  ['organize', ['organizer', 'organiser']],
  ['rescue', ['rescuer']],
  ['supervise', ['supervisor']],
  ['oversee', ['supervisor']],
  ['protest', ['protester', 'protestor']],
  ['succeed', ['successor']],
  ['replace', ['replacement', 'successor']],
]);

/** The particles a phrasal verb of the table may take. */
const PARTICLES = new Set(['up', 'out', 'off', 'over', 'in', 'down']);

/**
 * Where the asked person does the verb: `who` (or `who's`, `whos`), then auxiliaries of the
 * active voice, then the verb (the captured word). `is/was/are` only before an -ing form; `has/had`
 * not before `been` (the passive: `who has been charged`).
 */
const DOER_ASKED =
  /^\s*who(?:'s|s|\u2019s)?(?:\s+(?:will|would|can|could|did|does|do|should|might|may|must|going to|gonna|is|was|are|were|has|have|had))*\s+([a-z]+)\b/i;

/** A who-question's verb (its index term) and the nouns for whoever does it. */
export interface Doers {
  readonly verb: string;
  readonly nouns: readonly string[];
}

/**
 * The nouns for the doer of a who-question's verb, when the asked person does it (DOER_ASKED):
 * read from the question (`typed`, as asked) and its analyzed topic (for the verb's lemma and
 * term). Null for other questions and verbs the table does not know.
 */
export function doersOf(typed: string, topic: readonly AnalyzedSentence[]): Doers | null {
  const match = DOER_ASKED.exec(typed.replace(/\u2019/g, "'"));
  if (match === null) return null;
  const word = match[1]!.toLowerCase();
  const auxiliaries = match[0].slice(0, match[0].length - match[1]!.length).toLowerCase();
  // `who is buying`, not `who is the buyer` nor `who was killed`.
  if (/(?:\bis|\bwas|\bare|\bwere|'s)\s*$/.test(auxiliaries) && !word.endsWith('ing')) return null;
  if (/\b(?:has|have|had)\s*$/.test(auxiliaries) && word === 'been') return null;
  for (const sentence of topic) {
    const a = sentence.arrays;
    for (let i = sentence.from; i < sentence.to; i += 1) {
      if (a.normals[i] !== word) continue;
      const verb = a.terms[i];
      if (verb === null || verb === undefined) return null;
      const lemma = a.lemmas?.[i] ?? word;
      const next = i + 1 < sentence.to ? a.normals[i + 1]! : '';
      const phrasal = PARTICLES.has(next) ? DOERS.get(`${lemma} ${next}`) : undefined;
      const nouns = phrasal ?? DOERS.get(lemma) ?? DOERS.get(word) ?? DOERS.get(verbOfIng(word));
      return nouns === undefined ? null : { verb, nouns };
    }
  }
  return null;
}

/**
 * The doer's nouns of a who-question's verb (doersOf) as expansions of the verb's question term,
 * for each of the `indexes` searched (those it uses): none when the question asks no doer, or a
 * noun is a question term already (`who coached`: `coach`).
 */
export function doerExpansions(
  typed: string,
  topic: readonly AnalyzedSentence[],
  terms: readonly string[],
  analyzer: Analyzer,
  indexes: readonly SentenceIndex[],
  statistics: Statistics,
): Expansion[][] {
  const out = noExpansions(indexes.length);
  const doers = doersOf(typed, topic);
  if (doers === null) return out;
  const of = terms.indexOf(doers.verb);
  if (of === -1) return out;
  const added = new Set<string>();
  for (const noun of doers.nouns) {
    const term = analyzer.termFor(noun);
    if (terms.includes(term) || added.has(term)) continue;
    added.add(term);
    expand(term, of, false, indexes, statistics, out, null);
  }
  return out;
}

/** The verb of an -ing form the tagger read as a noun (`coaching`: coach, `hosting`: host); '' for other words. */
function verbOfIng(word: string): string {
  return word.endsWith('ing') ? word.slice(0, -3) : '';
}
