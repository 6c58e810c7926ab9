/**
 * Attribution cues: the speech-verb patterns of news writing that name who said a quote.
 *
 *   after the quote    `“…,” Bruce said`   `“…,” said Bruce`   `“…,” she said`   `“…,” according to Bruce`
 *                      `“…,” said John Smith, the mayor of Springfield`   `“…,” Smith, the mayor, said`
 *   before the quote   `Bruce said: “…”`   `Bruce told reporters, “…”`   `According to Bruce, “…”`
 *                      `Bruce said the plan was “…”` (a partial quote)
 *   the paragraph before, ending in a colon   `Trump posted:` / `Bruce concluded on a hopeful note:`
 *
 * Only tokens outside quotes are read, so a name inside a quote is never its speaker. A speech verb
 * whose subject is no named person (`the ministry said`, `officials said`) is a cue too: it tells
 * whose the quote is not, so nothing is guessed for it.
 */
import {
  ARTICLES,
  BODY_PLURALS,
  COMPANY_NOUNS,
  CONNECTORS,
  DAYS_AND_MONTHS,
  DECLINE_OBJECTS,
  FIRM_ABBREVIATIONS,
  GROUP_PLURALS,
  HONORIFICS,
  INDEFINITE_ARTICLES,
  isTitle,
  JUDGING_PLAIN_FORMS,
  JUDGING_VERBS,
  KIN_GENDER,
  NON_PERSON_WORDS,
  ORGANISATION_NOUNS,
  PLACES,
  DECLINE_VERBS,
  LOWERCASE_ROLES,
  NAME_PARTICLES,
  OWN_WORDS_PARTICIPLES,
  REPORT_PARTICIPLES,
  REPORT_VERBS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  TITLES,
  VERB_GAP,
  WEAK_TITLES,
  WORKS,
  withLegalForms,
  SPOKESPEOPLE,
} from './lexicon.ts';
import {
  bare,
  chainWord,
  compoundRole,
  endOf,
  firmNameAfterComma,
  isCapitalised,
  type Mention,
  type ParagraphTokens,
  POST_NOMINALS,
  withoutThe,
} from './names.ts';
import { MEMBER_ROLES } from './seats.ts';
import { namesTwoAlone, namesTwoPeople } from './jointSubjects.ts';

/** Each role noun an article taught (articleRoles.ts) and the mentions it was given to, in text order. */
export type ArticleRoles = ReadonlyMap<string, readonly Mention[]>;

/** A paragraph with its mentions indexed by first and last token. */
export interface ParagraphView extends ParagraphTokens {
  readonly mentions: readonly Mention[];
  readonly byStart: ReadonlyMap<number, Mention>;
  readonly byEnd: ReadonlyMap<number, Mention>;
  /** The role nouns the whole article taught (articleRoles.ts), set by the document pass. */
  articleRoles?: ArticleRoles;
  /** The last name parts of the article's people (jointSubjects.ts), set by the document pass. */
  articlePeople?: ReadonlySet<string>;
  /** The article's text, for the names a joint subject's sides are written by alone (jointSubjects.ts), set by the document pass. */
  articleText?: string;
}

export type Cue =
  | { readonly kind: 'mention'; readonly mention: Mention; readonly para: number; readonly verb: number }
  // `he`, or a description that refers back to someone named before (`the 23-year-old`,
  // `the Factory Records founder`): `token` is the pronoun or the description's head, `from` where it starts.
  | {
      readonly kind: 'pronoun';
      readonly para: number;
      readonly token: number;
      readonly verb: number;
      readonly from?: number;
      readonly role?: string;
      /** A title written as a name (`the Lord Chancellor`): only a person seen with it. */
      readonly strict?: boolean;
    }
  // An organisation speaks (`the FA said`, `a Home Office spokesman said`): `name` as written, `role`
  // the spokesperson's when one speaks for it; `person` is set once the document's persons are known.
  | {
      readonly kind: 'org';
      readonly para: number;
      readonly verb: number;
      readonly token: number;
      readonly name: string;
      readonly role: string | null;
      person: number;
    }
  | { readonly kind: 'other'; readonly para: number; readonly verb: number };

type OrgCue = Extract<Cue, { kind: 'org' }>;
type PronounCue = Extract<Cue, { kind: 'pronoun' }>;

/** Every field a cue of any kind can have: what `newCue` sets on all of them. */
interface CueFields {
  readonly kind: Cue['kind'];
  readonly para: number;
  readonly verb: number;
  readonly mention?: Mention;
  readonly token?: number;
  readonly from?: number;
  readonly role?: string | null;
  readonly strict?: boolean;
  readonly name?: string;
  readonly person?: number;
}

/*
 * Every cue is made here, with every field in one order (those its kind has not: undefined), so that
 * all cues have one shape. Cues made as object literals of several shapes at some fifty places
 * (and copied with `{ ...cue }`) made V8 throw the compiled pass away at `cue.kind` and `cue.mention`
 * ("wrong map") and compile it again, about a quarter of the pass's CPU.
 */
function newCue(
  kind: Cue['kind'],
  para: number,
  verb: number,
  mention: Mention | undefined,
  token: number | undefined,
  from: number | undefined,
  role: string | null | undefined,
  strict: boolean | undefined,
  name: string | undefined,
  person: number | undefined,
): Cue {
  const cue: CueFields = { kind, para, verb, mention, token, from, role, strict, name, person };
  return cue as Cue;
}

/** `X said`: a name speaks. */
export const mentionCue = (mention: Mention, para: number, verb: number): Cue =>
  newCue('mention', para, verb, mention, undefined, undefined, undefined, undefined, undefined, undefined);

/** `he said`, `the 23-year-old said` (`from` where the description starts, `role` its head word). */
export const pronounCue = (
  para: number,
  token: number,
  verb: number,
  from?: number,
  role?: string,
  strict?: boolean,
): PronounCue =>
  newCue('pronoun', para, verb, undefined, token, from, role, strict, undefined, undefined) as PronounCue;

/** `the FA said`, `a Home Office spokesman said` (`role` the spokesperson's). */
export const orgCue = (
  para: number,
  verb: number,
  token: number,
  name: string,
  role: string | null = null,
  person = -1,
): OrgCue => newCue('org', para, verb, undefined, token, undefined, role, undefined, name, person) as OrgCue;

/** A speech verb with nobody named for it. */
export const otherCue = (para: number, verb: number): Cue =>
  newCue('other', para, verb, undefined, undefined, undefined, undefined, undefined, undefined, undefined);

/** The same cue at another paragraph and verb (what `{ ...cue, para, verb }` was). */
export function movedCue<C extends Cue>(cue: C, para: number, verb: number): C {
  const c = cue as CueFields;
  return newCue(c.kind, para, verb, c.mention, c.token, c.from, c.role, c.strict, c.name, c.person) as C;
}

const HARD_STOP = new Set(['.', '!', '?']);

/** Whether a description may refer back with `word` whatever the article (articleRoles.ts learns the rest). */
export const listedDescriptionWord = (word: string): boolean => PERSON_NOUNS.has(word) || NATIONALITIES.has(word);

/** Nouns for a person a description can refer back with, beyond the roles of names (`the businessman`, `the striker`). */
const PERSON_NOUNS = new Set([
  'businessman',
  'businesswoman',
  'boss',
  'star',
  'striker',
  'midfielder',
  'defender',
  'winger',
  'keeper',
  'goalkeeper',
  'forward',
  'veteran',
  'champion',
  'seed',
  'holder',
  'mp',
  // `the Tory frontbencher said`: a party's spokesman in the Commons, as British copy calls one.
  'frontbencher',
  'backbencher',
  'frontman',
  'frontwoman',
  'presenter',
  'comedian',
  'entrepreneur',
  'tycoon',
  'billionaire',
  'millionaire',
  'owner',
  'rapper',
  'actor',
  'actress',
  'director',
  'novelist',
  'poet',
  'boxer',
  'golfer',
  'driver',
  'batsman',
  'bowler',
  'skipper',
  'newcomer',
  'youngster',
  'teenager',
  // `the former international`, `the Wales international`: a player capped by a country
  'international',
  'scot',
  'welshman',
  'irishman',
  'englishman',
]);
/** `the Russian said`: nationalities refer back too, capitalised as they are. */
const NATIONALITIES = new Set([
  'russian',
  'american',
  'australian',
  'briton',
  'frenchman',
  'frenchwoman',
  'german',
  'spaniard',
  'italian',
  'swiss',
  'swede',
  'dane',
  'dutchman',
  'argentine',
  'brazilian',
  'scot',
  'welshman',
  'irishman',
  'englishman',
  'canadian',
  'belgian',
  'serb',
  'croat',
  'czech',
  'kenyan',
  'nigerian',
  'zambian',
  'indian',
  'pakistani',
  'chinese',
  'japanese',
  'norwegian',
  'finn',
  // British news: sport's nationalities and the home nations' people
  'portuguese',
  'austrian',
  'croatian',
  'swede',
  'pole',
  'dutchman',
  'ghanaian',
  'cameroonian',
  'ivorian',
  'jamaican',
  'argentinian',
  'uruguayan',
  'colombian',
  'mexican',
  'greek',
  'turk',
  'israeli',
  'egyptian',
  'african',
  'zimbabwean',
  'kiwi',
  'zealander',
  'ulsterman',
  'yorkshireman',
  'lancastrian',
  'londoner',
  'northerner',
]);
/**
 * `the Liberal Democrat said`, `the Tory said`: a party's member refers back as a nationality does,
 * capitalised, to the person named just before (never the party itself).
 */
const PARTY_MEMBERS = new Set(['democrat', 'republican', 'tory', 'conservative']);
const ROLE_MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT', 'VERB']);

/**
 * A definite description of one person ending at `head` (`the Dublin-born businessman`, `the
 * 23-year-old`, `the Factory Records founder`, `the chancellor`): where it starts, or -1. Plural
 * and indefinite ones (`analysts`, `a spokesman`) refer to nobody in particular.
 */
function descriptionStart(
  p: ParagraphTokens & Pick<ParagraphView, 'articleRoles'>,
  head: number,
  floor: number,
): number {
  // `…," his daughter said`: a kin noun after a possessive pronoun (document.ts: the one person
  // introduced as that kin).
  if (head - 1 >= floor && KIN_GENDER.has(bare(p, head)) && !isCapitalised(p, head) && isOutside(p, head - 1))
    if (p.normals[head - 1] === 'his' || p.normals[head - 1] === 'her') return head - 1;
  // `the father of three`, `the mother-of-two`: the kin noun is the head.
  const kin = kinHead(p, head);
  if (kin >= 0) head = kin;
  const seat = kin < 0 ? seatHead(p, head) : -1;
  if (seat >= 0) head = seat;
  const compound = compoundRole(p, head);
  const word = compound || bare(p, head);
  const age = word === 'old' && p.normals[head - 1] === '-' && p.normals[head - 2] === 'year';
  const nationality = NATIONALITIES.has(word) || PARTY_MEMBERS.has(word);
  // `the British number one`, `the world number two`: a ranking as a description.
  const ranking = RANKS.has(word) && p.normals[head - 1] === 'number';
  // `the NFU man added`, `the Labour man said`: a body's or a party's man, named by its capitalised name.
  const bodysOwn = (word === 'man' || word === 'woman') && p.normals[head - 1] !== 'the' && isCapitalised(p, head - 1);
  if (
    kin < 0 &&
    !age &&
    !ranking &&
    !bodysOwn &&
    !nationality &&
    ((!LOWERCASE_ROLES.has(word) &&
      !PERSON_NOUNS.has(word) &&
      !compound &&
      !capitalTitle(p, head) &&
      !p.articleRoles?.has(word)) ||
      (word.endsWith('s') && word !== 'boss') ||
      (isCapitalised(p, head) && !capitalTitle(p, head)))
  )
    return -1;
  for (let k = compound ? head - 3 : head - 1; k >= floor && head - k <= 8; k -= 1) {
    if (!isOutside(p, k)) return -1;
    const n = p.normals[k]!;
    if (n === 'the') return k;
    // `the Brentford and Isleworth MP`: a seat of two places.
    if (n === 'and' && memberForSeat(p, head) && isCapitalised(p, k - 1) && isCapitalised(p, k + 1)) continue;
    // `the situation one analyst described as`: `one analyst` is somebody unnamed, not a description.
    if (!ROLE_MODIFIERS.has(p.pos[k]!) || n === ',' || HARD_STOP.has(n) || UNNAMED.has(n)) return -1;
  }
  return -1;
}

/**
 * `the father of three`, `the grandmother-of-five`: a parent described by the number of children,
 * `head` the number; the kin noun's index, or -1.
 */
function kinHead(p: ParagraphTokens, head: number): number {
  if (!COUNTS.has(bare(p, head))) return -1;
  let k = head - 1;
  if (p.normals[k] === '-') k -= 1;
  if (p.normals[k] !== 'of') return -1;
  k -= 1;
  if (p.normals[k] === '-') k -= 1;
  return KIN.has(bare(p, k)) && !isCapitalised(p, k) ? k : -1;
}
/**
 * `the councillor for Winsford South`, `the MP for Northavon`: a member told apart by the seat named
 * after `for`, `head` the seat's last word; the member noun's index, or -1.
 */
function seatHead(p: ParagraphTokens, head: number): number {
  let k = head;
  while (k > head - 5 && (isCapitalised(p, k) || (p.normals[k] === 'and' && isCapitalised(p, k - 1)))) k -= 1;
  if (k === head || p.normals[k] !== 'for' || !SEAT_MEMBERS.has(bare(p, k - 1))) return -1;
  return k - 1;
}
const SEAT_MEMBERS = new Set(['councillor', 'councilor', 'member', ...MEMBER_ROLES]);

const COUNTS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
]);
const KIN = new Set(['father', 'mother', 'grandfather', 'grandmother', 'grandparent', 'parent']);

const UNNAMED = new Set(['one', 'another', 'a', 'an']);
const RANKS = new Set(['one', 'two', 'three', 'four', 'five', '1', '2', '3']);

/**
 * `the Lord Chancellor`, `the Prime Minister`: a title written as a name, after `the`. It names
 * only the person seen with that title (never merely the nearest person).
 */
function capitalTitle(p: ParagraphTokens, head: number): boolean {
  const word = bare(p, head);
  if (!TITLES.has(word) || HONORIFICS.has(word) || WEAK_TITLE_HEADS.has(word)) return false;
  for (let k = head - 1; k >= 0 && head - k <= 5; k -= 1) {
    if (p.normals[k] === 'the') return true;
    // `the Brentford and Isleworth MP`
    if (!isCapitalised(p, k) && !(p.normals[k] === 'and' && isCapitalised(p, k - 1))) return false;
  }
  return false;
}
/**
 * `the Northavon MP`, `the Brentford and Isleworth MP`: one member of many, told apart by a seat,
 * is a description (of the person just named), not a title only one person holds.
 */
function memberForSeat(p: ParagraphTokens, head: number): boolean {
  return MEMBER_ROLES.has(bare(p, head)) && p.normals[head - 1] !== 'the';
}
const WEAK_TITLE_HEADS = new Set([
  'general',
  'first',
  'former',
  'acting',
  'interim',
  'head',
  'principal',
  'under',
  'vice',
  'associate',
  'assistant',
  'deputy',
  'chief',
  'executive',
]);

/** The role word of a description's head, for matching a person's described role (`founder`; `year-old` for an age). */
const roleWord = (p: ParagraphTokens, head: number): string => {
  if (kinHead(p, head) >= 0) return bare(p, kinHead(p, head));
  if (seatHead(p, head) >= 0) return bare(p, seatHead(p, head));
  return bare(p, head) === 'old' ? 'year-old' : compoundRole(p, head) || bare(p, head);
};
const ALWAYS_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'adds',
  'tells',
  'wrote',
  'writes',
  'posted',
  'tweeted',
]);
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'reporters', 'journalists']);

/** Token i is a speech verb (`said`, `told`, `noted`, ...) used as a verb. */
export function isSpeechVerb(p: ParagraphTokens, i: number): boolean {
  const b = bare(p, i);
  if (!SPEECH_VERBS.has(b) || isCapitalised(p, i)) return false;
  const pos = p.pos[i];
  return ALWAYS_VERBS.has(b) || pos === 'VERB' || pos === 'AUX';
}

export const isHardStop = (p: ParagraphTokens, i: number): boolean =>
  p.pos[i] === 'PUNCT' && HARD_STOP.has(p.values[i]!);
const isOutside = (p: ParagraphTokens, i: number): boolean => p.quote[i] === -1;

/**
 * `Linda Penhaligon, now a BBC commentator, said`: an adverb of time before an article opening a
 * description set off after a name is no part of it; the token the description opens at (after the
 * adverb), else `k`.
 */
function appositiveAfterAdverb(p: ParagraphView, k: number): number {
  if (!APPOSITIVE_ADVERBS.has(p.normals[k] ?? '') || !isOutside(p, k + 1)) return k;
  return ARTICLES.has(p.normals[k + 1] ?? '') ? k + 1 : k;
}
const APPOSITIVE_ADVERBS = new Set(['now', 'still']);

/** `, the mayor of Springfield,` after a name: its end (the closing comma or the window's end) and a description. */
export function appositive(
  p: ParagraphView,
  comma: number,
  limit: number,
): { end: number; desc: string | null } | null {
  if (p.values[comma] !== ',') return null;
  let k = appositiveAfterAdverb(p, comma + 1);
  if (k >= p.length || !isOutside(p, k)) return null;
  const b = bare(p, k);
  const number = p.pos[k] === 'NUM';
  // `, the mayor,`, `, president of …,`, and a role after a few words of employer or field:
  // `, Fairchild president and chief operating officer,`, `, oil analyst with Smith Barney,`.
  let roleSoon = false;
  for (let n = k + 1; n <= k + 2 && n < limit && isOutside(p, n) && p.values[n] !== ','; n += 1)
    if (setOffRole(bare(p, n))) roleSoon = true;
  // `, of the campaign group Spamwatch,`, `, from the Egyptian ministry,`: where the person works.
  const opener =
    b === 'the' ||
    b === 'a' ||
    b === 'an' ||
    b === 'of' ||
    b === 'from' ||
    LOWERCASE_ROLES.has(b) ||
    TITLES.has(b) ||
    number ||
    b === 'who' ||
    b === 'whose' ||
    roleSoon;
  if (!opener) return null;
  const start = k;
  // A sentence ends it too, and so does a firm's `Ltd.` before a capitalised word that no firm's
  // name goes on with, where wink does not split: `said Barry Yates, director of Hoare Govett Asia
  // Ltd. Jardine Matheson's shares enjoyed …`.
  while (
    k < limit &&
    k - start < APPOSITIVE_LONG &&
    isOutside(p, k) &&
    p.values[k] !== ',' &&
    !isHardStop(p, k) &&
    p.sentence[k] === p.sentence[start]
  ) {
    // (`analyst at Kidder, Peabody and Co.`: a firm's name goes on after its comma; `vice president of
    // environment, technology and regulatory affairs`: so does a remit's list.)
    const listEnd = Math.max(firmNameAfterComma(p, k + 1), remitListAfterComma(p, k + 1));
    if (listEnd > 0 && listEnd <= limit) {
      k = listEnd;
      break;
    }
    if (isSpeechVerb(p, k) && b !== 'who') {
      // (A long role runs to 20 tokens; past the 16th a speech verb ends it where it used to be cut,
      // `Yothin Aree, assistant managing director of … (BFIT) echoed most analysts in saying …`.)
      if (k - start < APPOSITIVE_SHORT) return null;
      k = start + APPOSITIVE_SHORT;
      break;
    }
    k += 1;
    if (firmStop(p, k - 1, limit)) break;
  }
  if (k === start) return null;
  let descFrom = start;
  if (ARTICLES.has(bare(p, descFrom))) descFrom += 1;
  // `Volcker, first appointed to the Fed post by …, said`: a participle's clause (an adverb before it
  // at most) says what befell the person, no role (`newly appointed chairman` keeps its noun).
  if (participleOpens(p, descFrom, k)) return { end: k, desc: null };
  // The role ends before a verb after its role noun: `analyst at research firm Informa Media
  // believes …` (`managing director` keeps its participle).
  let descTo = descFrom;
  let hasRole = false;
  for (; descTo < k; descTo += 1) {
    // (`UBS-Phillips and Drew`: a capitalised word is a name, whatever its tag.)
    // (`manager of … Co Ltd's international fixed income activities`: a participle before a noun qualifies it.)
    if (
      hasRole &&
      (p.pos[descTo] === 'VERB' || p.pos[descTo] === 'AUX') &&
      !isCapitalised(p, descTo) &&
      !attributiveParticiple(p, descTo, k) &&
      // (`deputy managing director`: a participle right before a role noun is the role's.)
      !(descTo + 1 < k && setOffRole(bare(p, descTo + 1))) &&
      !firmParticle(p, descTo, k) &&
      !hyphenJoined(p, descTo)
    )
      break;
    // (`a Penzance town councillor who knew her for 50 years`: a relative clause is no part of it either.)
    // (`editor of the official Doctor Who magazine`: capitalised after a capitalised word, a name's.)
    if (
      hasRole &&
      ROLE_RELATIVES.has(p.normals[descTo]!) &&
      !(isCapitalised(p, descTo) && isCapitalised(p, descTo - 1) && p.sentence[descTo - 1] === p.sentence[descTo])
    )
      break;
    if (setOffRole(bare(p, descTo)) || TITLES.has(bare(p, descTo))) hasRole = true;
  }
  // (`, senior vice president and general manager, HP Services.`: the employer after a comma; the
  // appositive still ends at that comma.)
  const whose = hasRole && descTo === k ? employerAfterComma(p, k, limit) : -1;
  // (`the former actor and Oscar-winning director of "A Beautiful Mind" whose …`: a work's title in
  // quote marks after the role's `of` ends the role before the `of`, as a title word does.)
  if (descTo === k && k < p.length && !isOutside(p, k) && p.normals[k - 1] === 'of') descTo -= 1;
  const desc =
    hasRole && b !== 'who' && !number && descFrom < descTo ? textOf(p, descFrom, whose > k ? whose : descTo) : null;
  return { end: k, desc };
}

/**
 * `vice president of environment, technology and regulatory affairs`: after the comma at `comma`, which
 * closes a field of one or two lower-case nouns right after `of` or `for`, lower-case nouns and
 * adjectives (two at most in each item, more items after commas) then `and` and the last item, up to
 * a comma or the sentence's end, are the same remit: the token after it (exclusive), else -1.
 */
function remitListAfterComma(p: ParagraphView, comma: number): number {
  if (p.values[comma] !== ',') return -1;
  let f = comma - 1;
  while (f >= 0 && comma - f <= 2 && p.pos[f] === 'NOUN' && !isCapitalised(p, f) && isOutside(p, f)) f -= 1;
  if (f === comma - 1 || f < 0 || !REMIT_OPENERS.has(p.normals[f]!)) return -1;
  let k = comma + 1;
  for (let items = 0; items < 6; items += 1) {
    const from = k;
    while (k < p.length && k - from < 3 && REMIT_WORD_POS.has(p.pos[k]!) && !isCapitalised(p, k) && isOutside(p, k))
      k += 1;
    if (k === from || k - from > 2 || p.sentence[k] !== p.sentence[comma]) return -1;
    if (p.normals[k] === 'and') {
      const last = k + 1;
      k = last;
      while (k < p.length && k - last < 3 && REMIT_WORD_POS.has(p.pos[k]!) && !isCapitalised(p, k) && isOutside(p, k))
        k += 1;
      if (k === last || k - last > 2) return -1;
      const ends = k >= p.length || p.values[k] === ',' || isHardStop(p, k) || p.sentence[k] !== p.sentence[comma];
      return ends ? k : -1;
    }
    if (p.values[k] !== ',') return -1;
    k += 1;
  }
  return -1;
}
const REMIT_OPENERS = new Set(['of', 'for']);
const REMIT_WORD_POS = new Set(['NOUN', 'ADJ']);

/**
 * `Volkswagen do Brasil`, `Banco do Brasil`: a particle of a firm's name between two capitalised
 * words (before `end`), whatever its tag (`do` is read as a verb), goes on with the name.
 */
const firmParticle = (p: ParagraphTokens, t: number, end: number): boolean =>
  t > 0 && t + 1 < end && FIRM_PARTICLES.has(p.values[t]!) && isCapitalised(p, t - 1) && isCapitalised(p, t + 1);
const FIRM_PARTICLES = new Set([...NAME_PARTICLES, 'do']);

/**
 * `Oscar-winning`, `London-based`: a word joined by a hyphen written tight to the word before it is
 * that compound's, whatever its tag (a participle so joined qualifies the noun after it; no clause
 * starts there).
 */
