/**
 * An organisation a document names in full and speaks for under its acronym: `The Civil Aviation
 * Authority said …` then `A CAA spokesman said`, `A Rugby Football Union disciplinary panel …` then
 * `The RFU said`. A reader takes one body; the pass names it in full when the acronym is the
 * initials (connectors aside) of exactly one longer name of the document: one that spoke, or a
 * thing named outside quotes. A lone word is its firm's short name (`Meadowvale said` after `the
 * Meadowvale Dairies plant`, `Fellwind said` after `Fellwind Energy wanted`) when the story first
 * writes the word opening exactly one such longer name: in wire copy a longer name is often a
 * subsidiary's, named after its parent (`Lloyds Bank` then `Lloyds Merchant Bank`, `Joseph E.
 * Seagram and Sons` then `Seagram Beverage Co`), and a parent's `Seagram said` is not the unit's.
 * (`Exxon said` beside `Exxon Corp` is one firm already: `firmKey`.)
 *
 * A bare noun for a kind of body (`the Bank said`, `the Ministry said`, `Police said`) is the one
 * body of that kind the document names (`Bank of England`, `World Bank`, `Finance Ministry`), else
 * nobody: the same word is a different body in each story, never one speaker of them all.
 */
import { CONNECTORS, GENERIC_BODIES, PLACES, TITLES } from './lexicon.ts';
import { type Mention, withoutThe } from './names.ts';
import { firmKey, orgKey } from './speakers.ts';

const ACRONYM = /^[A-Z]{2,}$/;
/** `MoD`, `DfES`: capitals with a connector's small letter between two of them (`Ministry of Defence`). */
const MIXED_ACRONYM = /^[A-Z](?:[a-z]?[A-Z])+$/;

/**
 * For each short name among `spoken` (organisations' names as cues wrote them), the one longer
 * name it stands for, by the short name's `orgKey`; names with no such longer name are left out.
 */
export function longOrgNames(
  spoken: readonly string[],
  mentions: readonly Mention[],
  text = '',
): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  let longs: string[] | null = null;
  const tried = new Set<string>();
  for (const written of spoken) {
    const short = withoutThe(written);
    // (Each name once: a story's twenty `MITI said` are one look-up, not twenty.)
    if (tried.has(short)) continue;
    tried.add(short);
    if (!(ACRONYM.test(short) || MIXED_ACRONYM.test(short))) {
      const full = LONE_WORD.test(short) ? firmInFull(short, mentions, text) : null;
      if (full !== null) out.set(orgKey(short), full);
      continue;
    }
    longs ??= longNames(spoken, mentions);
    const fits = new Map<string, string>();
    for (const long of longs) if (standsFor(short, long)) fits.set(orgKey(long), long);
    if (fits.size === 1) out.set(orgKey(short), [...fits.values()][0]!);
    else if (fits.size === 0) {
      const defined = bracketedName(short, text) ?? (ACRONYM.test(short) ? null : writtenName(short, text));
      if (defined !== null) out.set(orgKey(short), defined);
    }
  }
  return out;
}

/** One capitalised word, its second letter small (acronyms have their own rule): `Meadowvale`, `Allis-Chalmers`. */
const LONE_WORD = /^\p{Lu}[\p{Ll}][\p{L}-]*$/u;

/**
 * The one longer name of the story that a lone word opens, told apart by `firmKey` (`Fellwind Energy`;
 * `Exxon Corp` is `Exxon` already), when the story's first use of the word, past its headline, is
 * where it writes that name; else null. Any untitled run of the name finder counts, a person's-looking
 * one too (`Meadowvale Dairies`: the word is the speaking body's, so the run is its name).
 */
