/**
 * Speakers: mentions of one person clustered, first within a document, then across the corpus.
 *
 * In a document, a full name (two or more parts) seen with evidence that it is a person (a title or
 * role, a speech-verb position, an appositive) founds a person; a shorter mention joins it when it
 * is its surname (`Bruce` -> `Tammy Bruce`), its first name (`Bilawal`), or a tail of it. A lone
 * surname with a title (`Deputy Secretary Landau`) founds a person of its own. A lone capitalised
 * word that only stands before `said` (`Trump said`, but also `Reuters said`) is kept in reserve:
 * it becomes a speaker only if the corpus knows exactly one full name with that surname.
 *
 * Across the corpus, persons with the same full name are one; a tail of exactly one longer name
 * joins it; a reserved surname joins the one full name that ends with it. The canonical name is the
 * longest full name, without titles; the description is the longest role seen with it.
 */
import {
  ARTICLES,
  HAND_FEMALE_NAMES,
  HAND_MALE_NAMES,
  HONORIFICS,
  LOWERCASE_ROLES,
  NON_PERSON_WORDS,
  ORGANISATION_NOUNS,
  PEER_TITLES,
  PLACES,
  ROYAL_TITLES,
  STYLES,
  TITLES,
  LEGAL_FORMS,
  withLegalForms,
} from './lexicon.ts';
import { boundedMemo } from './memo.ts';
import { fold, nameParts, POST_NOMINALS, type Gender, type Mention, withoutThe } from './names.ts';

/** What a person in a document and a person across the corpus both gather: their names and roles. */
interface Named {
  readonly id: number;
  /** The longest name seen, as written, and its parts. */
  name: string;
  parts: readonly string[];
  /** Names as written (`Tammy Bruce`, `Bruce`) and whole runs with titles (`State Department spokesperson Tammy Bruce`), with counts. */
  readonly forms: Map<string, number>;
  readonly fulls: Set<string>;
  readonly descs: string[];
}

export interface DocPerson extends Named {
  gender: Gender | null;
  titled: boolean;
  /** No full name in the document: a surname (or first name) only. */
  single: boolean;
  /** A lone name with a person's mark at a speech tag (see Mention.marked): a speaker of its own, as a titled surname is. */
  marked: boolean;
  /** Index of the document (set by the corpus clustering). */
  doc: number;
  /** An organisation that speaks (`the FA`, `a Home Office spokesman`), not a person. */
  org?: boolean;
}