const hyphenJoined = (p: ParagraphTokens, t: number): boolean =>
  t >= 2 && p.values[t - 1] === '-' && endOf(p, t - 2) === p.starts[t - 1] && endOf(p, t - 1) === p.starts[t];

/**
 * `said John McCain, senior vice president and general manager, HP Services.`, `said Eddie Chan,
 * lead analyst, mobile and personal computing at research firm IDC Canada in Toronto.`: after a role
 * set off up to the comma at `comma`, the piece that ends the sentence (before `limit`), with no
 * verb, no other comma and no person in it, is whose the role is when it is a firm's capitalised
 * name or holds one after `at`/`with`/`for` (`at research firm IDC Canada`): the end of that piece (exclusive); else -1.
 */
function employerAfterComma(p: ParagraphView, comma: number, limit: number): number {
  if (p.values[comma] !== ',') return -1;
  let e = comma + 1;
  let capitals = true;
  let at = false;
  let firm = false;
  while (e < limit && e - comma <= 12 && isOutside(p, e) && p.sentence[e] === p.sentence[comma] && !isHardStop(p, e)) {
    if (p.values[e] === ',' || p.values[e] === ';') return -1;
    if ((p.pos[e] === 'VERB' || p.pos[e] === 'AUX') && !isCapitalised(p, e)) return -1;
    const named = p.byStart.get(e);
    if (named && !named.thing) return -1;
    if (!isCapitalised(p, e)) capitals = false;
    if (EMPLOYER_PREPOSITIONS.has(p.normals[e]!)) at = true;
    else if (at && isCapitalised(p, e)) firm = true;
    e += 1;
  }
  // (The piece ends the sentence: a full stop or the paragraph's end, never a cut window; nor an
  // abbreviation the full stop was taken from, `WCCO-TV, Ch. 4`.)
  // (`Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said.`: a name set off before
  // the speech verb ends there as well.)
  // (A body's letters alone, `president of the Chicago Mercantile Exchange, CME, said`, add nothing.)
  const setOff =
    capitals && p.values[e] === ',' && isSpeechVerb(p, e + 1) && !(e === comma + 2 && ACRONYM.test(p.values[e - 1]!));
  const ends = e >= p.length || isHardStop(p, e) || p.sentence[e] !== p.sentence[comma] || setOff;
  if (!ends || e === comma + 1 || (p.values[e] === '.' && SHORT_ABBREVIATION.test(p.values[e - 1]!))) return -1;
  return (capitals && e - comma <= 5) || firm ? e : -1;
}
const EMPLOYER_PREPOSITIONS = new Set(['at', 'with', 'for']);
const SHORT_ABBREVIATION = /^\p{Lu}\p{Ll}{1,2}$/u;

const ROLE_RELATIVES = new Set(['who', 'whom', 'whose', 'which']);
/** An appositive's tokens at most (`, President of Foreman and Heidepriem and a former assistant secretary of agriculture for food and consumer services,` is 17), and where one with a speech verb in it was cut before. */
const APPOSITIVE_LONG = 20;
const APPOSITIVE_SHORT = 16;

/**
 * A role word of a description set off after a name: the lower-case roles and `official` (`Fares
 * Ghanem, a hospital official told …`). `official` is no role word elsewhere: before a speech verb
 * (`a USDA official said`) it is the organisation's spokesperson.
 */
const setOffRole = (b: string): boolean => LOWERCASE_ROLES.has(b) || b === 'official';

/**
 * A past participle in lower case at `from` (or after one adverb) with a preposition, an adverb or a
 * determiner after it, no noun (`failed Republican vice presidential candidate` is a role).
 */
const CLAUSE_GOES_ON = new Set(['ADP', 'ADV', 'DET', 'PART']);
function participleOpens(p: ParagraphView, from: number, end: number): boolean {
  const v = p.pos[from] === 'ADV' ? from + 1 : from;
  return (
    v + 1 < end &&
    p.pos[v] === 'VERB' &&
    p.normals[v]!.endsWith('ed') &&
    !isCapitalised(p, v) &&
    CLAUSE_GOES_ON.has(p.pos[v + 1]!) &&
    !isCapitalised(p, v + 1)
  );
}

/** `fixed` in `fixed income activities`: a past participle right before a noun of the phrase ending at `end`. */
const attributiveParticiple = (p: ParagraphTokens, t: number, end: number): boolean =>
  t + 1 < end && p.normals[t]!.endsWith('ed') && p.pos[t + 1] === 'NOUN' && !isCapitalised(p, t + 1);

/** Title words that, ending a capitalised run with no title before them, name a body (`Scottish Executive`). */
const BODY_TITLES = new Set(['executive']);

/** Token i is a firm's abbreviation with its period (`Ltd.`) and the next, before `end`, a capitalised word that is none. */
function firmStop(p: ParagraphView, i: number, end: number): boolean {
  const v = p.values[i]!;
  if (!v.endsWith('.') || !FIRM_ABBREVIATIONS.has(bare(p, i)) || i + 1 >= end) return false;
  return isCapitalised(p, i + 1) && !FIRM_ABBREVIATIONS.has(bare(p, i + 1));
}

/** The subject of the speech verb at `v`: a mention or a pronoun just before it, skipping `also`, `has`, an appositive. */
function subjectBefore(p: ParagraphView, v: number, floor: number): Cue | null {
  // `…, he said, adding “…”`: the participle's subject is the verb's.
  if (REPORT_PARTICIPLES.has(p.normals[v]!) && p.values[v - 1] === ',' && v - 2 >= floor && isSpeechVerb(p, v - 2)) {
    const chained = subjectBefore(p, v - 2, floor) ?? subjectAfter(p, v - 2, v - 1);
    if (!chained) return null;
    return chained.kind === 'mention'
      ? mentionCue(chained.mention, chained.para, v)
      : chained.kind === 'pronoun'
        ? pronounCue(chained.para, chained.token, v)
        : chained.kind === 'org'
          ? movedCue(chained, chained.para, v)
          : otherCue(chained.para, v);
  }
  // `Denman added that …, saying “…”`: the participle's subject is the sentence's.
  const participle =
    REPORT_PARTICIPLES.has(p.normals[v]!) ||
    p.normals[v] === 'telling' ||
    (NAMING_VERBS.has(p.normals[v]!) && p.normals[v]!.endsWith('ing'));
  if (participle && p.values[v - 1] === ',') {
    const subject = clauseSubject(p, floor, v);
    if (subject) return subject;
    // `Don Foster said his party would …, describing the plans as “…”`, `she said she had not yet
    // decided …, adding that she was “…”`: the subject of the clause's speech verb.
    for (let u = v - 2; u >= floor && v - u <= 20; u -= 1) {
      if (!isOutside(p, u)) break;
      if (!isSpeechVerb(p, u) || p.normals[u]!.endsWith('ing')) continue;
      const said = subjectBefore(p, u, floor);
      if (said?.kind === 'mention' || said?.kind === 'pronoun') return movedCue(said, said.para, v);
      break;
    }
  }
  // `Conable said that he did not feel a need to put his stamp on the Bank noting that “…”`: with no
  // comma, the noun before the participle is the object of the clause, and the participle's subject
  // is the earlier speech verb's (`with the Bank noting that` is the Bank's).
  // (`members have been telling him “…”` is a verb of its own subject.)
  if (
    participle &&
    (p.pos[v - 1] === 'NOUN' || p.pos[v - 1] === 'PROPN') &&
    !p.normals.slice(Math.max(floor, v - 6), v).includes('with')
  ) {
    for (let u = v - 2; u >= floor && v - u <= 24; u -= 1) {
      if (!isOutside(p, u) || p.values[u] === ',') break;
      if (!isSpeechVerb(p, u) || p.normals[u]!.endsWith('ing')) continue;
      const said = subjectBefore(p, u, floor);
      if (said?.kind === 'mention' || said?.kind === 'pronoun') return movedCue(said, said.para, v);
      break;
    }
  }
  let k = v - 1;
  // `…," Jeffs is heard saying.`, `Jeffs can be heard saying`: a recording's speaker is the subject of
  // `heard` (in the passive), the words between no subject.
  if (p.normals[v] === 'saying' && p.normals[k] === 'heard' && isOutside(p, k)) {
    k -= 1;
    while (k >= floor && HEARD_AUXILIARIES.has(p.normals[k]!) && isOutside(p, k)) k -= 1;
    if (k === v - 2) return null;
  }
  let skipped = 0;
  while (k >= floor && skipped < 3 && VERB_GAP.has(p.normals[k]!) && isOutside(p, k)) {
    k -= 1;
    skipped += 1;
  }
  // `The Universities and Colleges Employers Association (Ucea) said`: a name's abbreviation in
  // brackets stands between it and its verb, and is no part of the name. Only an organisation that
  // opens its clause is read so (`X, chairman of Amro Bank NV (Amro) said` is X's; `an observer at
  // the Asian Development Bank (ADB) said` is nobody's).
  if (abbreviationInBrackets(p, k, floor)) {
    const plain = subjectEndingAt(p, k, v, floor);
    if (plain) return plain;
    const org = subjectEndingAt(p, k - 3, v, floor);
    // (`NTTN.AS (NatNed) said`: a ticker's tail glued to its stem is no name.)
    const opens = org?.kind === 'org' && org.role === null && clauseOpens(p, org.token, floor) && !glued(p, org.token);
    if (!opens) return null;
    // `The Department for Culture, Media and Sport (DCMS) said`: a name before the comma goes on in
    // the body's name, which must then open the sentence; otherwise it is nobody's, never a name cut short.
    // (A list of its remits: the part after the comma holds `and`; `Unlike Amro, Algemene Bank NV (ABN) says` does not.)
    let remits = false;
    for (let t = org.token; t < k - 2; t += 1) if (p.normals[t] === 'and' || p.values[t] === '&') remits = true;
    if (remits && p.values[org.token - 1] === ',' && org.token - 2 >= floor && isCapitalised(p, org.token - 2)) {
      const head = orgStart(p, org.token - 2, floor, true);
      if (head < 0) return null;
      const from = ARTICLES.has(p.normals[head - 1] ?? '') ? head - 1 : head;
      if (!(from === floor || p.sentence[from - 1] !== p.sentence[from])) return null;
      return orgCue(org.para, org.verb, from, textOf(p, head, k - 2), org.role, org.person);
    }
    return org;
  }
  const cue = subjectEndingAt(p, k, v, floor);
  // `Producers Laurence Mark and Bill Condon called …`: two speak at once, neither alone.
  if (cue?.kind === 'mention' && jointName(p, cue.mention)) return otherCue(p.index, v);
  // `Naylor and Beesley said`, read as a firm's name: two of the article's people.
  const run = cue?.kind === 'org' ? p.byEnd.get(k) : undefined;
  return run && namesTwoPeople(p, run) ? otherCue(p.index, v) : cue;
}

const HEARD_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'can', 'could', 'clearly']);

/** Words of a firm's name after a possessive one (`Standard and Poor's Corp`, `Moody's Investors Service`). */
/** Words a possessive firm's name may end in after its `'s` (`Moody's Investors Service`). */
const FIRM_TAIL = withLegalForms(`corporation investors service services ratings group holdings`);

/**
 * `Standard and Poor's said`, `Moody's said`, `Lloyd's said`, `Standard and Poor's Corp said`,
 * `Moody's Investors Service said`: a capitalised name ending in a possessive `'s` that nothing but
 * its firm's words (`k` the last word before the verb) separates from the speech verb owns nothing:
 * it is the organisation's name as written, when it opens its clause. A noun after the possessive
 * (`Moody's analyst John Smith said`, `Lloyd's chairman said`, `based on the LDP's suggested
 * measures`) is the speaker, or what is spoken of, by the other rules; a person's possessive (`Mr
 * Smith's`, `John Smith's`: a title, or a given name before a surname) and a place's are none.
 */
function possessiveName(p: ParagraphView, k: number, v: number, floor: number): Cue | null {
  let mark = k;
  while (mark > floor && FIRM_TAIL.has(bare(p, mark)) && isCapitalised(p, mark) && isOutside(p, mark)) mark -= 1;
  const owner = mark - 1;
  if (
    owner < floor ||
    p.pos[mark] !== 'PART' ||
    p.normals[mark]!.replace('\u2019', "'") !== "'s" ||
    !isOutside(p, mark) ||
    !isOutside(p, owner) ||
    !isCapitalised(p, owner) ||
    p.pos[owner] !== 'PROPN'
  )
    return null;
  const named = p.byEnd.get(owner);
  if (named && (named.titled || (named.givenName === true && named.to > named.from))) return null;
  const start = orgStart(p, owner, floor, true);
  if (start < 0) return null;
  const from = start - 1 >= floor && ARTICLES.has(p.normals[start - 1]!) ? start - 1 : start;
  // The subject opens its clause: inside a phrase (`based on the LDP's suggested measures`) a
  // participle after the possessive is an adjective, and the possessor owns its noun.
  if (!clauseOpens(p, from, floor)) return null;
  return orgCue(p.index, v, from, textOf(p, start, k + 1));
}

/**
 * `said Moody's.`, `according to Standard and Poor's Corp`: a firm's possessive name (`possessiveName`)
 * from `from` to the end of the attribution (a comma, the sentence's end or `limit`), owning
 * nothing: the organisation, its cue at the verb `v`.
 */
