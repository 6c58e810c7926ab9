/**
 * Two people written as one run of names (`Naylor and Beesley said`, `Glenn and Warner said`, `Mark
 * and Condon said`): the name finder reads such a run as one name, as it reads a firm named for its
 * founders (`Rohm and Haas`, `Duff and Phelps`). The article tells them apart: each side of a pair of
 * people is a name it gives someone elsewhere (`FCA chairman Frank Naylor`, `the system spokesman
 * Beesley`); a firm's founders are seldom named in its news.
 */
import { FIRM_ABBREVIATIONS } from './lexicon.ts';
import { bare, bareOf, fold, type Mention, type ParagraphTokens } from './names.ts';

/** What the check reads of attribution's paragraph view (which imports it: no type import back). */
type JointView = ParagraphTokens & {
  readonly byStart: ReadonlyMap<number, Mention>;
  readonly byEnd: ReadonlyMap<number, Mention>;
  readonly articlePeople?: ReadonlySet<string>;
};

export const NO_PEOPLE: ReadonlySet<string> = new Set();

/**
 * The last name part of every person the article names with a person's mark (a full name, a given name,
 * a role or title: `FCA chairman Frank Naylor`, `the system spokesman Beesley`) and no `and`: who a
 * side may be. (A lone capitalised word is no mark: `after Watergate and Mr Woodward confirmed`.)
 */
export function articlePeople(views: readonly { readonly mentions: readonly Mention[] }[]): ReadonlySet<string> {
  let people: Set<string> | null = null;
  for (const p of views)
    for (const m of p.mentions) {
      if (m.thing || m.parts.includes('and')) continue;
      if (!(m.parts.length >= 2 || m.givenName || m.titled || m.desc !== null)) continue;
      const last = m.parts[m.parts.length - 1];
      if (last === undefined) continue;
      people ??= new Set();
      people.add(last);
    }
  return people ?? NO_PEOPLE;
}

/**
 * Whether mention `m` and a name joined to it by `and` (`Naylor and Beesley`, which the name finder
 * may read as one run or as two names, a firm's or not) end each in a name of a person of the article.
 */
export function namesTwoPeople(p: JointView, m: Mention): boolean {
  const people = p.articlePeople;
  if (people === undefined || people.size < 2) return false;
  const person = (k: number) => people.has(fold(bareOf(p.values[k] ?? '')));
  // (`Naylor and Beesley`, `Scocozza and Deputy Assistant Attorney General Roger Andewelt`; not a firm
  // named for a person before its employee's role: `James Capel and Co analyst Tom Murtha`.)
  for (let k = m.from + 1; k < m.to; k += 1)
    if (p.normals[k] === 'and') {
      for (let r = k + 1; r < m.coreFrom; r += 1) if (FIRM_ABBREVIATIONS.has(bare(p, r))) return false;
      return person(k - 1) && person(m.to);
    }
  if (p.normals[m.from - 1] === 'and' && p.byEnd.has(m.from - 2)) return person(m.from - 2) && person(m.to);
  if (p.normals[m.to + 1] === 'and' && p.byStart.has(m.to + 2))
    return person(m.to) && person(p.byStart.get(m.to + 2)!.to);
  return false;
}