function firmInFull(short: string, mentions: readonly Mention[], text: string): string | null {
  const fits = new Map<string, string>();
  for (const m of mentions)
    if (!m.titled && m.name.startsWith(`${short} `) && firmKey(m.name) !== firmKey(short) && !ticked(m.name))
      fits.set(firmKey(m.name), m.name);
  if (fits.size !== 1) return null;
  const full = [...fits.values()][0]!;
  const body = text.slice(text.indexOf('\n') + 1);
  // Every capitalised word the story writes after it is that name's (`Transco Exploration Partners
  // Ltd` then `Transco Energy Co`, its owner: no one firm).
  const second = full.split(/\s+/)[1]!;
  for (const next of body.matchAll(new RegExp(String.raw`(?<![\p{L}-])${short}[ \t]+(\p{Lu}[\p{L}'\u2019-]*)`, 'gu')))
    if (next[1]!.replace(/['\u2019]s?$/u, '') !== second.replace(/['\u2019]s?$/u, '')) return null;
  const first = new RegExp(String.raw`(?<![\p{L}-])${short}(?![\p{L}-])`, 'u').exec(body);
  if (first === null || !body.startsWith(full, first.index)) return null;
  // The word opens the name: `J.P. Morgan and Co Inc` is no `Morgan and Co Inc`; a line's or a
  // sentence's end, a comma, `the` or another opener may stand before it.
  const gap = /(\S*)([ \t]*)$/u.exec(body.slice(Math.max(0, first.index - 40), first.index))!;
  const before = gap[1]!;
  const opens =
    before === '' ||
    /[,;:]$/u.test(before) ||
    (/\.$/u.test(before) && !/^(?:\p{Lu}\.)+$/u.test(before) && !TITLES.has(before.slice(0, -1).toLowerCase())) ||
    !/^\p{Lu}/u.test(before) ||
    OPENERS.has(before);
  return opens ? full : null;
}

/** A wire ticker glued to a firm's name (`Valeo VLOF`, `Borg-Warner BOR Corp`): capitals that close no firm's name. */
const ticked = (name: string): boolean =>
  name
    .split(/\s+/)
    .slice(1)
    .some((w) => /^\p{Lu}{2,}$/u.test(w) && firmKey(`X ${w}`) !== 'x');

/**
 * The name a document defines an acronym by, written before it in brackets (`the World Professional
 * Billiards and Snooker Association (WPBSA)`): the fewest words before `(WPBSA)`, capitalised or
 * connectors, whose initials it is. (The name finder cuts such a name at its `and`.)
 */