/** How organisations' names are compared: folded, a leading `the` and a possessive left out. */
export function orgKey(name: string): string {
  return nameParts(withoutThe(name).replace(/['\u2019]s?$/, '')).join(' ');
}

/**
 * How organisations are told apart across the articles: `orgKey` less the words that close a firm's
 * name (`Exxon Corp` is `Exxon`; `Moody's Investors Service Inc` is `Moody's`), so that one firm
 * written with and without them is one speaker.
 */
export function firmKey(name: string): string {
  const parts = orgKey(name).split(' ');
  dropClosers(parts);
  if (parts.length > 2 && parts[parts.length - 2] === 'investors' && parts[parts.length - 1] === 'service') {
    parts.length -= 2;
    dropClosers(parts);
  }
  parts[parts.length - 1] = parts[parts.length - 1]!.replace(/['\u2019]s?$/, '');
  return parts.join(' ');
}
/** Drops a firm name's closing words (`corp`, `inc`), its first word kept (a module function, not a closure made per call). */
function dropClosers(parts: string[]): void {
  while (parts.length > 1 && FIRM_CLOSERS.has(parts[parts.length - 1]!)) parts.pop();
}
/**
 * A ministry named by its remit alone (`Finance Ministry`, `Ministry of Finance`, `Agriculture
 * Ministry`; also `Central Bank`): every country has one, so the name says nothing of which. Such a
 * name is one body only within its article (a country's name before it makes it another name:
 * `Japanese Finance Ministry`).
 */
export function nationalBody(name: string): boolean {
  const words = withoutThe(name).toLowerCase().split(/\s+/);
  const central = words.length === 2 && words[0] === 'central' && words[1] === 'bank';
  if (!central && !words.includes('ministry')) return false;
  if (central) return true;
  // (Two remits or more name one country's ministry: `Ministry of International Trade and Industry`.)
  const remits = words.filter((w) => REMITS.has(w)).length;
  return remits === 1 && words.every((w) => w === 'ministry' || w === 'of' || REMITS.has(w));
}
const REMITS = new Set(
  'finance foreign trade economy economics economic agriculture commerce interior defence defense health energy labour labor industry industries justice education transport environment planning international external affairs petroleum oil mines information communications telecommunications culture welfare home cooperatives development'.split(
    ' ',
  ),
);

/** Of two forms written as often, whether `form` names the speaker better than `best`: a firm's without closing words, else the longer. */
function longerName(form: string, best: string, org: boolean): boolean {
  if (org) {
    const bare = orgKey(form) === firmKey(form);
    if (bare !== (orgKey(best) === firmKey(best))) return bare;
  }
  return form.length > best.length;
}
/** The words firmKey drops from the end of a firm's name (`Exxon Corp` is `Exxon`). */
const FIRM_CLOSERS = withLegalForms(`corporation incorporated limited`);

/** An organisation that speaks in a document, as one of its persons. */
export function orgPerson(id: number, name: string): DocPerson {
  const clean = withoutThe(name);
  return {
    id,
    name: clean,
    parts: nameParts(clean),
    forms: new Map(),
    fulls: new Set(),
    descs: [],
    gender: null,
    titled: false,
    single: false,
    marked: false,
    doc: -1,
    org: true,
  };
}

/** The role a mention gives its person: an appositive (`Smith, the mayor`), else the title before the name. */
export function mentionRole(m: Mention): string | null {
  const appositive = m.appositive === null ? null : cleanDescription(m.appositive);
  if (appositive) return appositive;
  return m.desc !== null && (m.titled || m.full.startsWith(m.name)) && m.desc !== m.name
    ? cleanDescription(m.desc)
    : null;
}

const key = (parts: readonly string[]): string => parts.join(' ');
const isSuffix = (short: readonly string[], long: readonly string[]): boolean =>
  short.length < long.length && short.every((part, k) => long[long.length - short.length + k] === part);
const isPrefix = (short: readonly string[], long: readonly string[]): boolean =>
  short.length < long.length && short.every((part, k) => long[k] === part);

const DATE_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|january|february|march|april|may|june|july|august|september|october|november|december)('s)?$/i;

/**
 * The run as written, without another person named before `and`: `Treasury Secretary James Baker
 * and Federal Reserve Chairman Paul Volcker` -> `Federal Reserve Chairman Paul Volcker` (but
 * `Chairman and Chief Executive Officer Anthony O'Reilly` stays whole).
 */
export function ownRun(full: string): string {
  const at = full.lastIndexOf(' and ');
  if (at < 0) return full;
  const left = full.slice(0, at).split(/\s+/);
  const last = left[left.length - 1]!;
  const lower = last.toLowerCase();
  const named =
    /^\p{Lu}\p{Ll}/u.test(last) &&
    !TITLES.has(lower) &&
    !LOWERCASE_ROLES.has(lower) &&
    !NON_PERSON_WORDS.has(lower) &&
    !DEPARTMENT_WORDS.has(lower) &&
    !firmAfterAnd(full.slice(at + 5));
  return named ? full.slice(at + 5) : full;
}

/** `Peters and Co Ltd analyst`: what follows `and` ends a firm's name (`Co`, `Inc`), so no person stands before it. */
const firmAfterAnd = (rest: string): boolean => CORPORATE_ENDS.has(firstWord(rest).toLowerCase());

/**
 * A person's own title or role, never another person's name or a date: `Tuesday Foreign
 * Secretary` -> `Foreign Secretary`, `Defence Secretary Geoff Hoon and Prime Minister` -> `Prime
 * Minister`, `captain, Saturday` -> `captain`; a clause (`whose minister father John …`) is none.
 */
/** A member's letters, which end a role (`Northavon MP`, `Labour MEP`) where a ticker would be cut. */
const MEMBERS = new Set(['MP', 'MSP', 'MEP']);
/** A chief officer's letters end a role too (`Apple CEO Tim Cook`: not a ticker after `Apple`). */
const CHIEF_OFFICERS = new Set(['CEO', 'CFO', 'COO', 'CTO']);

export function cleanDescription(desc: string): string | null {
  return cleaned(desc);
}

/**
 * Each description's answer: a corpus repeats its roles (`President`, `Treasury Secretary`), and
 * cleaning one takes a dozen splits and patterns, at each mention and again for each alias (0.3 s of
 * CPU a cold build of corpus-100000). Bounded: cleared when full.
 */
const cleaned = boundedMemo(cleanOnce, 100_000);

function cleanOnce(desc: string): string | null {
  if (/^(who|whose|which|that)\b/i.test(desc)) return null;
  // `Deputy Prime Minister John Prescott - without mentioning …`: what follows a dash is no role.
  const dashed = firmDashed(desc) ? desc : desc.split(/\s+[-\u2013\u2014]\s+/)[0]!;
  const pieces = dashed
    .split(/\s*,\s*/)
    .map((piece) => {
      // `… Geoff Hoon and Prime Minister`, `Blair and Liberal Democrat leader`: another person's name
      // before `and` (capitalised, no title or department); `Work and Pensions` is one role.
      const conjuncts = piece.split(/\s+and\s+/);
      let from = 0;
      for (let k = 0; k < conjuncts.length - 1; k += 1) {
        const left = conjuncts[k]!.split(/\s+/);
        const [a, b] = [left[left.length - 2] ?? '', left[left.length - 1] ?? ''];
        const lower = b.toLowerCase();
        const named =
          /^\p{Lu}/u.test(b) &&
          !TITLES.has(lower) &&
          !LOWERCASE_ROLES.has(lower) &&
          !NON_PERSON_WORDS.has(lower) &&
          !DEPARTMENT_WORDS.has(lower) &&
          (/^\p{Lu}/u.test(a) || left.length === 1);
        // … and only when a role follows (`Morgan Stanley and Co` is one firm).
        const rest = conjuncts
          .slice(k + 1)
          .join(' ')
          .split(/\s+/);
        if (
          named &&
          !firmAfterAnd(rest.join(' ')) &&
          !bodyJoinedByAnd(left, rest) &&
          !initialsJoined(b, rest[0]!) &&
          // `Brentford and Isleworth MP`: one seat of two places.
          !(MEMBERS.has(rest[rest.length - 1]!) && rest.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))) &&
          // (A role word in lower case: `Butcher and Singer` is a firm, no singer; or a titled name
          // before `and`, `Deputy Sgt. Hoyt Teasley and U.S. Customs Agent`.)
          (rest.some((w) => TITLES.has(w.toLowerCase()) || (LOWERCASE_ROLES.has(w) && !/^\p{Lu}/u.test(w))) ||
            titledNameBefore(left))
        )
          from = k + 1;
      }
      const words = conjuncts
        .slice(from)
        .join(' and ')
        .split(/\s+/)
        .filter((w) => w !== '');
      while (words.length > 0 && (DATE_WORDS.test(words[0]!) || /^fellow$/i.test(words[0]!))) words.shift();
      // `also chairman of Dellsher Investment Co Inc`: an adverb of the sentence opens no role.
      if (words.length > 1 && /^also$/i.test(words[0]!)) {
        words.shift();
        if (words.length > 1 && ARTICLES.has(words[0]!.toLowerCase())) words.shift();
      }
      // A wire ticker after a firm's legal form inside the role (`Exxon Corp XON Director and senior
      // vice president`) is no word of it.
      for (let k = words.length - 2; k >= 1; k -= 1)
        if (
          /^[A-Z]{2,5}$/.test(words[k]!) &&
          CORPORATE_ENDS.has(words[k - 1]!.toLowerCase()) &&
          !CORPORATE_ENDS.has(words[k]!.toLowerCase()) &&
          !MEMBERS.has(words[k]!) &&
          !CHIEF_OFFICERS.has(words[k]!)
        )
          words.splice(k, 1);
      while (words.length > 0 && DATE_WORDS.test(words[words.length - 1]!)) words.pop();
      // An initial of the name (`president M. Keith Goodrich`) or a ticker after the firm
      // (`chairman of giant Dow Chemical Co DOW`) is no part of the role.
      while (
        words.length > 1 &&
        (/^\p{Lu}\.$/u.test(words[words.length - 1]!) ||
          TRAILING_HONORIFICS.has(words[words.length - 1]!.toLowerCase()) ||
          RELIGIOUS_TITLES.has(words[words.length - 1]!) ||
          (/^[A-Z]{2,5}$/.test(words[words.length - 1]!) &&
            !MEMBERS.has(words[words.length - 1]!) &&
            !CHIEF_OFFICERS.has(words[words.length - 1]!) &&
            (CORPORATE_ENDS.has(words[words.length - 2]!.toLowerCase()) ||
              /^\p{Lu}\p{Ll}/u.test(words[words.length - 2]!))))
      )
        words.pop();
      if (nameAfterRoleAtEnd(words)) words.pop();
      if (nameTitleAfterRole(words)) words.pop();
      // `military spokesman Brigadier General`: a rank of two words is the name's title too.
      if (words.length > 2 && twoWordRank(words)) words.splice(-2, 2);
      // `defence analyst Professor`, `Vice-chancellor Professor`: the title of the name after a
      // role; `Waseda University professor`, `science professor` are the role.
      if (words.length > 1 && /^professor$/i.test(words[words.length - 1]!) && words.slice(0, -1).some(holdsRole))
        words.pop();
      // `president of A and P's Compass Foods subsidiary that`: a relative pronoun with its clause
      // cut off ends nothing.
      while (words.length > 1 && /^(that|which|who)$/i.test(words[words.length - 1]!)) words.pop();
      // A role cut short is no role: `currency analyst at UBS-Phillips and`.
      if (words.length > 0 && DANGLING.has(words[words.length - 1]!.toLowerCase())) return '';
      return words.join(' ');
    })
    .filter((piece) => piece !== '' && !/^(who|whose|which)\b/i.test(piece));
  dropCutPiece(pieces);
  if (pieces.length === 0) return null;
  const role = titleCutAfterOf(pieces.join(', ')).replace(HOW_SAID, '');
  if (lettersAfterName(role)) return null;
  // A place alone (`Paris`, `Thailand`) says where, not who.
  if (!role.includes(' ') && PLACES.has(role.toLowerCase())) return null;
  // A clean noun phrase: no clause (`player he beat in last year's final`, `… believes the time is
  // ripe`), no date, no other person's name (`India's petroleum minister Mani Shankar Aiyar`), and
  // more than a bare honorific (`Dr`).
  const words = role.split(/[\s,]+/);
  // The words a comma follows, by index in `words`.
  const setOff = new Set(role.split(/\s+/).flatMap((w, k) => (w.endsWith(',') ? [k] : [])));
  if (words.length > 14) return null;
  if (words.some((w) => CLAUSE_WORDS.has(w.toLowerCase()) || DATE_WORDS.test(w) || /^(1[89]|20)\d\d$/.test(w)))
    return null;
  if (/\b(last|next|this) (year|week|month|season)('s)?\b/i.test(role)) return null;
  for (let k = 0; k + 1 < words.length; k += 1) {
    const given = words[k]!.toLowerCase();
    const named = /^\p{Lu}/u.test(words[k]!) && /^\p{Lu}\p{Ll}/u.test(words[k + 1]!);
    // A known given name and a capitalised word, or two capitalised words no role's right after a
    // role noun (`minister Mani Shankar`): somebody's name.
    // … but a firm named after its founder (`James Capel and Co analyst`, `Philip Morris Inc`) is no person.
    const after = (n: number): string => words[k + n]?.toLowerCase() ?? '';
    // (… or one a noun for a firm introduces: `with brokers James Capel`.)
    const firm =
      CORPORATE_ENDS.has(after(2)) ||
      (after(2) === 'and' && CORPORATE_ENDS.has(after(3))) ||
      (k > 0 && BROKERS.has(words[k - 1]!));
    // The hand lists only: the public ones' rarer names (`Dean` Witter, Kleinwort `Benson`,
    // `Montgomery` Securities) would cut 85 roles on the news corpus.
    if (named && !firm && (HAND_MALE_NAMES.has(given) || HAND_FEMALE_NAMES.has(given))) return null;
    // (A comma between, `analyst, Eppler, Geurin and Turner`: the role's employer set off, no name.)
    if (
      named &&
      k > 0 &&
      LOWERCASE_ROLES.has(words[k - 1]!) &&
      !isRoleWord(words[k]!) &&
      !isRoleWord(words[k + 1]!) &&
      !setOff.has(k - 1)
    )
      return null;
  }
  if (titledNameAtEnd(words)) return null;
  if (
    words.length === 1 &&
    (HONORIFICS.has(role.toLowerCase()) || BARE_TITLES.has(role.toLowerCase().replace(/\.$/, '')))
  )
    return null;
  return role;
}

/** `B and C managing director`, `AT and T`: letters on both sides of `and` are one firm's name, no person's. */
/**
 * `UN Relief and Works Agency spokesman`: capitalised words on both sides of `and` up to a body's
 * noun (`Agency`, `Commission`) before the role, none a title or a known given name on the left (up
 * to three words), are one body's name, not a person before `and` (`Treasury Secretary James Baker
 * and Federal Reserve Board Chairman` keeps its cut).
 */
function bodyJoinedByAnd(left: readonly string[], rest: readonly string[]): boolean {
  if (
    left.length > 3 ||
    left.some(
      (w) =>
        !/^\p{Lu}/u.test(w) ||
        TITLES.has(w.toLowerCase()) ||
        HAND_MALE_NAMES.has(w.toLowerCase()) ||
        HAND_FEMALE_NAMES.has(w.toLowerCase()),
    )
  )
    return false;
  let end = 0;
  while (end < rest.length && /^\p{Lu}/u.test(rest[end]!)) end += 1;
  return end > 0 && end < rest.length && ORGANISATION_NOUNS.has(rest[end - 1]!.toLowerCase());
}

const initialsJoined = (left: string, right: string): boolean => INITIALS_WORD.test(left) && INITIALS_WORD.test(right);
const INITIALS_WORD = /^[A-Z]{1,3}\.?$/;

/**
 * `widow of a sheriff's deputy Nichols` (from `…, widow of a sheriff's deputy Nichols murdered`): a
 * plain capitalised word that ends the description right after a role noun in lower case, and is no
 * role, body or place, is a name the role was said of, not part of the role.
 */
function nameAfterRoleAtEnd(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2 || !LOWERCASE_ROLES.has(words[n - 2]!)) return false;
  const last = words[n - 1]!;
  return PLAIN_CAPITALISED.test(last) && !isRoleWord(last) && !PLACES.has(last.toLowerCase());
}

/** Nouns for a firm written before its name (`with brokers James Capel`, `at stockbrokers James Capel and Co`). */
const BROKERS = new Set(['brokers', 'broker', 'stockbrokers', 'stockbroker', 'brokerage', 'firm']);

/**
 * `chairman of Comcast - Spectacor`: one dash between capitalised words after a role's `of` (`at`,
 * `with`), and nothing after it but one or two capitalised words that are no role: a firm's name
 * written with a dash, not a clause after one (`John Prescott - without mentioning …`).
 */
function firmDashed(desc: string): boolean {
  const m = FIRM_DASH.exec(desc);
  if (m === null) return false;
  const after = m[2]!.split(' ');
  return after.length <= 2 && after.every((w) => !isRoleWord(w) && !PLACES.has(w.toLowerCase()));
}
const FIRM_DASH =
  /^(\S+(?: \S+)* (?:of|at|with) (?:\p{Lu}\S*(?: \p{Lu}\S*)*)) [-\u2013\u2014] (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;

/**
 * `Sheriff's Deputy Sgt. Hoyt Teasley` (before `and U.S. Customs Agent David Wilhelm`): words that
 * end in a name's title and two plain capitalised words are another person named in full, whatever
 * the role after `and` is written with.
 */
function titledNameBefore(left: readonly string[]): boolean {
  const n = left.length;
  if (n < 3 || !PLAIN_CAPITALISED.test(left[n - 2]!) || !PLAIN_CAPITALISED.test(left[n - 1]!)) return false;
  const title = left[n - 3]!.toLowerCase();
  return NAME_TITLE_ABBREVIATIONS.has(title) || HONORIFICS.has(title.replace(A_DOT_AT_END, ''));
}
const A_DOT_AT_END = /\.$/;

/**
 * `Committee chairman Sen.` (from `Committee chairman Sen. Paul Sarbanes`), `Committee Chairman Rep.`:
 * a title that goes with a name (`Sen.`, `Rep.`, `Gov.`, a rank's abbreviation) right after a role
 * noun is the name's own title, not part of the role. A rank after a place or a body (`Police Lt.`,
 * `Alaska Gov.`, `Army Lt. Col.`) is the role itself and stays.
 */
function nameTitleAfterRole(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2 || !holdsRole(words[n - 2]!)) return false;
  const last = words[n - 1]!;
  // A rank written out, capitalised right after a role noun in lower case, is the name's title too
  // (`navy spokesman Commander`, `Vancouver Police spokesman Constable`; `Chief Constable` is a post).
  return (
    NAME_TITLE_ABBREVIATIONS.has(last.toLowerCase()) ||
    (NAME_RANKS.has(last.toLowerCase()) && /^\p{Lu}/u.test(last) && /^\p{Ll}/u.test(words[n - 2]!))
  );
}
/** The last two words a rank of the name (`Brigadier General`, `Lieutenant Colonel`) after a lower-case role noun. */
function twoWordRank(words: readonly string[]): boolean {
  const n = words.length;
  const [a, b] = [words[n - 2]!, words[n - 1]!];
  return (
    /^\p{Lu}/u.test(a) &&
    /^\p{Lu}/u.test(b) &&
    RANK_FIRSTS.has(a.toLowerCase()) &&
    RANK_SECONDS.has(b.toLowerCase()) &&
    /^\p{Ll}/u.test(words[n - 3]!) &&
    holdsRole(words[n - 3]!)
  );
}
const RANK_FIRSTS = new Set(['brigadier', 'major', 'lieutenant', 'lt.', 'lt', 'rear', 'vice', 'staff', 'chief']);
const RANK_SECONDS = new Set(['general', 'colonel', 'commander', 'admiral', 'sergeant', 'inspector', 'superintendent']);

const NAME_RANKS = new Set([
  'const.',
  'cpl.',
  'constable',
  'corporal',
  'sergeant',
  'lieutenant',
  'captain',
  'commander',
  'inspector',
  'detective',
]);
const NAME_TITLE_ABBREVIATIONS = new Set([
  'sen.',
  'sen',
  'rep.',
  'gov.',
  'gen.',
  'col.',
  'lt.',
  'capt.',
  'sgt.',
  'maj.',
  'adm.',
  'cmdr.',
  'rev.',
  'senator',
  'congressman',
  'congresswoman',
]);

/**
 * `General Manager Theo Epstein` (from `owner John Henry, COO Larry Lucchino and General Manager Theo
 * Epstein`): a description of capitalised words only whose last three are a title and two plain
 * capitalised words that are no role, body or place is another person's titled name, not a role.
 */
function titledNameAtEnd(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 3) return false;
  const [title, given, surname] = [words[n - 3]!, words[n - 2]!, words[n - 1]!];
  if (!PLAIN_CAPITALISED.test(given) || !PLAIN_CAPITALISED.test(surname)) return false;
  if (!PLAIN_CAPITALISED.test(title) || !TITLES.has(title.toLowerCase()) || HONORIFICS.has(title.toLowerCase()))
    return false;
  // (`close aide to President Francois Mitterrand`: a role whose object is a titled name is the person's.)
  for (let k = 0; k < n - 3; k += 1) if (!/^\p{Lu}/u.test(words[k]!)) return false;
  return ![given, surname].some((w) => isRoleWord(w) || PLACES.has(w.toLowerCase()));
}
const PLAIN_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * A last piece after a comma that is one capitalised word and no role is a place or a firm's name cut
 * at its comma, not part of the role: `analyst, Eppler` (`analyst Dennis Telzrow of Eppler, Geurin
 * and Turner`) -> `analyst`, `Conference chairman, Thailand` -> `Conference chairman`.
 */
function dropCutPiece(pieces: string[]): void {
  if (pieces.length < 2) return;
  const last = pieces[pieces.length - 1]!;
  // (… but a ministry's word is whose post it is: `Chief Public Relations Officer, Defence`.)
  if (/^\p{Lu}\p{Ll}+$/u.test(last) && !isRoleWord(last) && !MINISTRIES.has(last.toLowerCase())) pieces.pop();
}
/** A ministry named by its field alone, set off after an officer's post (`…, Defence`, `…, Finance`). */
const MINISTRIES = new Set([
  'defence',
  'defense',
  'finance',
  'treasury',
  'health',
  'education',
  'justice',
  'agriculture',
  'energy',
  'interior',
  'trade',
  'transport',
  'environment',
  'labour',
  'commerce',
]);

/**
 * A title word after a role's `of` opens a work's name the name finder cut there (`executive
 * producer of Doctor Who` -> `… of Doctor`): the role ends before the `of`.
 */
function titleCutAfterOf(role: string): string {
  const m = /^(.+\S) (?:of|for) (\p{Lu}\p{Ll}+)$/u.exec(role);
  if (m === null || !NAME_TITLES.has(m[2]!.toLowerCase()) || !m[1]!.split(/\s+/).some(holdsRole)) return role;
  return m[1]!;
}

/**
 * `senior vice president and general manager of HP Services in a written statement`: how the words
 * were given, not the role (an appositive long enough to reach them).
 */
const HOW_SAID = /\s+in (?:a|an) (?:\w+ )?(?:statement|interview|release|letter|email|e-mail)$/i;

/** Titles that open a person's (or a work's) name, never a field after `of` (`Minister of Justice` stays). */
const NAME_TITLES: ReadonlySet<string> = new Set([...HONORIFICS, 'doctor', 'professor', 'captain', 'reverend']);

/**
 * Letters written after a name (`QC`, a religious order's `DC`: `Sister Carol Keehan, DC,`) or a
 * police rank's letters written before one (`DC`, `DCI`) are no role by themselves; a member's
 * letters (`MP`) are.
 */
function lettersAfterName(role: string): boolean {
  return (POST_NOMINALS.has(role) && !MEMBERS.has(role) && role !== 'AM') || LETTERS_ALONE.has(role);
}

/** A religious order's letters after a name, and police ranks' letters: `Sister Carol Keehan, DC`. */
const LETTERS_ALONE = new Set(['DC', 'SJ', 'OP', 'OSB', 'OFM', 'RSM', 'CSC', 'PC', 'DCI', 'DCS', 'WPC', 'PhD']);

/**
 * A religious title, capitalised, that belongs to the name after the role (`chief executive officer
 * Sister Carol Keehan`); in lower case it is a kin noun (`her younger sister`).
 */
const RELIGIOUS_TITLES = new Set(['Sister', 'Brother', 'Sr.', 'Br.', 'Fr.']);

/** An honorific that belongs to the name after the role (`oil minister Sheikh Ali …`). */
const TRAILING_HONORIFICS = new Set([
  'sheikh',
  // A Fijian chief's title (`Governor-general Ratu Sir Penaia Ganilau`).
  'ratu',
  'sir',
  'dr',
  'dr.',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'prof',
  'prof.',
]);

/** A firm's legal form as a name's last words are compared here: bare or with its dot, and `AG`. */
const CORPORATE_ENDS: ReadonlySet<string> = new Set([...LEGAL_FORMS, ...[...LEGAL_FORMS].map((w) => `${w}.`), 'ag']);

const DANGLING = new Set(['and', 'of', 'at', 'with', 'for', 'in', 'the', 'a', 'an', 'to', 'from', 'on', '&']);

const isRoleWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return TITLES.has(lower) || LOWERCASE_ROLES.has(lower) || NON_PERSON_WORDS.has(lower) || DEPARTMENT_WORDS.has(lower);
};

/** A role noun, or one of a hyphenated role's words (`Vice-chancellor`). */
const holdsRole = (word: string): boolean =>
  word
    .toLowerCase()
    .split('-')
    .some((w) => LOWERCASE_ROLES.has(w) || (TITLES.has(w) && !BARE_TITLES.has(w) && w !== 'professor'));

/** Words of a clause, never of a role: pronouns and common verbs. */
const CLAUSE_WORDS = new Set([
  'he',
  'she',
  'they',
  'it',
  'his',
  'her',
  'him',
  'their',
  'we',
  'i',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'believes',
  'believed',
  'says',
  'said',
  'beat',
  'without',
  'when',
  'after',
  'before',
  'because',
  'will',
  'would',
  'become',
  'becomes',
]);

/** A title that is no role by itself (`Dr`, `Prof`). */
const BARE_TITLES = new Set([
  'dr',
  'prof',
  'professor',
  'rev',
  'mr',
  'mrs',
  'ms',
  'sir',
  'dame',
  'lord',
  'lady',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'capt',
  'lt',
  'sgt',
  // The police ranks the analyzer keeps whole with their dot (`Const.`, `Cpl.`), as `Sgt.` is.
  'const',
  'cpl',
]);

/** Capitalised words of departments' names, which join with `and` (`Work and Pensions`, `Culture, Media and Sport`). */
const DEPARTMENT_WORDS = new Set([
  'work',
  'pensions',
  'media',
  'sport',
  'culture',
  'food',
  'rural',
  'skills',
  'innovation',
  'enterprise',
  'business',
  'communities',
  'local',
  'constitutional',
  'regulatory',
  'reform',
  'industry',
  'development',
  'science',
  'technology',
  'arts',
  'heritage',
  'tourism',
  'fisheries',
  'forestry',
  'employment',
  'productivity',
]);

/** Evidence that a mention is a person, by itself. */
function isSeed(m: Mention): boolean {
  if (m.thing) return false;
  if (m.titled || m.appositive !== null) return true;
  if (m.parts.length < 2 || m.afterDeterminer) return false;
  // `Sandra Howard`, `Ivan Petrov`: a full name that opens with a common given name is a person's.
  return m.speech || (m.givenName === true && !PLACES.has(m.parts[0]!));
}

/** The persons of one document as they are found (a class: closures made per document cost under tsx). */
class DocumentPersons {
  readonly persons: DocPerson[] = [];
  readonly byKey = new Map<string, DocPerson>();
  /** How many different names in the article a word is the first name of (`Prince Charles` counts). */
  readonly firstNames = new Map<string, number>();

  create(m: Mention): DocPerson {
    const person: DocPerson = {
      id: this.persons.length,
      name: m.name,
      parts: m.parts,
      forms: new Map(),
      fulls: new Set(),
      descs: [],
      gender: null,
      titled: false,
      single: m.parts.length < 2,
      marked: false,
      doc: -1,
      // Set, unset, as `orgPerson` sets it: persons and organisations have one shape.
      org: undefined,
    };
    this.persons.push(person);
    this.byKey.set(key(m.parts), person);
    return person;
  }

  join(m: Mention, person: DocPerson): void {
    m.person = person.id;
    person.forms.set(m.name, (person.forms.get(m.name) ?? 0) + 1);
    person.fulls.add(ownRun(m.full));
    // A role before the name, or where the person works after it (`Smith of Acme Corp`), or in an appositive.
    const role = mentionRole(m);
    if (role) person.descs.push(role);
    person.gender ??= m.gender;
    person.titled ||= m.titled;
    person.marked ||= m.marked === true;
    if (m.parts.length > person.parts.length) {
      person.name = m.name;
      person.parts = m.parts;
      person.single = false;
    }
  }

  /**
   * The person already founded by this lone name whose gender fits (`Lady Ferrier` beside `Baroness
   * Ferrier` and her husband `Lord Ferrier`: the baroness), else null: titles of the other gender
   * are two people.
   */
  namesake(m: Mention): DocPerson | null {
    const k = key(m.parts);
    const last = this.byKey.get(k);
    if (last === undefined || compatible(m.gender, last.gender)) return last ?? null;
    for (const p of this.persons) if (p.single && key(p.parts) === k && compatible(m.gender, p.gender)) return p;
    return null;
  }

  /** The one multi-part person a shorter name belongs to, if exactly one fits. */
  owner(parts: readonly string[]): DocPerson | null {
    const exact = this.byKey.get(key(parts));
    if (exact && !exact.single) return exact;
    if (parts.length === 1) {
      const part = parts[0]!;
      // A bare first name is someone's only when nobody else in the article shares it (`Charles`
      // beside `Charles Kennedy` and `Prince Charles` is either).
      return this.only(0, part, null) ?? ((this.firstNames.get(part) ?? 0) > 1 ? null : this.only(1, part, null));
    }
    return this.only(2, '', parts) ?? this.only(3, '', parts);
  }

  /** The single multi-part person whose last part (0), first part (1) is `part`, or whose parts end (2) or start (3) with `parts`. */
  private only(how: number, part: string, parts: readonly string[] | null): DocPerson | null {
    let found: DocPerson | null = null;
    for (const p of this.persons) {
      if (p.single) continue;
      const fits =
        how === 0
          ? p.parts[p.parts.length - 1] === part
          : how === 1
            ? p.parts[0] === part
            : how === 2
              ? isSuffix(parts!, p.parts)
              : isPrefix(parts!, p.parts);
      if (!fits) continue;
      if (found) return null;
      found = p;
    }
    return found;
  }
}

/**
 * Clusters one document's mentions into persons; sets `mention.person`. One function per step: a
 * step meeting a new kind of mention is recompiled alone, not the whole clustering.
 */
export function clusterDocument(mentions: readonly Mention[]): DocPerson[] {
  const doc = new DocumentPersons();
  const orgKeys = organisationKeys(mentions);
  const live = mentions.filter((m) => !m.thing);
  const designated = firstNamesAndDesignations(doc, live);
  joinFullNames(doc, live);
  joinLoneNames(doc, live, designated);
  joinOtherLoneNames(doc, live, orgKeys);
  return doc.persons;
}

/** The names of the document that are also an organisation's; the mentions of them made things. */
function organisationKeys(mentions: readonly Mention[]): Set<string> {
  // Names that are also an organisation's in this document (`Merrill Lynch` beside `Merrill Lynch
  // Capital Markets`, `Reebok Japan` beside `Reebok International`) are not people.
  const orgKeys = new Set<string>();
  let surnames: Set<string> | null = null;
  for (const m of mentions) {
    if (!m.thing) continue;
    // The whole run (`Scientific Micro Systems Inc`), not just what is left of it as a name.
    const parts = nameParts(m.full);
    const i = parts.findIndex((part, k) => k > 0 && NON_PERSON_WORDS.has(part));
    if (i <= 0) continue;
    // `Atalanta/Sosnoff Capital Corp` beside `Martin T. Sosnoff`: a firm named after a person the
    // article names in full leaves that person's surname a person's.
    if (i === 1) {
      surnames ??= personSurnames(mentions);
      if (surnames.has(key(parts.slice(0, 1)))) continue;
    }
    orgKeys.add(key(parts.slice(0, i)));
  }
  for (const m of mentions) {
    if (m.thing || m.titled || m.parts.length < 2) continue;
    if (orgKeys.has(key(m.parts)) || orgKeys.has(m.parts[0]!)) m.thing = true;
  }
  return orgKeys;
}

/** The surnames (as keys) of the article's full names with a known given name or a title, that are no thing. */
function personSurnames(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions)
    if (!m.thing && m.parts.length >= 2 && (m.gender !== null || m.givenName === true || m.titled))
      out.add(key(m.parts.slice(m.parts.length - 1)));
  return out;
}

/** Counts each word's first names (`doc.firstNames`); returns the peers named with a designation (`lord nicholls`). */
function firstNamesAndDesignations(doc: DocumentPersons, live: readonly Mention[]): Set<string> {
  const firstNamed = new Map<string, Set<string>>();
  for (const m of live) {
    const royal = m.parts.length === 1 && ROYAL_TITLES.has(titleOf(m));
    if (m.parts.length < 2 && !royal) continue;
    const names = firstNamed.get(m.parts[0]!) ?? new Set<string>();
    names.add(royal ? `${titleOf(m)} ${m.parts[0]}` : key(m.parts));
    firstNamed.set(m.parts[0]!, names);
  }
  for (const [part, names] of firstNamed) doc.firstNames.set(part, names.size);
  const designated = new Set<string>();
  for (const m of live) if (m.designation !== undefined) designated.add(`${titleOf(m)} ${m.parts[0]}`);
  return designated;
}

function joinFullNames(doc: DocumentPersons, live: readonly Mention[]): void {
  // 1. Full names with evidence, longest first so that tails find their whole.
  const fullSeeds = live
    .filter((m) => isSeed(m) && m.parts.length >= 2)
    .sort((a, b) => b.parts.length - a.parts.length);
  for (const m of fullSeeds) doc.join(m, doc.owner(m.parts) ?? doc.create(m));
  // 2. Other full names that are one of those persons.
  for (const m of live)
    if (m.person < 0 && m.parts.length >= 2) {
      const person = doc.owner(m.parts);
      if (person) doc.join(m, person);
    }
}

function joinLoneNames(doc: DocumentPersons, live: readonly Mention[], designated: ReadonlySet<string>): void {
  const { persons } = doc;
  // 3. Lone names: a known person's surname or first name, else a titled surname of its own,
  //    else (before a speech verb) a surname kept in reserve for the corpus.
  for (let i = 0; i < live.length; i += 1) {
    const m = live[i]!;
    if (m.person >= 0 || m.parts.length !== 1) continue;
    // `Prince Charles` is nobody's first name; `Lord Nicholls of Birkenhead` is not `Richard
    // Nicholls`, unless the article calls that person so too. Left to found a person of their own.
    const title = titleOf(m);
    if (ROYAL_TITLES.has(title)) continue;
    if (PEER_TITLES.has(title) && designated.has(`${title} ${m.parts[0]}`) && !calledSo(persons, title, m.parts[0]!))
      continue;
    const owner = doc.owner(m.parts);
    // `Mrs Flett, 81, spent the night …` paragraphs before `Her neighbour, Magnus Flett, …`: a title
    // and surname the article uses before it names anyone of that surname in full introduce a
    // person of their own; a full name is written first, the title and surname after it.
    if (owner && m.titled && !live.slice(0, i).some((b) => b.person === owner.id)) continue;
    const person = owner ?? latestWithSurname(live, i, persons);
    if (person && compatible(m.gender, person.gender) && initialFits(m, person)) doc.join(m, person);
  }
}

function joinOtherLoneNames(doc: DocumentPersons, live: readonly Mention[], orgKeys: ReadonlySet<string>): void {
  const { byKey } = doc;
  // An untitled first name that two names of the article share is nobody's in particular.
  const shared = (m: Mention): boolean => !m.titled && (doc.firstNames.get(m.parts[0]!) ?? 0) > 1;
  for (const m of live)
    if (m.person < 0 && m.parts.length === 1 && !shared(m) && (isSeed(m) || (m.speech && !m.afterDeterminer))) {
      // `Sir Cliff`, `Dame Judi`: a knight's first name, somebody's only with the full name in the article.
      if (FIRST_NAME_TITLES.has(firstWord(m.full).toLowerCase())) continue;
      if (!m.titled && orgKeys.has(key(m.parts))) {
        m.thing = true;
        continue;
      }
      // `Denys Henderson` named without a title, then `Henderson said`: the full name is the speaker's.
      const part = m.parts[0]!;
      const fulls = live.filter(
        (f) => f.person < 0 && f.parts.length >= 2 && !f.afterDeterminer && f.parts[f.parts.length - 1] === part,
      );
      const keys = new Set(fulls.map((f) => key(f.parts)));
      if (keys.size === 1 && !byKey.has(key(m.parts))) {
        const person = doc.create(fulls[0]!);
        for (const f of fulls) doc.join(f, person);
        doc.join(m, person);
        continue;
      }
      // One name written with a middle name or inside a work's title too: the person's, and so is every
      // lone mention of it that fits (`Ms Page` after `Bettie Page`, `Bettie Mae Page`, `The Notorious Bettie Page`).
      const named = keys.size > 1 && !byKey.has(key(m.parts)) && !doc.owner(m.parts) ? oneFullName(fulls) : [];
      if (named.length > 0) {
        const person = doc.create(named[0]!);
        for (const f of named) doc.join(f, person);
        for (const lone of live)
          if (
            lone.person < 0 &&
            lone.parts.length === 1 &&
            lone.parts[0] === part &&
            compatible(lone.gender, person.gender)
          )
            doc.join(lone, person);
        continue;
      }
      // … and every later `Valerio said` is that person too.
      const owner = doc.owner(m.parts);
      if (owner && !m.titled && compatible(m.gender, owner.gender) && initialFits(m, owner)) {
        doc.join(m, owner);
        continue;
      }
      doc.join(m, doc.namesake(m) ?? doc.create(m));
    }
  for (const m of live)
    if (m.person < 0 && m.parts.length === 1 && !shared(m)) {
      const person = doc.namesake(m) ?? (m.titled ? null : doc.owner(m.parts));
      if (person && compatible(m.gender, person.gender) && initialFits(m, person)) doc.join(m, person);
    }
}

/**
 * The mentions of `fulls` (full names with one last part) that name one person, shortest first, or
 * none: one name as written, or with a middle name (`Bettie Page`, `Bettie Mae Page`); a longer run
 * that ends in the whole shortest name is a work's or a role's (`The Notorious Bettie Page`, a film),
 * no other person, and left out. Two first names (`Jack Page`, `Bettie Page`) are two people: none.
 */
function oneFullName(fulls: readonly Mention[]): Mention[] {
  if (fulls.length === 0) return [];
  const shortest = fulls.reduce((a, b) => (b.parts.length < a.parts.length ? b : a)).parts;
  const named: Mention[] = [];
  for (const f of fulls) {
    const sameName = key(f.parts) === key(shortest);
    const middle = shortest.length === 2 && f.parts.length === 3 && f.parts[0] === shortest[0];
    if (sameName || middle) named.push(f);
    else if (!isSuffix(shortest, f.parts)) return [];
  }
  return named.sort((a, b) => a.parts.length - b.parts.length);
}

/**
 * Two people share the surname (`Gordon Brown`, `Nick Brown`): a lone `Mr Brown` is the one last
 * named in full before it whose gender agrees.
 */
const CALLED_TITLES = new Set(['lord', 'lady', 'sir', 'dame', 'baroness', 'baron', 'viscount', 'countess']);
/** Titles said with a first name (`Sir Clive`), unlike a peer's with a surname (`Lord Browne`). */
const FIRST_NAME_TITLES = new Set(['sir', 'dame']);

function latestWithSurname(live: readonly Mention[], at: number, persons: readonly DocPerson[]): DocPerson | null {
  const m = live[at]!;
  // Only with a title (`Mr Brown`, `Lord Browne`): a bare `Robinson` beside two Robinsons is anybody's,
  // unless only one of them is named before it.
  if (!m.titled) return onlyNamedBefore(live, at, persons);
  const part = m.parts[0]!;
  const title = firstWord(m.full).toLowerCase();
  // One of them already called by a peer's or knight's title (`Lord Browne` twice) is the one meant;
  // `Mr` tells nothing more than recency does.
  const called = !CALLED_TITLES.has(title)
    ? []
    : persons.filter(
        (p) => p.parts[p.parts.length - 1] === part && [...p.fulls].some((f) => f.toLowerCase() === `${title} ${part}`),
      );
  if (called.length === 1) return compatible(m.gender, called[0]!.gender) ? called[0]! : null;
  const styled = styledNamesake(persons, title, part);
  if (styled !== null) return compatible(m.gender, styled.gender) ? styled : null;
  for (let k = at - 1; k >= 0; k -= 1) {
    const before = live[k]!;
    if (before.person < 0 || before.parts.length < 2 || before.parts[before.parts.length - 1] !== part) continue;
    // `Mrs Howard` after `Sandra Howard` and `Michael Howard`: the latest whose gender fits.
    const person = persons[before.person]!;
    if (compatible(m.gender, person.gender)) return person;
  }
  return null;
}

/**
 * `Gigante` (untitled) before the article names a second Gigante in full (`Louis Gigante`, his
 * brother, at its end): the one person with that surname named in full before it, if its gender
 * fits and no other is named in the same paragraph, else null.
 */
function onlyNamedBefore(live: readonly Mention[], at: number, persons: readonly DocPerson[]): DocPerson | null {
  const m = live[at]!;
  const part = m.parts[0]!;
  let found = -1;
  for (let k = at - 1; k >= 0; k -= 1) {
    const before = live[k]!;
    if (before.person < 0 || before.parts.length < 2 || before.parts[before.parts.length - 1] !== part) continue;
    if (found >= 0 && before.person !== found) return null;
    found = before.person;
  }
  // (`Pritchard's trainer and uncle, Dai Pritchard,`: a namesake named in the same paragraph leaves it nobody's.)
  for (let k = at + 1; found >= 0 && k < live.length && live[k]!.para === m.para; k += 1) {
    const after = live[k]!;
    if (after.parts.length >= 2 && after.parts[after.parts.length - 1] === part && after.person !== found) return null;
  }
  return found >= 0 && compatible(m.gender, persons[found]!.gender) ? persons[found]! : null;
}

/**
 * `Professor Sedgwick` beside `Professor Ian Sedgwick` and `Dr Neil Sedgwick`: the one namesake the
 * article names with that title (any words between, the given name), else null (recency decides).
 */
function styledNamesake(persons: readonly DocPerson[], title: string, part: string): DocPerson | null {
  if (!STYLES.has(title)) return null;
  let found: DocPerson | null = null;
  for (const p of persons) {
    if (p.parts.length < 2 || p.parts[p.parts.length - 1] !== part || !styledAs(p, title)) continue;
    if (found !== null) return null;
    found = p;
  }
  return found;
}

/** A full run of the person's with the title right before the name (`… Professor Ian Sedgwick`). */
function styledAs(p: DocPerson, title: string): boolean {
  const name = fold(p.parts.join(' '));
  for (const full of p.fulls) {
    const lower = fold(full).replace(/\./g, '');
    if (lower.endsWith(`${title} ${name}`) || lower === `${title} ${p.parts[p.parts.length - 1]}`) return true;
  }
  return false;
}

/**
 * The peer's or royal title a person is known by when they go by one name (`lord` for `Lord
 * Nicholls`, `prince` for `Prince Charles`), or ''.
 */
function rankOf(person: { readonly parts: readonly string[]; readonly fulls: ReadonlySet<string> }): string {
  if (person.parts.length !== 1) return '';
  const part = person.parts[0]!;
  for (const full of person.fulls) {
    const words = fold(full).split(/\s+/);
    const at = words.indexOf(part);
    const title = words[at - 1] ?? '';
    if (at > 0 && (PEER_TITLES.has(title) || ROYAL_TITLES.has(title))) return title;
  }
  return '';
}

/** What stands before the first white space (all of `s` when there is none): `s.split(/\s+/)[0]` with no list made. */
function firstWord(s: string): string {
  const at = s.search(/\s/);
  return at < 0 ? s : s.slice(0, at);
}

/** The first word of a mention, lower case: its title if it has one (`lord`, `prince`, `mr`). */
const titleOf = (m: Mention): string => firstWord(m.full).toLowerCase().replace(/\.$/, '');

/** Someone already called `Lord Nicholls` (or with the designation: `Lord Nicholls of Birkenhead`). */
function calledSo(persons: readonly DocPerson[], title: string, part: string): DocPerson | null {
  const called = `${title} ${part}`;
  return (
    persons.find((p) =>
      [...p.fulls].some((f) => {
        const lower = fold(f);
        return lower === called || lower.startsWith(`${called} `);
      }),
    ) ?? null
  );
}

/** `J Robinson` is not `Andy Robinson`: an initial must be the first name's. */
function initialFits(m: Mention, person: DocPerson): boolean {
  const initial = initialOf(m.name);
  return initial === undefined || person.parts.length < 2 || person.parts[0]!.startsWith(initial);
}

/** The initial a name starts with (`J Robinson`, `J. Robinson` -> `j`), lower case, or undefined. */
function initialOf(name: string): string | undefined {
  return /^(\p{Lu})\.?\s/u.exec(name)?.[1]?.toLowerCase();
}

/** Mentions whose evidence conflicts are two people: `Mrs Howard` is not `Michael Howard`. */
const compatible = (a: Gender | null, b: Gender | null): boolean => a === null || b === null || a === b;

/** A person across the corpus. */
export interface Cluster extends Named {
  /** Founded by a full name, or by a titled surname; reserved surnames never found one. */
  readonly members: DocPerson[];
  /** An organisation (`FA`, `Home Office`), not a person. */
  readonly org?: boolean;
}

/**
 * Clusters the persons of every document. Returns, per document, its persons' cluster ids (-1: not
 * a speaker after all), and the clusters.
 */
export async function clusterCorpus(
  documents: readonly (readonly DocPerson[])[],
  /** Between steps: gives the event loop a turn now and then (src/slices.ts). */
  pause: () => Promise<void> | null = () => null,
): Promise<{
  assignment: number[][];
  clusters: Cluster[];
}> {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  // By pushes, not `map`: one array map for every document's row (see mentionsOfViews in document.ts).
  const assignment: number[][] = [];
  for (const persons of documents) {
    const row: number[] = [];
    for (let k = 0; k < persons.length; k += 1) row.push(-1);
    assignment.push(row);
  }
  const add = (cluster: Cluster, person: DocPerson, doc: number): void => {
    assignment[doc]![person.id] = cluster.id;
    person.doc = doc;
    cluster.members.push(person);
    for (const [form, n] of person.forms) cluster.forms.set(form, (cluster.forms.get(form) ?? 0) + n);
    for (const full of person.fulls) cluster.fulls.add(full);
    cluster.descs.push(...person.descs);
    if (person.parts.length > cluster.parts.length) {
      cluster.parts = person.parts;
      cluster.name = person.name;
    }
  };
  const open = (person: DocPerson, org: boolean): Cluster => {
    const cluster: Cluster = {
      id: clusters.length,
      name: person.name,
      parts: person.parts,
      forms: new Map(),
      fulls: new Set(),
      descs: [],
      members: [],
      // Always set (a spread of `{ org: true }` gave organisations a shape of their own).
      org: org ? true : undefined,
    };
    clusters.push(cluster);
    return cluster;
  };
  const create = (person: DocPerson): Cluster => {
    const cluster = open(person, false);
    byKey.set(key(person.parts), cluster);
    return cluster;
  };

  // Organisations: one per name, never joined with a person.
  const orgs = new Map<string, Cluster>();
  // Full names, longest first: equal names are one person, a tail joins the one longer name it ends.
  const full: { person: DocPerson; doc: number }[] = [];
  const single: { person: DocPerson; doc: number }[] = [];
  // The words of the firms that speak in each document (`J.P. Morgan and Co Inc`: `morgan`).
  const orgWords = new Map<number, Set<string>>();
  documents.forEach((persons, doc) => {
    for (const person of persons) {
      // (A firm's: its legal form or closing word written, `Turner and Newall Plc`; not `Locke and Salazar`.)
      if (person.org && firmKey(person.name) !== orgKey(person.name)) {
        let words = orgWords.get(doc);
        if (words === undefined) {
          words = new Set();
          orgWords.set(doc, words);
        }
        for (const part of person.parts) words.add(part);
      }
      if (person.org) {
        // (`Finance Ministry` in one article is no other article's: see nationalBody.)
        const key = nationalBody(person.name) ? `${firmKey(person.name)}\u0000${doc}` : firmKey(person.name);
        let cluster = orgs.get(key);
        if (!cluster) {
          cluster = open(person, true);
          orgs.set(key, cluster);
        }
        add(cluster, person, doc);
      } else (person.single ? single : full).push({ person, doc });
    }
  });
  full.sort((a, b) => b.person.parts.length - a.person.parts.length);
  // Namesakes told apart by their evidence (ownedElsewhere): the clusters after the first, by its id.
  const namesakes = new Map<number, Cluster[]>();
  // Clusters by their last name part, to find the longer names a name is the tail of.
  const byLast = new Map<string, Cluster[]>();
  // Clusters of three-part names by their first and last parts.
  const byFirstLast = new Map<string, Cluster[]>();
  for (const { person, doc } of full) {
    const wait = pause();
    if (wait !== null) await wait;
    let cluster = byKey.get(key(person.parts));
    // `Senator John McCain` in one article and `John McCain, senior vice president … of HP Services`
    // in others: one name, two people (see namesakeFor).
    if (cluster && ownedElsewhere(cluster, person)) cluster = namesakeFor(namesakes, cluster, person, open);
    if (!cluster) {
      const last = person.parts[person.parts.length - 1]!;
      const tails = (byLast.get(last) ?? []).filter((c) => isSuffix(person.parts, c.parts));
      // `Bettie Page` where the corpus also writes `Bettie Mae Page`: the one name with a middle name.
      const middles = person.parts.length === 2 ? (byFirstLast.get(key(person.parts)) ?? []) : [];
      cluster =
        tails.length === 1 ? tails[0]! : tails.length === 0 && middles.length === 1 ? middles[0]! : create(person);
      if (tails.length !== 1 && cluster !== middles[0]) listIn(byLast, last).push(cluster);
      if (person.parts.length === 3 && cluster.parts.length === 3)
        listIn(byFirstLast, key([person.parts[0]!, last])).push(cluster);
    }
    add(cluster, person, doc);
  }
  // A namesake's mentions with no evidence either way (`said John McCain` alone in its article) were
  // given to whichever came first: they go to the namesake seen in more articles.
  for (const [id, others] of namesakes) regroupNamesakes([clusters[id]!, ...others], assignment);
  // Lone surnames: the one full name ending with it, else (titled) a surname speaker of its own.
  const bySurname = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const last = c.parts[c.parts.length - 1]!;
    listIn(bySurname, last).push(c);
  }
  // An untitled lone surname (`Sin said`, which may as well be a firm) joins only a person the corpus
  // names in two documents or more.
  const documentsOf = (c: Cluster): number => new Set(c.members.map((m) => m.doc)).size;
  // The surname speakers this loop makes, by their name: with bySurname (every cluster before it),
  // all the clusters with a given last part, in the order made, without a search of every cluster
  // for each lone surname (a cluster's parts never change here: only one-part names join).
  const made = new Map<string, Cluster[]>();
  const createLone = (person: DocPerson): Cluster => {
    const cluster = create(person);
    const last = cluster.parts[cluster.parts.length - 1]!;
    listIn(made, last).push(cluster);
    return cluster;
  };
  const endingWith = (part: string): Cluster[] => [...(bySurname.get(part) ?? []), ...(made.get(part) ?? [])];
  for (const { person, doc } of single) {
    const wait = pause();
    if (wait !== null) await wait;
    const part = person.parts[0]!;
    // A peer or a royal (`Lord Nicholls`, `Prince Charles`) is only someone seen with that title.
    const rank = rankOf(person);
    if (rank !== '') {
      const owners = endingWith(part).filter(
        (c) => !c.org && c.parts[c.parts.length - 1] === part && rankOf(c) === rank,
      );
      if (owners.length <= 1) add(owners[0] ?? createLone(person), person, doc);
      continue;
    }
    const owners = bySurname.get(part) ?? [];
    const initial = initialOf(person.name);
    const fitting = owners.filter(
      (c) =>
        c.members.every((m) => compatible(m.gender, person.gender)) &&
        (initial === undefined || c.parts.length < 2 || c.parts[0]!.startsWith(initial)),
    );
    // (Not a person where a firm of its own story that speaks holds the word: `Morgan said` in a story
    // of `J.P. Morgan and Co Inc` is the bank, not the economist Peter Morgan of other stories.)
    if (
      owners.length === 1 &&
      fitting.length === 1 &&
      (person.titled || (documentsOf(owners[0]!) >= 2 && (owners[0]!.org === true || !orgWords.get(doc)?.has(part))))
    )
      add(owners[0]!, person, doc);
    else if (
      (owners.length === 0 || fitting.length === 0) &&
      (person.titled || person.marked || initial !== undefined)
    ) {
      // A titled surname of its own: one cluster per surname and gender. So is a lone name with a
      // person's mark at a speech tag (`said Maral, 45,`), joined only to the same name as written
      // elsewhere, as full names are (never to a full name ending with it: the branch above is the titled's).
      const own = endingWith(part).find(
        (c) =>
          !c.org &&
          c.parts.length === 1 &&
          c.parts[0] === part &&
          rankOf(c) === '' &&
          c.members.every((m) => compatible(m.gender, person.gender)),
      );
      add(own ?? createLone(person), person, doc);
    }
  }
  // The canonical name: the full name written most often (two parts or more), the longer on a tie
  // (a firm's without closing words first: `Moody's` over `Moody's Investors Service`, see firmKey);
  // a peer or a royal known by one name goes by the title with it (`Lord Nicholls`, `Prince Charles`).
  for (const c of clusters) {
    const wait = pause();
    if (wait !== null) await wait;
    const rank = c.parts.length === 1 ? rankOf(c) : '';
    if (rank !== '') {
      const title = rank.charAt(0).toUpperCase() + rank.slice(1);
      c.name = `${title} ${c.name.replace(/^\S+\s+/, (w) => (fold(w.trim()) === rank ? '' : w))}`;
      continue;
    }
    let best: [string, number] | null = null;
    for (const [form, n] of c.forms) {
      const parts = form.split(' ').length;
      // (A firm's one word is its name when only closing words follow it elsewhere: `Exxon`, `Exxon Corp`.)
      if (parts < 2 && c.parts.length >= 2 && !(c.org && firmKey(form) === firmKey(c.name))) continue;
      if (!best || n > best[1] || (n === best[1] && longerName(form, best[0], c.org === true))) best = [form, n];
    }
    if (best) c.name = best[0];
  }
  return { assignment, clusters };
}

