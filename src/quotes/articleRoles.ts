/**
 * Role nouns an article teaches: a lower-case noun it wrote as a person's role right by the name
 * (`Lifeboat coxswain Brian Pengelly`, `The lifeboat's coxswain, Huw Meredith,`, `Alison Clegg, the
 * park's head keeper,`) is a role noun in that article, so `the coxswain said` later refers back to
 * that person as `the spokesman said` does with a noun of the lists. No list can hold every trade.
 */
import type { ArticleRoles, ParagraphView } from './attribution.ts';
import { HONORIFICS, KIN_GENDER, LOWERCASE_ROLES, STYLES, TITLES } from './lexicon.ts';
import { bare, isCapitalised, type Mention } from './names.ts';

export const NO_ARTICLE_ROLES: ArticleRoles = new Map();

/** Words a noun phrase of a role may hold before its noun (`the lifeboat's`, `head`, `senior`). */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);
const OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', "'s"]);

/**
 * The role nouns `views` teach that no list of `known` holds: a singular lower-case noun right
 * before a person's name, or heading a noun phrase set off by commas right before or after it.
 */
export function articleRoles(views: readonly ParagraphView[], known: (word: string) => boolean): ArticleRoles {
  let roles: Map<string, Mention[]> | null = null;
  for (const p of views)
    for (const m of p.mentions) {
      if (m.thing || !(m.givenName || m.parts.length >= 2)) continue;
      for (const noun of [nounBefore(p, m), nounSetOffBefore(p, m), nounSetOffAfter(p, m)]) {
        if (noun < 0) continue;
        const word = bare(p, noun);
        if (known(word) || LOWERCASE_ROLES.has(word) || TITLES.has(word) || KIN_GENDER.has(word)) continue;
        roles ??= new Map();
        const list = roles.get(word) ?? [];
        list.push(m);
        roles.set(word, list);
      }
    }
  return roles ?? NO_ARTICLE_ROLES;
}

/** A singular lower-case noun outside quotes at `k`, or false. */
function roleNoun(p: ParagraphView, k: number): boolean {
  if (k < 0 || p.quote[k] !== -1 || p.pos[k] !== 'NOUN' || isCapitalised(p, k)) return false;
  const word = bare(p, k);
  return /^[a-z]+$/.test(word) && word.length > 2 && !(word.endsWith('s') && !word.endsWith('ss'));
}

/** `Lifeboat coxswain Brian Pengelly`: the noun right before the name. */
function nounBefore(p: ParagraphView, m: Mention): number {
  const k = m.coreFrom - 1;
  return roleNoun(p, k) && p.sentence[k] === p.sentence[m.coreFrom] ? k : -1;
}

/**
 * `The lifeboat's coxswain, Huw Meredith,`: a noun phrase that opens its sentence, set off before
 * the name, which a comma closes too (never `In the report, John Smith, …`: no preposition). An
 * honorific or a style before the name is no role of its own (`The orchestra's principal conductor,
 * Sir Alexander Wedgwood,`).
 */
function nounSetOffBefore(p: ParagraphView, m: Mention): number {
  for (let t = m.from; t < m.coreFrom; t += 1) if (!courtesy(bare(p, t))) return -1;
  const k = m.from - 2;
  if (p.values[k + 1] !== ',' || p.values[m.to + 1] !== ',' || !roleNoun(p, k)) return -1;
  let start = k;
  while (start - 1 >= 0 && p.sentence[start - 1] === p.sentence[k] && PHRASE_POS.has(p.pos[start - 1]!)) start -= 1;
  const opensSentence = start === 0 || p.sentence[start - 1] !== p.sentence[k];
  return opensSentence && OPENERS.has(p.normals[start]!) && start < k ? k : -1;
}

const courtesy = (word: string): boolean => HONORIFICS.has(word) || STYLES.has(word);

/** `Alison Clegg, the park's head keeper,`: a noun phrase set off after the name, closed by a comma or a full stop. */
function nounSetOffAfter(p: ParagraphView, m: Mention): number {
  const open = m.to + 2;
  if (p.values[m.to + 1] !== ',' || !OPENERS.has(p.normals[open] ?? '')) return -1;
  for (let k = open + 1; k < p.length && k - open <= 6 && p.sentence[k] === p.sentence[open]; k += 1) {
    if (p.values[k] === ',' || p.values[k] === '.') return roleNoun(p, k - 1) && k - 1 > open ? k - 1 : -1;
    if (!PHRASE_POS.has(p.pos[k]!) || p.quote[k] !== -1) return -1;
  }
  return -1;
}