function bracketedName(short: string, text: string): string | null {
  const at = text.indexOf(`(${short})`);
  if (at < 0) return null;
  const words = text
    .slice(Math.max(0, at - 160), at)
    .trimEnd()
    .split(/\s+/);
  for (let i = words.length - 1; i >= 0 && i >= words.length - 12; i -= 1) {
    const w = words[i]!;
    if (CONNECTORS.has(w.toLowerCase()) || w === '&') continue;
    if (!/^\p{Lu}[\p{L}'\u2019-]*$/u.test(w)) return null;
    const name = words.slice(i).join(' ');
    if (standsFor(short, name)) return name;
  }
  return null;
}

/** Runs of capitalised words joined by connectors (`the Ministry of Defence`), where a mixed acronym's name is written. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'\u2019-]*(?:[ \t]+(?:(?:of|for|the|and|de|&)[ \t]+)*\p{Lu}[\p{L}'\u2019-]*)+/gu;

/**
 * The one name the text writes whose initials a mixed acronym is (`MoD`: `the Ministry of Defence`,
 * which the name finder leaves in pieces at its `of`): a run of capitalised words and connectors, or
 * a part of one opening and closing on a capital; none, or two: null.
 */
function writtenName(short: string, text: string): string | null {
  const found = new Set<string>();
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/[ \t]+/);
    for (let i = 0; i < words.length; i += 1) {
      // (`the Secretary of Defence` is a post, no body; `The` opens no name.)
      const first = words[i]!.toLowerCase();
      if (!/^\p{Lu}/u.test(words[i]!) || TITLES.has(first) || CONNECTORS.has(first)) continue;
      for (let j = i + 2; j <= words.length; j += 1)
        if (/^\p{Lu}/u.test(words[j - 1]!) && standsFor(short, words.slice(i, j).join(' ')))
          found.add(words.slice(i, j).join(' '));
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Names of two words or more the document gives a body: those that spoke, and things named outside quotes. */
function longNames(spoken: readonly string[], mentions: readonly Mention[]): string[] {
  const names: string[] = [];
  for (const s of spoken) {
    const name = withoutThe(s);
    if (name.split(/\s+/).length >= 2) names.push(name);
  }
  // (`Hong Kong` is a place, whatever an `HK` after a ticker stood for.)
  for (const m of mentions)
    if (m.thing && m.parts.length >= 2 && !m.parts.every((part) => PLACES.has(part))) names.push(m.name);
  return names;
}

/**
 * Whether an acronym is a name's initials: `CAA` of `Civil Aviation Authority` (connectors aside);
 * one with small letters (`MoD`, `DfES`) also takes them from its connectors, in order, and may skip
 * a connector (`Department for Education and Skills`: D, f, E, S).
 */
function standsFor(short: string, name: string): boolean {
  if (ACRONYM.test(short)) return initials(name) === short;
  let j = 0;
  for (const w of name.split(/\s+/)) {
    const c = w[0] ?? '';
    if (w === '&') continue;
    if (CONNECTORS.has(w.toLowerCase())) {
      if (w === w.toLowerCase() && short[j] === c) j += 1;
    } else if (/^\p{Lu}/u.test(w) && short[j] === c) j += 1;
    else return false;
  }
  return j === short.length;
}

/** `Civil Aviation Authority` → `CAA`; `Association of British Travel Agents` → `ABTA`. */
function initials(name: string): string {
  let out = '';
  for (const w of name.split(/\s+/)) {
    if (CONNECTORS.has(w.toLowerCase()) || w === '&') continue;
    if (!/^\p{Lu}/u.test(w)) return '';
    out += w[0];
  }
  return out;
}

/** Whether a body's name is one capitalised noun for a kind of body (`Bank`, `the Ministry`, `Police`). */
export function genericBody(name: string): boolean {
  const short = withoutThe(name);
  return /^\p{Lu}\p{Ll}+$/u.test(short) && GENERIC_BODIES.has(short.toLowerCase());
}

/** Words that open a sentence or a phrase before a body's name and are no part of it (`The DIW said`, `But AMD said`). */
export const OPENERS = new Set(
  'The A An But And In On At For Its His Her Their This That However Earlier Meanwhile Both Of By To From With'.split(
    ' ',
  ),
);

/**
 * The one body named in `text` before offset `at` whose name the noun `noun` heads (`Bank` → `Bank of England`, `World
 * Bank`, `Inter-American Development Bank`; `Ministry` → `Finance Ministry`): capitalised words before
 * the noun, or `of`/`for` and capitalised words after it; not before a title (`U.S. Treasury Secretary`).
 * A name inside a longer one of the list is that one (`Development Bank`); none, or two bodies: null.
 */
export function genericOrgName(noun: string, text: string, at: number): string | null {
  const found = new Set<string>();
  // Only a body named before the bare noun, in its own story: a digest's dateline (`TOKYO - `)
  // opens another (and the headline is left out: its words are all capitalised).
  let from = text.indexOf('\n') + 1;
  for (const dateline of text.slice(0, at).matchAll(/\n(?=\p{Lu}[\p{Lu} .'-]+ - )/gu)) from = (dateline.index ?? 0) + 1;
  const body = text.slice(from, at);
  const pattern = new RegExp(
    String.raw`(?:[\p{Lu}][\p{L}\d.'&-]*[ \t]+){0,4}${noun}(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[\p{Lu}][\p{L}.-]*(?:[ \t]+(?:and[ \t]+)?[\p{Lu}][\p{L}.-]*){0,3})?`,
    'gu',
  );
  for (const match of body.matchAll(pattern)) {
    let words = match[0].split(/[ \t]+/);
    // A word opening a phrase, or ending a sentence (`3 pct. The U.S. Treasury`), ends what is before it.
    let cut = -1;
    for (let i = 0; i < words.indexOf(noun); i += 1) {
      const w = words[i]!;
      if (OPENERS.has(w) || (w.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(w))) cut = i;
    }
    words = words.slice(cut + 1).map((w, i, all) => (i === all.length - 1 ? w.replace(/\.$/, '') : w));
    // `U.S. Treasury Secretary James Baker`: a role's words, no body named (the story's treasury may be another).
    const next = /^[ \t]+([\p{L}-]+)/u.exec(body.slice((match.index ?? 0) + match[0].length))?.[1] ?? '';
    if (TITLES.has(next.toLowerCase()) || words.some((w, i) => i > words.indexOf(noun) && TITLES.has(w.toLowerCase())))
      continue;
    // `Bank of Japan and Finance Ministry`: two bodies.
    const and = words.indexOf('and');
    if (and > words.indexOf(noun) && words.slice(and + 1).some((w) => GENERIC_BODIES.has(w.toLowerCase())))
      words = words.slice(0, and);
    while (words.length > 0 && ['of', 'for', 'and', 'the'].includes(words[words.length - 1]!))
      words = words.slice(0, -1);
    if (words.length >= 2 && words.includes(noun)) found.add(words.join(' ').replace(/['\u2019]s?$/, ''));
  }
  const names = [...found].filter(
    (n) => ![...found].some((o) => o !== n && (o.endsWith(` ${n}`) || o.startsWith(`${n} `))),
  );
  return names.length === 1 ? names[0]! : null;
}