/**
 * A legislator's title (`Senator John McCain`, `Sen.`, `Rep.`, `Congressman`) and a firm's post or
 * trade (`senior vice president and general manager`, `chief executive`, `analyst`) are two people's
 * evidence: nobody in one news archive sits in a legislature while they run part of a firm or
 * analyse its shares. Roles otherwise change (`Education Secretary`, then `Home Secretary`) and join.
 */
const LEGISLATOR_TITLES = new Set([
  'senator',
  'sen',
  'sen.',
  'rep',
  'rep.',
  'representative',
  'congressman',
  'congresswoman',
]);
const FIRM_POST =
  /\b(?:vice[- ]president|general manager|managing director|chief (?:executive|operating|financial|technology|information)(?: officer)?|ceo|cfo|coo|cto|analyst|economist)\b/i;

function legislator(person: Named): boolean {
  for (const desc of person.descs)
    for (const w of desc.toLowerCase().split(' ')) if (LEGISLATOR_TITLES.has(w)) return true;
  for (const form of person.forms.keys()) {
    const words = form.toLowerCase().split(' ');
    // (Words before the name only: a title, never a surname `Rep`.)
    for (let i = 0; i + person.parts.length < words.length; i += 1) if (LEGISLATOR_TITLES.has(words[i]!)) return true;
  }
  return false;
}

