/**
 * Two people written as one run of names (`Naylor and Beesley said`, `Glenn and Warner said`, `Mark
 * and Condon said`): the name finder reads such a run as one name, as it reads a firm named for its
 * founders (`Rohm and Haas`, `Duff and Phelps`). The article tells them apart: each side of a pair of
 * people is a name it gives someone elsewhere (`FCA chairman Frank Naylor`, `the system spokesman
 * Beesley`); a firm's founders are seldom named in its news. So are two bodies, or two people the
 * article never marks as people (`AMD and SeaMicro say`, `The DIW and Ifo said`, `Locke and Salazar
 * said`): each side is a name the article writes standing alone elsewhere (`SeaMicro says`, `the DIW
 * institute`), which neither `Rohm` nor `Haas` of `Rohm and Haas` is.
 */
import { FIRM_ABBREVIATIONS } from './lexicon.ts';
import { bare, bareOf, fold, type Mention, type ParagraphTokens, withoutThe } from './names.ts';
import { OPENERS } from './orgNames.ts';
import { firmKey, orgKey } from './speakers.ts';

/** What the check reads of attribution's paragraph view (which imports it: no type import back). */
type JointView = ParagraphTokens & {
  readonly byStart: ReadonlyMap<number, Mention>;
  readonly byEnd: ReadonlyMap<number, Mention>;
  readonly articlePeople?: ReadonlySet<string>;
  readonly articleText?: string;
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
 * Whether the article's text, past its headline, writes `name` standing alone: not beside `and`/`&`
 * (`AMD and SeaMicro`), nor inside a longer run of capitalised words (`Turner and Newall Plc`; after a
 * possessive, `Munich's Ifo institute`, it is alone), a possessive after it counting as alone.
 */
function writtenAlone(name: string, text: string): boolean {
  const body = text.slice(text.indexOf('\n') + 1);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of body.matchAll(new RegExp(String.raw`(?<![\p{L}\d-])${escaped}(?![\p{L}\d-])`, 'gu'))) {
    const at = match.index ?? 0;
    const before = /(\S*)\s*$/u.exec(body.slice(Math.max(0, at - 30), at))?.[1] ?? '';
    const after = body.slice(at + name.length, at + name.length + 30);
    if (/^(?:and|&)$/u.test(before) || /^[ \t]+(?:and|&)[ \t]/u.test(after)) continue;
    if (/^[’']?s?[ \t]+\p{Lu}/u.test(after)) continue;
    if (/^\p{Lu}/u.test(before) && !/(?:[.,;:]|['’]s)$/u.test(before) && !OPENERS.has(before)) continue;
    return true;
  }
  return false;
}

/**
 * Whether an organisation's or a run's name as a cue wrote it is two names joined by one `and` (`AMD
 * and SeaMicro`, `The DIW and Ifo`, `Locke and Salazar`) that the article each writes standing alone
 * elsewhere: two speakers, or two bodies, not one.
 */
export function namesTwoAlone(p: JointView, name: string): boolean {
  const text = p.articleText;
  const written = withoutThe(name);
  // (`&` joins a firm's name, `Ridley & Hartwell`, `Procter & Gamble`: only `and` may join two.)
  const sides = written.split(/\s+and\s+/);
  if (sides.length !== 2 || text === undefined) return false;
  // (A firm's legal form closes one name, `Forstmann Little and Co`; letters are no names, `S and P`.)
  if (firmKey(name) !== orgKey(name) || sides.some((side) => side.length < 2)) return false;
  if (!writtenAlone(sides[0]!, text) || !writtenAlone(sides[1]!, text)) return false;
  // A longer name the article first writes it in is one body's: `Pacific Gas and Electric Co said`.
  const at = text.indexOf(written);
  return at < 0 || !/^[ \t]+\p{Lu}/u.test(text.slice(at + written.length, at + written.length + 40));
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
