/**
 * Finding speakers by what a user types: any part of any name of the speaker, case and accents
 * ignored (`bruce`, `Tammy Bruce`, `TAMMY`), a prefix of three letters or more (`bru`), or a small
 * typo (Damerau-Levenshtein distance 1 for words of four or five letters, 2 from six). Titles in
 * the query are ignored (`President Trump`). The best kind of match wins: when some speaker matches
 * exactly, speakers that only match with a typo are left out.
 */
import { FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, TITLES } from './lexicon.ts';
import { fold } from './names.ts';

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function damerauLevenshtein(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let row = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i += 1) {
    row[0] = i;
    for (let j = 1; j <= m; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
    }
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[m]!;
}

/** How many edits a query word of this length may be off by. */
export function typoAllowance(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * How far a query is from a speaker's name words, for ranking typo matches: the sum over query
 * words of the fewest edits to a name word, a word that differs in its first letter counting half
 * an edit more (`Wegner` is nearer `Wenger` than `Renner`).
 */
export function typoDistance(words: readonly string[], names: ReadonlySet<string>): number {
  let total = 0;
  for (const q of words) {
    let best = Number.POSITIVE_INFINITY;
    for (const w of names) {
      if (w === q || (q.length >= 3 && w.startsWith(q))) {
        best = 0;
        break;
      }
      if (Math.abs(w.length - q.length) > typoAllowance(q.length)) continue;
      best = Math.min(best, damerauLevenshtein(q, w) + (w[0] === q[0] ? 0 : 0.5));
    }
    total += best;
  }
  return total;
}

/** Whether a query's last word is within its typo allowance of the surname (`Wegner`: Wagner, not Werner Rein). */
export function typoOfSurname(words: readonly string[], surname: string): boolean {
  const last = words[words.length - 1];
  if (last === undefined || surname.length === 0) return false;
  const allowance = typoAllowance(last.length);
  return Math.abs(surname.length - last.length) <= allowance && damerauLevenshtein(last, surname) <= allowance;
}

/** Gendered titles in a query (`mrs`, `lord`, `princess`): the gender they tell, or null. */
export function queryGender(query: string): 'm' | 'f' | null {
  const titles = queryTitles(query);
  const male = titles.some((t) => MALE_HONORIFICS.has(t));
  const female = titles.some((t) => FEMALE_HONORIFICS.has(t));
  return male === female ? null : male ? 'm' : 'f';
}

/**
 * Suggestions go no further than this share of a word's letters wrong (the typo allowance: one
 * edit in six letters, two in seven): unrelated names are no suggestion.
 */
export const SUGGESTION_CUTOFF = 0.3;

/** How a query word matches a name: 0 not at all, then by typo, by prefix, exactly. */
export const Match = { None: 0, Typo: 1, Prefix: 2, Exact: 3 } as const;
export type Match = (typeof Match)[keyof typeof Match];

/**
 * How well a query names a speaker, best last: by typo, by prefix, a first name (or another part
 * of a name), the surname, or the whole of a name the speaker goes by (`Bill Gates`, `Tammy Bruce`).
 */
export const Rank = { None: 0, Typo: 1, Prefix: 2, Part: 3, Surname: 4, Whole: 5 } as const;
export type Rank = (typeof Rank)[keyof typeof Rank];

/** The rank of a speaker for a query's words, given the speaker's name forms (titles left out) and surname. */
export function rankSpeaker(
  words: readonly string[],
  names: ReadonlySet<string>,
  forms: ReadonlySet<string>,
  surname: string,
): Rank {
  const m = matchSpeaker(words, names);
  if (m === Match.None) return Rank.None;
  if (m === Match.Typo) return Rank.Typo;
  if (m === Match.Prefix) return Rank.Prefix;
  if (words.length >= 2 && forms.has(words.join(' '))) return Rank.Whole;
  return words[words.length - 1] === surname ? Rank.Surname : Rank.Part;
}

/** The title words of a query (`mr`, `mrs`, `lord`): they narrow a lookup to the people called so. */
export function queryTitles(query: string): string[] {
  return fold(query)
    .split(/[\s,;:.]+/)
    .filter((w) => HONORIFICS.has(w) || TITLES.has(w));
}

/** A query's words: folded, punctuation dropped, titles dropped when a name word remains. */
export function queryWords(query: string): string[] {
  const words = fold(query)
    .split(/[\s,;:]+/)
    .map(trimmed)
    .filter((w) => w.length > 0);
  const names = words.filter((w) => !TITLES.has(w) && !HONORIFICS.has(w));
  return names.length > 0 ? names : words;
}

/**
 * A word less the punctuation around it (`"O'Neill,"` is `O'Neill`): a query's words and a speaker's
 * name words are cut alike, or the one would never meet the other.
 */
const trimmed = (w: string): string => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The words a speaker can be found by: every part of every name form, hyphenated parts split too. */
export function nameWords(forms: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const form of forms) {
    for (const raw of fold(form).split(/\s+/)) {
      const w = trimmed(raw);
      if (w.length === 0) continue;
      out.add(w);
      if (w.includes('-')) for (const piece of w.split('-')) if (piece.length > 0) out.add(piece);
    }
  }
  return out;
}

function wordMatch(q: string, words: ReadonlySet<string>): Match {
  if (words.has(q)) return Match.Exact;
  let best: Match = Match.None;
  const allowance = typoAllowance(q.length);
  for (const w of words) {
    if (q.length >= 3 && w.startsWith(q)) return Match.Prefix;
    if (
      best === Match.None &&
      allowance > 0 &&
      Math.abs(w.length - q.length) <= allowance &&
      damerauLevenshtein(q, w) <= allowance
    )
      best = Match.Typo;
  }
  return best;
}

/** How well a query (its words) names a speaker (its name words): the weakest word's match. */
export function matchSpeaker(words: readonly string[], names: ReadonlySet<string>): Match {
  if (words.length === 0) return Match.None;
  let weakest: Match = Match.Exact;
  for (const q of words) {
    const m = wordMatch(q, names);
    if (m === Match.None) return Match.None;
    if (m < weakest) weakest = m;
  }
  return weakest;
}

/** How far a query is from a speaker, for suggestions: the closest pair of words, or whole names. */
export function distance(query: string, words: readonly string[], name: string, names: ReadonlySet<string>): number {
  let best = damerauLevenshtein(fold(query).trim(), fold(name)) / Math.max(1, name.length);
  for (const q of words) {
    for (const w of names) best = Math.min(best, damerauLevenshtein(q, w) / Math.max(q.length, w.length));
  }
  return best;
}