function firmPost(person: Named): boolean {
  for (const desc of person.descs) if (FIRM_POST.test(desc)) return true;
  return false;
}

/** Whether `person`'s evidence and the cluster's name two people: a legislator on one side only, a firm's post on the other only. */
function ownedElsewhere(cluster: Cluster, person: DocPerson): boolean {
  const law = legislator(person);
  const firm = firmPost(person);
  if (law === firm) return false;
  const clusterLaw = legislator(cluster);
  const clusterFirm = firmPost(cluster);
  return clusterLaw !== clusterFirm && law === clusterFirm && firm === clusterLaw;
}

/** The namesake of `first` that `person` may join (made when none is), kept in `namesakes` under `first`'s id. */
function namesakeFor(
  namesakes: Map<number, Cluster[]>,
  first: Cluster,
  person: DocPerson,
  open: (person: DocPerson, org: boolean) => Cluster,
): Cluster {
  const others = namesakes.get(first.id) ?? [];
  for (const other of others) if (!ownedElsewhere(other, person)) return other;
  const made = open(person, false);
  others.push(made);
  namesakes.set(first.id, others);
  return made;
}

/**
 * Namesakes told apart by evidence (ownedElsewhere): each keeps the members whose evidence is its own,
 * and members with none join the one seen in the most articles with evidence (the first on a tie).
 * Rebuilt in the members' order, so forms, roles and the latest role read as if joined so.
 */