function possessiveAfter(p: ParagraphView, from: number, v: number, limit: number): Cue | null {
  let end = from;
  while (
    end + 1 < limit &&
    end - from < 6 &&
    isOutside(p, end + 1) &&
    !isHardStop(p, end + 1) &&
    p.values[end + 1] !== ','
  )
    end += 1;
  if (end + 1 < limit && !isHardStop(p, end + 1) && p.values[end + 1] !== ',') return null;
  const last = p.normals[end]!;
  if (last === "'s" || FIRM_TAIL.has(bare(p, end))) {
    const cue = possessiveName(p, end, v, from);
    // (`Corp.` closing the sentence keeps its stop in the token.)
    return cue?.kind === 'org'
      ? orgCue(cue.para, cue.verb, cue.token, cue.name.replace(/\.$/, ''), cue.role, cue.person)
      : cue;
  }
  // `said Moody's.`: the possessive written as one token at the sentence's end.
  if (!/^\p{L}.*['\u2019]s$/u.test(last) || !isOutside(p, from)) return null;
  for (let t = from; t <= end; t += 1)
    if (!(isCapitalised(p, t) || p.normals[t] === 'and' || p.values[t] === '&')) return null;
  const named = p.byStart.get(from);
  if (named && (named.titled || named.givenName === true)) return null;
  return orgCue(p.index, v, from, textOf(p, from, end + 1));
}

/** Prepositions opening a phrase set off by commas between a subject and its speech verb (`X, in a statement, said`). */
const SETTING_OPENERS = new Set(['in', 'at', 'on', 'during', 'after', 'before']);

/** Whether token `k` opens its clause: the sentence's (or `floor`'s) first word, or the first after a comma. */
const clauseOpens = (p: ParagraphTokens, k: number, floor: number): boolean =>
  k === floor || p.sentence[k - 1] !== p.sentence[k] || p.values[k - 1] === ',' || sentenceOpener(p, k - 1, floor);

/** `But`, `Earlier`: a word at `j` that opens its sentence and the clause after it (not `Both`, which joins two). */
const sentenceOpener = (p: ParagraphTokens, j: number, floor: number): boolean =>
  j >= floor && SENTENCE_OPENERS.has(bare(p, j)) && (j === 0 || p.sentence[j - 1] !== p.sentence[j]);
const SENTENCE_OPENERS = new Set([
  'but',
  'and',
  'yet',
  'so',
  'earlier',
  'later',
  'meanwhile',
  'however',
  'also',
  'still',
  'then',
  'now',
]);

/**
 * `from Llanelli` ending at `k` after an age or a parent's description (`the 24-year-old`, `the
 * father of three`): the token of `from`, else -1. The place is one to three capitalised words.
 */
function placeAfterDescription(p: ParagraphTokens, k: number, floor: number): number {
  let j = k;
  while (j > floor && k - j < 3 && isCapitalised(p, j) && isOutside(p, j)) j -= 1;
  if (j === k || p.normals[j] !== 'from' || !isCapitalised(p, j + 1)) return -1;
  const h = j - 1;
  const aged = bare(p, h) === 'old' && p.normals[h - 1] === '-' && p.normals[h - 2] === 'year';
  return aged || kinHead(p, h) >= 0 ? j : -1;
}

/** The subject of the speech verb at `v` whose last word is token `k` (after any words of `VERB_GAP`). */
function subjectEndingAt(p: ParagraphView, k: number, v: number, floor: number): Cue | null {
  if (k < floor || !isOutside(p, k)) return null;
  const possessive = possessiveName(p, k, v, floor);
  if (possessive) return possessive;
  const normal = p.normals[k]!;
  if (SUBJECT_PRONOUNS.has(normal)) return pronounCue(p.index, k, v);
  if (normal === 'who' && p.values[k - 1] === ',') return relativeSubject(p, k - 1, v, floor);
  if (normal === 'which' && p.values[k - 1] === ',') return relativeBody(p, k - 1, v, floor);
  // `He refused to comment … but said flatly that …`: a second verb of the sentence's subject.
  if ((normal === 'but' || normal === 'and') && k > floor) return clauseSubject(p, titleFloor(p, floor), v);
  // `A spokesman for the Office of the Deputy Prime Minister said`: the office speaks, not a role.
  if (isCapitalised(p, k)) {
    const run = orgStart(p, k, floor, true);
    // (`The Reviewing Committee on the Export of Works of Art said`: a remit holding a given name.)
    if (run >= 0 && (officeOf(p, run, k) || onRemit(p, run, k + 1, floor))) return orgSubject(p, k, v, floor);
  }
  const committee = houseCommittee(p, k, v, floor);
  if (committee) return committee;
  // `the 24-year-old from Llanelli said`, `the mother of two from Leeds said`: an age or a parent's
  // description with the place the person comes from after it; the description ends before `from`.
  const from = placeAfterDescription(p, k, floor);
  if (from >= 0) k = from - 1;
  const described = descriptionStart(p, k, floor);
  // `A friend of the singer said`: nobody named.
  if (described >= 0 && speaksFor(p, Math.max(floor, described - 2), described)) return otherCue(p.index, v);
  if (described >= 0)
    return pronounCue(
      p.index,
      k,
      v,
      described,
      roleWord(p, k),
      isCapitalised(p, k) && capitalTitle(p, k) && !memberForSeat(p, k),
    );
  // `quoted Alfred Warren as saying “…”`
  if (
    normal === 'as' &&
    (p.normals[v] === 'saying' || p.normals[v] === 'telling' || REPORT_PARTICIPLES.has(p.normals[v]!))
  ) {
    // `quoted Alfred Warren as saying`, `quoted prosecutor Linda Hale as saying`, `quoted Nokia executive Jari Lehto as saying`
    const named = p.byEnd.get(k - 1);
    if (named && named.from - 1 >= floor) {
      for (let q = named.from - 1; q >= floor && named.from - q <= 4; q -= 1) {
        if (p.normals[q] === 'quoted') return mentionCue(named, p.index, v);
        if (!(LOWERCASE_ROLES.has(bare(p, q)) || isCapitalised(p, q))) break;
      }
    }
    // `Simon Reed was quoted (by the Washington Post) as saying`: the subject of `was`.
    for (let q = k - 1; q >= floor && k - q <= 8; q -= 1) {
      if (p.normals[q] === 'quoted')
        return ['was', 'is', 'been'].includes(p.normals[q - 1] ?? '') ? subjectBefore(p, q - 1, floor) : null;
      if (!(p.normals[q] === 'by' || p.normals[q] === 'the' || isCapitalised(p, q))) break;
    }
    return null;
  }
  // `The campaign group Railfuture described …`: the name after a noun for its kind.
  const kind = isCapitalised(p, k) ? orgAfterKind(p, k, v, floor, false) : null;
  if (kind) return kind;
  const mention = p.byEnd.get(k);
  // `A lawyer for Mr Smith said`: somebody unnamed, not Mr Smith.
  if (mention && !mention.thing && speaksFor(p, mention.from, mention.coreFrom)) return otherCue(p.index, v);
  if (mention && mention.from >= floor) {
    // `Jerry Strickland, a spokesman for Texas Attorney General Greg Abbott told TIME:`: the
    // spokesperson set off after a person's name is that person, not the titled one he speaks for.
    if (!mention.thing && mention.coreFrom > mention.from + 1 && spokespersonSetOff(p, mention.from)) {
      const open = openAppositive(p, k, v, floor);
      if (open) return open;
    }
    const named = employer(p, mention, floor) ?? mention;
    // `Shuichi Takemoto of the Foreign Ministry's North American Division told`: the person before `of`.
    if (named.thing) {
      const worker = workerOf(p, k, v, floor);
      if (worker) return worker;
      // `Gail Martell, chief meteorologist for E.F. Hutton said`: a role and its firm (one run,
      // since the role noun opens runs) close an appositive; the person is before it.
      if (named.coreFrom > named.from && CONNECTORS.has(p.normals[named.coreFrom - 1]!)) {
        const open = openAppositive(p, k, v, floor);
        if (open) return open;
      }
      // `Charlotte Moore, Controller BBC One says:`: a run opened by a role word right after the
      // comma that follows a person's full name is that person's appositive, not a body that speaks.
      if (p.values[named.from - 1] === ',' && LOWERCASE_ROLES.has(bare(p, named.from))) {
        const open = openAppositive(p, k, v, floor);
        if (open) return open;
      }
      // `Ben Stephenson, Controller, BBC Drama Commissioning says:`: the same with a comma after the role.
      const person = personBeforeSetOffRole(p, named.from - 1, floor);
      if (person) return mentionCue(person, p.index, v);
    }
    // `The Home Office said`, `A spokesman for Reebok Japan said`: an organisation speaks.
    if (named.thing || objectOfPreposition(p, named)) {
      const org = orgSubject(p, k, v, floor);
      if (org) return org;
    }
    // `A spokesman for Reebok Japan said`: a name after a preposition is not the subject.
    return objectOfPreposition(p, named) ? openAppositive(p, k, v, floor) : mentionCue(named, p.index, v);
  }
  if (isCapitalised(p, k)) {
    const worker = workerOf(p, k, v, floor);
    if (worker) return worker;
  }
  if (p.values[k] === ',') {
    const org = orgSetOff(p, k, v, floor);
    if (org) return org;
    // `Doyle's lawyer, Simon Price, said`: the name set off by commas is the speaker.
    const set = p.byEnd.get(POST_NOMINALS.has(p.values[k - 1]!) ? k - 2 : k - 1);
    if (set && !set.thing && set.from - 1 >= floor && p.values[set.from - 1] === ',') {
      // (`Its chief executive, Simon Lord, said:`: the role set off before the name is the role at the quote.)
      // (Only at a full name: `The home secretary, Mr Clarke,` is told apart from a namesake by that role elsewhere.)
      const role =
        set.appositive === null &&
        (set.desc === null || bareTitle(set.desc) || partyLabel(set.desc)) &&
        set.parts.length >= 2
          ? roleSetBefore(p, set.from)
          : null;
      if (role) set.appositive = role;
      return mentionCue(set, p.index, v);
    }
    // `His coach, former Davis Cup player Mark Fenn, said`: a role between the commas, then the name
    // (or an age: `One, nine-year-old Ellie Bagshaw, wrote:`).
    if (set && !set.thing && set.from - 1 >= floor) {
      let b = set.from - 1;
      while (
        b > floor &&
        set.from - b <= 6 &&
        p.values[b] !== ',' &&
        isOutside(p, b) &&
        (/^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(p.pos[b]!) || p.values[b] === '-')
      )
        b -= 1;
      if (p.values[b] === ',' && b - 1 >= floor && b < set.from - 1 && !p.byEnd.get(b - 1))
        return mentionCue(set, p.index, v);
    }
    // `Smith, the mayor of Springfield, said` / `Mark Olson, president of the ABA, the largest group, said` / `Bruce, however, said`
    for (let c = k - 1; c >= floor && c >= k - 24; c -= 1) {
      if (!isOutside(p, c) || isHardStop(p, c)) break;
      if (p.values[c] !== ',') continue;
      // `The former PSV Eindhoven striker, who is still registered as a player, said`
      if (p.normals[c + 1] === 'who') {
        const described = descriptionStart(p, c - 1, floor);
        // `The aide, who declined to be identified, said`: somebody unnamed on purpose (a spokesman
        // is still his organisation's voice).
        const spokes = /^spokes(man|woman|person)$/.test(bare(p, c - 1));
        for (let w = c + 2; described >= 0 && !spokes && w < k; w += 1)
          if (p.normals[w] === 'identified' || p.normals[w] === 'named') return otherCue(p.index, v);
        if (described >= 0)
          return pronounCue(
            p.index,
            c - 1,
            v,
            described,
            roleWord(p, c - 1),
            isCapitalised(p, c - 1) && capitalTitle(p, c - 1) && !memberForSeat(p, c - 1),
          );
      }
      // `The animal welfare group Animal Aid, which campaigns …, said`: the name after a noun for its
      // kind, before a clause about it, is that organisation (whatever its words look like).
      if (p.normals[c + 1] === 'which' && c - 1 >= floor) {
        const kind = orgAfterKind(p, c - 1, v, floor, false);
        if (kind) return kind;
      }
      const named = p.byEnd.get(POST_NOMINALS.has(p.values[c - 1]!) ? c - 2 : c - 1);
      // `A spokeswoman for the BPI, which organises the awards, said`, `Avon Products Inc, which …,
      // said`: the organisation before the clause, when it (or its spokesperson) opens the clause, not
      // when it is somebody's employer (`Richard Bolin, director of the Flagstaff Institute, which …`).
      if (p.normals[c + 1] === 'which' && (!named || named.thing || ofBody(p, named)) && c - 1 >= floor) {
        const org = orgSubject(p, c - 1, v, floor);
        const opens =
          org?.kind === 'org' &&
          (org.role !== null ||
            (p.values[org.token - 1] === ',' && !restatesEmployer(p, org.token, floor)) ||
            (org.token === floor && p.sentence[org.token - 1] !== p.sentence[org.token] && !glued(p, org.token)) ||
            opensAfterConjunction(p, org.token, floor));
        if (opens) return org;
      }
      // `Brindley & Sons, which has made tableware since 1819, said`: a name of two words or more with
      // no sign of a person (no given name, title or gender) before `which`, opening the sentence, is a
      // body's whatever its words look like.
      if (p.normals[c + 1] === 'which' && named && !named.thing && !personLike(named) && named.from >= floor) {
        const start = orgStart(p, c - 1, floor, true);
        const from = start > floor && ARTICLES.has(p.normals[start - 1]!) ? start - 1 : start;
        // (Two words or more: a lone one, `Dynamics, which …`, is often a firm's short name, which the
        // story's full name would have to replace.)
        if (
          start >= 0 &&
          start <= named.from &&
          start < c - 1 &&
          from === floor &&
          p.sentence[from - 1] !== p.sentence[from] &&
          !glued(p, from)
        )
          return orgCue(p.index, v, from, textOf(p, start, c));
      }
      // `The Healthcare Commission, the NHS watchdog, said`: a body's name opening its sentence, set
      // off by a noun phrase for its kind.
      if (!named || named.thing || !personLike(named)) {
        const body = bodyWithKindSetOff(p, c, k, v, floor);
        if (body) return body;
      }
      if (named && setOffInWhose(p, named)) continue;
      // `Sylvia Hardy, 73, from Exmouth, who …, said`: a home town set off by commas is no speaker.
      if (named && p.normals[named.from - 1] === 'from' && p.values[named.from - 2] === ',') continue;
      if (!named || named.thing || named.from < floor) continue;
      const app = appositive(p, c, k);
      let adverbs = k - c <= 3;
      for (let n = c + 1; n < k; n += 1) if (p.pos[n] !== 'ADV') adverbs = false;
      // `Helena Kennedy QC, who has campaigned against the powers, called …`: a relative clause
      // about the sentence's subject, also after an age and a home town (`X, 73, from Exmouth, who`).
      const relative = p.normals[afterAgeAndTown(p, c + 1, k)] === 'who' && noVerbBefore(p, named, floor);
      // `Agriculture Minister Achmad Affandi, in written remarks distributed today, said`: a phrase
      // set off after the sentence's subject telling where or when it spoke.
      const setting = SETTING_OPENERS.has(p.normals[c + 1]!) && noVerbBefore(p, named, floor);
      if (!app && !adverbs && !relative && !setting && !participleClause(p, c, named, floor)) continue;
      if (objectOfPreposition(p, named)) return null;
      if (app?.desc) named.appositive ??= app.desc;
      // `Its branch chairman, Dr Neil Sedgwick, who …, said:`: the role set off before the name.
      if (relative) roleBeforeRelative(p, named);
      return mentionCue(named, p.index, v);
    }
  }
  const open = openAppositive(p, k, v, floor);
  if (open) return open;
  // `The FA said`, `An LSE spokesman said`: no person is the subject, an organisation may be.
  if (isCapitalised(p, k) || SPOKES.has(bare(p, k))) return orgSubject(p, k, v, floor);
  return null;
}

/**
 * `Pat Guscott, whose mother, Edna, 93, has lived there since 1999, said:`: a name set off after
 * `whose` and a noun (one adjective before it at most) is inside the clause about the person before,
 * no subject of the verb after it.
 */
function setOffInWhose(p: ParagraphView, named: Mention): boolean {
  const comma = named.from - 1;
  if (p.values[comma] !== ',' || p.pos[comma - 1] !== 'NOUN') return false;
  const before = p.pos[comma - 2] === 'ADJ' ? comma - 3 : comma - 2;
  return p.normals[before] === 'whose';
}

/**
 * The role set off before a full name with no role of its own (a bare title at most) becomes its
 * appositive; the document pass gives it to every such name whatever follows it (`Its chairwoman,
 * Edna Pollard, 74, told …`, `Its chief executive, Dr Martin Fairbrass, apologised …`).
 */
export function roleBeforeRelative(p: ParagraphView, named: Mention): void {
  if (named.appositive !== null || (named.desc !== null && !bareTitle(named.desc)) || named.parts.length < 2) return;
  const role = roleSetBefore(p, named.from);
  if (role) named.appositive = role;
}

/**
 * `The area's MP, Conservative Jonathan Harrop,`: a party alone before a name set off after a role is
 * the person's party, no role of its own; the role set off before it is the role at the quote.
 */
const partyLabel = (desc: string): boolean => PARTY_LABELS.has(desc.toLowerCase());
const PARTY_LABELS = new Set([
  'conservative',
  'tory',
  'labour',
  'liberal democrat',
  'lib dem',
  'green',
  'snp',
  'plaid cymru',
  'ukip',
  'independent',
]);

/** `Professor`, `Dr`: a title alone before the name, no role (`Its president, Professor Alan Drinkwater,`). */
const bareTitle = (desc: string): boolean => !desc.includes(' ') && isTitle(desc);

/**
 * `The Commons home affairs committee said`, `the Lords constitution committee said`: British copy
 * writes a House's committees in lower case after the House's name; `the`, the House and up to four
 * lower-case words before `committee` (`k`) name the committee, a body (not `the committee` alone,
 * which describedOrganisations.ts reads as the one body named before).
 */
function houseCommittee(p: ParagraphView, k: number, v: number, floor: number): Cue | null {
  if (p.normals[k] !== 'committee' || isCapitalised(p, k)) return null;
  for (let h = k - 1; h >= floor && k - h <= 5; h -= 1) {
    if (!isOutside(p, h)) return null;
    if (isCapitalised(p, h)) {
      const the = h - 1 >= floor && p.normals[h - 1] === 'the' && isOutside(p, h - 1);
      return HOUSES.has(p.normals[h]!) && h < k - 1 && the ? orgCue(p.index, v, h - 1, textOf(p, h, k + 1)) : null;
    }
    if (p.pos[h] !== 'NOUN' && p.pos[h] !== 'ADJ' && p.values[h] !== '-') return null;
  }
  return null;
}
const HOUSES = new Set(['commons', 'lords']);

/**
 * `… a recommendation by the Arts Council, which said the watercolour was of "…"`: a `which` right
 * before the speech verb, after the comma at `comma`, is the body named just before the comma,
 * wherever that name stands in its sentence (as `who` is a person's); not a person's name or a place.
 */
function relativeBody(p: ParagraphView, comma: number, v: number, floor: number): Cue | null {
  const start = orgStart(p, comma - 1, floor, true);
  if (start < 0) return null;
  const named = p.byEnd.get(comma - 1);
  if (named && (personLike(named) || named.parts.every((part) => PLACES.has(part)))) return null;
  const from = start > floor && ARTICLES.has(p.normals[start - 1]!) ? start - 1 : start;
  return orgCue(p.index, v, from, textOf(p, start, comma));
}

/**
 * `… by the Conservative peer Baroness Ferrier, a former headteacher, who told the House that "…"`:
 * a `who` after the comma at `comma` is the person named just before it (a description set off by
 * commas may stand between), wherever that name stands in its sentence. Not after `of` or a
 * possessive (`the wife of X, who`, whose clause may be the wife's), not a body.
 */
function relativeSubject(p: ParagraphView, comma: number, v: number, floor: number): Cue | null {
  let end = POST_NOMINALS.has(p.values[comma - 1]!) ? comma - 2 : comma - 1;
  if (!p.byEnd.has(end))
    for (let b = comma - 1; ; b -= 1) {
      if (b < floor || comma - b > 16 || !isOutside(p, b) || isHardStop(p, b)) return null;
      if (p.values[b] !== ',') continue;
      if (appositive(p, b, comma + 1)?.end !== comma) return null;
      end = b - 1;
      break;
    }
  const named = p.byEnd.get(end);
  if (!named || named.thing || named.from < floor) return null;
  const before = p.normals[named.from - 1];
  if (before === 'of' || before === "'s") return null;
  return mentionCue(named, p.index, v);
}

/** Whether tokens `close - 2`..`close` are `(Abbr)` right after a capitalised word: a body's abbreviation. */
function abbreviationInBrackets(p: ParagraphTokens, close: number, floor: number): boolean {
  return (
    p.values[close] === ')' &&
    p.values[close - 2] === '(' &&
    close - 3 >= floor &&
    isOutside(p, close) &&
    isOutside(p, close - 3) &&
    /^\p{Lu}[\p{L}&]{1,7}$/u.test(p.values[close - 1]!) &&
    isCapitalised(p, close - 3)
  );
}

/**
 * `The train operator, Northern Link, said`, `Its parent company, Acme Holdings, said`: a name set
 * off by commas (ending just before the comma at `comma`) after a noun for a kind of organisation is
 * that organisation, whatever its words look like; a person's name (a given name, a title) is not.
 */
function orgSetOff(p: ParagraphView, comma: number, v: number, floor: number): Cue | null {
  return orgAfterKind(p, comma - 1, v, floor, true);
}

/**
 * The name ending at `end` right after a noun for a kind of organisation, set off by commas
 * (`setOff`: `The train operator, Northern Link, said`) or not (`The campaign group Railfuture
 * described`): that organisation, when a determiner opens the phrase and the phrase its clause.
 */
function orgAfterKind(p: ParagraphView, end: number, v: number, floor: number, setOff: boolean): Cue | null {
  if (end <= floor || !isOutside(p, end) || !isCapitalised(p, end) || p.pos[end] === 'PUNCT') return null;
  let start = end;
  while (
    start - 1 > floor &&
    isOutside(p, start - 1) &&
    ((isCapitalised(p, start - 1) && p.pos[start - 1] !== 'PUNCT') ||
      (ORG_JOINERS.has(p.normals[start - 1]!) && isCapitalised(p, start - 2)) ||
      // `Friends of the Earth`
      (p.normals[start - 1] === 'the' && p.normals[start - 2] === 'of' && isCapitalised(p, start - 3)) ||
      // `The charity Action on Elder Abuse` (not `Unison on Tuesday`: a day is no remit)
      (p.normals[start - 1] === 'on' && isCapitalised(p, start - 2) && !DAYS_AND_MONTHS.has(p.normals[start]!)) ||
      // `The national charity Help the Hospices`
      charityVerbBefore(p, start - 1, floor) ||
      // `The conservation group Save Britain’s Heritage`: a possessive inside the name
      (p.normals[start - 1] === "'s" && isCapitalised(p, start - 2)))
  )
    start -= 1;
  const noun = setOff ? start - 2 : start - 1;
  if (setOff && p.values[start - 1] !== ',') return null;
  // (`The home’s owner, Lindsey Care Group, said`: an owner, a person or a body, is a body when the
  // name set off after it ends in a body's noun.)
  const owner = setOff && OWNER_NOUNS.has(bare(p, noun)) && ORGANISATION_NOUNS.has(bare(p, end));
  if (noun < floor || isCapitalised(p, noun) || !(ORGANISATION_NOUNS.has(bare(p, noun)) || owner)) return null;
  // `The train operator`, `Its parent company`, `The Manchester-based firm`: a determiner opens it.
  let det = noun - 1;
  while (det >= floor && noun - det <= 4 && isOutside(p, det) && !ORG_OPENERS.has(p.normals[det]!)) {
    if (
      p.values[det] === ',' ||
      isHardStop(p, det) ||
      ((p.pos[det] === 'VERB' || p.pos[det] === 'AUX') && !p.normals[det]!.includes('-'))
    )
      return null;
    det -= 1;
  }
  // `Campaign group Friends of the Earth said`: headline style drops the article when the phrase
  // opens the sentence.
  const headless = det < floor && !setOff && noun - floor <= 3 && p.sentence[floor - 1] !== p.sentence[floor];
  if (!headless && (det < floor || !ORG_OPENERS.has(p.normals[det]!))) return null;
  // `director-general of the INFE export institute, Apolonio Ruiz Ligero, said`: the organisation
  // after a preposition is the person's employer, and the name the person's; it opens the clause.
  // (`A spokesman for the industry regulator, Ofwat, said`: but a spokesperson opening the clause
  // speaks for it.)
  const spokes = det > floor && setOff ? spokespersonFor(p, det, floor) : -1;
  if (det > floor && !CLAUSE_OPENERS.has(p.normals[det - 1]!) && spokes < 0) return null;
  const named = p.byEnd.get(end);
  if (named && !named.thing && (named.givenName === true || named.titled)) return null;
  const token = spokes >= 0 ? spokes - 1 : headless ? floor : det;
  const role = spokes >= 0 ? bare(p, spokes) : null;
  return orgCue(p.index, v, token, textOf(p, start, end + 1), role);
}
const ORG_OPENERS = new Set(['the', 'its', 'their', 'a', 'an']);
const OWNER_NOUNS = new Set(['owner', 'owners']);

/** `A spokesman for the …` opening its clause before the determiner at `det`: the token of `spokesman`, else -1. */
function spokespersonFor(p: ParagraphTokens, det: number, floor: number): number {
  const spokes = det - 2;
  if (p.normals[det - 1] !== 'for' || spokes - 1 < floor || !/^spokes(?:man|woman|person)$/.test(bare(p, spokes)))
    return -1;
  if (!ARTICLES.has(p.normals[spokes - 1]!) || !isOutside(p, spokes - 1)) return -1;
  return clauseOpens(p, spokes - 1, floor) ? spokes : -1;
}

/** From `k` (just after a name's comma), past `73,` and `from Exmouth,`: where the rest of the appositive starts. */
function afterAgeAndTown(p: ParagraphTokens, k: number, limit: number): number {
  if (p.pos[k] === 'NUM' && p.values[k + 1] === ',') k += 2;
  if (p.normals[k] === 'from' && isCapitalised(p, k + 1)) {
    let c = k + 1;
    while (c < limit && c <= k + 4 && isCapitalised(p, c)) c += 1;
    if (p.values[c] === ',') k = c + 1;
  }
  return k;
}

/** `Chris Johns, currency analyst at UBS-Phillips and Drew in London said`: an appositive with a role that the verb at `v` closes. */
/** How many words a role set off between a person's name and a body may have (`Controller`, `Head of Drama`). */
const MAX_SET_OFF_ROLE = 3;

/**
 * `Ben Stephenson, Controller, BBC Drama Commissioning says:`: with `comma` the comma before the body,
 * the person whose full name the comma before a role word ends, when only that role (a role word
 * first, then capitalised words or `of`) stands between the two commas; null otherwise.
 */
function personBeforeSetOffRole(p: ParagraphView, comma: number, floor: number): Mention | null {
  if (p.values[comma] !== ',') return null;
  for (let c = comma - 1; c >= floor && comma - c <= MAX_SET_OFF_ROLE + 1; c -= 1) {
    if (!isOutside(p, c)) return null;
    if (p.values[c] !== ',') {
      if (!(isCapitalised(p, c) || p.normals[c] === 'of')) return null;
      continue;
    }
    if (c === comma - 1 || !LOWERCASE_ROLES.has(bare(p, c + 1))) return null;
    const named = p.byEnd.get(c - 1);
    if (!named || named.thing || named.parts.length < 2 || named.from < floor || objectOfPreposition(p, named))
      return null;
    return named;
  }
  return null;
}

function openAppositive(p: ParagraphView, k: number, v: number, floor: number): Cue | null {
  for (let c = k; c >= floor && k - c <= 16; c -= 1) {
    if (!isOutside(p, c) || isHardStop(p, c)) return null;
    if (p.values[c] !== ',') continue;
    const named = p.byEnd.get(c - 1);
    if (
      !named ||
      named.thing ||
      named.parts.length < 2 ||
      named.afterDeterminer ||
      named.from < floor ||
      objectOfPreposition(p, named)
    )
      return null;
    // `… hurts Europeans, diplomats and economists said`: plural roles are the speakers themselves.
    for (let n = c + 1; n < v; n += 1) {
      const b = bare(p, n);
      if (b.endsWith('s') && (LOWERCASE_ROLES.has(b.slice(0, -1)) || TITLES.has(b.slice(0, -1)))) return null;
    }
    // `… with the Fed, economists said`: a plural is who speaks, not a role of the name before.
    const app = appositive(p, c, v);
    if (!app?.desc || app.end !== v || v - c < 4) return null;
    named.appositive ??= app.desc;
    return mentionCue(named, p.index, v);
  }
  return null;
}

/**
 * `Jack Kirnan of Kidder Peabody and Co told`, `Christian of the U.S. League of Savings Institutions
 * said`: the person named before the `of` of the capitalised run ending at `k`.
 */
function workerOf(p: ParagraphView, k: number, v: number, floor: number): Cue | null {
  for (let c = k - 1; c >= floor && c >= k - 10; c -= 1) {
    if (!isOutside(p, c)) break;
    const n = p.normals[c]!;
    const named = p.byEnd.get(c - 1);
    if ((n === 'of' || n === 'at' || n === 'with') && named && !named.thing && named.from >= floor)
      return mentionCue(named, p.index, v);
    if (!(isCapitalised(p, c) || ['of', 'the', 'and', '&', 'for', 'de', "'s", '.', ','].includes(n))) break;
  }
  return null;
}

const CLAUSE_OPENERS = new Set(['but', 'and', 'however', 'yet', 'so', 'also', ',']);

/** A name that says it is a body's: a noun for a kind of body among its words, or one acronym (`NFU`, `AMR`). */
const namesBody = (name: string): boolean =>
  /^\p{Lu}{2,5}$/u.test(name) || name.split(/[\s'\u2019-]+/).some((w) => ORGANISATION_NOUNS.has(w.toLowerCase()));

/** The subject opening the sentence from `floor` (a person or a pronoun right before its verb), for a participle at `v`. */
function clauseSubject(p: ParagraphView, floor: number, v: number): Cue | null {
  let k = floor;
  while (k < v && CLAUSE_OPENERS.has(p.normals[k]!)) k += 1;
  if (SUBJECT_PRONOUNS.has(p.normals[k]!))
    return p.pos[k + 1] === 'VERB' || p.pos[k + 1] === 'AUX' ? pronounCue(p.index, k, v) : null;
  const mention = p.byStart.get(k);
  if (!mention || mention.thing || mention.to >= v) {
    // `But a Bank of Japan official took a much more sanguine view, telling Reuters that “…”`;
    // `The Local Government Association said it welcomed … but urged`: an organisation opening the
    // sentence as the subject of a speech verb before this one.
    // (A compound joined by tight hyphens counts as one word: `the 180-year-old Suffolk brewer`.)
    for (let t = k + 1, joined = 0; t < v && t - k - joined <= 12; t += 1) {
      if (tightDash(p, t)) joined += 2;
      if ((p.pos[t] === 'VERB' || p.pos[t] === 'AUX') && !(isCapitalised(p, t) && insideName(p, t))) {
        // `The council's head of planning, Helen Ward, had recommended …, telling`: a name set off by
        // commas after a description with no verb is the sentence's subject.
        const set = p.values[t - 1] === ',' ? p.byEnd.get(t - 2) : undefined;
        if (
          set &&
          !set.thing &&
          set.from - 1 > k &&
          p.values[set.from - 1] === ',' &&
          descriptionOnly(p, k, set.from - 1)
        )
          return mentionCue(set, p.index, v);
        // `The train operator, Eastern Mainline Trains, said it had … but admitted`: a body set off
        // after a noun for its kind, the subject of that first speech verb.
        if ((set === undefined || set.thing) && p.values[t - 1] === ',' && isSpeechVerb(p, t)) {
          const body = orgSetOff(p, t - 1, v, k);
          if (body) return body;
        }
        const reacting = bodyOfKindActing(p, t, v, k);
        if (reacting) return reacting;
        // `Ridley & Hartwell, the 180-year-old Suffolk brewer, has rejected …, saying it "…"`: a body's
        // name opening the sentence, set off by a noun phrase for its kind, is that first verb's subject.
        if ((set === undefined || set.thing) && p.values[t - 1] === ',') {
          let comma = k + 1;
          while (comma < t - 1 && p.values[comma] !== ',') comma += 1;
          const body = comma < t - 1 ? bodyWithKindSetOff(p, comma, t - 1, v, k) : null;
          if (body) return body;
        }
        if (t - k > 8) return null;
        if (SPOKES.has(bare(p, t - 1))) return orgSubject(p, t - 1, v, k);
        const spoke = isCapitalised(p, t - 1) && (isSpeechVerb(p, t) || DECLINE_VERBS.has(p.normals[t]!));
        const org = spoke ? orgSubject(p, t - 1, v, k) : null;
        // (`AEGON NV AEGN.AS reported … and said`: a ticker's tail glued to its stem is no name.)
        if (org?.kind === 'org' && !glued(p, org.token)) return org;
        // `The National Farmers' Union did not support the blockade, but said …`: a body's name that
        // opens the sentence right before its first verb is the subject of any verb it has, when the
        // name says it is a body (a noun for its kind in it, or an acronym: `AMR agreed to buy … but
        // said`; not `Hubbard and Reed chatted …`, two people, nor `Wright Thursday renewed …`).
        const acting = !spoke && isCapitalised(p, t - 1) ? orgSubject(p, t - 1, v, k) : null;
        if (acting?.kind === 'org' && acting.token === k && !glued(p, acting.token) && namesBody(acting.name))
          return acting;
        // `The pilots' union Balpa said … and accused`: the subject of that first speech verb, when a
        // description with no verb stands before it (the sentence's subject, as a name opening it is).
        if (!spoke || org || !descriptionOnly(p, k, t - 1)) return null;
        const first = subjectBefore(p, t, k);
        return first?.kind === 'mention' || first?.kind === 'org' ? movedCue(first, first.para, v) : null;
      }
    }
    return null;
  }
  // `Guitarist Pete Carter, 26, was more restrained, saying`
  const app = p.values[mention.to + 1] === ',' ? appositive(p, mention.to + 1, v) : null;
  let next = app && p.values[app.end] === ',' ? app.end + 1 : mention.to + 1;
  // `Abshire, on the CBS television show "Face the Nation," did not comment …`: a phrase set off
  // after the subject telling where it spoke, its closing comma maybe inside a quoted title.
  if (!app && p.values[mention.to + 1] === ',' && SETTING_OPENERS.has(p.normals[mention.to + 2]!)) {
    const end = settingEnd(p, mention.to + 2, v);
    if (end > 0) next = end;
  }
  while (next < v && p.pos[next] === 'ADV') next += 1;
  return p.pos[next] === 'VERB' || p.pos[next] === 'AUX' ? mentionCue(mention, p.index, v) : null;
}

/** A hyphen at `t` written tight against the words on both sides (`180-year-old`). */
const tightDash = (p: ParagraphTokens, t: number): boolean =>
  p.values[t] === '-' && t > 0 && endOf(p, t - 1) === p.starts[t] && endOf(p, t) === p.starts[t + 1];

/**
 * `The environmental group WWF welcomed the cuts, saying … “…”`: a body named after a noun for its
 * kind, opening the clause (`orgAfterKind`), is the subject of the verb at `t` that follows it,
 * whatever that verb, and so of the participle at `v` (as a person opening it is: `Guitarist Pete
 * Carter … was more restrained, saying`). A name without such a noun (`Japan has rejected …, saying`)
 * is left to the speech verbs.
 */
function bodyOfKindActing(p: ParagraphView, t: number, v: number, floor: number): Cue | null {
  if (p.pos[t] !== 'VERB' || isSpeechVerb(p, t) || t - 1 <= floor) return null;
  return orgAfterKind(p, t - 1, v, floor, false);
}

/** Whether token `t` is a word of a name (`Helen Ward`, which the tagger may read as a verb). */
function insideName(p: ParagraphView, t: number): boolean {
  for (const m of p.mentions) if (m.coreFrom <= t && t <= m.to) return true;
  return false;
}

/**
 * After a setting phrase opened at `from` (`on the CBS television show "Face the Nation,"`): the
 * token after its closing comma (after the quote's closing mark when the comma is inside a short
 * quoted title), else -1.
 */
function settingEnd(p: ParagraphTokens, from: number, v: number): number {
  for (let t = from; t < v && t - from <= 16; t += 1) {
    if (isHardStop(p, t) || isSpeechVerb(p, t)) return -1;
    if (p.values[t] !== ',') continue;
    if (isOutside(p, t)) return t + 1;
    let close = t + 1;
    while (close < p.length && p.quote[close] === p.quote[t] && close - t <= 2) close += 1;
    return shortTitle(p, p.quote[t]!) ? close : -1;
  }
  return -1;
}

/** Whether quote span `q` of the paragraph is a short title (`"Face the Nation,"`): a few words, each capitalised or a function word. */
function shortTitle(p: ParagraphTokens, q: number): boolean {
  let words = 0;
  for (let t = 0; t < p.length; t += 1) {
    if (p.quote[t] !== q || p.pos[t] === 'PUNCT') continue;
    words += 1;
    if (words > 6 || !(isCapitalised(p, t) || ['the', 'of', 'and', 'a', 'in', 'on'].includes(p.normals[t]!)))
      return false;
  }
  return words > 0;
}

/**
 * `floor` moved back over a short quoted title that closed the window before it (`Abshire, on the
 * show "Face the Nation," did not comment …, but said`), within the sentence: where the window
 * before that title starts; else `floor`.
 */
function titleFloor(p: ParagraphTokens, floor: number): number {
  const q = floor > 0 ? p.quote[floor - 1]! : -1;
  if (q < 0 || p.sentence[floor - 1] !== p.sentence[floor] || !shortTitle(p, q)) return floor;
  let open = floor - 1;
  while (open > 0 && p.quote[open - 1] === q) open -= 1;
  return open > 0 && p.sentence[open - 1] === p.sentence[open] ? windowStart(p, open) : floor;
}

/** Whether tokens a..b-1 are a description with no verb or punctuation in it (`The pilots' union`). */
function descriptionOnly(p: ParagraphTokens, a: number, b: number): boolean {
  for (let t = a; t < b; t += 1) {
    if (!isOutside(p, t) || p.pos[t] === 'VERB' || p.pos[t] === 'AUX') return false;
    if (p.pos[t] === 'PUNCT' && !/^['\u2019]$/.test(p.values[t]!)) return false;
  }
  return true;
}

/**
 * `Cherney, asked about the stock price slide, said`, `Gardini, commenting on Callebaut's remarks,
 * said`: a participle clause after the comma at `comma`, whose subject is `named`, the sentence's
 * subject (no verb before it).
 */
function participleClause(p: ParagraphView, comma: number, named: Mention, floor: number): boolean {
  const first = comma + 1;
  // The tagger reads some participles as nouns (`Tony Blair, campaigning in Leeds, said`): one
  // before a preposition is still the clause's verb (`banking analyst` is no clause).
  const verb =
    p.pos[first] === 'VERB' ||
    (p.pos[first] === 'NOUN' && p.normals[first]!.endsWith('ing') && PREPOSITIONS.has(p.normals[first + 1] ?? ''));
  if (!verb || isCapitalised(p, first) || !/(?:ing|ed)$/.test(p.normals[first]!)) return false;
  return noVerbBefore(p, named, floor);
}

/** Whether the token at `k` follows the one before with no space (`OUTO.HE`: a ticker's tail). */
const glued = (p: ParagraphTokens, k: number): boolean =>
  k > 0 && p.starts[k - 1]! + p.values[k - 1]!.length === p.starts[k];

/** Whether no verb stands between `floor` and the name: it is the sentence's subject. */
function noVerbBefore(p: ParagraphView, named: Mention, floor: number): boolean {
  for (let n = floor; n < named.from; n += 1) if (p.pos[n] === 'VERB' || p.pos[n] === 'AUX') return false;
  return true;
}

const ACRONYM = /^[A-Z]{2,}$/;

/** A spokesperson and `for`/`of` at token `from`, set off by a comma (and an article) before it. */
function spokespersonSetOff(p: ParagraphTokens, from: number): boolean {
  if (!SPOKES.has(bare(p, from)) || (p.normals[from + 1] !== 'for' && p.normals[from + 1] !== 'of')) return false;
  const comma = ARTICLES.has(p.normals[from - 1] ?? '') ? from - 2 : from - 1;
  return comma > 0 && p.values[comma] === ',';
}

/** Who speaks for an organisation (`a Home Office spokesman`, `the FA's spokeswoman`). */
const SPOKES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'spokesmen',
  'spokeswomen',
  // `a USDA official said`, `a Bank of Japan official`, `one representative of the German Banking Association`
  'official',
  'officials',
  'representative',
]);
const ORG_JOINERS = new Set(['of', 'and', '&', 'for', 'de']);

/** A capitalised word for a kind of body (`Committee`, `Commission`) at `k`, outside quotes. */
const bodyWordAt = (p: ParagraphTokens, k: number, floor: number): boolean =>
  k >= floor && isOutside(p, k) && isCapitalised(p, k) && NON_PERSON_WORDS.has(bare(p, k));

/** A word less its periods (`U.S.` is `us`); most words have none, and are returned as they are. */
const withoutDots = (word: string): string => (word.includes('.') ? word.replace(/\./g, '') : word);

/**
 * An organisation that speaks, its name ending at `end` (`the FA`, `The Home Office`, `IAAF`,
 * `Save the Children`): where it starts, or -1. A place alone (`Britain said`), a title (`the
 * President`), a person's name or a run inside a longer one is none.
 */
function orgStart(p: ParagraphView, end: number, floor: number, anyName: boolean): number {
  if (end < floor || !isOutside(p, end) || !isCapitalised(p, end)) return -1;
  let start = end;
  for (;;) {
    const c = start - 1;
    // `the Office of the Deputy Prime Minister`: the body that serves a title; `Friends of the Earth`.
    if (
      p.normals[c] === 'the' &&
      p.normals[c - 1] === 'of' &&
      c - 2 >= floor &&
      isCapitalised(p, c - 2) &&
      (NON_PERSON_WORDS.has(bare(p, c - 2)) || BODY_PLURALS.has(bare(p, c - 2))) &&
      isOutside(p, c - 2)
    ) {
      start = c - 2;
      continue;
    }
    // `the Reviewing Committee on the Export of Works of Art`: a body's word, `on the` and its remit
    // (`on` alone is as often a date's: `The United Nations on Wednesday denied`).
    if (p.normals[c] === 'the' && p.normals[c - 1] === 'on' && bodyWordAt(p, c - 2, floor)) {
      start = c - 2;
      continue;
    }
    // `Save the Children`, `Help the Hospices`: a charity named by what it asks of the reader.
    if (charityVerbBefore(p, c, floor)) {
      start = c - 1;
      break;
    }
    if (c < floor || !isOutside(p, c) || ARTICLES.has(p.normals[c]!)) break;
    // `But Foreign Ministry officials`, `Earlier VW said`: a word capitalised only as its sentence's first is no part of a name.
    if (sentenceOpener(p, c, floor)) break;
    if (isCapitalised(p, c) && p.pos[c] !== 'PUNCT') start = c;
    // `Save the Children`
    else if (p.normals[c] === 'the' && c - 1 >= floor && isCapitalised(p, c - 1) && !ARTICLES.has(p.normals[c - 1]!))
      start = c - 1;
    else if (ORG_JOINERS.has(p.normals[c]!) && c - 1 >= floor && isCapitalised(p, c - 1)) start = c - 1;
    else if (p.normals[c] === 'the' && c - 1 >= floor && ORG_JOINERS.has(p.normals[c - 1]!) && isCapitalised(p, c - 2))
      start = c - 2;
    else if (c - 1 >= floor && pluralPossessive(p, c)) start = c - 1;
    // `Stoke-on-Trent City Council`, `Hewlett-Packard`: a hyphen touching a capitalised word or a
    // place's small word (`on`) between hyphens.
    else if (
      p.values[c] === '-' &&
      c - 1 >= floor &&
      endOf(p, c - 1) === p.starts[c] &&
      endOf(p, c) === p.starts[c + 1] &&
      (isCapitalised(p, c - 1) || (c - 2 >= floor && chainWord(p, c - 1)))
    )
      start = c - 1;
    // `the Campaign to Protect Rural England`, `the Committee to Protect Journalists`
    else if (p.normals[c] === 'to' && c - 1 >= floor && isCapitalised(p, c - 1) && ORG_AIMS.has(bare(p, c - 1)))
      start = c - 1;
    else break;
  }
  const first = bare(p, start);
  const last = bare(p, end);
  // `the Scottish Executive`, `the Health and Safety Executive`, `the Executive` for one of them: a
  // body, where `Chief Executive` is a post.
  const bodyTitle = BODY_TITLES.has(last) && (end === start || !TITLES.has(bare(p, end - 1)));
  // `the President` is a person; `First Chicago`, `General Motors` are firms; so is `the
  // Brentford and Isleworth MP`, a title after a place.
  if (((TITLES.has(first) && !WEAK_TITLES.has(first)) || HONORIFICS.has(first)) && !(bodyTitle && end === start))
    return -1;
  // `Labour MPs said`, `U.S. Officials said`: a group nobody named, no body.
  if (GROUP_PLURALS.has(last)) return -1;
  if (
    end > start &&
    TITLES.has(last) &&
    !WEAK_TITLES.has(last) &&
    !NON_PERSON_WORDS.has(last) &&
    !bodyTitle &&
    !officeOf(p, start, end)
  )
    return -1;
  // A work, show, award or event speaks for nobody (`Oscar`, `the World Cup`, `Stars In Their Eyes`).
  if (WORKS.has(bare(p, end)) || (start === end && WORKS.has(first))) return -1;
  for (let k = start + 1; k < end; k += 1)
    if (['In', 'Their', 'The', 'Of', 'On', 'My', 'Your'].includes(p.values[k]!) && p.normals[k - 1] !== 'of') return -1;
  let place = true;
  for (let k = start; k <= end; k += 1)
    if (!PLACES.has(withoutDots(bare(p, k))) && !ORG_JOINERS.has(p.normals[k]!)) place = false;
  if (place) return -1;
  // Somebody's name (`Weingarten said`, `Julius Maldutis of Salomon Brothers`) is a person's, not an organisation's.
  const named = p.byEnd.get(end);
  if (!anyName)
    for (let k = start; k <= end; k += 1) {
      // What a campaign is for (`to End Loneliness`) and whom a body is of (`the Association of
      // Head Teachers`) name nobody.
      const named = p.byEnd.get(k);
      if (named?.thing !== false || (k < end && pluralPossessive(p, k + 1))) continue;
      if (!personLike(named) && (aimOrBody(p, named.from) || ofBody(p, named))) continue;
      // `The Reviewing Committee on the Export of Works of Art said`: what follows a body's word and
      // `on the` is its remit, whatever given name it holds (`Art`).
      if (onRemit(p, start, named.from, floor)) continue;
      return -1;
    }
  if (anyName) return start;
  // After a determiner (`the FA`, `a Home Office spokesman`) or a possessive (`Britain's Home
  // Office`), or opening the clause when it reads as an organisation's name (`IAAF`, `Texaco Inc`),
  // not a common noun at a sentence's start (`Critics said`).
  const before = p.normals[start - 1];
  if (before !== undefined && start > floor && (ARTICLES.has(before) || before === "'s")) return start;
  if (start !== floor && before !== ',' && !sentenceOpener(p, start - 1, floor)) return -1;
  if (named?.thing && named.from <= start) return start;
  for (let k = start; k <= end; k += 1)
    if (ACRONYM.test(p.values[k]!) || NON_PERSON_WORDS.has(bare(p, k))) return start;
  return -1;
}

/** Verbs that open a charity's name before `the` (`Save the Children`, `Help the Aged`, `Stop the War Coalition`). */
const CHARITY_VERBS = new Set(['save', 'help', 'stop']);

/** Whether `the` at `c` follows a capitalised charity verb outside quotes (`Help the Hospices`). */
const charityVerbBefore = (p: ParagraphTokens, c: number, floor: number): boolean =>
  p.normals[c] === 'the' &&
  c - 1 >= floor &&
  isOutside(p, c - 1) &&
  isCapitalised(p, c - 1) &&
  CHARITY_VERBS.has(p.normals[c - 1]!) &&
  isCapitalised(p, c + 1);

/** A title or a given name: a person's, whatever comes before it (`Bank of Japan Governor Satoshi Sumita`). */
const personLike = (named: Mention): boolean => named.titled || named.givenName === true || named.gender !== null;

/** Whether the name at `from` is what a body is for (`Campaign to End Loneliness`): after `to` and a body's noun. */
const aimOrBody = (p: ParagraphTokens, from: number): boolean =>
  p.normals[from - 1] === 'to' && ORG_AIMS.has(bare(p, from - 2)) && isCapitalised(p, from - 2);

/** Whether a body's word and `on the` stand in the run between `start` and `from` (the remit of `Committee on the …`). */
function onRemit(p: ParagraphTokens, start: number, from: number, floor: number): boolean {
  for (let t = start + 1; t + 1 < from; t += 1)
    if (p.normals[t] === 'on' && p.normals[t + 1] === 'the' && bodyWordAt(p, t - 1, floor)) return true;
  return false;
}

/** Whether a name is, or ends, a body's (`the National Association of Head Teachers`): a body's noun and `of` in it or before it. */
function ofBody(p: ParagraphTokens, named: Mention): boolean {
  if (personLike(named)) return false;
  for (let k = Math.max(1, named.from - 1); k < named.to; k += 1)
    if (p.normals[k] === 'of' && isCapitalised(p, k - 1) && NON_PERSON_WORDS.has(bare(p, k - 1))) return true;
  return false;
}

/**
 * Whether the body at `token` is set off after a body's name that a preposition of a role holds
 * (`Frank Naylor, chairman of the Farm Credit Administration, FCA, which regulates …, yesterday
 * said`): the employer named again, inside the person's appositive, not the clause's subject.
 */
function restatesEmployer(p: ParagraphTokens, token: number, floor: number): boolean {
  let s = token - 2;
  if (s < floor || !isCapitalised(p, s)) return false;
  while (s - 1 >= floor && (isCapitalised(p, s - 1) || ORG_JOINERS.has(p.normals[s - 1]!))) s -= 1;
  if (p.normals[s - 1] === 'the') s -= 1;
  return EMPLOYER_OF.has(p.normals[s - 1] ?? '');
}
const EMPLOYER_OF = new Set(['of', 'at']);

/** Nouns for a body named after what it is for (`Campaign to …`, `Committee to …`). */
const ORG_AIMS = new Set(['campaign', 'committee', 'movement', 'alliance', 'coalition', 'society', 'fund', 'trust']);

/**
 * Whether a run ending in a title names the body that serves it (`the Office of the Deputy Prime
 * Minister`, `the Department of the Taoiseach`): an organisation's noun, then `of`, before the title.
 */
function officeOf(p: ParagraphView, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k += 1)
    if (
      p.normals[k] === 'of' &&
      p.normals[k + 1] === 'the' &&
      NON_PERSON_WORDS.has(bare(p, k - 1)) &&
      isCapitalised(p, k - 1)
    ) {
      for (let t = k + 2; t <= end; t += 1) if (p.byEnd.get(t) && personLike(p.byEnd.get(t)!)) return false;
      return true;
    }
  return false;
}

/**
 * A plural noun's possessive inside an organisation's name (`the Children's Rights Alliance`, `The
 * Ramblers' Association`, `the Professional Footballers' Association`), `c` its mark: not a place's
 * or a person's (`Japan's Finance Ministry`, `Mr Smith's office`), whose possessor is no part of the name.
 */
function pluralPossessive(p: ParagraphView, c: number): boolean {
  const mark = p.normals[c]!.replace('\u2019', "'");
  const word = bare(p, c - 1);
  const possessor = p.byEnd.get(c - 1);
  // A title or a given name makes the possessor a person (`Mr Adams' foundation`, `Tony Adams'`).
  if (!isCapitalised(p, c - 1) || !isOutside(p, c - 1) || possessor?.titled || possessor?.gender) return false;
  if (PLACES.has(word)) return false;
  if (mark === "'s") return IRREGULAR_PLURALS.has(word);
  return mark === "'" && word.length > 3 && word.endsWith('s') && !word.endsWith('ss');
}
const IRREGULAR_PLURALS = new Set(['children', 'women', 'men', 'people']);

/** `The FA said`, `a Home Office spokesman said`, `a spokesman for the Home Office said`: the organisation, as a cue. */
function orgSubject(p: ParagraphView, k: number, v: number, floor: number): Cue | null {
  let role: string | null = null;
  let end = k;
  if (SPOKES.has(bare(p, k)) && !isCapitalised(p, k)) {
    role = bare(p, k);
    end = k - 1;
  }
  let start = orgStart(p, end, floor, false);
  // `a Number 10 spokeswoman`: a name ending in a number, before a spokesperson.
  if (start < 0 && role !== null && /^\d+$/.test(p.values[end]!) && end - 1 >= floor && isCapitalised(p, end - 1)) {
    const run = orgStart(p, end - 1, floor, true);
    if (run > floor && ARTICLES.has(p.normals[run - 1]!)) start = run;
  }
  // `a Drexel spokesman`: between an article and the spokesman, a name is the employer's, never a person's.
  if (start < 0 && role !== null) {
    const run = orgStart(p, end, floor, true);
    if (run > floor && INDEFINITE_ARTICLES.has(p.normals[run - 1]!)) start = run;
  }
  if (start < 0 && role !== null) start = camelBrandBefore(p, end, floor);
  // `A spokeswoman for the Department for Environment, Food and Rural Affairs said`: a comma in a
  // body's list of remits (the part after it holds `and`, the part before is `X for|of Y`) is no
  // break in its name, when the whole opens its sentence or follows `a spokesman for`.
  // (`In Paris, Marks and Spencer said`: no `for`/`of` before the comma; `Speaking at the Bank of
  // England, Smith and Nephew said`: the whole opens nothing.)
  if (start >= 0 && p.values[start - 1] === ',' && start - 2 >= floor && isCapitalised(p, start - 2)) {
    let remits = false;
    for (let t = start; t < end; t += 1) if (p.normals[t] === 'and' || p.values[t] === '&') remits = true;
    const head = remits ? orgStart(p, start - 2, floor, true) : -1;
    let body = false;
    for (let t = head + 1; head >= 0 && t < start - 2; t += 1)
      if (p.normals[t] === 'for' || p.normals[t] === 'of') body = true;
    const det = body && p.normals[head - 1] === 'the' ? head - 1 : head;
    const opensSentence = det === floor || (det > floor && p.sentence[det - 1] !== p.sentence[det]);
    const spokesFor = det - 2 >= floor && p.normals[det - 1] === 'for' && SPOKES.has(bare(p, det - 2));
    if (body && (opensSentence || spokesFor)) start = head;
  }
  let from = start;
  if (role === null) {
    // `a spokesman for (the) Reebok Japan`: whatever the name, the spokesman speaks for it.
    const run = start >= 0 ? start : orgStart(p, end, floor, true);
    let q = run - 1;
    // (`a spokesman for Montreal-based Alcan`: where the firm is based is no part of whom.)
    if (p.normals[q] === 'based' && p.values[q - 1] === '-') {
      q -= 2;
      while (q > floor && isCapitalised(p, q)) q -= 1;
    }
    if (p.normals[q] === 'the') q -= 1;
    if (run >= 0 && (p.normals[q] === 'for' || p.normals[q] === 'of') && SPOKES.has(bare(p, q - 1)) && q - 1 >= floor) {
      role = bare(p, q - 1);
      start = run;
      from = q - 1;
    }
  }
  if (start < 0) return null;
  if (from - 1 >= floor && ARTICLES.has(p.normals[from - 1]!)) from -= 1;
  return orgCue(p.index, v, from, textOf(p, start, end + 1).replace(/['\u2019]s$/, ''), role);
}

/**
 * `An eBay spokesman said`, `an iTunes spokeswoman`: one word in lower case with a capital inside it
 * (a brand's), between an article and a spokesperson, is the employer; its token, else -1.
 */
function camelBrandBefore(p: ParagraphView, end: number, floor: number): number {
  if (end - 1 < floor || !isOutside(p, end) || !INDEFINITE_ARTICLES.has(p.normals[end - 1]!)) return -1;
  return CAMEL_BRAND.test(p.values[end]!) ? end : -1;
}
const CAMEL_BRAND = /^\p{Ll}{1,3}\p{Lu}\p{L}+$/u;

const KIND_PHRASE_BREAKS = new Set(['VERB', 'AUX', 'ADP']);
const KIND_RELATIVES = new Set(['which', 'that']);
const KIND_PHRASE_MARKS = new Set(["'", '\u2019', '-']);

/**
 * `The Healthcare Commission, the NHS watchdog, said`, `Ofwat, the industry regulator, said`: the name
 * before the comma at `comma` is a body's when a noun phrase opened by an article and ending in a
 * lower-case noun for a kind of body (`watchdog`, `regulator`, `union`) is set off after it, closed
 * by the comma at `k`, and the name opens its sentence (or follows a conjunction opening it).
 * Persons' names are passed over (the caller has none here).
 */
function bodyWithKindSetOff(p: ParagraphView, comma: number, k: number, v: number, floor: number): Cue | null {
  if (p.values[k] !== ',' || comma - 1 < floor) return null;
  // (`The Art Fund, the charity which helps museums buy works of art, said`: the noun's own relative
  // clause, up to the closing comma, is no part of the phrase.)
  let end = k;
  for (let t = comma + 3; t < k && end === k; t += 1) if (KIND_RELATIVES.has(p.normals[t]!) && k - t <= 16) end = t;
  // (A compound joined by tight hyphens is one word: `the 180-year-old Suffolk brewer`.)
  let joined = 0;
  for (let t = comma + 2; t < end; t += 1) if (tightDash(p, t)) joined += 2;
  if (end - comma < 3 || end - comma - joined > 8) return null;
  if (!ARTICLES.has(p.normals[comma + 1]!) || !ORGANISATION_NOUNS.has(p.normals[end - 1]!)) return null;
  if (isCapitalised(p, end - 1)) return null;
  for (let t = end; t < k; t += 1) if (!isOutside(p, t) || p.values[t] === ',') return null;
  for (let t = comma + 2; t < end; t += 1)
    if (
      !isOutside(p, t) ||
      KIND_PHRASE_BREAKS.has(p.pos[t]!) ||
      (p.pos[t] === 'PUNCT' && !KIND_PHRASE_MARKS.has(p.values[t]!))
    )
      return null;
  // (A lone word is a body's too, `Ofwat, the industry regulator,`: the noun after it says so.)
  const start = orgStart(p, comma - 1, floor, true);
  if (start < 0) return null;
  const from = start > floor && ARTICLES.has(p.normals[start - 1]!) ? start - 1 : start;
  const opens =
    (from === floor && p.sentence[from - 1] !== p.sentence[from] && !glued(p, from)) ||
    opensAfterConjunction(p, from, floor);
  return opens ? orgCue(p.index, v, from, textOf(p, start, comma)) : null;
}

/** Conjunctions a reporter opens a sentence with, before its subject (`But the Cricket Society, which …, said`). */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet']);

/**
 * Whether an organisation's name (from `token`, its determiner included) opens its sentence after a
 * conjunction only: `But the Cricket Society, which represents supporters, said` opens it as surely
 * as `The Cricket Society, which …, said` does.
 */
function opensAfterConjunction(p: ParagraphView, token: number, floor: number): boolean {
  return (
    token === floor + 1 &&
    OPENING_CONJUNCTIONS.has(p.normals[floor]!) &&
    p.sentence[floor - 1] !== p.sentence[floor] &&
    !glued(p, floor)
  );
}

/**
 * People who speak for themselves about someone (`a lawyer for Mr Smith`, `a friend of the singer`).
 * A spokesperson is the voice of whom they speak for (`a spokesman for the governor`), as an
 * organisation's is.
 */
const ON_BEHALF = new Set(['aide', 'friend', 'lawyer', 'solicitor', 'barrister', 'relative', 'neighbour']);

/** Whether tokens `from`..`to` (exclusive) hold one who speaks on somebody's behalf and `for`/`of`/`to` after it. */
function speaksFor(p: ParagraphTokens, from: number, to: number): boolean {
  for (let t = from; t + 1 < to; t += 1)
    if (ON_BEHALF.has(p.normals[t]!) && ['for', 'of', 'to'].includes(p.normals[t + 1]!)) return true;
  return false;
}

const PREPOSITIONS = new Set([
  'for',
  'of',
  'at',
  'from',
  'with',
  'by',
  'in',
  'on',
  'to',
  'about',
  'against',
  'between',
  'among',
  // `(via Jeff Duncan of the Times-Picayune)`: a source passed through, no subject.
  'via',
]);

/**
 * Whether a name is its sentence's subject, as far as word order tells: no preposition before it,
 * and a verb right after it (past adverbs and an appositive set off by commas: `Bwalya also paid
 * tribute`, `Kate Mallory, 23, thanked`), not a passive with `by` (`Petrov was beaten by`).
 */
export function subjectPosition(p: ParagraphTokens, from: number, to: number): boolean {
  if (afterPreposition(p, from)) return false;
  if (p.normals[to + 1] === "'s" || p.normals[to + 1] === "'") return false;
  // `Ian Winter QC, told`: letters after the name.
  let k = POST_NOMINALS.has(p.values[to + 1] ?? '') ? to + 2 : to + 1;
  // `Mr Pole's barrister, Ian Winter QC, told`: the comma closes the name's own apposition.
  if (p.values[from - 1] === ',' && p.values[k] === ',' && (p.pos[k + 1] === 'VERB' || p.pos[k + 1] === 'AUX')) k += 1;
  // `X, the England captain, backed`; `Sylvia Hardy, 73, from Exmouth, who was jailed …, said`: an
  // age, a home town and a clause, each set off by commas (one that opens with a capital is a list).
  for (let segment = 0; segment < 3 && p.values[k] === ','; segment += 1) {
    if (segment > 0 && isCapitalised(p, k + 1)) return false;
    let c = k + 1;
    while (c < p.length && c <= k + 12 && p.values[c] !== ',' && !isHardStop(p, c)) c += 1;
    if (p.values[c] !== ',') return false;
    k = c + 1;
  }
  while (k < p.length && p.pos[k] === 'ADV') k += 1;
  if (p.sentence[k] !== p.sentence[to] || (p.pos[k] !== 'VERB' && p.pos[k] !== 'AUX')) return false;
  if (p.pos[k] === 'AUX')
    for (let b = k + 1; b <= k + 4 && b < p.length; b += 1) if (p.normals[b] === 'by') return false;
  return true;
}

/**
 * `Liberty said in a statement`, `See Tickets said in a statement:`: a name with no sign of being a
 * person's (`person` false: no title, no given name, nobody of the article has it) that issues a
 * statement is an organisation's. `a council spokeswoman said` after `Mendip District Council, which
 * licenses the event, said …`: the organisation of that kind named just before.
 */
export function organisationCue(views: readonly ParagraphView[], cue: Cue | null, person: boolean): Cue | null {
  if (cue === null) return cue;
  const p = views[cue.para]!;
  const v = cue.verb;
  if (cue.kind === 'mention' && !person) {
    const statement =
      p.normals[v + 1] === 'in' &&
      (p.normals[v + 2] === 'a' || p.normals[v + 2] === 'its') &&
      p.normals[v + 3] === 'statement';
    const m = cue.mention;
    // (`Fylde Coast Sharks, who missed out on the play-offs, said in a statement`: a clause set off
    // between the name and its verb.)
    const clause =
      p.values[m.to + 1] === ',' && p.values[v - 1] === ',' && RELATIVES.has(p.normals[m.to + 2]!) && v - m.to <= 30;
    // `Castlegate said it had "no plans" …` where the article writes `Castlegate, which owns 1,900
    // pubs, …`: a lone name no one is known by, set off before `which` (a thing's relative, where a
    // person takes `who`) elsewhere in the article, is a body's short name.
    if (m.to + 1 === v && !m.titled && m.parts.length === 1 && !PLACES.has(m.parts[0]!) && whichAfterName(views, m))
      return orgCue(cue.para, v, m.coreFrom, m.name);
    if (!statement || (m.to + 1 !== v && !clause) || m.titled) return cue;
    const start = orgStart(p, m.to, 0, true);
    if (start < 0) return cue;
    return orgCue(cue.para, v, start, textOf(p, start, m.to + 1));
  }
  if (cue.kind !== 'other') return cue;
  // `a council spokeswoman said`, `said a council spokeswoman`
  let spokes = -1;
  if (SPOKESPEOPLE.has(p.normals[v - 1] ?? '')) spokes = v - 1;
  else if (SPOKESPEOPLE.has(p.normals[v + 2] ?? '') && ['a', 'the'].includes(p.normals[v + 1] ?? '')) spokes = v + 3;
  // `In a statement, the council said:`, `said the council.`: the body itself, by the noun for its kind.
  const body = spokes < 0 ? kindSubject(p, v) : -1;
  if (spokes < 0 && body < 0) return cue;
  const head = body >= 0 ? body : spokes === v - 1 ? v - 2 : v + 2;
  const kind = p.normals[head];
  // (`firm` is no word of a body's name, `Hoare Govett`'s, but is a noun for its kind: `The firm said`.)
  if (kind === undefined || isCapitalised(p, head) || !(NON_PERSON_WORDS.has(kind) || COMPANY_NOUNS.has(kind)))
    return cue;
  const role = body >= 0 ? null : p.normals[spokes === v - 1 ? v - 1 : v + 2]!;
  let spokeBefore = -1;
  if (body >= 0)
    for (let k = 0; k < Math.min(v, head) - 1 && spokeBefore < 0; k += 1)
      if (isOutside(p, k) && isSpeechVerb(p, k)) spokeBefore = k;
  for (let q = cue.para; q >= 0 && q >= cue.para - 2; q -= 1) {
    const view = views[q]!;
    for (let i = view.mentions.length - 1; i >= 0; i -= 1) {
      const m = view.mentions[i]!;
      if ((q === cue.para && m.from >= Math.min(v, head)) || view.quote[m.from] !== -1) continue;
      const words = m.full.toLowerCase().split(/\s+/);
      // (`Harwood was working for Bennett Logistics, the Exeter haulage firm founded by …` then `The
      // company said`: a name the text gives a noun for its kind, whatever its own words.)
      const byKind = body >= 0 && sameFirmKind(kindBeside(view, m), kind);
      if (!byKind && (words.length < 2 || (words[words.length - 1] !== kind && !headedBy(words, kind)))) continue;
      // (`Cable News Network is owned by …`, then `…, NBC said. The network said …`: somebody spoke
      // since, earlier in the noun's paragraph, whom the noun may go back to.)
      if (body >= 0 && spokeBefore >= 0 && (q < cue.para || m.from < spokeBefore)) return cue;
      if (body < 0) return orgCue(cue.para, v, head, withoutThe(m.full), role);
      // (The body itself: one that spoke or opened its sentence, not one spoken of, `… allow Cable
      // News Network to join`; not `the World Bank and the Inter-American Development Bank`, two
      // read as one run. A name its kind's noun stands beside is introduced as the body.)
      if (!byKind && (!spokeOrOpened(view, m) || words.indexOf(kind) !== words.length - 1)) return cue;
      return orgCue(cue.para, v, head, bodyName(m));
    }
  }
  // Named earlier in the story (`Derbyshire County Council says it must save …` ten paragraphs
  // before `A council spokesman said`): the one body of that kind the story has named, none or two: nobody.
  let only: string | null = null;
  if (body >= 0 && spokeBefore >= 0) return cue;
  for (let q = cue.para - 3; q >= 0; q -= 1) {
    const view = views[q]!;
    for (const m of view.mentions) {
      if (view.quote[m.from] !== -1) continue;
      const words = m.full.toLowerCase().split(/\s+/);
      const headed = headedBy(words, kind);
      // (`Harrington Travel, founded by Walter Harrington in 1946,` then, paragraphs later, `The firm
      // said`: a name the text gives a noun for its kind, as in the paragraphs just before.)
      const byKind = body >= 0 && sameFirmKind(kindBeside(view, m), kind);
      if (!byKind && (words.length < 2 || (words[words.length - 1] !== kind && !headed))) continue;
      // (`Ryedale District Council and Scarborough Borough Council`, read as one run: two bodies.)
      if (
        !byKind &&
        (headed ? words.lastIndexOf(kind) !== words.indexOf(kind) : words.indexOf(kind) < words.length - 1)
      )
        return cue;
      // (`Verizon …, the second-largest U.S. phone company, said …` and three bodies speaking after it,
      // then `The company said`: the noun may go back to any of them.)
      if (byKind && otherBodySpoke(views, q, m, cue.para, Math.min(v, head))) return cue;
      if (body >= 0 && !spokeOrOpened(view, m)) continue;
      const name = body >= 0 ? bodyName(m) : withoutThe(m.full);
      if (only !== null && only.toLowerCase() !== name.toLowerCase()) return cue;
      only = name;
    }
  }
  if (only !== null) return orgCue(cue.para, v, head, only, role);
  return cue;
}
const RELATIVES = new Set(['who', 'which']);

/**
 * Whether a noun for a body's kind given a name (`firm`) is `kind`, the description's (`company`):
 * `company` and `firm` are one kind (not `group`, which an investor group is too).
 */
const sameFirmKind = (noun: string | null, kind: string): boolean =>
  noun !== null && (noun === kind || (COMPANY_NOUNS.has(noun) && COMPANY_NOUNS.has(kind)));

/**
 * The lower-case noun for a kind of body the text gives the name `m`: right before it (`haulage
 * firm Bennett Logistics`), or ending a phrase set off after it that an article opens (`Bennett
 * Logistics, the Exeter haulage firm founded by Gary Bennett in 1988,`; the phrase ends at the noun,
 * a comma, a participle or a relative after it: not `the firm's founder`, `the company chairman`).
 * Else null.
 */
function kindBeside(p: ParagraphTokens, m: Mention): string | null {
  // (A place is no body's name; nor is the end of one the name finder cut at a particle: `Caisse de
  // depot et placement du Quebec, the government agency …` is no body `Quebec`.)
  if (m.parts.every((part) => PLACES.has(part)) || NAME_PARTICLES.has(p.values[m.from - 1] ?? '')) return null;
  const before = m.coreFrom - 1;
  if (before >= 0 && ORGANISATION_NOUNS.has(p.normals[before]!) && !isCapitalised(p, before)) return p.normals[before]!;
  if (namedForFounder(p, m)) return 'firm';
  if (p.values[m.to + 1] !== ',' || !ARTICLES.has(p.normals[m.to + 2]!)) return null;
  for (let k = m.to + 3; k < p.length && k <= m.to + 8; k += 1) {
    if (!isOutside(p, k) || (p.pos[k] === 'PUNCT' && !tightDash(p, k))) return null;
    if (!ORGANISATION_NOUNS.has(p.normals[k]!) || isCapitalised(p, k)) continue;
    // (`… Phoenix and Tucson, the agency said.`: a tag after the name, no phrase set off.)
    const next = k + 1;
    const participle = p.pos[next] === 'VERB' && !isSpeechVerb(p, next) && closedByComma(p, next);
    const ends = p.values[next] === ',' || KIND_RELATIVES.has(p.normals[next]!) || participle;
    return ends ? p.normals[k]! : null;
  }
  return null;
}

/**
 * Whether a name with no sign of a person's (no given name, gender or title) other than `m`'s spoke
 * after `m` (in paragraph `q`) and before token `before` of paragraph `para`, outside quotes.
 */
function otherBodySpoke(views: readonly ParagraphView[], q: number, m: Mention, para: number, before: number): boolean {
  for (let r = q; r <= para; r += 1)
    for (const o of views[r]!.mentions) {
      if ((r === q && o.from <= m.to) || (r === para && o.from >= before)) continue;
      if (!o.speech || views[r]!.quote[o.from] !== -1 || o.name === m.name) continue;
      if (o.givenName !== true && o.gender === null && !o.titled) return true;
    }
  return false;
}

/**
 * `Harrington Travel, founded by Walter Harrington in 1946,`: a name of two words or more set off
 * before `founded by` a person whose surname is one of its words is a firm named for its founder.
 */
function namedForFounder(p: ParagraphTokens, m: Mention): boolean {
  if (
    m.parts.length < 2 ||
    p.values[m.to + 1] !== ',' ||
    p.normals[m.to + 2] !== 'founded' ||
    p.normals[m.to + 3] !== 'by'
  )
    return false;
  const own = new Set(m.parts.slice(0, -1).map((w) => w.toLowerCase()));
  for (let k = m.to + 4; k < p.length && k <= m.to + 8 && isCapitalised(p, k) && isOutside(p, k); k += 1)
    if (own.has(p.normals[k]!) && !isCapitalised(p, k + 1)) return true;
  return false;
}

/** Whether a comma closes the phrase going on at token `k` within ten tokens, in its sentence, outside quotes. */
function closedByComma(p: ParagraphTokens, k: number): boolean {
  for (let t = k + 1; t < p.length && t <= k + 10; t += 1) {
    if (!isOutside(p, t) || isHardStop(p, t)) return false;
    if (p.values[t] === ',') return true;
  }
  return false;
}

/** Whether a body's mention spoke or opens its sentence (`The Particle Physics … Council (PPARC) said`, `Nottingham City Council’s portfolio holder …`). */
function spokeOrOpened(p: ParagraphTokens, m: Mention): boolean {
  const start = p.normals[m.from] === 'the' ? m.from : m.from - (p.normals[m.from - 1] === 'the' ? 1 : 0);
  return m.speech || start === 0 || p.sentence[start - 1] !== p.sentence[start];
}

/** A body's name without a role before it (`a spokesman for the Taiwan Textile Federation`) or `the`. */
const bodyName = (m: Mention): string => withoutThe(m.full.replace(/^[\p{Ll}\s]+(?:for|of|at)\s+/u, ''));

/**
 * The token of the noun in `the council said` or `said the council` (a clause's end after it) at
 * the speech verb `v`, or -1: the noun for a body's kind is the subject.
 */
export function kindSubject(p: ParagraphTokens, v: number): number {
  // (Not `a spokeswoman for the council said`: the noun after a preposition is no subject.)
  if (p.normals[v - 2] === 'the' && p.pos[v - 1] === 'NOUN' && p.pos[v - 3] !== 'ADP') return v - 1;
  const after = p.values[v + 3];
  if (p.normals[v + 1] === 'the' && p.pos[v + 2] === 'NOUN' && (after === undefined || p.pos[v + 3] === 'PUNCT'))
    return v + 2;
  return -1;
}

/** Whether the article writes `m`'s lone name, alone, right before `, which` (`Castlegate, which owns …`). */
function whichAfterName(views: readonly ParagraphView[], m: Mention): boolean {
  const name = m.name.toLowerCase();
  for (const view of views)
    for (const other of view.mentions)
      if (
        other.parts.length === 1 &&
        other.name.toLowerCase() === name &&
        other.from === other.coreFrom &&
        view.values[other.to + 1] === ',' &&
        view.normals[other.to + 2] === 'which'
      )
        return true;
  return false;
}

/**
 * Whether a body's name (lower-case words) opens with the noun for its kind and its remit after
 * `of`/`for` (`the Department of Health`, `Department for Transport`): British copy then calls its
 * spokesperson `a department spokesman`, as it calls a council's `a council spokeswoman`.
 */
function headedBy(words: readonly string[], kind: string): boolean {
  const first = words[0] === 'the' ? 1 : 0;
  return words[first] === kind && (words[first + 1] === 'of' || words[first + 1] === 'for') && words.length > first + 2;
}

/**
 * A name right after a preposition (`tribute to captain Elijah Tana`), or after one and a word for a
 * place near (`who grew up in nearby Staithes`: a place, no rival to the person before it).
 */
export const afterPreposition = (p: ParagraphTokens, from: number): boolean =>
  PREPOSITIONS.has(p.normals[from - 1] ?? '') ||
  (NEARBY.has(p.normals[from - 1] ?? '') && PREPOSITIONS.has(p.normals[from - 2] ?? ''));
const NEARBY = new Set(['nearby', 'neighbouring', 'neighboring']);

/** Whether the name at `from` is the object of a verb of judging (`accused Mr Blunkett`, `praised teenage striker Wayne Rooney`). */
export function objectOfJudging(p: ParagraphTokens, from: number): boolean {
  let floor = from - 4;
  for (let k = from - 1; k >= 0 && k >= floor; k -= 1) {
    if (p.sentence[k] !== p.sentence[from] || p.quote[k] !== -1) return false;
    if (JUDGING_VERBS.has(p.normals[k]!) || JUDGING_PLAIN_FORMS.has(p.normals[k]!)) return true;
    // `accused the RFU of rushing Wilkinson back`: the one the judged act is done to is judged too.
    if (p.normals[k]!.endsWith('ing') && (p.normals[k - 1] === 'of' || p.normals[k - 1] === 'for')) {
      k -= 1;
      floor = k - 4;
      continue;
    }
    if (p.pos[k] === 'VERB' || p.pos[k] === 'AUX' || p.pos[k] === 'PUNCT') return false;
  }
  return false;
}

function objectOfPreposition(p: ParagraphView, mention: Mention): boolean {
  const before = p.normals[mention.from - 1];
  if (before === undefined || !PREPOSITIONS.has(before)) return false;
  return !(before === 'to' && p.normals[mention.from - 2] === 'according');
}

/** For `Smith of Acme said`, where the run was not split: the person before `of`/`at`, if any. */
function employer(p: ParagraphView, mention: Mention, floor: number): Mention | null {
  // `Christopher Osborne of stockbroker Hoare Govett said`: a noun for the firm's kind may stand
  // between `of` and its name (then a name with no sign of a person is the firm).
  let b = mention.from - 1;
  let kinds = 0;
  while (kinds < 2 && b > floor && !isCapitalised(p, b) && p.pos[b] === 'NOUN' && isOutside(p, b)) {
    b -= 1;
    kinds += 1;
  }
  const before = p.normals[b];
  if (before === undefined || !['of', 'at', 'with'].includes(before)) return null;
  if (!mention.thing && !(kinds > 0 && !personLike(mention))) return null;
  const named = p.byEnd.get(b - 1);
  // (After a kind, only a person's name: `Chris Tinker, U.K. Analyst at brokers Phillips and Drew,`.)
  if (kinds > 0 && named && !personLike(named)) return null;
  return named && !named.thing && named.from >= floor ? named : null;
}

/** The speaker named right after the speech verb at `v` (`said Bruce`, `said she`, `said analyst Jo Smith`, `said the group's chief, Kjell Nilsson`). */
function subjectAfter(p: ParagraphView, v: number, limit: number): Cue | null {
  let k = v + 1;
  if (k >= limit || !isOutside(p, k)) return null;
  const first = p.normals[k]!;
  if (SUBJECT_PRONOUNS.has(first)) return pronounCue(p.index, k, v);
  // `"…," said Moody's.`, `said Standard and Poor's Corp`: a firm's possessive name that owns nothing.
  const firm = possessiveAfter(p, k, v, limit);
  if (firm) return firm;
  // `"…," said a spokeswoman for the watchdog, Postwatch.`: the body set off after the noun for its kind.
  if (/^spokes(?:man|woman|person)$/.test(p.normals[k + 1] ?? '') && p.normals[k + 2] === 'for') {
    let end = k + 3;
    while (end + 1 < limit && end - k < 14 && isOutside(p, end + 1) && !isHardStop(p, end + 1)) end += 1;
    const org = p.values[end] !== ',' ? orgAfterKind(p, end, v, k, true) : null;
    if (org) return org;
  }
  // `said stock futures analyst William Marcus`: a few lower-case words of role first (`said new
  // Interior Secretary Ken Salazar`: a lower-case word the tagger calls a proper noun is one too).
  for (let skipped = 0; skipped < 4 && k < limit && !p.byStart.has(k); skipped += 1) {
    if (isCapitalised(p, k) || !roleRunWord(p, k) || !isOutside(p, k)) break;
    k += 1;
  }
  let mention = p.byStart.get(k);
  // `said GMB regional organiser Sandra Birtles`: a body's name the name finder left out (an acronym),
  // then a role in lower case and the name, as before a speech verb (`placedRole`).
  if (!mention && isCapitalised(p, k) && first === p.normals[v + 1]) {
    let c = k;
    while (c < limit && c - k < 6 && !p.byStart.has(c) && isCapitalised(p, c) && p.pos[c] !== 'PUNCT') c += 1;
    const named = p.byStart.get(c);
    if (named && !named.thing && named.from > k && placedRole(p, k, named)) mention = named;
  }
  // `said Troy police Lt. Gerry Scherlinck`: a place's or a body's name read as a mention of its own.
  if (mention && !mention.thing && first === p.normals[v + 1]) mention = placeBeforeRole(p, mention, limit) ?? mention;
  // `said lead prosecutor Eric Nichols`, `said sheriff's spokesman Steve Whitmore`: the run above stops
  // at a word the tagger calls a verb or at a common noun's possessive.
  if (!mention) mention = roleRunToName(p, v, limit) ?? undefined;
  // `"…," said de Clercq.`: a particle in lower case opens the name, as before the verb (`de Mel said`).
  if (!mention) mention = particleName(p, v, limit) ?? undefined;
  // `"…," said Sumitomo Bank Ltd chief economist, Masahiko Koido.`: a role with no article set off
  // before the name (with one, `said the group's chief, Kjell Nilsson`, below).
  // (The firm that opens the role is a mention of its own: the person set off after it speaks.)
  if ((!mention || mention.thing) && !SET_OFF_DETERMINERS.has(first))
    mention = nameAfterBareRole(p, v, limit) ?? mention;
  // `said Capel's Murtha`: the person of the firm, not the firm; `said Nikko Securities' Okamoto`: a
  // name ending in s takes a bare apostrophe (then only a name after it is read so).
  const bareMark =
    mention !== undefined && /^['\u2019]$/.test(p.values[mention.to + 1] ?? '') && /s$/i.test(p.values[mention.to]!);
  if (mention && (p.normals[mention.to + 1] === "'s" || (bareMark && p.byStart.has(mention.to + 2)))) {
    const owned = p.byStart.get(mention.to + 2);
    // `said Mr Rashid's wife(, Nasreen)`: the possessor's wife speaks, not the possessor.
    if (!owned && !isCapitalised(p, mention.to + 2)) return possessedSpeaker(p, mention.to + 2, v, limit);
    mention = owned ?? mention;
  }
  // `said Donaldson, Lufkin and Jenrette Inc analyst William Marcus`: a firm's name with commas,
  // closed by a word for a company, then a role in lower case and a name (one run after the comma).
  const rest = mention && p.values[mention.to + 1] === ',' ? p.byStart.get(mention.to + 2) : undefined;
  if (mention && rest && !rest.thing && rest.coreFrom - rest.from >= 2 && !isCapitalised(p, rest.coreFrom - 1)) {
    let firm = -1;
    for (let c = rest.from; c < rest.coreFrom; c += 1)
      if (FIRM_ABBREVIATIONS.has(bare(p, c)) && isCapitalised(p, c)) firm = c;
    let joined = firm > rest.from;
    for (let c = rest.from; c < firm; c += 1)
      if (!(isCapitalised(p, c) || p.normals[c] === 'and' || p.values[c] === '&')) joined = false;
    if (joined && mention.to + 1 - mention.from <= 3) {
      // (The role is the words after the firm: the firm's commas and `and` would be cut by the role's cleaning.)
      rest.appositive ??= textOf(p, firm + 1, rest.coreFrom);
      mention = rest;
    }
  }
  // `said Industrial Bank of Japan Ltd senior economist Susumu Taketomi`: a firm, then the role
  // and name of a person of the firm (the role's adjective ended the firm's run).
  const worker = mention?.thing ? p.byStart.get(mention.to + 1) : undefined;
  if (mention && worker && !worker.thing && worker.coreFrom > worker.from && !isCapitalised(p, worker.from)) {
    worker.appositive ??= textOf(p, mention.from, worker.coreFrom);
    mention = worker;
  }
  if (mention) {
    // `said Laurence Mark and Bill Condon, the new producers`: two speak at once, neither alone.
    if (jointName(p, mention)) return otherCue(p.index, v);
    const app = appositive(p, mention.to + 1, limit);
    if (app?.desc) mention.appositive ??= app.desc;
    return mentionCue(mention, p.index, v);
  }
  // `said the Factory Records founder.`: a description up to the end of the attribution.
  if (first === 'the') {
    let head = v + 2;
    while (
      head + 1 < limit &&
      head - v <= 7 &&
      (ROLE_MODIFIERS.has(p.pos[head + 1]!) || compoundRole(p, head + 1) !== '') &&
      !HARD_STOP.has(p.values[head + 1]!) &&
      p.values[head + 1] !== ','
    )
      head += 1;
    if (head < limit && p.values[head + 1] !== ',' && descriptionStart(p, head, v + 1) === v + 1)
      return pronounCue(
        p.index,
        head,
        v,
        v + 1,
        roleWord(p, head),
        isCapitalised(p, head) && capitalTitle(p, head) && !memberForSeat(p, head),
      );
  }
  const org = orgAfter(p, v, limit);
  if (org) return org;
  // `said the group's chief executive, Kjell Nilsson.`
  if (SET_OFF_DETERMINERS.has(first)) {
    for (let c = v + 2; c < limit && c <= v + 10; c += 1) {
      if (p.values[c] !== ',') continue;
      const named = p.byStart.get(c + 1);
      if (!named || named.thing) return null;
      if (named.to + 1 < limit && p.values[named.to + 1] !== ',') return null;
      for (let r = v + 1; r < c; r += 1)
        if (isCapitalised(p, r) && !LOWERCASE_ROLES.has(bare(p, r)) && !TITLES.has(bare(p, r))) {
          // `said the RFL's chief executive, Gordon Halliwell`: a body's possessive (an acronym, or a
          // name no person's) owns the role.
          let e = r;
          while (e + 1 < c && isCapitalised(p, e + 1)) e += 1;
          const owner = p.byStart.get(r);
          const possessive = p.normals[e + 1] === "'s" || p.values[e + 1] === "'" || p.values[e + 1] === '\u2019';
          if (!possessive || e - r > 3 || (owner && !owner.thing && !ACRONYM.test(owner.name))) return null;
          r = e + 1;
        }
      const from = ARTICLES.has(first) ? v + 2 : v + 1;
      if (from < c) named.appositive ??= textOf(p, from, c);
      return mentionCue(named, p.index, v);
    }
  }
  return null;
}

/** A word of a role run after the verb: a noun or an adjective, or a word in lower case tagged a proper noun (`new`). */
const roleRunWord = (p: ParagraphTokens, k: number): boolean =>
  p.pos[k] === 'NOUN' || p.pos[k] === 'ADJ' || (p.pos[k] === 'PROPN' && LOWER_FIRST.test(p.values[k]!));

/**
 * Whether a person's name is joined by `and` to another person's, right before or after it (`Laurence
 * Mark and Bill Condon`, which the name finder reads as two names): a subject of two, whose words
 * are neither's alone.
 */
function jointName(p: ParagraphView, m: Mention): boolean {
  // `Naylor and Beesley said`: the name finder's one run, two of the article's people, or two names
  // it writes alone (`AMD and SeaMicro say`).
  if (namesTwoPeople(p, m) || namesTwoAlone(p, m.name)) return true;
  if (m.thing) return false;
  const before = p.normals[m.from - 1] === 'and' ? p.byEnd.get(m.from - 2) : undefined;
  const after = p.normals[m.to + 1] === 'and' ? p.byStart.get(m.to + 2) : undefined;
  return (before !== undefined && !before.thing) || (after !== undefined && !after.thing);
}

/**
 * `said Troy police Lt. Gerry Scherlinck`, `said Troy Police Chief …`: when the mention right after
 * a speech verb is followed by a lower-case word, not by the attribution's end, it is the place or the
 * body of the role and name after it (`placedRole`): that person, else null.
 */
function placeBeforeRole(p: ParagraphView, mention: Mention, limit: number): Mention | null {
  const next = mention.to + 1;
  if (next >= limit || isCapitalised(p, next) || p.pos[next] === 'PUNCT' || !isOutside(p, next)) return null;
  let c = next;
  while (c < limit && c - next < 4 && !p.byStart.has(c) && !isCapitalised(p, c) && isOutside(p, c)) c += 1;
  const named = p.byStart.get(c);
  if (!named || named.thing || !placedRole(p, mention.from, named)) return null;
  // (The name ends the attribution, as in `roleRunToName`.)
  return endsAttribution(p, named, limit) ? named : null;
}

/** The word classes a lower-case run before a name after a speech verb may hold (`lead` is tagged a verb). */
const RUN_TO_NAME = new Set(['NOUN', 'ADJ', 'VERB', 'NUM']);
const WORD_OR_NUMBER_FIRST = /^[\p{L}\d]/u;

/**
 * `said lead prosecutor Eric Nichols`, `said sheriff's spokesman Steve Whitmore`, `said the company's
 * advanced threat researcher Paul Ferguson`, `said the 36-year-old Klitschko, who …`: after the verb an
 * optional article, then up to six lower-case words outside quotes (nouns, adjectives, numbers, words
 * tagged verbs, a common noun's possessive `'s`, hyphens) right up to a person's name that ends the attribution
 * (a comma, a full stop, the window's end). The words are the role when the last is a word for a role;
 * an adjective alone (`tearful`, `36-year-old`) is none. Else null.
 */
function roleRunToName(p: ParagraphView, v: number, limit: number): Mention | null {
  let k = v + 1;
  if (ARTICLES.has(p.normals[k]!)) k += 1;
  const from = k;
  for (; k < limit && k - from < 6 && !p.byStart.has(k); k += 1) {
    if (!isOutside(p, k) || isCapitalised(p, k)) return null;
    // (`'s` and a hyphen only inside the run: `36 - year - old` as the tokenizer splits it)
    const joiner = (p.normals[k] === "'s" || p.values[k] === '-') && k > from;
    if (!joiner && !(RUN_TO_NAME.has(p.pos[k]!) && WORD_OR_NUMBER_FIRST.test(p.values[k]!))) return null;
  }
  const named = p.byStart.get(k);
  if (!named || named.thing || k === from) return null;
  if (!endsAttribution(p, named, limit)) return null;
  if (isRoleWord(p, k - 1)) named.appositive ??= textOf(p, from, k);
  return named;
}

/**
 * `"…," said de Clercq.`, `said van der Merwe,`: one or two name particles in lower case right after
 * the verb, then a person's name that ends the attribution (a comma, a full stop, the window's end):
 * that person (the name finder starts the name after its particles). Else null.
 */
function particleName(p: ParagraphView, v: number, limit: number): Mention | null {
  let k = v + 1;
  while (k < limit && k - v <= 2 && NAME_PARTICLES.has(p.values[k]!) && isOutside(p, k)) k += 1;
  if (k === v + 1) return null;
  const named = p.byStart.get(k);
  if (!named || named.thing) return null;
  return endsAttribution(p, named, limit) ? named : null;
}

/**
 * `"…," said Sumitomo Bank Ltd chief economist, Masahiko Koido.`, `said head of equities at Jardine
 * Fleming Securities Co, Mario Malt.`: the words from the verb to the first comma are a role set off
 * before a person's name (`roleSetBefore`: a role word, no verb, no other person) and the name ends
 * the attribution: that person, the role given. Else null.
 */
function nameAfterBareRole(p: ParagraphView, v: number, limit: number): Mention | null {
  for (let c = v + 2; c < limit && c - v <= 12; c += 1) {
    if (p.values[c] !== ',') continue;
    const named = p.byStart.get(c + 1);
    if (!named || named.thing || !endsAttribution(p, named, limit)) return null;
    const role = roleSetBefore(p, named.from);
    if (role === null) return null;
    // (`said one leader of the land reform movement, Joao Pedro`: `one` counts him among them, no role word.)
    named.appositive ??= role.replace(/^one\s+/i, '');
    return named;
  }
  return null;
}
/** The words that open a role set off before a name after the verb (`said the group's chief, X`). */
const SET_OFF_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/** Whether a name after a speech verb ends the attribution: a comma, a full stop or the window's end after it. */
const endsAttribution = (p: ParagraphTokens, named: Mention, limit: number): boolean =>
  named.to + 1 >= limit || p.values[named.to + 1] === ',' || p.values[named.to + 1] === '.';

/**
 * After a possessor (`said Mr Rashid's wife`, `said Tesco's chief executive, Sir Terry Leahy`), the
 * lower-case words from `from` are the speaker's role: the name set off after them, else somebody
 * unnamed (`other`), never the possessor.
 */
function possessedSpeaker(p: ParagraphView, from: number, v: number, limit: number): Cue | null {
  let k = from;
  while (k < limit && k - from < 4 && isOutside(p, k) && !isCapitalised(p, k) && /^\p{L}/u.test(p.values[k]!)) k += 1;
  if (k === from) return null;
  const named = p.values[k] === ',' ? p.byStart.get(k + 1) : undefined;
  if (named && !named.thing) return mentionCue(named, p.index, v);
  return otherCue(p.index, v);
}

/** `said the FA`, `said a Home Office spokesman` up to the end of the attribution: the organisation. */
function orgAfter(p: ParagraphView, v: number, limit: number): Cue | null {
  let k = v + 1;
  if (ARTICLES.has(p.normals[k]!)) k += 1;
  let end = k - 1;
  while (
    end + 1 < limit &&
    isOutside(p, end + 1) &&
    ((isCapitalised(p, end + 1) && p.pos[end + 1] !== 'PUNCT') ||
      (ORG_JOINERS.has(p.normals[end + 1]!) && isCapitalised(p, end + 2)))
  )
    end += 1;
  if (end < k) return null;
  const last = SPOKES.has(bare(p, end + 1)) ? end + 1 : end;
  const after = last + 1;
  // `said the FA would appeal` reports; `said a Home Office spokesman, Tom Jones` names the person.
  if (after < limit && p.values[after] !== ',') return null;
  if (after < limit && p.byStart.get(after + 1)?.thing === false) return null;
  return orgSubject(p, last, v, v + 1);
}

/** `according to X` with the `to` at `k - 1`... returns the mention starting at `k`. */
function accordingTo(p: ParagraphView, k: number): Mention | null {
  if (p.normals[k - 1] !== 'to' || p.normals[k - 2] !== 'according') return null;
  return p.byStart.get(k) ?? null;
}

/** End of the stretch outside quotes that starts at `from`: the next quote, sentence end or paragraph end. */
function windowEnd(p: ParagraphTokens, from: number): number {
  let k = from;
  while (k < p.length && isOutside(p, k) && (!isHardStop(p, k) || titleStop(p, k))) k += 1;
  return k;
}

/**
 * `the Rev. Larry Kroon`: a full stop the tokenizer split from a title's abbreviation, inside the
 * sentence (the splitter read on) and before a capitalised word, ends no window.
 */
function titleStop(p: ParagraphTokens, k: number): boolean {
  if (p.values[k] !== '.' || k === 0 || p.sentence[k + 1] !== p.sentence[k]) return false;
  return TITLES.has(p.normals[k - 1]!) && isCapitalised(p, k - 1) && isCapitalised(p, k + 1) && isOutside(p, k + 1);
}

/** Verbs that frame a partial quote as someone's words though they are no speech verbs: `called the term “outrageous”`. */
const NAMING_VERBS = new Set([
  'called',
  'calls',
  'calling',
  'described',
  'describes',
  'describing',
  'branded',
  'brands',
  'dubbed',
  'labelled',
  'labeled',
  'termed',
  'dismissed',
  'believes',
  'believed',
]);

/**
 * A short quote inside a sentence after a speech or naming verb with a named subject (`Mr Howard
 * called the plans "piecemeal and poor"`, `she said she would "rather not"`): a partial quote,
 * that subject's. With no verb, or nobody named before it, it is a scare quote: null.
 */
export function partialCue(p: ParagraphView, open: number): Cue | null {
  const floor = windowStart(p, open);
  if (open - floor < 2) return null;
  // `a MacArthur Fellowship, commonly known as the "genius grant."`: a name, nobody's words.
  const named = ARTICLES.has(p.normals[open - 1]!) ? open - 2 : open - 1;
  if (p.normals[named] === 'as' && p.normals[named - 1] === 'known') return null;
  // (`The Oldham Civic Society said the loss of the mill, one of the last in the town with its engine
  // house intact, was "…"`: a phrase set off by commas inside the reported clause adds no reach.)
  let setOff = 0;
  for (let v = open - 1; v >= floor && open - v - setOff <= PARTIAL_REACH; v -= 1) {
    const opening = v < open - 1 ? setOffFrom(p, v, floor) : -1;
    if (opening >= 0) {
      setOff += v - opening;
      v = opening;
      continue;
    }
    // `accused ministers of "sleepwalking"`, `praised the staff for their "quiet heroism"`: a verb of
    // judging frames the words its subject used, as `called` does.
    const framing =
      (NAMING_VERBS.has(bare(p, v)) || (JUDGING_VERBS.has(bare(p, v)) && !insideNounPhrase(p, open))) &&
      !isCapitalised(p, v);
    if (!isSpeechVerb(p, v) && !framing) continue;
    // `UK Sport said it had warned athletes "time and again"`: `it` after an earlier speech verb is
    // that verb's subject, who speaks.
    if (itOfSpeechBefore(p, v, floor)) continue;
    // `Unison said staff had warned managers … "for months"`: nor is a plain noun a verb's subject
    // within the clause an earlier speech verb reports.
    if (commonSubjectOfReported(p, v, open, floor)) continue;
    const cue = subjectBefore(p, v, floor) ?? coordinatedSubject(p, v, floor) ?? describedSubjectCue(p, v, floor);
    // `He says GM apparently believes “…”`, `Eyskens said he believed …`: a belief whose subject is
    // not a name is the speech verb's before it.
    if (cue?.kind !== 'mention' && WEAK_FRAMES.has(p.normals[v]!)) continue;
    // `Another passenger described the service as "a shambles"`: one person's words, though unnamed
    // (`Critics described it as "a gamble"` is a label many attach: a scare quote).
    if ((!cue || cue.kind === 'other') && oneUnnamedUsed(p, v, open)) return otherCue(p.index, v);
    if (!cue || cue.kind === 'other') return null;
    if (cue.kind === 'mention') cue.mention.speech = true;
    return cue;
  }
  return reportedWordsCue(p, open);
}

const WEAK_FRAMES = new Set(['believes', 'believed']);

/** How many tokens before a partial quote its speech verb may stand (a phrase set off by commas aside). */
const PARTIAL_REACH = 20;
/** The longest phrase set off by commas that partialCue reaches over. */
const MAX_SET_OFF = 16;

/**
 * The comma opening a phrase set off by commas whose closing comma is at `close` (`, one of the last
 * in the town …,`): outside quotes, no speech verb inside; else -1.
 */
function setOffFrom(p: ParagraphTokens, close: number, floor: number): number {
  if (p.values[close] !== ',') return -1;
  for (let k = close - 1; k >= floor && close - k <= MAX_SET_OFF; k -= 1) {
    if (!isOutside(p, k) || isHardStop(p, k) || isSpeechVerb(p, k)) return -1;
    if (p.values[k] === ',') return k < close - 1 ? k : -1;
  }
  return -1;
}

/** Whether the verb at `v` has `it` for its subject right after an earlier speech verb (`said it had warned`, `said that it would ask`). */
function itOfSpeechBefore(p: ParagraphTokens, v: number, floor: number): boolean {
  let k = v - 1;
  while (k > floor && v - k <= 3 && (VERB_GAP.has(p.normals[k]!) || p.normals[k] === 'not')) k -= 1;
  if (p.normals[k] !== 'it' || !isOutside(p, k)) return false;
  const said = p.normals[k - 1] === 'that' ? k - 2 : k - 1;
  return said >= floor && isOutside(p, said) && isSpeechVerb(p, said) && !p.normals[said]!.endsWith('ing');
}

/** Determiners of a plain noun phrase that is a reported clause's subject (`said the staff had warned`). */
const REPORTED_DETERMINERS = new Set(['the', 'its', 'their', 'some', 'many', 'other']);

/**
 * Whether the verb at `v` has for its subject a plain noun phrase (lower-case nouns, no name, not a
 * person's noun: `staff`, `the residents`, `many members`) right after an earlier speech verb
 * (`said staff had warned`, `said that local people had complained`): the clause that verb reports,
 * whose words are still its subject's (`Unison said staff had warned managers "for months"`). Not
 * when the quote at `open` is that verb's own speech, set off by a comma or colon or opening with a
 * capital (`McClure said senators told him, "There is no doubt …"`: the senators' words).
 */
function commonSubjectOfReported(p: ParagraphTokens, v: number, open: number, floor: number): boolean {
  if (p.values[open - 1] === ',' || p.values[open - 1] === ':' || isCapitalised(p, open)) return false;
  let k = v - 1;
  while (k > floor && v - k <= 3 && (VERB_GAP.has(p.normals[k]!) || p.normals[k] === 'not')) k -= 1;
  if (p.pos[k] !== 'NOUN' || isCapitalised(p, k) || PERSON_NOUNS.has(p.normals[k]!) || !isOutside(p, k)) return false;
  let head = k;
  while (
    head - 1 > floor &&
    k - head < 2 &&
    (p.pos[head - 1] === 'NOUN' || p.pos[head - 1] === 'ADJ') &&
    !isCapitalised(p, head - 1)
  )
    head -= 1;
  if (REPORTED_DETERMINERS.has(p.normals[head - 1]!)) head -= 1;
  const said = p.normals[head - 1] === 'that' ? head - 2 : head - 1;
  return said >= floor && isOutside(p, said) && isSpeechVerb(p, said) && !p.normals[said]!.endsWith('ing');
}

/**
 * `The trust said it had not been consulted and described the timing as "…"`: a verb right after
 * `and`, with no subject of its own, shares the subject of the speech verb before it in the
 * sentence (outside quotes, no `;` between).
 */
function coordinatedSubject(p: ParagraphView, v: number, floor: number): Cue | null {
  if (p.normals[v - 1] !== 'and') return null;
  for (let u = v - 2; u >= floor && v - u <= 30; u -= 1) {
    if (!isOutside(p, u) || isHardStop(p, u) || p.values[u] === ';') return null;
    if (!isSpeechVerb(p, u) || p.normals[u]!.endsWith('ing')) continue;
    const said = subjectBefore(p, u, floor);
    return said?.kind === 'mention' || said?.kind === 'org' || said?.kind === 'pronoun' ? said : null;
  }
  return null;
}

/**
 * `Davis said the CFTC should step up …, correct "…" which …, and "…"`: a short quote far into a
 * sentence that opens with its speaker's speech verb (`X said`, `He said`), after a verb of the
 * reported clause or its `and`, with no other speech, naming or judging verb outside quotes between:
 * words the speaker used, however long the clause before. A term inside a noun phrase stays a
 * scare quote.
 */
function reportedWordsCue(p: ParagraphView, open: number): Cue | null {
  const before = open - 1;
  if (before < 1 || isCapitalised(p, before) || insideNounPhrase(p, open)) return null;
  // (`… and that the remaining shops would be "refitted and refreshed"`: after a copula too.)
  if (p.normals[before] !== 'and' && p.pos[before] !== 'VERB' && p.pos[before] !== 'AUX') return null;
  let s0 = open;
  while (s0 > 0 && p.sentence[s0 - 1] === p.sentence[open]) s0 -= 1;
  let v = -1;
  for (let t = s0; t < open; t += 1) {
    if (!isOutside(p, t)) continue;
    const said = isSpeechVerb(p, t);
    if (said && v < 0 && t - s0 <= 6) v = t;
    else if (said || NAMING_VERBS.has(bare(p, t)) || JUDGING_VERBS.has(bare(p, t)) || URGING_VERBS.has(p.normals[t]!))
      return null;
    if (v < 0 && t - s0 > 6) return null;
  }
  if (v < 0 || open - v > 60) return null;
  const cue = subjectBefore(p, v, s0);
  if (cue?.kind !== 'mention' && cue?.kind !== 'pronoun') return null;
  if (cue.kind === 'mention') cue.mention.speech = true;
  return cue;
}

/** `describedSubjectOpens` for the speech verb at `v` in the sentence that holds it (from `floor` on), as a cue. */
function describedSubjectCue(p: ParagraphView, v: number, floor: number): Cue | null {
  let s0 = v;
  while (s0 > floor && p.sentence[s0 - 1] === p.sentence[v]) s0 -= 1;
  // (The window may start inside the sentence, after a quote: `Salvatore "Sammy the Bull" Gravano, described …`.)
  if (s0 > 0 && p.sentence[s0 - 1] === p.sentence[v]) return null;
  const named = describedSubjectOpens(p, s0, v);
  return named ? mentionCue(named, p.index, v) : null;
}

/** How many tokens a name and its set-off description may take before their speech verb (`describedSubjectOpens`). */
const MAX_DESCRIBED_SUBJECT = 16;

/**
 * `Matt Smith, the county attorney in Mohave County, Az. said …`: the person whose name opens the
 * sentence from `s0`, when a description set off by a comma follows it up to the speech verb at `v`
 * (words outside quotes, no verb, no `, and` of a second subject, an abbreviation's period only), at most MAX_DESCRIBED_SUBJECT
 * tokens in all: the speech verb's subject opens the sentence, as in `X said`. Else null.
 */
function describedSubjectOpens(p: ParagraphView, s0: number, v: number): Mention | null {
  if (v - s0 > MAX_DESCRIBED_SUBJECT) return null;
  const named = p.byStart.get(s0);
  if (!named || named.thing || p.values[named.to + 1] !== ',' || named.to + 2 >= v) return null;
  for (let t = named.to + 2; t < v; t += 1) {
    if (!isOutside(p, t) || p.pos[t] === 'VERB' || p.pos[t] === 'AUX') return null;
    if (isHardStop(p, t) && (p.values[t] !== '.' || t + 1 !== v)) return null;
    // (`Matt Smith, the county attorney, and the sheriff said`: two subjects.)
    if (p.values[t] === ',' && (p.normals[t + 1] === 'and' || p.normals[t + 1] === 'or')) return null;
  }
  return named;
}

/**
 * Whether the quote opening at `open` sits inside a noun phrase, as a term does (`the so-called
 * "J-curve"`, `criticised Washington for the "superfund" tax`): a determiner before it or a noun after it.
 */
/**
 * Whether the quote at `open` is a name after a determiner or a possessive (`in the "Big Bang,"`):
 * every word in it capitalised (`a "bitter disappointment,"` is words used).
 */
export function nameAfterOpener(p: ParagraphTokens, open: number): boolean {
  if (!NOUN_PHRASE_OPENERS.has(p.normals[open - 1] ?? '')) return false;
  let words = 0;
  for (let k = open; k < p.length && p.quote[k] === p.quote[open]; k += 1) {
    if (!/^\p{L}/u.test(p.values[k]!)) continue;
    if (!isCapitalised(p, k)) return false;
    words += 1;
  }
  return words > 0;
}

/**
 * Whether the quote at `open` follows a noun for voices and `of` with no owner before it (`to chants
 * of "…"`, `amid cries of "…"`): the words of a crowd, not of the sentence's subject (`his calls of
 * "…"` are his).
 */
export function voiceOfMany(p: ParagraphTokens, open: number): boolean {
  if (p.normals[open - 1] !== 'of' || !VOICE_NOUNS.has(p.normals[open - 2] ?? '')) return false;
  const owner = p.normals[open - 3] ?? '';
  return !OWNERS.has(owner) && owner !== "'s" && owner !== "'";
}
const VOICE_NOUNS = new Set([
  'chant',
  'chants',
  'cry',
  'cries',
  'shout',
  'shouts',
  'calls',
  'cheers',
  'roars',
  'chorus',
]);
const OWNERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/**
 * Whether the quote at `open` is a work's name inside a noun phrase (`Jack Ketsoyan said Friday that
 * the "American Pie" star went to …`): one to five words, each capitalised but the small words
 * inside, no sentence's end, after a determiner or before a noun in lower case. A title, nobody's words.
 */
export function workTitle(p: ParagraphTokens, open: number): boolean {
  if (open < 1 || p.sentence[open - 1] !== p.sentence[open] || !insideNounPhrase(p, open)) return false;
  // (`saw himself as a "Lone Ranger" who …`: after `a`, a name for someone, in their words.)
  if (INDEFINITE_ARTICLES.has(p.normals[open - 1]!) && !nounAfterQuote(p, open)) return false;
  let words = 0;
  for (let t = open; t < p.length && p.quote[t] === p.quote[open]; t += 1) {
    if (p.pos[t] === 'PUNCT') {
      if (SENTENCE_ENDS.has(p.values[t]!)) return false;
      continue;
    }
    words += 1;
    if (!isCapitalised(p, t) && (t === open || !TITLE_SMALL_WORDS.has(p.normals[t]!))) return false;
  }
  return words >= 1 && words <= 5;
}
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/** Whether a noun in lower case follows the quote that opens at `open` (`the "American Pie" star`). */
function nounAfterQuote(p: ParagraphTokens, open: number): boolean {
  let close = open;
  while (close + 1 < p.length && p.quote[close + 1] === p.quote[open]) close += 1;
  return p.pos[close + 1] === 'NOUN' && !isCapitalised(p, close + 1);
}
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'to', 'for']);

export function insideNounPhrase(p: ParagraphTokens, open: number): boolean {
  if (NOUN_PHRASE_OPENERS.has(p.normals[open - 1] ?? '')) return true;
  // `so-called`, which the tokenizer splits.
  if (p.normals[open - 1] === 'called' && p.values[open - 2] === '-' && p.normals[open - 3] === 'so') return true;
  return nounAfterQuote(p, open);
}
const NOUN_PHRASE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'so-called',
]);

/**
 * Whether the quote at `open` holds words the subject of the verb at `v` used, even unnamed: after
 * `described … as` (`A neighbour described the scheme as "…"`), or as the complement of the verb of
 * the clause it reports (`One pupil said the rule was "a bit harsh"`), not a term inside a noun phrase.
 */
export function wordsUsed(p: ParagraphTokens, v: number, open: number): boolean {
  return describedAs(p, v, open) || (isSpeechVerb(p, v) && (complementOfVerb(p, v, open) || mannerOfVerb(p, v, open)));
}

/**
 * Whether the quote at `open` is an adverb alone, after a verb of the clause the speech verb at `v`
 * reports (`said the company shared revenue "fairly" with developers`): how the speaker said a thing
 * was done, in their words. Scare quotes mark terms (nouns), not manners.
 */
function mannerOfVerb(p: ParagraphTokens, v: number, open: number): boolean {
  if (open - v > 12) return false;
  const words: number[] = [];
  for (let t = open; t < p.length && p.quote[t] === p.quote[open]; t += 1) if (p.pos[t] !== 'PUNCT') words.push(t);
  if (words.length !== 1 || p.pos[words[0]!] !== 'ADV') return false;
  let verb = false;
  for (let t = v + 1; t < open; t += 1) {
    if (!isOutside(p, t) || isHardStop(p, t) || p.values[t] === ';') return false;
    if (p.pos[t] === 'VERB' && !isCapitalised(p, t)) verb = true;
  }
  return verb;
}

/** Words used (`wordsUsed`) by one unnamed person opening the sentence (`One pupil`, `A neighbour`), not by many (`Critics`, `Analysts`). */
export function oneUnnamedUsed(p: ParagraphTokens, v: number, open: number): boolean {
  return UNNAMED.has(p.normals[windowStart(p, open)]!) && wordsUsed(p, v, open);
}

/**
 * Whether the quote at `open` stands right after a lower-case verb of the clause the speech verb at
 * `v` reports (`said schools had "every right" to`, `said the plan was "really unfair"`): what a
 * speaker said the thing was or had, in their words.
 */
export function complementOfVerb(p: ParagraphTokens, v: number, open: number): boolean {
  // (`said takeovers were too often "waved through"`: up to two adverbs between the verb and the
  // quote leave it the verb's complement.)
  let k = open - 1;
  while (k > v + 1 && open - k <= COMPLEMENT_ADVERBS && p.pos[k] === 'ADV' && isOutside(p, k) && !isCapitalised(p, k))
    k -= 1;
  if (k <= v + 1 || open - v > 12 || isCapitalised(p, k)) return false;
  if (p.pos[k] !== 'VERB' && p.pos[k] !== 'AUX') return false;
  // `labourers called "boias-frias"`, `its so-called "minus-ceiling" policy`: a term, not words used.
  if (NAMING_VERBS.has(bare(p, k)) || insideNounPhrase(p, open)) return false;
  for (let t = v + 1; t < k; t += 1) if (!isOutside(p, t) || isHardStop(p, t) || p.values[t] === ';') return false;
  return true;
}

/** How many adverbs may stand between a verb and the quote that is its complement (`too often`). */
const COMPLEMENT_ADVERBS = 2;

/**
 * Whether the quote at `open` stands right after a second verb, joined by `and`, of the clause the
 * speech verb at `v` reports with `it` as its subject (`said it had lent the club £200,000 in March
 * and wanted "cast-iron guarantees" that …`): the organisation speaking says what it itself did and
 * wants, in its words, however long the first verb's clause. A comma between (another clause that
 * could bring its own subject) or a naming verb (`called it "…"`) keeps it a term.
 */
export function secondVerbOfOwnClause(p: ParagraphTokens, v: number, open: number): boolean {
  const subject = p.normals[v + 1] === 'that' ? v + 2 : v + 1;
  if (p.normals[subject] !== 'it') return false;
  const k = open - 1;
  if (k <= subject + 2 || open - v > 40 || isCapitalised(p, k) || p.normals[k - 1] !== 'and') return false;
  if (p.pos[k] !== 'VERB' && p.pos[k] !== 'AUX') return false;
  if (NAMING_VERBS.has(bare(p, k)) || insideNounPhrase(p, open)) return false;
  for (let t = v + 1; t < k; t += 1)
    if (!isOutside(p, t) || isHardStop(p, t) || p.values[t] === ';' || p.values[t] === ',') return false;
  return true;
}

/**
 * Whether the quote at `open` is a phrase of the clause the speech verb at `v` reports that opens
 * with a preposition or a verb's `-ing` form (`said in a statement that the white paper supported
 * "making best use" of regional airports`, `said the flights would bring noise "at all hours" to
 * homes`): how or what, in the speaker's words. Scare quotes mark terms (nouns and their modifiers),
 * which open with neither. The clause may go on after the quote; nothing between the verb and the
 * quote ends it (a full stop, `;`, a quote) or reports another voice (a speech verb).
 */
export function phraseOfReported(p: ParagraphTokens, v: number, open: number): boolean {
  const first = open + 1;
  if (open - v > 30 || first >= p.length || p.quote[first] !== p.quote[open] || isCapitalised(p, first)) return false;
  // (A phrase: two words or more. One word, `reclassify as "nonperforming"`, is a term.)
  if (first + 1 >= p.length || p.quote[first + 1] !== p.quote[open] || p.pos[first + 1] === 'PUNCT') return false;
  const ing = p.pos[first] === 'VERB' && p.normals[first]!.endsWith('ing');
  if (!ing && (p.pos[first] !== 'ADP' || p.normals[first] === 'of')) return false;
  if (insideNounPhrase(p, open)) return false;
  for (let t = v + 1; t < open; t += 1)
    if (!isOutside(p, t) || isHardStop(p, t) || p.values[t] === ';' || isSpeechVerb(p, t)) return false;
  return true;
}

/**
 * Whether the quote at `open` is the predicate of the clause the speech verb at `v` reports, its
 * subject a pronoun right after the verb (`saying it "significantly undervalues" the business`,
 * `said they "deeply regret" the delay`): what the speaker said, in its words. A term is a noun
 * phrase, never a quote opening on a verb (an adverb before it allowed).
 */
export function predicateOfReported(p: ParagraphTokens, v: number, open: number): boolean {
  const subject = p.normals[v + 1] === 'that' ? v + 2 : v + 1;
  if (open !== subject + 1 || !REPORTED_PRONOUNS.has(p.normals[subject]!)) return false;
  let first = open + 1;
  if (p.quote[first] === p.quote[open] && p.pos[first] === 'ADV') first += 1;
  return first < p.length && p.quote[first] === p.quote[open] && !isCapitalised(p, first) && p.pos[first] === 'VERB';
}
const REPORTED_PRONOUNS = new Set(['it', 'they', 'we']);

/** Verbs by which a speaker tells someone to do something (`urged ministers to …`). */
const URGING_VERBS = new Set([
  'urged',
  'urges',
  'asked',
  'asks',
  'told',
  'tells',
  'challenged',
  'advised',
  'pressed',
  'begged',
]);

/**
 * Whether the quote at `open` is what the speaker at the urging verb `v` told someone to do:
 * `urged the union to "think very carefully"`, `asked ministers to "think again"`. The object is a
 * few words with no punctuation, and `to` stands right before the quote: the speaker's own words.
 */
export function urgedTo(p: ParagraphTokens, v: number, open: number): boolean {
  if (!URGING_VERBS.has(p.normals[v]!) || isCapitalised(p, v) || p.normals[open - 1] !== 'to') return false;
  const object = open - 1 - (v + 1);
  if (object < 1 || object > 5) return false;
  for (let t = v + 1; t < open - 1; t += 1)
    if (!isOutside(p, t) || p.pos[t] === 'PUNCT' || isSpeechVerb(p, t)) return false;
  return true;
}

/** `described the plan as “…”`, `dismissed the claims as “…”`: a naming verb at `v` and `as` right before the quote at `open`. */
export function describedAs(p: ParagraphTokens, v: number, open: number): boolean {
  return NAMING_VERBS.has(bare(p, v)) && !isCapitalised(p, v) && p.normals[open - 1] === 'as' && open - v <= 12;
}

/**
 * A quote inside a sentence whose attribution ends it: `H.J. Heinz Co is “within sight of our 22nd
 * consecutive year of new records” for the fiscal year, Chairman Anthony O'Reilly told investment analysts.`
 */
export function trailingCue(p: ParagraphView, open: number): Cue | null {
  const sentence = p.sentence[open];
  let from = open;
  while (from > 0 && p.sentence[from - 1] === sentence) from -= 1;
  if (from === open && !clauseRunsOnAfterQuote(p, open)) return null;
  let to = open;
  while (to + 1 < p.length && p.sentence[to + 1] === sentence) to += 1;
  const cue = trailingAttribution(p, from, to);
  if (cue?.kind === 'mention') cue.mention.speech = true;
  return cue;
}

/**
 * `"We expect the U.S. government to honor its commitment" and discussed this with Shultz today,
 * Clark said.`, `"We are confident we can service our debt," based on strong cash flow …, Florjancic
 * said.`: a quote that opens its sentence and whose clause goes on past the closing mark in lower-case
 * words (no full stop, `?` or `!` inside the marks) is the quote of the attribution that ends the
 * sentence, as a quote inside the sentence is.
 */
function clauseRunsOnAfterQuote(p: ParagraphTokens, open: number): boolean {
  const index = p.quote[open]!;
  let close = open;
  while (close + 1 < p.length && p.quote[close + 1] === index) close += 1;
  const next = close + 1;
  if (next >= p.length || !isOutside(p, next) || p.sentence[next] !== p.sentence[open]) return false;
  if (!LOWER_FIRST.test(p.values[next]!)) return false;
  for (let k = close; k > open && k >= close - 2; k -= 1) if (isHardStop(p, k)) return false;
  return true;
}

/** Start of the stretch outside quotes that ends just before `to`. */
function windowStart(p: ParagraphTokens, to: number): number {
  let k = to - 1;
  while (k >= 0 && isOutside(p, k) && (!isHardStop(p, k) || abbreviationStop(p, k))) k -= 1;
  return k + 1;
}

/**
 * `Mohave County, Az. said`: a full stop the tokenizer split from an abbreviation, inside the
 * sentence (the sentence splitter read on) and before a word in lower case, ends no window.
 */
function abbreviationStop(p: ParagraphTokens, k: number): boolean {
  if (p.values[k] !== '.' || k === 0 || p.sentence[k + 1] !== p.sentence[k]) return false;
  const next = p.values[k + 1];
  return next !== undefined && isOutside(p, k + 1) && LOWER_FIRST.test(next) && isCapitalised(p, k - 1);
}
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * The cue after a quote's closing mark at token `close`. `periodInside`: the quote ends with a full
 * stop, so an attribution after it must be short (`“We are done.” Smith said.`), not a new sentence.
 */
export function cueAfter(p: ParagraphView, close: number, periodInside: boolean): Cue | null {
  let k = close + 1;
  const end = windowEnd(p, k);
  if (p.values[k] === ',' || p.values[k] === '\u2014') k += 1;
  if (k >= end) return null;
  // After `.”` a new sentence starts: only a short attribution that ends it belongs to the quote
  // (`“We are done.” Smith said.`).
  if (periodInside && end - k > 8) return null;
  let cue: Cue | null = null;
  if (isSpeechVerb(p, k)) {
    cue = subjectAfter(p, k, end) ?? otherCue(p.index, k);
    if (cue.kind === 'mention') cue.mention.speech = true;
    return !periodInside || end - (cue.kind === 'mention' ? cue.mention.to : k + 1) <= 5 ? cue : null;
  }
  if (p.normals[k] === 'according' && p.normals[k + 1] === 'to') {
    const firm = possessiveAfter(p, k + 2, k, end);
    if (firm) return firm;
    const mention = accordingTo(p, k + 2);
    if (mention) {
      mention.speech = true;
      return mentionCue(mention, p.index, k);
    }
    return otherCue(p.index, k);
  }
  const related = setOffTag(p, k, end, periodInside);
  if (related) return related;
  // `Bruce said`, `State Department spokesperson Tammy Bruce said`, `she said`, `the ministry said`:
  // the first speech verb within a few words.
  for (let v = k + 1; v < end && v <= k + 18; v += 1) {
    if (!isSpeechVerb(p, v)) continue;
    cue = subjectBefore(p, v, k);
    // `de Mel said`: a particle in lower case opens the name.
    const opens = cue?.kind === 'mention' && NAME_PARTICLES.has(p.values[k]!) && cue.mention.from === k + 1;
    // `…,” the association's chairman, Dr Jane Smith, said`: a role set off before the name.
    const titled = cue?.kind === 'mention' && roleSetOff(p, k, cue.mention.from);
    // `…," Data Resources' Wyss said`: the firm's possessive before the name is where the person works.
    const owned =
      cue?.kind === 'mention' && (firmPossessor(p, k, cue.mention) || commonPossessorRole(p, k, cue.mention));
    // `…," Victoria state treasurer Rob Jolly said`: a body's or a place's name, then a role in lower
    // case, before the name (`placedRole`).
    const placed =
      cue?.kind === 'mention' && cue.mention.from !== k && !opens && !titled && !owned && placedRole(p, k, cue.mention);
    // `…," the Rev. Larry Kroon of the Wasilla Bible Church told CNN.`: `the` before a titled name.
    const determined = cue?.kind === 'mention' && theBeforeTitle(p, k, cue.mention);
    // `…," Jeffs' nephew, Brent Jeffs, told InSession`: a person's kin set off before the name.
    const kinned = cue?.kind === 'mention' && kinBeforeName(p, k, cue.mention);
    // `…," quarterback Drew Brees said`, `…," Colts defensive back Antoine Bethea said`: a run of
    // nouns and adjectives (a body's capitalised name first) before the name that ends at the verb.
    const run = cue?.kind === 'mention' && !kinned && nounRunBeforeName(p, k, cue.mention, v);
    if (
      cue?.kind === 'mention' &&
      cue.mention.from !== k &&
      !opens &&
      !titled &&
      !owned &&
      !placed &&
      !determined &&
      !kinned &&
      !run
    )
      cue = null;
    if (titled && cue?.kind === 'mention')
      cue.mention.appositive ??= textOf(p, ARTICLES.has(p.normals[k]!) ? k + 1 : k, cue.mention.from - 1);
    if (cue?.kind === 'pronoun' && (cue.from ?? cue.token) !== k) cue = null;
    if (cue?.kind === 'org' && cue.token !== k) cue = null;
    if (!cue) return v - k <= 6 ? otherCue(p.index, v) : null;
    if (cue.kind === 'mention') cue.mention.speech = true;
    return !periodInside || end - v <= 5 ? cue : null;
  }
  return rareVerbTag(p, k, end);
}

/**
 * ECB+ writes a sentence a line, and its splitter sometimes breaks a sentence before its tag: a quote
 * opening its line and closing it (`"…"` / `Roesler said.`, `"…'Please go back inside,'"` / `Pearce
 * said, adding …`), or closed by a role that ends in a title's full stop (`"…," Vancouver police
 * Const.` / `Tim Fanning told a news conference.`, `"…," the Rev.` / `Larry Kroon of the Wasilla Bible
 * Church said Saturday, adding …`). The next line's tag is the quote's when its name opens it and its
 * verb ends the sentence within a few words naming nobody, or goes on in a participle after a comma
 * (`adding …`): no reported clause (`Fanning said no one else was injured.` is a statement of its own).
 */
export function tagOnNextLine(p: ParagraphView, open: number, close: number, next: ParagraphView): Cue | null {
  if (open !== 0 || !lineEndsAfterQuote(p, close)) return null;
  for (let v = 1; v < next.length && v <= MAX_NEXT_LINE_SUBJECT; v += 1) {
    if (!isSpeechVerb(next, v)) continue;
    const cue = subjectBefore(next, v, 0);
    if (cue?.kind !== 'mention' || cue.mention.from !== 0 || cue.mention.thing) return null;
    if (!tagEndsSentence(next, v)) return null;
    cue.mention.speech = true;
    return cue;
  }
  return null;
}
const MAX_NEXT_LINE_SUBJECT = 10;

/** Nothing after the closing mark at `close` but a comma and a role run that ends in a title's full stop. */
function lineEndsAfterQuote(p: ParagraphTokens, close: number): boolean {
  if (close === p.length - 1) return true;
  const last = p.length - 1;
  if (p.values[last] !== '.' || !TITLES.has(p.normals[last - 1]!) || last - close > MAX_ROLE_BEFORE_BREAK) return false;
  for (let k = close + 1; k < last; k += 1) {
    if (!isOutside(p, k) || p.pos[k] === 'VERB' || p.pos[k] === 'AUX') return false;
    if (p.values[k] === ',' && k !== close + 1) return false;
  }
  return true;
}
const MAX_ROLE_BEFORE_BREAK = 6;

/**
 * After the speech verb at `v`: the sentence ends within three words, none a verb or a pronoun (`told
 * a news conference.`, `said Saturday.`), or a comma and a participle follow (`said, adding …`).
 */
function tagEndsSentence(p: ParagraphTokens, v: number): boolean {
  for (let k = v + 1; k < p.length && k - v <= 4; k += 1) {
    if (isHardStop(p, k)) return true;
    if (p.values[k] === ',') return OWN_WORDS_PARTICIPLES.has(p.normals[k + 1] ?? '');
    if (!isOutside(p, k) || p.pos[k] === 'VERB' || p.pos[k] === 'AUX' || p.pos[k] === 'PRON') return false;
  }
  return false;
}

/**
 * `"You were angry, weren't you?" Ms Quinlan pressed.`, `"…," he grumbled.`: a name or a pronoun
 * right after the quote, then one verb in the past tense that ends the sentence, is the quote's tag
 * whatever the verb (`k` the name's first token, `end` the sentence's stop); without it the quote
 * was carried on to the speaker before, the one being answered.
 */
function rareVerbTag(p: ParagraphView, k: number, end: number): Cue | null {
  const verb = end - 1;
  if (verb <= k || p.pos[verb] !== 'VERB' || !p.normals[verb]!.endsWith('ed')) return null;
  if (end < p.length && !SENTENCE_STOPS.has(p.values[end]!)) return null;
  const cue = subjectBefore(p, verb, k);
  if (cue?.kind === 'mention' && cue.mention.from === k && cue.mention.to === verb - 1) {
    cue.mention.speech = true;
    return cue;
  }
  return cue?.kind === 'pronoun' && (cue.from ?? cue.token) === k && cue.token === verb - 1 ? cue : null;
}
const SENTENCE_STOPS = new Set(['.', '!', '?']);

/**
 * `…," Ben Bradlee, who oversaw almost 400 stories on Watergate when he was the Washington Post's
 * executive editor, said after …`, `…," Felt, 92, told CNN`, `…," John McCain, senior VP and general
 * manager for HP Services, said`: a person's name right after the quote, set off by a relative clause
 * or a description (its first word in lower case or a number: no second name, as in a list) that ends
 * at a comma before a speech verb: the name is the speaker, however long the clause (within the
 * window, up to 40 words; no quote inside).
 */
function setOffTag(p: ParagraphView, k: number, end: number, periodInside: boolean): Cue | null {
  const named = p.byStart.get(k);
  if (!named || named.thing || p.values[named.to + 1] !== ',') return null;
  if (!LOWER_OR_DIGIT_FIRST.test(p.values[named.to + 2] ?? '')) return null;
  for (let v = named.to + 3; v < end && v - named.to <= 40; v += 1) {
    if (!isSpeechVerb(p, v)) continue;
    if (p.values[v - 1] !== ',') continue;
    if (periodInside && end - v > 5) return null;
    named.speech = true;
    return mentionCue(named, p.index, v);
  }
  return null;
}
const LOWER_OR_DIGIT_FIRST = /^[\p{Ll}\d]/u;

/**
 * Whether tokens `from`..`m.from` are a firm's possessive right before a person's name (`Data
 * Resources' Wyss`, `Capel's Skeoch`): capitalised words and their joiners, no person among them
 * (`Mr Rashid's`, `Tony Adams'`: a title or a given name), then `'s` or `'`.
 */
function firmPossessor(p: ParagraphView, from: number, m: Mention): boolean {
  const mark = m.from - 1;
  if (m.thing || m.from - from < 2 || m.from - from > 6 || (p.normals[mark] !== "'s" && p.normals[mark] !== "'"))
    return false;
  for (let k = from; k < mark; k += 1) {
    if (!isOutside(p, k) || !(isCapitalised(p, k) || ORG_JOINERS.has(p.normals[k]!))) return false;
    if (p.pos[k] === 'PUNCT') return false;
  }
  if (!isCapitalised(p, from) || !isCapitalised(p, mark - 1)) return false;
  const possessor = p.byEnd.get(mark - 1);
  return !(possessor && !possessor.thing && personLike(possessor));
}

/** Whether `the` at `k` opens the run of a titled full name right after it (`the Rev. Larry Kroon`, `the Rev Larry Kroon`). */
function theBeforeTitle(p: ParagraphTokens, k: number, m: Mention): boolean {
  if (p.normals[k] !== 'the' || m.thing) return false;
  if (m.from === k + 1) return m.titled && m.coreFrom > m.from;
  // (The title's full stop may cut it from the name's run: `the Rev. Larry Kroon`.)
  return m.from === k + 3 && titleStop(p, k + 2) && m.parts.length >= 2;
}

/**
 * `…," the actress's rep Jack Ketsoyan tells People magazine.`, `…," the 33-year-old actress's rep
 * Jack Ketsoyan told`: whether tokens `from`..`m.coreFrom` are a common noun phrase in lower case (a
 * determiner, at most seven words and hyphens), its `'s`, then a role in lower-case nouns right before a person's
 * name: whose the person is (`the actress`, nobody named), so the name is the tag's subject. The
 * phrase is the mention's role.
 */
function commonPossessorRole(p: ParagraphView, from: number, m: Mention): boolean {
  if (m.thing || m.coreFrom - from > 12 || !ROLE_DETERMINERS.has(p.normals[from]!)) return false;
  let mark = from + 1;
  while (mark < m.coreFrom && p.normals[mark] !== "'s" && p.normals[mark] !== "'") mark += 1;
  if (mark - from < 2 || mark - from > 8 || m.coreFrom - mark < 2 || m.coreFrom - mark > 3) return false;
  for (let t = from + 1; t < m.coreFrom; t += 1) {
    if (t === mark) continue;
    if (!isOutside(p, t) || isCapitalised(p, t)) return false;
    const hyphen = p.values[t] === '-' && t < mark;
    if (!hyphen && p.pos[t] !== 'NOUN' && p.pos[t] !== 'ADJ' && p.pos[t] !== 'NUM') return false;
  }
  if (p.pos[m.coreFrom - 1] !== 'NOUN' || p.pos[mark - 1] !== 'NOUN') return false;
  // (The role from the possessor's own words, an age before them left out: `actress's rep`.)
  let role = mark - 1;
  while (role > from + 1 && (p.pos[role - 1] === 'NOUN' || p.pos[role - 1] === 'ADJ') && p.values[role - 2] !== '-')
    role -= 1;
  m.appositive ??= textOf(p, role, m.coreFrom);
  return true;
}

/**
 * `…," Victoria state treasurer Rob Jolly said`, `…," CME special counsel Leo Melamed said`: whether
 * tokens `k`..`m.from` are a body's or a place's name and a role (`rolePrefixed`); if so the whole
 * phrase is the mention's role, unless `and` joins two names there (the role's cleaning would cut it).
 */
function placedRole(p: ParagraphView, k: number, m: Mention): boolean {
  if (!rolePrefixed(p, k, m)) return false;
  for (let t = k; t < m.from; t += 1) if (p.normals[t] === 'and' || p.values[t] === '&') return true;
  m.appositive ??= textOf(p, k, m.coreFrom);
  return true;
}

/**
 * Whether tokens `from`..`m.from` are the name of a body or a place followed by a role in lower case
 * before a person's name (`Victoria state treasurer Rob Jolly`, `Toshiba Corp senior vice-president
 * Osamu Iemura`, `Ghanaian delegate and producer spokesman Mama Mohammed`): capitalised words (`of`,
 * `and`, `&` only between two of them), then lower-case nouns and adjectives (and `and`), the role
 * word last, either before the mention or as the mention's own description; no verb, comma or quote.
 */
function rolePrefixed(p: ParagraphView, from: number, m: Mention): boolean {
  if (m.thing || m.from - from < 1 || m.from - from > 8 || !isCapitalised(p, from)) return false;
  let k = from;
  for (; k < m.from; k += 1) {
    if (!isOutside(p, k) || (p.pos[k] === 'PUNCT' && p.values[k] !== '.')) return false;
    if (isCapitalised(p, k)) continue;
    if (ORG_JOINERS.has(p.normals[k]!) && k > from && isCapitalised(p, k + 1) && k + 1 < m.from) continue;
    break;
  }
  const ownRole = m.desc !== null && m.from < m.coreFrom && isRoleWord(p, m.coreFrom - 1);
  if (k === m.from) return ownRole;
  for (let t = k; t < m.from; t += 1) {
    if (isCapitalised(p, t) || !isOutside(p, t)) return false;
    if (p.normals[t] === 'and' && t > k) continue;
    // (`Trend Micro advanced threat researcher Paul Ferguson`: a participle the tagger calls a verb
    // qualifies the role when a lower-case word of the role follows it.)
    const participle =
      p.pos[t] === 'VERB' && /ed$/.test(p.normals[t]!) && t + 1 < m.coreFrom && !isCapitalised(p, t + 1);
    if (p.pos[t] !== 'NOUN' && p.pos[t] !== 'ADJ' && p.pos[t] !== 'PROPN' && !participle && !isRoleWord(p, t))
      return false;
  }
  // (`Troy police Lt. Gerry Scherlinck`: the role word is the mention's own title.)
  return isRoleWord(p, m.from - 1) || ownRole;
}

/** Whether token `t` is a word for a role (`treasurer`, `spokesman`, `vice-president`, `full-back`). */
function isRoleWord(p: ParagraphTokens, t: number): boolean {
  const b = bare(p, t);
  return (
    LOWERCASE_ROLES.has(b) || PERSON_NOUNS.has(b) || (TITLES.has(b) && !HONORIFICS.has(b)) || compoundRole(p, t) !== ''
  );
}

/**
 * The role set off before a name at `name` (`Its chief executive, Simon Lord,`, `Northampton's director
 * of rugby, Alan Field,`, `said Abta's head of public affairs, Claire Dunmore`): the words from the
 * sentence's start, a comma, a speech verb or a quote's end up to the comma before the name, when they
 * are a role (see `roleSetOff`), less a determiner or a possessive pronoun; else null.
 */
function roleSetBefore(p: ParagraphView, name: number): string | null {
  const comma = name - 1;
  if (p.values[comma] !== ',' || comma < 2) return null;
  let s = comma;
  while (
    s - 1 >= 0 &&
    comma - s < 10 &&
    p.sentence[s - 1] === p.sentence[comma] &&
    p.values[s - 1] !== ',' &&
    isOutside(p, s - 1) &&
    !isSpeechVerb(p, s - 1)
  )
    s -= 1;
  // (Cut short by the limit: no role, rather than its tail.)
  const bounded =
    s === 0 ||
    p.sentence[s - 1] !== p.sentence[comma] ||
    p.values[s - 1] === ',' ||
    !isOutside(p, s - 1) ||
    isSpeechVerb(p, s - 1);
  if (s === comma || !bounded || !roleSetOff(p, s, name)) return null;
  const first = s;
  while (s < comma && (ROLE_DETERMINERS.has(p.normals[s]!) || CLAUSE_OPENERS.has(p.normals[s]!))) s += 1;
  // (`Under the restructuring plan, Allis-Chalmers will …`: a phrase opened by a preposition is no role.)
  if (
    s === comma ||
    PREPOSITIONS.has(p.normals[s]!) ||
    p.pos[first] === 'ADP' ||
    (s === first && SUBJECT_PRONOUNS.has(p.normals[s]!))
  )
    return null;
  // `won awards for its director, its score and its lead actress, Megan Doyle`: a list of noun
  // phrases; the role is the last one's (`lead actress`).
  for (let t = comma - 2; t > s; t -= 1)
    if (p.normals[t] === 'and' && ROLE_DETERMINERS.has(p.normals[t + 1]!)) {
      s = t + 2;
      break;
    }
  // `Mr Pole's barrister, Ian Winter QC,`: a person's possessive is no part of the role (`barrister`).
  for (let t = comma - 1; t > s; t -= 1) {
    const owner = p.byEnd.get(t - 1);
    if ((p.normals[t] === "'s" || p.normals[t] === "'") && owner && !owner.thing && personLike(owner)) {
      s = t + 1;
      break;
    }
  }
  // (`The man, Brian G. Nichols, 37,`: a bare noun for a person is no role.)
  if (comma - s === 1 && BARE_PERSON.has(p.normals[s]!)) return null;
  return s < comma ? textOf(p, s, comma) : null;
}
const BARE_PERSON = new Set(['man', 'woman', 'boy', 'girl', 'person', 'child', 'pensioner', 'resident']);
const ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/**
 * Whether tokens `from`..`name` hold a role and a comma before the name at `name` (`the
 * association's chairman,`, `Acme's head of sales,`): a description of one person, no verb, no
 * other person (a possessor is its employer or its client).
 */
function roleSetOff(p: ParagraphView, from: number, name: number): boolean {
  if (p.values[name - 1] !== ',' || name - 1 - from < 1 || name - 1 - from > 10) return false;
  let role = false;
  for (let k = from; k < name - 1; k += 1) {
    if (!isOutside(p, k) || p.values[k] === ',' || isHardStop(p, k)) return false;
    // (`managing director`, `acting chairman`: a participle before a role word is part of the role.)
    const ofRole = TITLES.has(bare(p, k + 1)) || LOWERCASE_ROLES.has(bare(p, k + 1));
    if ((p.pos[k] === 'VERB' || p.pos[k] === 'AUX') && !isCapitalised(p, k) && !ofRole) return false;
    const named = p.byStart.get(k);
    // (An acronym, `the firm's UK managing director,`, is a place's or a body's, no person's.)
    // (… nor a name after `the` with a role's noun in lower case after it, `the Troy police chief,`:
    // the town or body the post is of.)
    const attributive =
      named && p.normals[k - 1] === 'the' && !isCapitalised(p, named.to + 1) && named.to + 1 < name - 1;
    if (named && !named.thing && p.normals[named.to + 1] !== "'s" && !ACRONYM.test(named.name) && !attributive)
      return false;
    const b = bare(p, k);
    if (LOWERCASE_ROLES.has(b) || PERSON_NOUNS.has(b) || (TITLES.has(b) && !HONORIFICS.has(b))) role = true;
    // (`The lifeboat's coxswain, Huw Meredith,`: a noun the article wrote as a person's role, articleRoles.ts.)
    if (p.articleRoles?.has(b) && !isCapitalised(p, k)) role = true;
  }
  return role;
}

/**
 * Whether tokens `from`..`m.from` are a person's possessive, a kin noun and a comma before the name
 * `m` (`Jeffs' nephew, Brent Jeffs,`): the kin speaks, not the possessor.
 */
function kinBeforeName(p: ParagraphView, from: number, m: Mention): boolean {
  const owner = p.byStart.get(from);
  if (m.thing || !owner || owner.thing || !possessiveAfterName(p, owner)) return false;
  const noun = owner.to + 2;
  return m.from === noun + 2 && p.values[noun + 1] === ',' && SET_OFF_KIN.has(p.normals[noun]!);
}
/** Kin nouns that may be set off before a name: the gendered ones coref reads pronouns by, and `cousin`. */
const SET_OFF_KIN = new Set([...KIN_GENDER.keys(), 'cousin']);

/**
 * Whether tokens `from`..`m.from` are words of a role right after the quote, before a person's name
 * that ends at the speech verb `v` (`quarterback Drew Brees said`, `Colts defensive back Antoine
 * Bethea said`, `Jaguars safety Reggie Nelson said`): capitalised words first, then at most four
 * words in lower case, each a noun, an adjective or an adverb (no verb, pronoun, conjunction,
 * preposition or possessive: no clause the name could be in), a noun last.
 */
function nounRunBeforeName(p: ParagraphView, from: number, m: Mention, v: number): boolean {
  if (m.thing || m.to + 1 !== v || m.from - from < 1 || m.from - from > 6) return false;
  let k = from;
  while (k < m.from && isCapitalised(p, k) && p.pos[k] !== 'PUNCT') k += 1;
  // (Or the name's own run opens with its role, the words before it in lower case: `central Aceh
  // district resident Bensu Elianita told`.)
  const ownRole = m.from < m.coreFrom && isRoleWord(p, m.coreFrom - 1);
  if (k === m.from || m.from - k > 4 || (p.pos[m.from - 1] !== 'NOUN' && !ownRole)) return false;
  for (let t = k; t < m.from; t += 1) {
    if (!isOutside(p, t) || isCapitalised(p, t) || !LETTER_FIRST.test(p.values[t]!)) return false;
    if (!ROLE_RUN_POS.has(p.pos[t]!)) return false;
  }
  if (isRoleWord(p, m.from - 1)) m.appositive ??= textOf(p, from, m.coreFrom);
  return true;
}
const ROLE_RUN_POS = new Set(['NOUN', 'ADJ', 'ADV']);

/**
 * Whether a name is a possessor: `'s`, or a bare apostrophe after a name ending in s (`Jeffs'
 * nephew, Brent Jeffs,`).
 */
function possessiveAfterName(p: ParagraphTokens, named: Mention): boolean {
  const mark = p.values[named.to + 1] ?? '';
  if (p.normals[named.to + 1] === "'s") return true;
  return (mark === "'" || mark === '\u2019') && /s$/i.test(p.values[named.to]!);
}

/**
 * The cue before a quote's opening mark at token `open` (or after the paragraph's last token, for
 * a quote in the next paragraph). `colonOnly`: accept only an introduction ending in a colon.
 */
export function cueBefore(p: ParagraphView, open: number, colonOnly = false): Cue | null {
  const floor = windowStart(p, open);
  let j = open - 1;
  if (j < floor) return null;
  const ending = p.values[j]!;
  const colon = ending === ':';
  if (colonOnly && !colon) return null;
  if (colon || ending === ',' || p.normals[j] === 'that') j -= 1;
  // `According to Bruce, “…”`, `According to Hassan Ali, the head of the mission, “…”`
  if (ending === ',') {
    for (let a = Math.max(floor, j - 24); a < j; a += 1) {
      if (p.normals[a] !== 'according' || p.normals[a + 1] !== 'to') continue;
      const named = p.byStart.get(a + 2);
      if (!named || named.thing || !(named.to === j || p.values[named.to + 1] === ',')) break;
      named.speech = true;
      const app = appositive(p, named.to + 1, j + 1);
      if (app?.desc) named.appositive ??= app.desc;
      return mentionCue(named, p.index, a);
    }
  }
  return speechVerbBefore(p, floor, j, colon) ?? (colon ? colonSubject(p, floor, j) : null);
}

/** The nearest speech verb before token `j` (within a dozen tokens) and its subject. */
function speechVerbBefore(p: ParagraphView, floor: number, j: number, colon: boolean): Cue | null {
  for (let v = j; v >= floor && j - v <= 12; v -= 1) {
    if (isSpeechVerb(p, v)) {
      const cue = subjectBefore(p, v, floor) ?? otherCue(p.index, v);
      if (cue.kind === 'mention') cue.mention.speech = true;
      return cue;
    }
    // Another person or a pronoun between the verb and the quote: the quote may be theirs.
    if (v < j && (SUBJECT_PRONOUNS.has(p.normals[v]!) || (p.byEnd.has(v) && !p.byEnd.get(v)!.thing))) {
      const m = p.byEnd.get(v);
      // ... unless it is the object of `told` (`Bruce told Smith: “…”`) right after the verb.
      if (!(m && m.from > 0 && isSpeechVerb(p, m.from - 1) && colon)) return null;
    }
  }
  return null;
}

/**
 * `Company spokeswoman Lisa Tran disagreed: “…”`: a sentence introducing a quote with a colon and no
 * speech verb; its subject (the sentence's only person, right before its verb) is the speaker.
 */
function colonSubject(p: ParagraphView, floor: number, last: number): Cue | null {
  const setOff = subjectSetOff(p, floor, last);
  let k = floor;
  // Skip an opening phrase that ends in a comma (`On Tuesday, ...`).
  if (!setOff) for (let c = floor; c <= last && c - floor <= 6; c += 1) if (p.values[c] === ',') k = c + 1;
  const mention = setOff?.mention ?? subjectAfterModifiers(p, k, last);
  if (!mention || mention.thing) return null;
  const v = setOff?.verb ?? mention.to + 1;
  if (p.pos[v] !== 'VERB' && p.pos[v] !== 'AUX') return null;
  for (let c = v; c <= last; c += 1) {
    const other = p.byEnd.get(c);
    if (SUBJECT_PRONOUNS.has(p.normals[c]!)) return null;
    // (`… issued the following statement on Jackson's arrest:`: a name a preposition governs is
    // what the introduction is about, no second voice.)
    if (other && !other.thing && !ABOUT_PREPOSITIONS.has(p.normals[other.from - 1]!)) return null;
  }
  mention.speech = true;
  return mentionCue(mention, p.index, v);
}
const ABOUT_PREPOSITIONS = new Set(['on', 'about', 'with', 'of', 'at', 'in', 'for', 'against', 'over']);

/**
 * `Andrew Wetzler, director of the Natural Resources Defense Council's endangered species program,
 * was blunt:`: a person's name opening the introduction, a description set off after it, then its
 * verb (the token after the closing comma).
 */
function subjectSetOff(p: ParagraphView, floor: number, last: number): { mention: Mention; verb: number } | null {
  const mention = subjectAfterModifiers(p, floor, last);
  if (!mention || mention.thing || p.values[mention.to + 1] !== ',') return null;
  const app = appositive(p, mention.to + 1, last);
  if (!app || p.values[app.end] !== ',' || app.end + 1 > last) return null;
  if (app.desc) mention.appositive ??= app.desc;
  return { mention, verb: app.end + 1 };
}

/**
 * The person's name at token `k`, or after a few words that qualify it and name nobody: an opening
 * adverb, a body's possessive, a role (`The UN's Mr Gunness`, `Finally Homeland star David
 * Harewood`); no verb, preposition, pronoun or comma among them.
 */
function subjectAfterModifiers(p: ParagraphView, k: number, last: number): Mention | null {
  for (let t = k; t <= last && t - k <= MAX_SUBJECT_MODIFIERS; t += 1) {
    const mention = p.byStart.get(t);
    if (mention) return t === k || !mention.thing ? mention : null;
    if (!SUBJECT_MODIFIER_POS.has(p.pos[t]!) || !isOutside(p, t)) return null;
  }
  return null;
}
const MAX_SUBJECT_MODIFIERS = 3;
const SUBJECT_MODIFIER_POS = new Set(['DET', 'PROPN', 'PART', 'NOUN', 'ADJ', 'ADV']);

/** A reported statement's cue in a sentence: its verb, its subject and where its text starts. */
export interface ReportCue {
  readonly cue: Cue;
  /** First token of the reported text (the sentence's first, or the participle's). */
  readonly from: number;
  /** Last token of the sentence. */
  readonly to: number;
}

/**
 * `Bruce noted that …`, `Bruce confirmed that …`, `Bruce declined to comment …`, `she emphasized the …`,
 * `According to Bruce, …`: statements reported, not quoted. Sentences that hold a quote are left to
 * the quote, except a participle after it (`…,” Bruce said, adding that …`).
 */
export function reportCues(p: ParagraphView, sentenceFrom: number, sentenceTo: number, hasQuote: boolean): ReportCue[] {
  if (p.values[sentenceTo] === ':') return NO_REPORTS;
  if (hasQuote) return participleCues(p, sentenceFrom, sentenceTo);
  const trailing = trailingAttribution(p, sentenceFrom, sentenceTo);
  if (trailing) return [{ cue: trailing, from: sentenceFrom, to: sentenceTo }];
  for (let v = sentenceFrom; v <= sentenceTo; v += 1) {
    // Only speech and decline verbs and `according` matter: one set lookup for every other word.
    const b = p.normals[v]!;
    if (!REPORT_CANDIDATES.has(b) || !isOutside(p, v)) continue;
    if (v === sentenceFrom && b === 'according') {
      const according = accordingReport(p, v);
      if (according) return [{ cue: according, from: sentenceFrom, to: sentenceTo }];
    }
    const decline =
      DECLINE_VERBS.has(b) && v + 2 <= sentenceTo && p.normals[v + 1] === 'to' && DECLINE_OBJECTS.has(bare(p, v + 2));
    if (!decline && !(REPORT_VERBS.has(b) && isSpeechVerb(p, v) && complementFollows(p, v, sentenceTo))) continue;
    // `Declan Hollings, who wrote the score with his brother, said …`: a verb of a relative clause set
    // off by a comma is the clause's, not the sentence's report; the sentence's verb comes after it.
    if (relativeVerb(p, v, sentenceFrom)) continue;
    const cue = subjectBefore(p, v, sentenceFrom);
    // The first speech verb of a sentence reports; a later one sits inside what is reported.
    return cue ? [{ cue, from: sentenceFrom, to: sentenceTo }] : NO_REPORTS;
  }
  return NO_REPORTS;
}

const NO_REPORTS: ReportCue[] = [];

/** Whether the verb at `v` has for its subject `who` or `which` right after a comma (`X, who has written …`). */
function relativeVerb(p: ParagraphTokens, v: number, floor: number): boolean {
  let k = v - 1;
  while (k > floor && v - k <= 3 && VERB_GAP.has(p.normals[k]!)) k -= 1;
  return k > floor && (p.normals[k] === 'who' || p.normals[k] === 'which') && p.values[k - 1] === ',';
}

/** `According to Bruce, …` at the start of a sentence. */
function accordingReport(p: ParagraphView, v: number): Cue | null {
  if (p.normals[v + 1] !== 'to') return null;
  const mention = p.byStart.get(v + 2);
  return mention && p.values[mention.to + 1] === ',' ? mentionCue(mention, p.index, v) : null;
}

/** In a sentence with a quote: `…,” Bruce said, adding that …` / `…,” said Cole, adding that …`. */
function participleCues(p: ParagraphView, sentenceFrom: number, sentenceTo: number): ReportCue[] {
  for (let v = sentenceFrom + 1; v < sentenceTo; v += 1) {
    if (
      !REPORT_PARTICIPLES.has(p.normals[v]!) ||
      !isOutside(p, v) ||
      p.values[v - 1] !== ',' ||
      p.normals[v + 1] !== 'that'
    )
      continue;
    for (let s = v - 2; s >= sentenceFrom && s >= v - 10 && isOutside(p, s); s -= 1) {
      if (!isSpeechVerb(p, s)) continue;
      const cue = subjectBefore(p, s, sentenceFrom) ?? subjectAfter(p, s, v - 1);
      if (cue) return [{ cue, from: v, to: sentenceTo }];
      break;
    }
  }
  return NO_REPORTS;
}

/** Words that can start a reported statement's cue (all in lower case, none ending in a period). */
export const REPORT_CANDIDATES: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...DECLINE_VERBS, 'according']);

const TRAILING_TAIL = new Set([
  'in',
  'on',
  'at',
  'a',
  'an',
  'the',
  'statement',
  'interview',
  'yesterday',
  'today',
  'tonight',
  'recently',
  'earlier',
  'later',
  'last',
  'this',
  'week',
  'month',
  'year',
  'news',
  'conference',
  'briefing',
  'reporters',
  'told',
  'speech',
  'an',
  'to',
  'journalists',
  'analysts',
  'investment',
  'investors',
]);

/**
 * `…, said Chan.`: a verb right after the statement's comma with words after it; when no subject
 * before it was read (`sold by Intel, said Chan`: Intel is no subject), its speaker is after it.
 */
function invertedTag(p: ParagraphTokens, v: number, sentenceTo: number): boolean {
  // (Not when a name runs on past the sentence's end, a title's period read as one: `said Manokwari
  // Military Commander Col. Inf. Irham Waroiham.`)
  return p.values[v - 1] === ',' && p.pos[v + 1] === 'PROPN' && p.pos[sentenceTo + 1] !== 'PROPN';
}

/**
 * Reuters style: the statement first, the attribution last. `…, Sims said.` `…, said Leo Melamed,
 * chairman of the exchange.` `…, Michael Jopling, British minister of agriculture, warned.`
 */
function trailingAttribution(p: ParagraphView, sentenceFrom: number, sentenceTo: number): Cue | null {
  let end = sentenceTo;
  while (end > sentenceFrom && p.pos[end] === 'PUNCT') end -= 1;
  // `…, Sims said (in a statement).`
  for (let v = end; v > sentenceFrom + 2 && end - v <= 5; v -= 1) {
    if (!isOutside(p, v)) return null;
    if (isSpeechVerb(p, v) && REPORT_VERBS.has(bare(p, v))) {
      for (let k = v + 1; k <= end; k += 1)
        if (!TRAILING_TAIL.has(p.normals[k]!) && p.pos[k] !== 'PROPN' && p.pos[k] !== 'NUM') return null;
      const cue = subjectBefore(p, v, sentenceFrom);
      if (!cue) return invertedTag(p, v, sentenceTo) ? verbFirstTag(p, end, sentenceFrom, sentenceTo) : null;
      const first =
        cue.kind === 'mention'
          ? cue.mention.from
          : cue.kind === 'pronoun'
            ? (cue.from ?? cue.token)
            : cue.kind === 'org'
              ? cue.token
              : -1;
      if (p.values[first - 1] === ',') return cue;
      return invertedTag(p, v, sentenceTo) ? verbFirstTag(p, end, sentenceFrom, sentenceTo) : null;
    }
    if (!TRAILING_TAIL.has(p.normals[v]!) && p.pos[v] !== 'PROPN' && p.pos[v] !== 'NUM') break;
  }
  return verbFirstTag(p, end, sentenceFrom, sentenceTo);
}

/** `…, said Leo Melamed, chairman of the exchange.` */
function verbFirstTag(p: ParagraphView, end: number, sentenceFrom: number, sentenceTo: number): Cue | null {
  for (let v = end; v > sentenceFrom + 2 && end - v <= 20; v -= 1) {
    const speech = isSpeechVerb(p, v);
    if (!isOutside(p, v) || (speech && p.values[v - 1] !== ',')) return null;
    if (speech) {
      const cue = subjectAfter(p, v, sentenceTo + 1);
      if (cue?.kind !== 'mention') return null;
      return cue.mention.to >= end || p.values[cue.mention.to + 1] === ',' || relativeRunsOn(p, cue.mention)
        ? cue
        : null;
    }
  }
  return null;
}

/**
 * `…, said new Interior Secretary Ken Salazar who extended the public comment period …`: the tag's
 * name goes on in a relative clause with no comma before it (`who` or `whose`, then a word in lower
 * case) to the sentence's end: the clause says more of the speaker, not another's words.
 */
function relativeRunsOn(p: ParagraphTokens, m: Mention): boolean {
  if (m.thing) return false;
  const rel = p.normals[m.to + 1];
  return (rel === 'who' || rel === 'whose') && LOWER_FIRST.test(p.values[m.to + 2] ?? '');
}

const CLAUSE_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

const LETTER_FIRST = /^\p{L}/u;

/** What follows a reporting verb reads as a statement: `that …` soon after, or a clause of some length. */
function complementFollows(p: ParagraphTokens, v: number, to: number): boolean {
  // `Singler added six rebounds`, `the index added 2.5 points`: a count added is no statement.
  if (p.pos[v + 1] === 'NUM' && ADDING.has(p.normals[v]!)) return false;
  for (let k = v + 1; k <= to && k <= v + 7; k += 1) {
    if (p.normals[k] === 'that') return true;
    if (isHardStop(p, k) || p.values[k] === ':' || isSpeechVerb(p, k)) break;
  }
  if (
    v + 1 > to ||
    (OBJECT_PRONOUNS.has(p.normals[v + 1]!) && !possessiveHer(p, v)) ||
    !CLAUSE_START.has(p.pos[v + 1]!)
  )
    return false;
  // Three words are enough to tell: no need to count to the sentence's end.
  let words = 0;
  for (let k = v + 1; k <= to && words < 3; k += 1) if (LETTER_FIRST.test(p.values[k]!)) words += 1;
  return words >= 3;
}

const ADDING = new Set(['added', 'adds', 'add']);

/**
 * `said her late mother's ring had been taken`: `her` before a noun or an adjective after a verb
 * that takes no person as its object is a possessive opening the clause, not an object.
 */
function possessiveHer(p: ParagraphTokens, v: number): boolean {
  return (
    p.normals[v + 1] === 'her' &&
    !OBJECT_TAKING.has(p.normals[v]!) &&
    (p.pos[v + 2] === 'NOUN' || p.pos[v + 2] === 'ADJ')
  );
}
const OBJECT_TAKING = new Set([
  'told',
  'tells',
  'tell',
  'warned',
  'warns',
  'urged',
  'urges',
  'promised',
  'promises',
  'assured',
]);

/** The text of tokens [from, to) as written, spaces between them as in the document (one at most). */
function textOf(p: ParagraphTokens, from: number, to: number): string {
  let out = '';
  for (let n = from; n < to; n += 1) out += (n > from && p.starts[n]! > endOf(p, n - 1) ? ' ' : '') + p.values[n]!;
  return out;
}