function regroupNamesakes(group: readonly Cluster[], assignment: number[][]): void {
  const articles = (c: Cluster): number => {
    const docs = new Set<number>();
    for (const m of c.members) if (legislator(m) || firmPost(m)) docs.add(m.doc);
    return docs.size;
  };
  let likeliest = group[0]!;
  for (const c of group) if (articles(c) > articles(likeliest)) likeliest = c;
  const all: { m: DocPerson; home: Cluster }[] = [];
  for (const c of group) {
    for (const m of c.members) all.push({ m, home: legislator(m) || firmPost(m) ? c : likeliest });
    c.members.length = 0;
    c.forms.clear();
    c.fulls.clear();
    c.descs.length = 0;
  }
  all.sort((a, b) => a.m.doc - b.m.doc || a.m.id - b.m.id);
  for (const { m, home } of all) {
    assignment[m.doc]![m.id] = home.id;
    home.members.push(m);
    for (const [form, n] of m.forms) home.forms.set(form, (home.forms.get(form) ?? 0) + n);
    for (const full of m.fulls) home.fulls.add(full);
    for (const d of m.descs) home.descs.push(d);
  }
}

/** The list kept under `key`, made empty the first time: appended to in place (a copy per append is quadratic in a common surname). */
function listIn<T>(lists: Map<string, T[]>, key: string): T[] {
  let list = lists.get(key);
  if (list === undefined) {
    list = [];
    lists.set(key, list);
  }
  return list;
}

/**
 * A speaker's description: the role given most often at their quotes, the latest on a tie (people
 * change jobs: `Home Secretary` where they are quoted as such, not `Education Secretary` once); with
 * no role at any quote, the role seen most often, the latest on a tie.
 */
export function describeAt(roles: readonly (string | null)[], descs: readonly string[]): string | null {
  const fromRoles = mostFrequent(roles);
  return fromRoles === null ? widened(mostFrequent(descs), descs) : widened(fromRoles, roles);
}

/**
 * The same post written out further elsewhere: a role whose words begin with the chosen one's and go
 * on to say whose post it is (`Senior Vice President and General Manager`, cut at a division's name
 * after its comma, beside `senior vice president and general manager of the new Global Business
 * Units at AMD`; `chairman` beside `Chairman of the London Stock Exchange`), or an employer alone
 * that a role in lower case follows elsewhere (`Bear Stearns` beside `Bear Stearns analyst`): the
 * most frequent such role, the latest on a tie; none: the chosen one. Words after a comma, or a
 * place's `in` (`doctor at a health clinic in Lampahan city in the district`), say no more of the post.
 */
function widened(best: string | null, roles: readonly (string | null)[]): string | null {
  if (best === null) return null;
  const head = `${best.toLowerCase()} `;
  const employerAlone = !best.split(/\s+/).some(holdsRole);
  const furtherOn = (role: string | null): boolean => {
    if (role === null || !role.toLowerCase().startsWith(head) || role.includes(',')) return false;
    const more = role.slice(head.length).split(/\s+/);
    if (WHOSE_POST.has(more[0]!.toLowerCase())) return true;
    return employerAlone && more.some(holdsRole) && more.every((w) => !/^\p{Lu}/u.test(w));
  };
  return mostFrequent(roles.filter(furtherOn)) ?? best;
}
/** Words that open what a role goes on to say of whose post it is. */
const WHOSE_POST = new Set(['of', 'for', 'at', 'with', 'to']);

function mostFrequent(roles: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const role of roles) {
    if (role === null) continue;
    const n = (counts.get(role) ?? 0) + 1;
    counts.set(role, n);
    if (best === null || n >= counts.get(best)!) best = role;
  }
  return best;
}
