/**
 * The quote pass over one document: quote spans, mentions, attribution cues, persons, pronouns,
 * then each quote's speaker and the reported statements. It reads the tokens the library already
 * has (wink never runs twice) and gives up early on a document with no quote mark and no speech verb.
 */
import type { AnalyzedDocument, AnalyzedSentence, TokenArrays } from '../nlp/analyzer.ts';
import {
  afterPreposition,
  appositive,
  roleBeforeRelative,
  cueAfter,
  cueBefore,
  complementOfVerb,
  describedAs,
  secondVerbOfOwnClause,
  urgedTo,
  insideNounPhrase,
  workTitle,
  nameAfterOpener,
  isHardStop,
  isSpeechVerb,
  kindSubject,
  listedDescriptionWord,
  mentionCue,
  movedCue,
  objectOfJudging,
  organisationCue,
  partialCue,
  phraseOfReported,
  predicateOfReported,
  oneUnnamedUsed,
  orgCue,
  otherCue,
  voiceOfMany,
  tagOnNextLine,
  trailingCue,
  reportCues,
  subjectPosition,
  type Cue,
  type ParagraphView,
} from './attribution.ts';
import { articleRoles, NO_ARTICLE_ROLES } from './articleRoles.ts';
import { articlePeople, NO_PEOPLE, namesTwoAlone } from './jointSubjects.ts';
import { kinSetOff, resolvePronouns } from './coref.ts';
import { describedOrganisations, type CueSlot } from './describedOrganisations.ts';
import { genericBody, genericOrgName, longOrgNames } from './orgNames.ts';
import { isPartyWord, MEMBER_ROLES, otherParty, seatFit } from './seats.ts';
import {
  ARTICLES,
  ANY_FIRM,
  DAYS_AND_MONTHS,
  DECLINE_VERBS,
  HONORIFICS,
  SPEECH_EVENTS,
  TRADE_WORDS,
  MALE_PRONOUNS,
  ORGANISATION_NOUNS,
  PEER_TITLES,
  PLACES,
  REPORT_VERBS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  SURNAME_WORDS,
  TITLES,
  WORD_FLAGS,
  WORD_PRONOUN,
  WORD_ROLE,
  WORD_SPEECH,
  SPOKESPEOPLE,
  OWN_WORDS_PARTICIPLES,
} from './lexicon.ts';
import { findQuoteSpans, QUOTE_CHARS, quoteText, type QuoteSpan } from './marks.ts';
import {
  agedAfter,
  bare,
  capitalised,
  capitalisedInside,
  endOf,
  findMentions,
  type Mention,
  type ParagraphTokens,
  withoutThe,
} from './names.ts';
import {
  cleanDescription,
  clusterDocument,
  mentionRole,
  nationalBody,
  orgKey,
  orgPerson,
  type DocPerson,
} from './speakers.ts';

/**
 * How a quote's speaker was found: by its own cue (`mention`, `pronoun`, or `other`: a cue with no
 * person), from the paragraph's speaker, as a continued quote, from the reported statement just
 * before, from the article's context; `none` when it was not.
 */
export type Attribution =
  | 'mention'
  | 'org'
  | 'pronoun'
  | 'other'
  | 'paragraph'
  | 'continued'
  | 'reported-before'
  | 'context'
  | 'none';

export interface RawQuote {
  readonly kind: 'direct' | 'reported';
  /** The person in the document (index into `persons`), or -1. */
  readonly person: number;
  readonly text: string;
  readonly paragraph: number;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  /** How the speaker was found. */
  readonly how: Attribution;
  /** The role the article gives the speaker at this quote (`Conservative leader`, `spokesman`), or null. */
  readonly role: string | null;
}

export interface DocumentQuotes {
  readonly persons: readonly DocPerson[];
  /** Direct quotes and reported statements, in text order. */
  readonly quotes: readonly RawQuote[];
  /** Names of possible people in the document, quoted or not. */
  readonly mentioned?: readonly string[];
  /** Set when the pass failed on this document (a bug): what was thrown; persons and quotes are empty. */
  readonly failure?: string;
}

const EMPTY: DocumentQuotes = { persons: [], quotes: [] };
const NO_MENTIONS: ReadonlyMap<number, Mention> = new Map();
const NO_MENTION_LIST: readonly Mention[] = [];
const MAX_SCARE_WORDS = 3;

/** The speaker of a quote while it is being worked out. */
interface Attributed {
  readonly span: QuoteSpan;
  readonly index: number;
  readonly firstPara: number;
  readonly lastPara: number;
  readonly open: number;
  readonly close: number;
  cue: Cue | null;
  person: number;
  how: Attribution;
}

/*
 * The pass is split into one function per step on purpose: a single large function is compiled
 * (and recompiled after each new kind of document) by the JIT at a cost that, on corpora of a few
 * thousand articles, weighs as much as running it.
 */
export function extractDocument(doc: AnalyzedDocument): DocumentQuotes {
  const text = doc.document.text;
  const hasQuote = QUOTE_CHARS.test(text);
  if (!hasQuote && !anySpeechVerb(doc)) return EMPTY;
  const spans = hasQuote ? findQuoteSpans(text, doc.document.paragraphs) : NO_SPANS;
  const views = buildViews(doc, spans);
  // `The lifeboat's coxswain, Huw Meredith,` makes `the coxswain said` a description in this article.
  const taught = articleRoles(views, listedDescriptionWord);
  if (taught !== NO_ARTICLE_ROLES) for (const view of views) view.articleRoles = taught;
  // `Naylor and Beesley said`: the people a run of names joined by `and` may be two of.
  const people = articlePeople(views);
  if (people !== NO_PEOPLE) for (const view of views) view.articlePeople = people;
  // `AMD and SeaMicro say`: where such a run's sides are written alone.
  for (const view of views) view.articleText = text;
  // 1. Cues for every quote and every reported statement (they also mark which mentions stand
  //    in a speech position), and appositives with a role.
  const quotes = spans.length > 0 ? quoteCues(spans, views, text) : NO_ATTRIBUTED;
  markAppositives(views);
  const reports = reportedCues(views);
  // 2. Persons, then 3. pronouns.
  const mentions: Mention[] = [];
  for (const view of views) for (const m of view.mentions) mentions.push(m);
  homeTowns(mentions, text);
  kinNamedPersons(views);
  markedLoneNames(views);
  const persons = clusterDocument(mentions);
  reflexiveNamesakes(views, persons);
  const doubtful = kinNamesakes(views, persons);
  let pronouns = resolvePronouns(views, mentionsOfViews(views), persons, doubtful);
  const surer = doubtful.size > 0 ? namesakesByLearntGender(doubtful, persons) : doubtful;
  if (surer !== doubtful) pronouns = resolvePronouns(views, mentionsOfViews(views), persons, surer);
  resolveCues(views, quotes, reports, mentions, persons);
  const cues = cuesOf(quotes, reports);
  organisations(cues, persons, mentions, text, views);
  resolveDescriptions(cues, views, persons, pronouns, doc.document.title);
  // 4. Speakers, and the quotes as the index takes them.
  const kept = quotes.length > 0 ? attribute(quotes, views, pronouns, text, reports, persons) : NO_ATTRIBUTED;
  const out = output(kept, reports, views, pronouns, text);
  return { persons, quotes: out, mentioned: mentionedNames(mentions) };
}

/**
 * `Anthony Phillip LaSalle of Bloomington`, `Gary Gomes of New Bedford`: what follows a name's `of`
 * is where the person works (`Laura Pike of Marlow Economics`) unless the article writes it as a
 * place, `in Bloomington` or `a New Bedford home` (a resident's or a local noun after it), or its first
 * word is a kind of place (`Fort Coffee`): then it is a home town, no role.
 */
function homeTowns(mentions: readonly Mention[], text: string): void {
  for (const m of mentions) {
    const where = m.desc;
    if (where === null || m.full !== `${m.name} of ${where}`) continue;
    if (!/^\p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*)?$/u.test(where)) continue;
    if (PLACE_KIND.test(where) || writtenAsPlace(text, where)) m.desc = null;
  }
}

/** A town named for its kind of place (`Herbert Flynn of Fort Coffee`, `of Mount Vernon`): a place whatever the text says of it. */
const PLACE_KIND = /^(Fort|Port|Mount|Lake|Cape) \p{Lu}/u;

/** Nouns after a town that make it a place (`a New Bedford home`, `Marlow police`). */
const PLACE_NOUNS = new Set([
  'man',
  'woman',
  'men',
  'women',
  'resident',
  'residents',
  'native',
  'home',
  'homes',
  'police',
  'Police',
]);
/** A character of `\w` (what a regular expression's `\b` looks at, ASCII even with the `u` flag). */
function wordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
/** `\b` at `at` (outside the text counts as no word character). */
function wordEdge(text: string, at: number): boolean {
  return wordChar(text.charCodeAt(at - 1)) !== wordChar(text.charCodeAt(at));
}
/**
 * The text has `in Where` (or `In Where`) or `Where` and a place noun, each a whole word: what
 * `/\b[Ii]n Where\b|\bWhere (man|…|[Pp]olice)\b/u` finds, by `indexOf` (a pattern compiled per
 * mention cost more than the test).
 */
function writtenAsPlace(text: string, where: string): boolean {
  const n = where.length;
  for (let j = text.indexOf(where); j >= 0; j = text.indexOf(where, j + 1)) {
    if (
      j >= 3 &&
      text.charCodeAt(j - 1) === 32 &&
      text.charCodeAt(j - 2) === 110 &&
      (text.charCodeAt(j - 3) === 73 || text.charCodeAt(j - 3) === 105) &&
      !wordChar(text.charCodeAt(j - 4)) &&
      wordEdge(text, j + n)
    )
      return true;
    if (text.charCodeAt(j + n) === 32 && wordEdge(text, j)) {
      let e = j + n + 1;
      while (wordChar(text.charCodeAt(e))) e += 1;
      if (PLACE_NOUNS.has(text.slice(j + n + 1, e))) return true;
    }
  }
  return false;
}

/**
 * The cues as the speakers are read from them: a firm's short name, a lone name after `the`, an
 * organisation's or a described organisation's cue, in place of the mention or the nobody first found.
 * (A step of its own: a new kind of cue here recompiles this function, not the whole pass.)
 */
function resolveCues(
  views: readonly ParagraphView[],
  quotes: readonly Attributed[],
  reports: ReportAt[],
  mentions: readonly Mention[],
  persons: DocPerson[],
): void {
  // Only a lone word that speaks can be a firm's short name: most documents have none.
  const firms = someCue(quotes, reports, lone) ? firmNames(views) : NO_FIRMS;
  if (firms.size > 0) {
    for (const q of quotes) q.cue = firmCue(q.cue, firms, persons);
    for (let r = 0; r < reports.length; r += 1)
      reports[r] = reportWithCue(reports[r]!, firmCue(reports[r]!.cue, firms, persons)!);
  }
  // `"…," the Bundesbank said`: a lone name the article writes after `the` speaks as an organisation.
  if (someCue(quotes, reports, other)) {
    const bodies = theNames(views, mentions);
    if (bodies.size > 0) {
      for (const q of quotes) q.cue = theCue(q.cue, views, bodies);
      for (let r = 0; r < reports.length; r += 1)
        reports[r] = reportWithCue(reports[r]!, theCue(reports[r]!.cue, views, bodies)!);
    }
  }
  // Whether a speaking name may be a person's: a title, a given name, a person of the article, or
  // the surname of a full name the article writes (`Milton Benjamin … Benjamin said in a statement`).
  const known = (cue: Cue | null): boolean => {
    if (cue?.kind !== 'mention') return true;
    const m = cue.mention;
    if (
      m.givenName === true ||
      m.marked === true ||
      (m.person >= 0 && (!persons[m.person]!.single || persons[m.person]!.titled))
    )
      return true;
    const last = m.parts[m.parts.length - 1];
    return mentions.some((f) => f.parts.length >= 2 && !f.thing && f.parts[f.parts.length - 1] === last);
  };
  for (const q of quotes) q.cue = inFull(organisationCue(views, q.cue, known(q.cue)), mentions);
  for (let r = 0; r < reports.length; r += 1) {
    const cue = inFull(organisationCue(views, reports[r]!.cue, known(reports[r]!.cue)), mentions)!;
    if (cue !== reports[r]!.cue) reports[r] = reportWithCue(reports[r]!, cue);
  }
  // Only a cue with no one named (`The Suffolk firm, which …, said`) can be a described organisation:
  // most documents have none, and need no slots made.
  if (someCue(quotes, reports, other))
    describedOrganisations(views, cueSlots(quotes, reports), (mention) => known(mentionCue(mention, mention.para, -1)));
}

/** Each quote's and report's cue as a slot to read and replace. */
function cueSlots(quotes: readonly Attributed[], reports: ReportAt[]): CueSlot[] {
  const slots: CueSlot[] = [];
  for (let i = 0; i < quotes.length; i += 1) {
    const q = quotes[i]!;
    slots.push({
      get cue() {
        return q.cue;
      },
      set: (cue: Cue) => {
        q.cue = cue;
      },
    });
  }
  for (let i = 0; i < reports.length; i += 1)
    slots.push({
      get cue() {
        return reports[i]!.cue;
      },
      set: (cue: Cue) => {
        reports[i] = reportWithCue(reports[i]!, cue);
      },
    });
  return slots;
}

/*
 * The cues of the quotes then the reports, by plain loops: the array builtins (map, some) inlined
 * over these lists, empty ones and full ones having different shapes, were deoptimized again and again.
 */
function cuesOf(
  quotes: readonly { readonly cue: Cue | null }[],
  reports: readonly { readonly cue: Cue }[],
): (Cue | null)[] {
  const cues: (Cue | null)[] = [];
  for (let i = 0; i < quotes.length; i += 1) cues.push(quotes[i]!.cue);
  for (let i = 0; i < reports.length; i += 1) cues.push(reports[i]!.cue);
  return cues;
}

function someCue(
  quotes: readonly { readonly cue: Cue | null }[],
  reports: readonly { readonly cue: Cue }[],
  test: (cue: Cue | null) => boolean,
): boolean {
  for (let i = 0; i < quotes.length; i += 1) if (test(quotes[i]!.cue)) return true;
  for (let i = 0; i < reports.length; i += 1) if (test(reports[i]!.cue)) return true;
  return false;
}

// Tests of a cue, at module level: a closure made per document costs (tsx keeps function names).
const lone = (cue: Cue | null): boolean => cue?.kind === 'mention' && cue.mention.parts.length === 1;
const other = (cue: Cue | null): boolean => cue?.kind === 'other';

/** The organisations that speak in a document, as persons of their own (`org`), one per name. */
function organisations(
  cues: readonly (Cue | null)[],
  persons: DocPerson[],
  mentions: readonly Mention[],
  text: string,
  views: readonly ParagraphView[],
): void {
  let byName: Map<string, DocPerson> | null = null;
  let long: ReadonlyMap<string, string> | null = null;
  for (const cue of cues) {
    if (cue?.kind !== 'org') continue;
    byName ??= new Map();
    // `A CAA spokesman` where the article names the Civil Aviation Authority: the body's full name.
    long ??= longOrgNames(orgCueNames(cues), mentions, text);
    orgSpeaker(cue, persons, byName, long, text, views);
  }
}

/**
 * An organisation's cue given its person: a new one, or the one already made for its name. (A
 * function of its own: most documents have no such cue, and the loop over the cues stays small for
 * the JIT, which otherwise recompiled all this with it at each branch first met late.)
 */
function orgSpeaker(
  cue: Cue & { readonly kind: 'org' },
  persons: DocPerson[],
  byName: Map<string, DocPerson>,
  long: ReadonlyMap<string, string>,
  text: string,
  views: readonly ParagraphView[],
): void {
  // `"…," May said` after `analyst Rick May`: a month's or a season's word alone, read as a thing,
  // is the one person the article names in full with it as surname.
  const namesake = calendarSurname(cue.name, persons);
  if (namesake >= 0) {
    cue.person = namesake;
    return;
  }
  // `A spokesman for Gardner today said` after `Doresy Gardner resigned`: a spokesperson for one word
  // that is the surname of a person the article names in full speaks for that person, as a lawyer for
  // them would: no body of that name, and not the person's own words. Nobody.
  if (spokespersonFor(views[cue.para]!, cue.token) && fullNamedBy(cue.name.toLowerCase(), persons) >= 0) return;
  // `AMD and SeaMicro say`, `Locke and Salazar said`: two names the article writes alone, no one body.
  if (namesTwoAlone(views[cue.para]!, cue.name)) return;
  let name = long.get(orgKey(cue.name)) ?? cue.name;
  // `the Bank said`: the one bank the story names; none, or two: nobody (never one `Bank` of every story).
  if (genericBody(name)) {
    const view = views[cue.para]!;
    const full = genericOrgName(withoutThe(name), text, view.starts[cue.token]!);
    if (full === null) return;
    // `the National Cattlemen's Association said`: the noun ends a name cut short, which must be the body found.
    const head =
      text
        .slice(view.starts[Math.max(0, cue.token - 2)]!, view.starts[cue.token]!)
        .trim()
        .split(/\s+/)
        .pop() ?? '';
    if (cue.token > 0 && /^\p{Lu}[\p{L}'\u2019-]*$/u.test(head) && !full.endsWith(`${head} ${name}`)) return;
    name = full;
  }
  // `the Finance Ministry said` in a story that writes `Japan's Finance Ministry`, and no other
  // country's: that ministry.
  const national = nationalBody(name) ? countrysBody(name, text) : null;
  if (national !== null) name = national;
  const key = orgKey(name);
  const org = byName.get(key) ?? orgPerson(persons.length, name);
  if (org.id === persons.length) {
    persons.push(org);
    byName.set(key, org);
  }
  cue.person = org.id;
  const form = national ?? cue.name;
  org.forms.set(form, (org.forms.get(form) ?? 0) + 1);
}

/** The names of the organisations' cues, in order (a plain loop: `flatMap` here was slow and deoptimized). */
function orgCueNames(cues: readonly (Cue | null)[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < cues.length; i += 1) {
    const c = cues[i];
    if (c?.kind === 'org') names.push(c.name);
  }
  return names;
}

/** `Japanese Finance Ministry` for `Finance Ministry` when the text writes it after one country's word (or its possessive) alone; else null. */
function countrysBody(name: string, text: string): string | null {
  const body = withoutThe(name);
  let qualifier: string | null = null;
  for (let at = text.indexOf(body); at >= 0; at = text.indexOf(body, at + body.length)) {
    const word = COUNTRY_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1];
    if (word === undefined || !PLACES.has(countryOf(word))) continue;
    if (qualifier !== null && countryOf(qualifier) !== countryOf(word)) return null;
    qualifier ??= word;
  }
  return qualifier === null ? null : `${qualifier} ${body}`;
}
const COUNTRY_BEFORE = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}+(?:['\u2019]s)?) $/u;
/** A country's word as a place, its possessive dropped: `Japan's` and `Japan` are one country. */
const countryOf = (word: string): string => word.toLowerCase().replace(/['\u2019]s$/, '');

/** The one person named in full whose surname is `name`, a word of `SURNAME_WORDS` or a month (`May`), else -1. */
function calendarSurname(name: string, persons: readonly DocPerson[]): number {
  const word = name.toLowerCase();
  if (!SURNAME_WORDS.has(word) && !DAYS_AND_MONTHS.has(word)) return -1;
  return fullNamedBy(word, persons);
}

/** Whether an organisation's cue at `token` opens with a spokesperson and `for` (`A spokesman for Gardner`; not `A Ferruzzi spokesman`). */
function spokespersonFor(p: ParagraphTokens, token: number): boolean {
  const t = p.normals[token] === 'a' || p.normals[token] === 'the' ? token + 1 : token;
  return SPOKESPEOPLE.has(p.normals[t]!) && p.normals[t + 1] === 'for';
}

/** The one person (no organisation) the article names in full with the surname `word` (lower case), else -1. */
function fullNamedBy(word: string, persons: readonly DocPerson[]): number {
  let found = -1;
  for (const p of persons)
    if (!p.org && !p.single && p.parts[p.parts.length - 1] === word) {
      if (found >= 0) return -1;
      found = p.id;
    }
  return found;
}

/** Words that end a firm's name (`Allegheny International Inc`, `Chrysler Corp`). */
const CORPORATE = new Set([
  ...'inc corp co ltd llc plc ag sa nv bv gmbh spa kk corporation company limited incorporated group holdings bancorp'.split(
    ' ',
  ),
  ...TRADE_WORDS,
]);

const NO_FIRMS: ReadonlyMap<string, string> = new Map();

/** The firms a document names in full, by their first word (`allegheny` -> `Allegheny`, from `Allegheny International Inc`). */
function firmNames(views: readonly ParagraphView[]): ReadonlyMap<string, string> {
  const firms = new Map<string, string>();
  for (const p of views) {
    // Only the capitalised tokens (listed by the paragraph's scan, among its runs' starts), not every token.
    for (const k of p.runStarts) {
      if (k < 1 || !capitalised(p.values[k]!) || !CORPORATE.has(bare(p, k))) continue;
      let first = k;
      while (first > 0 && k - first < 3 && capitalised(p.values[first - 1]!) && p.pos[first - 1] !== 'PUNCT')
        first -= 1;
      // (`A Kraft Foods plant worker`: the article opening the sentence is no word of the name.)
      if (ARTICLES.has(p.normals[first]!)) first += 1;
      if (first < k && /^\p{Lu}\p{Ll}/u.test(p.values[first]!)) firms.set(p.normals[first]!, p.values[first]!);
    }
  }
  return firms;
}

/**
 * `Allegheny said`, `Chrysler said`: a lone word that opens the name of a firm the article names in
 * full (`Allegheny International Inc`) speaks as that firm, unless someone in the article has it
 * as a name with a first name (`John Chrysler`).
 */
function firmCue(cue: Cue | null, firms: ReadonlyMap<string, string>, persons: readonly DocPerson[]): Cue | null {
  if (cue?.kind !== 'mention') return cue;
  const m = cue.mention;
  if (m.parts.length !== 1 || m.coreFrom !== m.from) return cue;
  const firm = firms.get(m.parts[0]!);
  if (firm === undefined) return cue;
  const person = m.person >= 0 ? persons[m.person] : undefined;
  if (person && !person.single) return cue;
  for (const other of persons) if (!other.single && !other.org && other.parts.includes(m.parts[0]!)) return cue;
  return orgCue(cue.para, cue.verb, m.from, firm);
}

/**
 * `Brackenwood House …, its owner, Meadowcare Homes, said.` then `In a statement, Meadowcare said:`:
 * a body speaking under one word is the one body the article names in full with that word first and
 * a body's word last (`homes`), as the article first names it. None, or two: the word as it is.
 */
function inFull(cue: Cue | null, mentions: readonly Mention[]): Cue | null {
  if (cue?.kind !== 'org' || cue.name.includes(' ')) return cue;
  const word = cue.name.toLowerCase();
  let full: string | null = null;
  for (const m of mentions) {
    if (!m.thing || m.parts.length < 2 || m.parts[0] !== word || !TRADE_WORDS.has(m.parts[m.parts.length - 1]!))
      continue;
    // (`Meadowcare Homes and Meadowcare Estates`, read as one run: two bodies.)
    if ((full !== null && full !== m.name) || / (?:and|&) /.test(m.full)) return cue;
    full = m.name;
  }
  return full === null ? cue : orgCue(cue.para, cue.verb, cue.token, full, cue.role);
}

/**
 * The lone names (one capitalised word: `Bundesbank`) a document writes after `the` in mid-sentence
 * twice or more and never in a person's name of two words or with a title: no person is called
 * `the Bundesbank`, so it is an organisation. (`the Russian`, a description, is read before this.)
 */
function theNames(views: readonly ParagraphView[], mentions: readonly Mention[]): ReadonlyMap<string, string> {
  const counts = new Map<string, number>();
  const values = new Map<string, string>();
  for (const p of views)
    for (const m of p.mentions) {
      if (m.parts.length !== 1 || m.from !== m.to || p.normals[m.from - 1] !== 'the') continue;
      if (p.quote[m.from] !== -1 || !/^\p{Lu}\p{Ll}/u.test(p.values[m.from]!)) continue;
      counts.set(m.parts[0]!, (counts.get(m.parts[0]!) ?? 0) + 1);
      values.set(m.parts[0]!, p.values[m.from]!);
    }
  for (const m of mentions)
    if (m.titled || m.gender !== null || (m.parts.length >= 2 && !m.thing))
      for (const part of m.parts) counts.delete(part);
  const bodies = new Map<string, string>();
  for (const [part, n] of counts) if (n >= 2) bodies.set(part, values.get(part)!);
  return bodies;
}

/** A speech verb with nobody named found for it, right after `the X` or before it (`said the X`), X one of `bodies`. */
function theCue(cue: Cue | null, views: readonly ParagraphView[], bodies: ReadonlyMap<string, string>): Cue | null {
  if (cue?.kind !== 'other') return cue;
  const p = views[cue.para]!;
  const v = cue.verb;
  const at = (k: number): string | undefined => {
    const m = p.byStart.get(k);
    return m && m.from === m.to && p.normals[k - 1] === 'the' && p.quote[k] === -1
      ? bodies.get(m.parts[0]!)
      : undefined;
  };
  let name = at(v - 1);
  let token = v - 2;
  if (name === undefined && p.normals[v + 1] === 'the' && !capitalised(p.values[v + 3])) {
    name = at(v + 2);
    token = v + 1;
  }
  if (name === undefined) return cue;
  return orgCue(cue.para, v, token, name);
}

/**
 * The names written in a document that may be people's, whether quoted or not (full names, and
 * titled surnames): for `quote X` to say X is mentioned but never quoted.
 */
function mentionedNames(mentions: readonly Mention[]): string[] {
  const names = new Set<string>();
  for (const m of mentions) if (!m.thing && (m.parts.length >= 2 || m.person >= 0)) names.add(m.name);
  return [...names];
}

const NO_SPANS: readonly QuoteSpan[] = [];
const NO_ATTRIBUTED: readonly Attributed[] = [];
/**
 * Each view's mentions, by pushes: `views.map(…)` makes a holey array until TurboFan inlines `map`
 * and a packed one after, so `mentionsOf[p.index]` in coref.ts met two array maps and was deoptimized.
 */
function mentionsOfViews(views: readonly ParagraphView[]): (readonly Mention[])[] {
  const out: (readonly Mention[])[] = [];
  for (let k = 0; k < views.length; k += 1) out.push(views[k]!.mentions);
  return out;
}

function anySpeechVerb(doc: AnalyzedDocument): boolean {
  for (const sentences of doc.paragraphs) for (const s of sentences) if (hasSpeechVerb(s)) return true;
  return false;
}

function quoteCues(spans: readonly QuoteSpan[], views: readonly ParagraphView[], text: string): Attributed[] {
  const quotes: Attributed[] = [];
  let spoken: Attributed | undefined;
  // The cue the last quote passes on (a title's own, before it is made nobody's).
  let spokenCue: Cue | null = null;
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index]!;
    const firstPara = span.pieces[0]!.paragraph;
    const lastPara = span.pieces[span.pieces.length - 1]!.paragraph;
    const q: Attributed = {
      span,
      index,
      firstPara,
      lastPara,
      open: tokenAt(views[firstPara]!, span.start),
      close: span.close >= 0 ? tokenAt(views[lastPara]!, span.close) : -1,
      cue: null,
      person: -1,
      how: 'none',
    };
    q.cue = findCue(q, views, text);
    // `He left the court to chants of "ONE MORE YEAR!"`: a crowd's voice, nobody's words to quote.
    if (q.cue === null && voiceOfMany(views[firstPara]!, q.open)) q.cue = otherCue(firstPara, q.open);
    // `the "American Pie" star`: a work's name in quote marks, nobody's words.
    // A quote inside a sentence with no speaker of its own: the words someone was said to use
    // (`Mr Howard said the election was "there to be won"`).
    // (So is one its sentence introduces with a colon, running on over lines: `Gill Sandford, dean of
    // the Faculty of Creative and Cultural Industries, said: "…` then a line that opens again.)
    if ((q.cue === null || q.cue.kind === 'other') && (q.firstPara === q.lastPara || introducedByColon(views, q)))
      q.cue = partialCue(views[firstPara]!, q.open) ?? trailingCue(views[firstPara]!, q.open) ?? q.cue;
    // `… it will take "a couple of years" for the division to meet its goal of making a "substantial
    // contribution …"`: a second partial quote of the sentence is the first one's speaker's.
    const before = spoken;
    if (
      (q.cue === null || q.cue.kind === 'other') &&
      before &&
      spokenCue &&
      spokenCue.kind !== 'other' &&
      before.lastPara === firstPara &&
      before.close >= 0 &&
      views[firstPara]!.sentence[before.close] === views[firstPara]!.sentence[q.open]
    )
      q.cue = spokenCue;
    quotes.push(q);
    spoken = q;
    spokenCue = q.cue;
    // `the "American Pie" star`: a work's name in quote marks, nobody's words. (Its cue still passes
    // to a partial after it in the sentence: `Keswick said the issue of new "B" shares will give the
    // group "the flexibility …"`.)
    if (firstPara === lastPara && workTitle(views[firstPara]!, q.open)) {
      q.cue = otherCue(firstPara, q.open);
    }
  }
  return quotes;
}

/** Whether the quote opens right after a colon in its first paragraph. */
const introducedByColon = (views: readonly ParagraphView[], q: Attributed): boolean =>
  q.open > 0 && views[q.firstPara]!.values[q.open - 1] === ':';

/**
 * `David Marsh, a mediator appointed by the ministry`: an appositive with a role makes a person; so
 * does a relation to a person set off before the name (`Miss Hale's sister, Joanna Pryce,`).
 */
function markAppositives(views: readonly ParagraphView[]): void {
  for (const view of views) {
    for (const m of view.mentions) {
      if (!m.thing && m.appositive === null && view.values[m.to + 1] === ',') {
        const relation = relationBefore(view, m.from);
        if (relation) m.appositive = relation;
      }
      if (m.thing || m.appositive !== null || view.values[m.to + 1] !== ',') continue;
      const app = appositive(view, m.to + 1, view.length);
      if (app?.desc) m.appositive = app.desc;
    }
    // `Its chairwoman, Edna Pollard, 74, told the crowd`: the role set off before a full name is
    // that mention's role whatever the subject's shape, so the quotes after it have it too.
    for (const m of view.mentions) if (!m.thing) roleBeforeRelative(view, m);
  }
}

/**
 * `His son, T.J. DiLeo, is a guard …`: a full name set off after a possessed kin noun is a person's,
 * evidence as a common given name is (`T.J.` is none); else the name founds nobody, and a later
 * `DiLeo said` joins the one DiLeo left (his father, `Tony DiLeo`) for words the son said.
 */
function kinNamedPersons(views: readonly ParagraphView[]): void {
  for (const view of views)
    for (const m of view.mentions)
      if (!m.thing && m.parts.length >= 2 && m.givenName !== true && kinSetOff(view, m.from) !== null)
        m.givenName = true;
}

/**
 * A lone untitled name at a speech tag with a person's mark (`…," said Maral, 45, an Ashgabat
 * resident`; `said Fauzi, who like many Indonesians uses a single name`; `said fisherman's wife
 * Mapahai, 35`; `Kafoury's son, Charlie, said`) is a person, named as written (Mention.marked).
 */
function markedLoneNames(views: readonly ParagraphView[]): void {
  for (const view of views)
    for (const m of view.mentions)
      if (m.speech && !m.thing && !m.titled && m.parts.length === 1 && personMarked(view, m)) m.marked = true;
}

/** An age or a who-clause set off after the mention, or a kin noun of a possessor before it (set off or not). */
function personMarked(view: ParagraphView, m: Mention): boolean {
  const after = m.to + 1;
  // (`Lancashire rivals Fylde Coast Sharks, who …`: the tail of a longer capitalised run is no lone name.)
  if (m.coreFrom > 0 && capitalised(view.values[m.coreFrom - 1])) return false;
  if (view.values[after] === ',' && view.quote[after + 1] === -1) {
    if (view.normals[after + 1] === 'who') return true;
    if (agedAfter(view, m.to)) return true;
  }
  // `fisherman's wife Mapahai`, `her son Charlie`; `Kafoury's son, Charlie,`.
  const before = view.values[m.from - 1] === ',' ? m.from - 2 : m.from - 1;
  return (
    before >= 1 &&
    m.coreFrom === m.from &&
    KIN.has(view.normals[before]!) &&
    view.quote[before] === -1 &&
    POSSESSIVES.has(view.normals[before - 1]!)
  );
}
const POSSESSIVES = new Set(["'s", "'", 'his', 'her', 'their']);

/**
 * The lower-case noun between a possessor and a comma before the name at `from` (`mother` in `Miss
 * Hale's mother, Rasa Petrauskiene,`), with the possessor's name for a kin noun (`Hale's mother`), or null.
 */
function relationBefore(view: ParagraphView, from: number): string | null {
  if (view.values[from - 1] !== ',') return null;
  let k = from - 2;
  const end = k;
  while (k >= 0 && end - k < 3 && (view.pos[k] === 'NOUN' || view.pos[k] === 'ADJ') && !capitalised(view.values[k]))
    k -= 1;
  if (k === end || (view.normals[k] !== "'s" && view.normals[k] !== "'")) return null;
  const possessor = view.byEnd.get(k - 1);
  if (!possessor || possessor.thing) return null;
  // `Li's colleague, Wang Chien-shien,`: a bond with the possessor says nothing of the person's own role.
  if (BONDS.has(view.normals[end]!)) return null;
  const relation = view.normals.slice(k + 1, end + 1).join(' ');
  // `Gray's older sister`: kin are only the person's through the possessor, who stays.
  return KIN.has(view.normals[end]!) ? `${possessor.name}${view.values[k]} ${relation}` : relation;
}
const KIN = new Set([
  'mother',
  'father',
  'sister',
  'brother',
  'son',
  'daughter',
  'wife',
  'husband',
  'widow',
  'widower',
  'aunt',
  'uncle',
  'cousin',
  'niece',
  'nephew',
  'grandmother',
  'grandfather',
  'grandson',
  'granddaughter',
  'stepfather',
  'stepmother',
  'stepson',
  'stepdaughter',
  'fiancee',
  'fiance',
]);
const BONDS = new Set(['colleague', 'friend', 'rival', 'ally', 'counterpart', 'predecessor', 'successor', 'opponent']);

interface ReportAt {
  readonly cue: Cue;
  readonly para: number;
  readonly from: number;
  readonly to: number;
}

/** `r` with another cue: its fields in the order `reportedCues` makes them (a spread copy has a shape of its own). */
const reportWithCue = (r: ReportAt, cue: Cue): ReportAt => ({ cue, para: r.para, from: r.from, to: r.to });

/** Reported statements' cues, in the sentences that have a speech verb (or `according`). */
function reportedCues(views: readonly ParagraphView[]): ReportAt[] {
  const reports: ReportAt[] = [];
  for (const view of views) {
    let done = -1;
    for (const v of view.speech) {
      if (v <= done) continue;
      const sentence = view.sentence[v]!;
      let from = v;
      while (from > 0 && view.sentence[from - 1] === sentence) from -= 1;
      let to = v;
      while (to + 1 < view.length && view.sentence[to + 1] === sentence) to += 1;
      done = to;
      let quoted = false;
      if (view.quote !== NO_QUOTE) for (let k = from; k <= to; k += 1) if (view.quote[k] !== -1) quoted = true;
      const found = reportCues(view, from, to, quoted);
      for (const r of found) {
        if (r.cue.kind === 'mention') r.cue.mention.speech = true;
        reports.push({ cue: r.cue, para: view.index, from: r.from, to: r.to });
      }
      // `The council said it would look again at the signs.`: a body by the noun for its kind opening
      // the sentence reports when a body of that kind was named before (organisationCue); a noun
      // that names none (`The group said`, `The dealers said`) makes no report.
      if (found.length === 0 && !quoted && v === from + 2 && kindSubject(view, v) === v - 1) {
        const cue = organisationCue(views, otherCue(view.index, v), true);
        if (cue?.kind === 'org') reports.push({ cue, para: view.index, from, to });
      }
    }
  }
  return reports;
}

/**
 * Each quote's speaker: its cue's, else the speaker carried on in the paragraph, from the paragraph
 * before, or the one person named in the two sentences before a quote of several sentences.
 * Scare quotes and marks opened mid-paragraph and never closed are left out.
 */
function attribute(
  quotes: readonly Attributed[],
  views: readonly ParagraphView[],
  pronouns: ReadonlyMap<string, number>,
  text: string,
  reports: readonly ReportAt[],
  persons: readonly DocPerson[],
): Attributed[] {
  const kept: Attributed[] = [];
  for (const q of quotes) {
    const lastChar = q.span.close > 0 ? text[q.span.close - 1] : '';
    // Short: a scare quote, unless someone named says it (`“No,” he said.`) or is said to have used
    // the words (`called the plans "piecemeal and poor"`).
    // (An organisation's short quote is a term it used, or a scare quote, unless its spokesperson said
    // it or the quote ends a clause of the sentence its speech verb opens: `The FA said it would reply
    // "in due course".`)
    const ownCue = q.cue !== null && q.cue.kind !== 'other' && q.cue.para === q.firstPara && q.cue.verb < q.open;
    const named =
      q.cue !== null &&
      q.cue.kind !== 'other' &&
      (q.cue.kind !== 'org' ||
        q.cue.role !== null ||
        (ownCue &&
          (endsClause(views[q.firstPara]!, q.close) ||
            complementOfVerb(views[q.firstPara]!, q.cue.verb, q.open) ||
            // (`The Relatives and Residents Association, an advice charity, described six weeks'
            // notice as "unacceptably short" for people in their 80s`: a body's words after `as`,
            // whatever follows them, as a person's are.)
            describedAs(views[q.firstPara]!, q.cue.verb, q.open) ||
            secondVerbOfOwnClause(views[q.firstPara]!, q.cue.verb, q.open) ||
            phraseOfReported(views[q.firstPara]!, q.cue.verb, q.open) ||
            predicateOfReported(views[q.firstPara]!, q.cue.verb, q.open) ||
            urgedTo(views[q.firstPara]!, q.cue.verb, q.open)) &&
          !insideNounPhrase(views[q.firstPara]!, q.open)));
    const usedWords = named && ownCue;
    // `Another passenger described the service as "a shambles"`: words used, though by nobody named.
    const describedSo =
      q.cue?.kind === 'other' && q.cue.para === q.firstPara && oneUnnamedUsed(views[q.firstPara]!, q.cue.verb, q.open);
    if (
      q.span.words <= MAX_SCARE_WORDS &&
      // (`in the "Big Bang," X said`: a name after `the`, its comma the sentence's, is no speech.)
      !(named && (usedWords || (/[,?!]/.test(lastChar ?? '') && !nameAfterOpener(views[q.firstPara]!, q.open)))) &&
      !describedSo &&
      !shortSentence(q, views, text, kept)
    )
      continue;
    // A mark opened mid-paragraph and never closed is a typo (`its "final phase' of ...`), not a quote to the end.
    if (!q.span.closed && q.span.pieces.length === 1 && q.open > 0) continue;
    if (q.cue) {
      if (q.cue.kind === 'mention') sharedSurname(q.cue, kept, reports, persons, pronouns, views);
      q.person = personOf(q.cue, pronouns);
      if (q.person < 0 && q.cue.kind === 'pronoun' && q.cue.from === undefined) {
        const voice = spokespersonBefore(q.cue, kept, reports, views);
        if (voice) {
          q.cue = movedCue(voice, q.cue.para, q.cue.verb);
          q.person = voice.person;
        }
      }
      if (q.person < 0 && q.cue.kind === 'pronoun' && q.cue.from === undefined)
        q.person = speakerGoingOn(q, q.cue, kept, views, persons);
      q.how = q.cue.kind;
    } else {
      carry(q, kept, views, pronouns, reports);
    }
    kept.push(q);
  }
  return kept;
}

/**
 * `"…," Wee wrote.`, then quoted lines of hers, then `"…," she added.` (or `He added: "…`): a `he`/`she` tag no one was
 * found for, on a quote that opens its line right after the lines of one speaker's quote, is that
 * speaker's when their gender fits and nobody else who may be that pronoun is named outside quotes
 * from that quote's first line to the tag (ECB+ writes a sentence a line, so the speaker's tag is
 * often past the pronoun's window); else -1.
 */
function speakerGoingOn(
  q: Attributed,
  cue: Extract<Cue, { kind: 'pronoun' }>,
  kept: readonly Attributed[],
  views: readonly ParagraphView[],
  persons: readonly DocPerson[],
): number {
  const previous = kept[kept.length - 1];
  // (Or a tag that opens the quote's line, `He added: "…`, after those lines.)
  const opensLine = q.open === 0 || (cue.para === q.firstPara && cue.token === 0 && cue.verb < q.open);
  if (!previous || previous.person < 0 || !opensLine) return -1;
  // (Or left open at its line's end, going on over lines with no mark: rule K's shape.)
  if (previous.lastPara !== q.firstPara - 1 && !openQuoteRunsOn(q, previous, views)) return -1;
  const word = views[cue.para]!.normals[cue.token]!;
  if (word !== 'he' && word !== 'she') return -1;
  const gender = word === 'he' ? 'm' : 'f';
  const fits = (person: number): boolean => {
    const known = persons[person]?.gender ?? null;
    return known === null || known === gender;
  };
  if (!fits(previous.person)) return -1;
  for (let para = previous.firstPara; para <= cue.para; para += 1) {
    const view = views[para]!;
    for (const m of view.mentions)
      if (!m.thing && m.person >= 0 && m.person !== previous.person && view.quote[m.from] === -1 && fits(m.person))
        return -1;
  }
  return previous.person;
}

/**
 * `A Merseyside Police spokesman said three people had been arrested.` then `"…," he said.`: a
 * `he`/`she` no named person takes is the spokesperson of that gender who spoke last, in the
 * paragraph before or earlier in this one, with nobody named between: their organisation speaks.
 */
function spokespersonBefore(
  cue: Extract<Cue, { kind: 'pronoun' }>,
  kept: readonly Attributed[],
  reports: readonly ReportAt[],
  views: readonly ParagraphView[],
): Extract<Cue, { kind: 'org' }> | null {
  const he = MALE_PRONOUNS.has(views[cue.para]!.normals[cue.token]!);
  const fits = (c: Cue | null): c is Extract<Cue, { kind: 'org' }> =>
    c?.kind === 'org' &&
    c.person >= 0 &&
    (c.role === 'spokesperson' || c.role === (he ? 'spokesman' : 'spokeswoman')) &&
    (c.para === cue.para - 1 || (c.para === cue.para && c.verb < cue.token));
  const cues = cuesOf(kept, reports);
  let last: Extract<Cue, { kind: 'org' }> | null = null;
  for (const c of cues)
    if (fits(c) && (!last || c.para > last.para || (c.para === last.para && c.verb > last.verb))) last = c;
  if (!last) return null;
  // Nobody else spoke between (`The former General Motors executive says …, but he adds`).
  const org = last;
  const between = (c: Cue | null): boolean =>
    c !== null &&
    (c.para > org.para || (c.para === org.para && c.verb > org.verb)) &&
    (c.para < cue.para || (c.para === cue.para && c.verb < cue.verb));
  if (cues.some((c) => between(c) && !(c?.kind === 'org' && c.name === org.name))) return null;
  for (let p = org.para; p <= cue.para; p += 1) {
    const view = views[p]!;
    const from = p === org.para ? org.verb + 1 : 0;
    const to = p === cue.para ? cue.token : view.length;
    for (let k = from; k < to; k += 1) if (view.quote[k] === -1 && isSpeechVerb(view, k)) return null;
  }
  for (let p = last.para; p <= cue.para; p += 1) {
    const view = views[p]!;
    for (const m of view.mentions) {
      const after = p > last.para || m.from > last.verb;
      const before = p < cue.para || m.to < cue.token;
      if (after && before && view.quote[m.from] === -1 && !m.thing && m.person >= 0) return null;
    }
  }
  return last;
}

/**
 * Whether the quote closing at token `close` ends its clause (a full stop, a comma, `and`, `but` or the
 * paragraph's end after it), as words used do, not inside a noun phrase, as a scare quote does (`its
 * "poison pill" defence`).
 */
function endsClause(view: ParagraphView, close: number): boolean {
  const next = close + 1;
  return close >= 0 && (next >= view.length || isHardStop(view, next) || CLAUSE_ENDS.has(view.normals[next]!));
}
const CLAUSE_ENDS = new Set([',', ';', 'and', 'but']);

/**
 * `Hollis herself was more guarded.` beside a father and daughter (`Martin Hollis`, `Chloe Hollis`):
 * a lone surname with a reflexive pronoun right after it (`herself`, `himself`) has that gender, and
 * is the one namesake of the article with it, when exactly one fits; the pronoun that follows may
 * then go back to her. (A surname the article gives nobody in full, or two of that gender: left.)
 */
function reflexiveNamesakes(views: readonly ParagraphView[], persons: readonly DocPerson[]): void {
  for (const view of views)
    for (const m of view.mentions) {
      const reflexive = view.normals[m.to + 1];
      if (m.thing || m.parts.length !== 1 || (reflexive !== 'herself' && reflexive !== 'himself')) continue;
      const gender = reflexive === 'herself' ? 'f' : 'm';
      const part = m.parts[0]!;
      let fit = -1;
      let count = 0;
      for (const p of persons)
        if (!p.single && !p.org && p.gender === gender && p.parts[p.parts.length - 1] === part) {
          fit = p.id;
          count += 1;
        }
      if (count !== 1) continue;
      m.person = fit;
      m.gender = gender;
    }
}

/**
 * `His son, Jack Vellacott, …` beside his father `Stuart Vellacott`, then `Mr Vellacott told …`: a
 * plain honorific tells two namesakes of one gender apart no better than recency, and a reporter
 * who introduces one as the other's kin means either by it; such a mention is nobody's (a
 * distinguishing title, `Dr Dunstan`, `Lord Ferrier`, still decides).
 */
function kinNamesakes(views: readonly ParagraphView[], persons: readonly DocPerson[]): ReadonlySet<Mention> {
  let kin: Set<number> | null = null;
  let first: Map<number, number> | null = null;
  let doubtful: Set<Mention> | null = null;
  for (const view of views)
    for (const m of view.mentions) {
      if (m.person < 0 || m.parts.length !== 1 || !PLAIN_HONORIFICS.has(view.normals[m.from] ?? '')) continue;
      const part = m.parts[0]!;
      const fitting = persons.filter(
        (p) =>
          !p.single &&
          !p.org &&
          p.parts[p.parts.length - 1] === part &&
          (m.gender === null || p.gender === null || p.gender === m.gender),
      );
      if (fitting.length < 2) continue;
      kin ??= kinIntroduced(views);
      if (!fitting.some((p) => kin!.has(p.id))) continue;
      // (`Mr Eastwood, 74, said …` before the article names his son, Mark Eastwood: the reader knows
      // one Eastwood there, the one named in full before it.)
      first ??= firstNamedInFull(views);
      const known = fitting.filter((p) => (first!.get(p.id) ?? Number.POSITIVE_INFINITY) < placeOf(m.para, m.from));
      if (known.length === 1) {
        m.person = known[0]!.id;
        continue;
      }
      m.person = -1;
      doubtful ??= new Set();
      doubtful.add(m);
    }
  return doubtful ?? NO_DOUBTS;
}
const NO_DOUBTS: ReadonlySet<Mention> = new Set();

/**
 * `Nasreen Akhtar, 34, said she had woken …` and `Her father, Mohammed Akhtar,`, then `said Mr
 * Akhtar`: a doubtful name (kinNamesakes) is the one namesake its title's gender still fits once the
 * pronouns have taught the others theirs. The doubtful names left, or `doubtful` itself when none
 * was decided.
 */
function namesakesByLearntGender(doubtful: ReadonlySet<Mention>, persons: readonly DocPerson[]): ReadonlySet<Mention> {
  const left = new Set(doubtful);
  for (const m of doubtful) {
    if (m.gender === null) continue;
    const part = m.parts[0]!;
    const fitting = persons.filter(
      (p) =>
        !p.single && !p.org && p.parts[p.parts.length - 1] === part && (p.gender === null || p.gender === m.gender),
    );
    if (fitting.length !== 1) continue;
    m.person = fitting[0]!.id;
    left.delete(m);
  }
  return left.size === doubtful.size ? doubtful : left;
}
const PLAIN_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss']);
/** A place in the text as one number, paragraph first: token `token` of paragraph `para`. */
const placeOf = (para: number, token: number): number => para * 100_000 + token;

/** Where each person is first named in full (two name words or more), as `placeOf` numbers it. */
function firstNamedInFull(views: readonly ParagraphView[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const view of views)
    for (const m of view.mentions)
      if (m.person >= 0 && m.parts.length >= 2 && !out.has(m.person)) out.set(m.person, placeOf(m.para, m.from));
  return out;
}

/** Persons whose name is set off after a possessed kin noun (`His son, Jack Vellacott,`, `Mr Pegg's wife, Sandra Pegg,`). */
function kinIntroduced(views: readonly ParagraphView[]): Set<number> {
  const out = new Set<number>();
  for (const view of views)
    for (const m of view.mentions) {
      if (m.person >= 0 && m.parts.length >= 2 && kinSetOff(view, m.from) !== null) out.add(m.person);
    }
  return out;
}

/**
 * `Carter said` where the article names two Carters (Rob and Pete): the one of them who spoke last,
 * in a quote or a reported statement of this paragraph or the one before (`Guitarist Pete Carter
 * … saying the band were "just grateful"` then `"…," Carter said`). Else the name stays nobody's.
 */
function sharedSurname(
  cue: Extract<Cue, { kind: 'mention' }>,
  kept: readonly Attributed[],
  reports: readonly ReportAt[],
  persons: readonly DocPerson[],
  pronouns: ReadonlyMap<string, number>,
  views: readonly ParagraphView[],
): void {
  const m = cue.mention;
  if (m.parts.length !== 1 || m.thing) return;
  const part = m.parts[0]!;
  const namesakes = persons.filter((p) => !p.single && !p.org && p.parts[p.parts.length - 1] === part);
  if (namesakes.length < 2) return;
  // `The home secretary, Mr Clarke, dismissed …`: the role set before the name picks the one given
  // it, over the one of that name last named in full.
  const role = roleBeforeComma(views[cue.para]!, m.from);
  const given = namesakes.filter(
    (p) => role.length > 0 && p.descs.some((d) => role.every((w) => d.toLowerCase().split(/\s+/).includes(w))),
  );
  if (given.length === 1) {
    m.person = given[0]!.id;
    return;
  }
  if (m.person >= 0 && !persons[m.person]!.single) return;
  // The latest speaker before the cue, in this paragraph or the one before.
  let latest = -1;
  let at = -1;
  const consider = (person: number, para: number, token: number): void => {
    if (person < 0 || para < cue.para - 1 || para > cue.para || (para === cue.para && token >= m.from)) return;
    const position = para * 1e6 + token;
    if (position > at) {
      at = position;
      latest = person;
    }
  };
  for (const k of kept) consider(k.person, k.lastPara, k.open);
  for (const r of reports) consider(personOf(r.cue, pronouns), r.para, r.from);
  const person = namesakes.find((p) => p.id === latest);
  if (person && (m.gender === null || person.gender === null || m.gender === person.gender)) m.person = person.id;
}

/** The words of a role set off before a name (`The home secretary, Mr Clarke`): `home secretary`, or none. */
function roleBeforeComma(view: ParagraphView, from: number): string[] {
  let k = from - 1;
  if (HONORIFICS.has(view.normals[k] ?? '')) k -= 1;
  if (view.values[k] !== ',') return [];
  const words: string[] = [];
  for (k -= 1; k >= 0 && view.quote[k] === -1 && (view.pos[k] === 'NOUN' || view.pos[k] === 'ADJ'); k -= 1)
    words.unshift(view.normals[k]!);
  return ['the', 'a'].includes(view.normals[k] ?? '') ? words : [];
}

/**
 * A short quote that is a sentence of someone's speech, not a scare quote: a capitalised clause
 * closed by `,?!` and a speech verb right after (`"It was chaos," one witness said`), or a whole
 * sentence (`.?!` inside the marks) opening a sentence after another quote of its paragraph
 * (`…,” said singer Rob Carter. “This is unbelievable.”`).
 */
function shortSentence(
  q: Attributed,
  views: readonly ParagraphView[],
  text: string,
  kept: readonly Attributed[],
): boolean {
  if (q.firstPara !== q.lastPara || q.close < 0 || !/^\p{Lu}/u.test(text[q.span.start + 1] ?? '')) return false;
  const view = views[q.firstPara]!;
  const last = text[q.span.close - 1] ?? '';
  if (/[,?!]/.test(last)) {
    for (let k = q.close + 1; k < view.length && k <= q.close + 4 && view.quote[k] === -1; k += 1) {
      if (isHardStop(view, k)) break;
      if (isSpeechVerb(view, k)) return true;
    }
  }
  if (!/[.?!]/.test(last) || (q.open > 0 && !isHardStop(view, q.open - 1))) return false;
  const before = kept[kept.length - 1];
  return before !== undefined && before.lastPara === q.firstPara && before.close >= 0;
}

function output(
  kept: readonly Attributed[],
  reports: readonly ReportAt[],
  views: readonly ParagraphView[],
  pronouns: ReadonlyMap<string, number>,
  text: string,
): RawQuote[] {
  const out: RawQuote[] = [];
  const roles = new Roles(views);
  for (const q of kept) {
    const view = views[q.firstPara]!;
    out.push({
      kind: 'direct',
      person: q.person,
      text: quoteText(text, q.span),
      paragraph: view.number,
      sentence: view.sentence[q.open] ?? 1,
      start: q.span.start,
      end: q.span.end,
      how: q.how,
      role: q.person < 0 ? null : roles.at(q.person, q.cue, q.firstPara, q.open),
    });
  }
  for (const r of reports) {
    const person = personOf(r.cue, pronouns);
    if (person < 0) continue;
    const view = views[r.para]!;
    const start = view.starts[r.from]!;
    const end = endOf(view, r.to);
    out.push({
      kind: 'reported',
      person,
      text: text.slice(start, end),
      paragraph: view.number,
      sentence: view.sentence[r.from]!,
      start,
      end,
      how: r.cue.kind,
      role: roles.at(person, r.cue, r.para, r.from),
    });
  }
  if (kept.length > 0 && out.length > kept.length) out.sort(byStart);
  return out;
}

const byStart = (a: RawQuote, b: RawQuote): number => a.start - b.start;

/**
 * The role the article gives a speaker at a quote: the one its own cue gives (`said festival
 * organiser Michael Eavis`, `the Conservative leader said`, `a Home Office spokesman`), else the
 * latest given to that person before the quote, else the first given after it.
 */
class Roles {
  private timeline: Map<number, { para: number; token: number; role: string }[]> | null = null;
  constructor(private readonly views: readonly ParagraphView[]) {}

  /** The role at a quote; a bare one (`minister`, `Chancellor`) in full when the article gives it so (`Lord Chancellor`). */
  at(person: number, cue: Cue | null, para: number, token: number): string | null {
    const role = this.given(person, cue, para, token);
    if (role === null || role.includes(' ')) return role;
    const word = role.toLowerCase();
    const fuller = this.roles()
      .get(person)
      ?.find(
        (r) =>
          r.role.includes(' ') &&
          r.role
            .toLowerCase()
            .split(/[\s,]+/)
            .includes(word),
      );
    return fuller?.role ?? role;
  }

  private given(person: number, cue: Cue | null, para: number, token: number): string | null {
    if (cue?.kind === 'org' && cue.person === person) return cue.role;
    if (cue?.kind === 'mention' && cue.mention.person === person) {
      const own = mentionRole(cue.mention);
      if (own) return own;
    }
    if (cue?.kind === 'pronoun' && cue.from !== undefined && cue.para === para) {
      const view = this.views[cue.para]!;
      const words: string[] = [];
      for (let k = cue.from; k <= cue.token; k += 1)
        if (k > cue.from || view.normals[k] !== 'the') words.push(view.values[k]!);
      const own = cleanDescription(words.join(' ').replace(/ - /g, '-'));
      if (own) return own;
    }
    const seen = this.roles().get(person);
    if (!seen) return null;
    let found: string | null = null;
    for (const r of seen) if (r.para < para || (r.para === para && r.token <= token)) found = r.role;
    return found ?? seen[0]!.role;
  }

  private roles(): Map<number, { para: number; token: number; role: string }[]> {
    if (this.timeline) return this.timeline;
    this.timeline = new Map();
    for (const view of this.views) {
      for (const m of view.mentions) {
        if (m.person < 0 || m.thing) continue;
        const role = mentionRole(m);
        if (!role) continue;
        const list = this.timeline.get(m.person) ?? [];
        list.push({ para: view.index, token: m.from, role });
        this.timeline.set(m.person, list);
      }
    }
    return this.timeline;
  }
}

/**
 * Descriptions that refer back (`the Factory Records founder`, `the 23-year-old`): the person named
 * before who was described with that role word, else the one person named in the nearest sentence
 * before (within two paragraphs) that names anybody; two there, or none: unresolved.
 */
function resolveDescriptions(
  cues: readonly (Cue | null)[],
  views: readonly ParagraphView[],
  persons: readonly DocPerson[],
  resolved: Map<string, number>,
  headline: string,
): void {
  // Descriptions in text order: `the 30-year-old captain admitted …` then `…,” the 30-year-old said.`
  const described: { para: number; token: number; words: ReadonlySet<string>; person: number }[] = [];
  const ordered = cues
    .filter((c): c is Extract<Cue, { kind: 'pronoun' }> => c?.kind === 'pronoun' && c.role !== undefined)
    .sort((a, b) => a.para - b.para || a.token - b.token);
  for (const cue of ordered) {
    const key = `${cue.para}:${cue.token}`;
    if (resolved.has(key)) continue;
    const role = cue.role!;
    const view = views[cue.para]!;
    const words = new Set(
      view.normals
        .slice(cue.from ?? cue.token, cue.token + 1)
        .join(' ')
        .split(/[\s-]+/),
    );
    if (role === 'year-old' || (words.has('year') && words.has('old'))) words.add('year-old');
    const capitals = new Set<string>();
    for (let k = cue.from ?? cue.token; k <= cue.token; k += 1)
      if (capitalised(view.values[k]) && view.normals[k] !== 'the') capitals.add(view.normals[k]!);
    // `the spokesman said`: the organisation whose spokesman spoke a little before, never the
    // nearest named person (unless that person was introduced as a spokesman).
    if (SPOKESPEOPLE.has(role)) {
      // (`the utility spokesman said` after Alcan's spokesman: a kind of body the name does not hold is another body's.)
      const kinds = [...words].filter((w) => ORGANISATION_NOUNS.has(w) && !ANY_FIRM.has(w));
      // (`the Reebok spokesman said` after a ministry's spokesman: a name the body's does not hold is
      // another body's.)
      const named = [...capitals].filter((w) => w !== role && !ORGANISATION_NOUNS.has(w));
      const holds = (id: number): boolean =>
        kinds.every((w) => persons[id]?.parts.includes(w)) && named.every((w) => nameHolds(persons[id], w));
      let org = -1;
      for (const c of cues)
        if (
          c?.kind === 'org' &&
          c.role !== null &&
          c.para >= cue.para - 2 &&
          (c.para < cue.para || (c.para === cue.para && c.token < (cue.from ?? cue.token)))
        )
          org = holds(c.person) ? c.person : -1;
      const spokesperson = persons.findIndex(
        (p, id) => !p.org && hasRole(p.descs, role) && views[cue.para]!.mentions.every((m) => m.person !== id || true),
      );
      if (org >= 0 || spokesperson < 0) {
        resolved.set(key, org);
        described.push({ para: cue.para, token: cue.token, words, person: org });
        continue;
      }
    }
    // `the coxswain said`, a role noun only this article taught: the one person it was given to
    // before (`The lifeboat's coxswain, Huw Meredith,`); two, or none yet: nobody.
    const taught = view.articleRoles?.get(role);
    if (taught) {
      const given = new Set(
        taught
          .filter(
            (m) => m.person >= 0 && (m.para < cue.para || (m.para === cue.para && m.to < (cue.from ?? cue.token))),
          )
          .map((m) => m.person),
      );
      const person = given.size === 1 ? [...given][0]! : -1;
      resolved.set(key, person);
      described.push({ para: cue.para, token: cue.token, words, person });
      continue;
    }
    // `…," his daughter said`: the one person the article introduced before as that kin (`His
    // daughter, Karen Pybus,`), never the nearest name (the one whose daughter she is); none or two: nobody.
    if (cue.from !== undefined && KIN_OWNER_PRONOUNS.has(view.normals[cue.from]!) && cue.from === cue.token - 1) {
      const person = kinIntroducedAs(views, role, cue.para, cue.from);
      resolved.set(key, person);
      described.push({ para: cue.para, token: cue.token, words, person });
      continue;
    }
    // The same description a little before refers to the same person; one told apart by a seat or
    // place (`the Kettlesby MP`, `the Burnley councillor`) only with that word.
    const seat = [...capitals].filter((w) => w !== role);
    // (`the Labour MP said` for `Local MP Helen Roddis`: a party names no seat.)
    const parties = seat.filter(isPartyWord);
    const member = MEMBER_ROLES.has(role) && seat.some((w) => !isPartyWord(w));
    let person = -1;
    for (let k = described.length - 1; k >= 0 && person < 0; k -= 1) {
      const d = described[k]!;
      if (
        d.para >= cue.para - 2 &&
        d.person >= 0 &&
        d.words.has(role) &&
        (seat.every((w) => d.words.has(w)) || (!member && sameOrWider(d.words, words)))
      )
        person = d.person;
    }
    // `Fellow crew member Jack Nance, 23, said …` then `the 23-year-old said`: the one person given that age.
    if (person < 0 && words.has('year-old')) person = givenAge(views, cue.para, cue.from ?? cue.token, words);
    // Names before it, outside quotes, nearest first; `before` keeps those that are persons'.
    const named: { m: Mention; para: number }[] = [];
    const aged = words.has('year-old') ? otherAges(views, words) : NO_NAMES;
    for (let para = cue.para; para >= 0; para -= 1) {
      const v = views[para]!;
      for (let k = v.mentions.length - 1; k >= 0; k -= 1) {
        const m = v.mentions[k]!;
        if (para === cue.para && m.to >= (cue.from ?? cue.token)) continue;
        // A name nobody is known by after a preposition or a determiner, or before a noun, is a
        // place or a thing here (`from Surrey`, `of the Australian Open`, `The former PSV Eindhoven
        // striker`), no rival to a person.
        // So is one told something (`Moyes told Sky Sports`), a seat represented (`County councillor
        // Stephen Pitt, who represents Reepham,`), and one a reported clause opens with (`Nigel
        // Heptonstall … said Varley was "ready"`: what was said, not who said it).
        if (
          m.person < 0 &&
          (m.afterDeterminer ||
            afterPreposition(v, m.from) ||
            modifier(v, m) ||
            TOLD.has(v.normals[m.from - 1] ?? '') ||
            REPRESENTS.has(v.normals[m.from - 1] ?? '') ||
            reportedClauseSubject(v, m) ||
            thingGoesOn(v, m) ||
            // (`Tembo, 41, and Kali, 36, will make the journey` … `Head keeper Alan Pike has looked
            // after Tembo …` then `the 59-year-old said`: one given another age is somebody else.)
            aged.has(m.name.toLowerCase()))
        )
          continue;
        if (!m.thing && v.quote[m.from] === -1) named.push({ m, para });
      }
    }
    const before = named.filter(({ m }) => m.person >= 0);
    if (person < 0) {
      // Of those seen with the role, the nearest with all the description's words (`the Lord
      // Chancellor` is not `Chancellor Gordon Brown`).
      const withRole = before.filter(
        ({ m }) =>
          hasRole([...persons[m.person]!.descs, ...persons[m.person]!.fulls], role) ||
          (role === 'peer' && peerByTitle(persons[m.person]!)),
      );
      const all = withRole.find(({ m }) =>
        [...words].every(
          (w) =>
            w === 'the' ||
            (w === 'peer' && peerByTitle(persons[m.person]!)) ||
            [...persons[m.person]!.fulls].some((f) =>
              f
                .toLowerCase()
                .split(/[\s-]+/)
                .includes(w),
            ),
        ),
      );
      // `the Northavon MP` is not `Labour MP Ann Keen`: a capitalised word of the description that
      // the person was never given makes it somebody else.
      const qualified = [...words].some((w) => w !== 'the' && w !== role && capitals.has(w));
      person =
        (all ?? (qualified ? qualifiedInRole(withRole, persons, words, capitals, role) : withRole[0]))?.m.person ?? -1;
      // `the Lib Dem MP` for `Paul Smith, the Liberal Democrats' health spokesman`: nobody was seen
      // with the role, and one person named just before was given every capitalised word of it.
      if (person < 0 && withRole.length === 0 && qualified) {
        const qualifiers = [...capitals].filter((w) => w !== role);
        const given = new Set(
          before
            .filter(({ para }) => para >= cue.para - 2)
            .map(({ m }) => m.person)
            .filter((id) => qualifiers.every((w) => persons[id]!.descs.some((d) => describedBy(d, w)))),
        );
        if (given.size === 1) person = [...given][0]!;
      }
    }
    if (person < 0 && cue.strict) {
      resolved.set(key, -1);
      described.push({ para: cue.para, token: cue.token, words, person: -1 });
      continue;
    }
    // The nearest name before, a person's or not: a name nobody is known by (`Petrov` with no title
    // or speech of his own) leaves the description unresolved rather than skipped over.
    const nearest = named[0];
    // A description between it and that name (`The 30-year-old captain admitted …`) is somebody the names may not be.
    const between = described.filter((d) => d.para >= (nearest?.para ?? 0) && d.para <= cue.para);
    // … and when that description was resolved, this one goes on about the same person (`The former
    // PSV Eindhoven striker, who …, said …` then `said the 41-year-old`).
    const latest = between[between.length - 1];
    if (
      person < 0 &&
      latest &&
      latest.person >= 0 &&
      latest.para >= cue.para - 1 &&
      (!nearest || latest.para > nearest.para || latest.token > nearest.m.to)
    )
      person = latest.person;
    // `von Moltke's reference …, the ambassador said`: a possessor is no antecedent, and `a European
    // ambassador` a little before is somebody unnamed whom `the ambassador` goes back to. A possessor
    // after a preposition leaves the sentence's named subject (`Sir Alex Ferguson refused to be drawn
    // on Phil's future` … `the Scot said`).
    const possessor = nearest !== undefined && views[nearest.para]!.normals[nearest.m.to + 1] === "'s";
    if (
      person < 0 &&
      between.length === 0 &&
      nearest &&
      nearest.m.person >= 0 &&
      nearest.para >= cue.para - 2 &&
      !unnamedBefore(views, cue.para, cue.from ?? cue.token, role) &&
      // `Ashford MP Helen Marsh` … `the Hallam Vale MP said`: an MP given another seat is another
      // member, and one given another party another person.
      !(member && seatFit(persons[nearest.m.person]!.descs, role, seat) === 'other') &&
      !otherParty(persons[nearest.m.person]!.descs, parties)
    ) {
      const inSentence = before.filter((b) => b.para === nearest.para && b.m.sentence === nearest.m.sentence);
      const rivals = new Set(inSentence.map((b) => b.m.person));
      if (possessor) {
        const subject = rivals.size > 1 ? subjectOf(inSentence, views[nearest.para]!, persons, '') : -1;
        if (subject !== nearest.m.person) person = subject;
      } else if (rivals.size === 1) person = nearest.m.person;
      // `Labour MP Ann Keen …, despite her husband Alan Keen …` then `The Brentford and Isleworth MP
      // said`: the one of them who is a member with no other seat.
      else if (member && memberAmong(rivals, persons, role, seat) >= 0)
        person = memberAmong(rivals, persons, role, seat);
      // Two there: the sentence's subject, when the others are named after a preposition or the
      // headline names the subject (`Ashby stuns seed` … `Daniel Ashby produced … to beat 12th
      // seed Ivan Petrov` … `the 23-year-old said`).
      else person = subjectOf(inSentence, views[nearest.para]!, persons, headline);
    }
    // `The officer told Mr. Pinder to get everyone in the basement`: the one the description speaks to
    // is not the description.
    if (person >= 0 && addressedBy(view, cue.verb, person)) person = -1;
    // `the NFU man`, `the Labour woman`: the noun tells the gender.
    const told = role === 'man' ? 'm' : role === 'woman' ? 'f' : null;
    if (person >= 0 && told !== null && persons[person]!.gender !== null && persons[person]!.gender !== told)
      person = -1;
    resolved.set(key, person);
    described.push({ para: cue.para, token: cue.token, words, person });
  }
}

const KIN_OWNER_PRONOUNS = new Set(['his', 'her']);

/** `BBC Radio 5 Live`: a name right after a number that a thing's name ends before is the rest of that name. */
function thingGoesOn(view: ParagraphView, m: Mention): boolean {
  return view.pos[m.from - 1] === 'NUM' && view.byEnd.get(m.from - 2)?.thing === true;
}

/** `said Varley was "ready"`: a name right after a reporting verb, before a verb of its own, outside quotes. */
function reportedClauseSubject(view: ParagraphView, m: Mention): boolean {
  const verb = view.pos[m.to + 1];
  return (
    REPORT_VERBS.has(view.normals[m.from - 1] ?? '') &&
    view.quote[m.from - 1] === -1 &&
    (verb === 'VERB' || verb === 'AUX') &&
    view.quote[m.to + 1] === -1
  );
}

/** The one person whose name is set off after the kin noun `kin` before (`para`, `at`) (`His daughter, Karen Pybus,`), or -1. */
function kinIntroducedAs(views: readonly ParagraphView[], kin: string, para: number, at: number): number {
  const found = new Set<number>();
  for (let q = 0; q <= para; q += 1)
    for (const m of views[q]!.mentions)
      if ((q < para || m.to < at) && m.person >= 0 && kinSetOff(views[q]!, m.from) === kin) found.add(m.person);
  return found.size === 1 ? [...found][0]! : -1;
}

/** Whether an organisation's name holds a word (`Goldman` of Goldman Sachs) or is written by its initials (`CBT`). */
function nameHolds(person: DocPerson | undefined, word: string): boolean {
  if (!person) return false;
  // (`J.P. Morgan`: the name's own words, dots dropped, whatever its parts keep of the initials.)
  const words = person.name
    .toLowerCase()
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u);
  if (person.parts.includes(word) || words.includes(word.replace(/\./g, ''))) return true;
  const initials = person.parts.filter((w) => !NAME_JOINERS.has(w)).map((w) => w[0]);
  return word.length > 1 && initials.join('') === word;
}
const NAME_JOINERS = new Set(['of', 'and', 'the', 'for', '&']);

/**
 * Whether a description (`words`) says all an earlier one (`before`) said: `The spokesman said` then
 * `The Het Comite spokesman said` may be one person; `the Burnley councillor` then `the Pendle
 * councillor` (a word of the earlier missing) are two.
 */
function sameOrWider(before: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  for (const w of before) if (!words.has(w)) return false;
  return true;
}

/**
 * `Its chairman, Bernard Haworth, a Labour county councillor for Burnley, said …` then `the Burnley
 * councillor said`: of those seen with the role, the nearest given every capitalised word of the
 * description in a role of theirs (`councillor for Burnley`), though not in a name they were called
 * by; else none (`the Northavon MP` is not `Labour MP Ann Keen`).
 */
function qualifiedInRole<T extends { m: Mention }>(
  withRole: readonly T[],
  persons: readonly DocPerson[],
  words: ReadonlySet<string>,
  capitals: ReadonlySet<string>,
  role: string,
): T | undefined {
  const qualifiers: string[] = [];
  for (const w of words) if (w !== 'the' && w !== role && capitals.has(w)) qualifiers.push(w);
  return withRole.find(({ m }) => {
    const descs = persons[m.person]!.descs;
    return qualifiers.every((w) => descs.some((d) => describedBy(d, w)));
  });
}

/** Verbs whose object is the one spoken to (`told Mr. Pinder`), not the clause's subject (`said Het Comite will …`). */
const ADDRESS_VERBS = new Set([
  'told',
  'tell',
  'tells',
  'asked',
  'urged',
  'warned',
  'informed',
  'reminded',
  'ordered',
  'instructed',
  'advised',
]);

/** Whether `person` is named right after the verb of address at `verb` (`told Mr. Pinder`): its object. */
function addressedBy(view: ParagraphView, verb: number, person: number): boolean {
  if (!ADDRESS_VERBS.has(view.normals[verb]!)) return false;
  for (const m of view.mentions)
    if (m.person === person && m.from > verb && m.from <= verb + 2 && view.sentence[m.from] === view.sentence[verb])
      return true;
  return false;
}

/** How many tokens may stand between a tag's verb of address and the person addressed (`told NBC10's Rosemary Connors`). */
const MAX_ADDRESS_GAP = 4;

/**
 * Whether mention `m` is the person a quote's own tag `cue`, in `view`, addresses: right after its
 * verb of address (`told`, `asked`), or after a capitalised owner's possessive (`told NBC10's
 * Rosemary Connors`, `told the BBC's …`: a reporter and their outlet).
 */
function addresseeOfTag(view: ParagraphView, cue: Cue | null, m: Mention): boolean {
  if (cue === null || cue.kind === 'other' || cue.para !== view.index) return false;
  const verb = cue.verb;
  if (!ADDRESS_VERBS.has(view.normals[verb]!) || m.from <= verb || m.from - verb > MAX_ADDRESS_GAP + 1) return false;
  if (view.sentence[m.from] !== view.sentence[verb]) return false;
  for (let t = verb + 1; t < m.from; t += 1) {
    const word = view.normals[t]!;
    if (view.quote[t] !== -1) return false;
    if (!(capitalised(view.values[t]) || word === "'s" || word === "'" || word === 'the')) return false;
  }
  return true;
}

/**
 * Whether a role (`the Liberal Democrats' health spokesman`) holds a word of a description (`lib`,
 * `dem`): a word it opens (a short form is a word's start), or a party's other name (`Tory`).
 */
/** `the peer` for `Lord Ashworth`: a peer's title gives the role as a role noun would. */
function peerByTitle(person: DocPerson): boolean {
  for (const full of person.fulls) {
    const words = full.toLowerCase().split(/\s+/);
    if (words.length >= 2 && PEER_TITLES.has(words[words.length - 2]!)) return true;
  }
  return false;
}

function describedBy(role: string, word: string): boolean {
  const wanted = PARTY_NAMES.get(word) ?? word;
  return role
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => (wanted.length >= 3 && w.startsWith(wanted)) || PARTY_NAMES.get(w) === wanted);
}
/** A party's other names, to the one form `describedBy` compares. */
const PARTY_NAMES: ReadonlyMap<string, string> = new Map([
  ['tory', 'conservative'],
  ['tories', 'conservative'],
  ['conservatives', 'conservative'],
]);

/**
 * Whether `a`/`an`/`one`/`another` and the role word (`a European ambassador`) stand outside quotes
 * before (`para`, `at`), within two paragraphs; not across a comma (`One of them, Councillor Derek
 * Hollowell,`: the one is named).
 */
function unnamedBefore(views: readonly ParagraphView[], para: number, at: number, role: string): boolean {
  for (let q = para; q >= 0 && q >= para - 2; q -= 1) {
    const view = views[q]!;
    const to = q === para ? at : view.length;
    for (let k = 0; k < to; k += 1) {
      if (view.quote[k] !== -1 || !['a', 'an', 'one', 'another'].includes(view.normals[k]!)) continue;
      for (let n = k + 1; n < to && n <= k + 4 && view.values[n] !== ','; n += 1)
        if (view.normals[n] === role) return true;
    }
  }
  return false;
}

/** The subject of a sentence that names several people (its mentions, last first), or -1: see `resolveDescriptions`. */
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose']);

function subjectOf(
  inSentence: readonly { m: Mention }[],
  view: ParagraphView,
  persons: readonly DocPerson[],
  headline: string,
): number {
  let first = inSentence[inSentence.length - 1]!.m;
  // `Hodgson's Sale team-mate Jason Robinson, the England captain, backed …`, `Mr Pole's barrister,
  // Ian Winter QC, told …`: a possessor opening the sentence describes the name after it, the subject.
  const owned = inSentence[inSentence.length - 2]?.m;
  const possessor = view.normals[first.to + 1] === "'s" ? first : null;
  if (possessor && owned && owned.from - possessor.to <= 6) {
    let plain = true;
    for (let k = possessor.to + 2; k < owned.from; k += 1)
      if (!/^(?:NOUN|PROPN|ADJ|PUNCT)$/.test(view.pos[k]!) || (view.values[k] === ',' && k !== owned.from - 1))
        plain = false;
    if (plain) first = owned;
  }
  if (!subjectPosition(view, first.from, first.to)) return -1;
  const lead = first;
  const others = inSentence.filter(({ m }) => m.person !== lead.person && m !== possessor);
  // (`Benitez refused to blame referee Mike Riley`: one judged is talked about, as one after a
  // preposition; so is one the subject's speech is about: `Pat Cash … said Henman had looked tired`.)
  // (Also anywhere in the clause that speech verb reports: `Chapman wrote on his website that he
  // bore Cook no ill will`.)
  let said = -1;
  for (let k = lead.to + 1; k < view.length && view.sentence[k] === view.sentence[lead.to]; k += 1)
    if (view.quote[k] === -1 && isSpeechVerb(view, k)) {
      said = k;
      break;
    }
  const reported = (m: Mention): boolean => {
    const k = view.normals[m.from - 1] === 'that' ? m.from - 2 : m.from - 1;
    return (k > lead.to && isSpeechVerb(view, k)) || (said >= 0 && m.from > said + 1 && !TOLD.has(view.normals[said]!));
  };
  // (`Actor Ray Delahunty, who plays depot manager Stan Boyle, posted …`: one named in a relative
  // clause about the subject is the clause's.)
  const relative = (m: Mention): boolean => {
    if (view.values[lead.to + 1] !== ',' || !RELATIVE_PRONOUNS.has(view.normals[lead.to + 2]!)) return false;
    for (let k = lead.to + 3; k < m.from; k += 1) if (view.values[k] === ',' || view.quote[k] !== -1) return false;
    return m.from > lead.to + 2;
  };
  if (
    others.every(
      ({ m }) => afterPreposition(view, m.from) || objectOfJudging(view, m.from) || reported(m) || relative(m),
    )
  )
    return first.person;
  const surname = persons[first.person]!.parts.at(-1) ?? '';
  const inHeadline = headline
    .toLowerCase()
    .split(/[^\p{L}'-]+/u)
    .includes(surname);
  return inHeadline ? first.person : -1;
}

const TOLD = new Set(['told', 'tells', 'telling']);
const REPRESENTS = new Set(['represents', 'represented', 'representing']);
/** Prepositions before a name that may be another speaker's (`according to X`, `an interview with X`). */
const VOICE_PREPOSITIONS = new Set(['to', 'by', 'with']);

/**
 * The one person given, set off by commas after their name (`Jack Nance, 23,`), the age an age
 * description holds (`the 23-year-old`), in its paragraph before it or the two paragraphs before; else -1.
 */
function givenAge(views: readonly ParagraphView[], para: number, before: number, words: ReadonlySet<string>): number {
  const age = [...words].find((w) => /^\d{1,3}$/.test(w));
  if (age === undefined) return -1;
  const found = new Set<number>();
  for (let q = Math.max(0, para - 2); q <= para; q += 1) {
    const view = views[q]!;
    for (const m of view.mentions)
      if (
        (q < para || m.to < before) &&
        m.person >= 0 &&
        !m.thing &&
        view.quote[m.from] === -1 &&
        view.values[m.to + 1] === ',' &&
        view.values[m.to + 2] === age &&
        view.values[m.to + 3] === ','
      )
        found.add(m.person);
  }
  return found.size === 1 ? [...found][0]! : -1;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * The names (lower case) the article sets off with an age (`Tembo, 41,`) other than the one an age
 * description holds (`the 59-year-old`).
 */
function otherAges(views: readonly ParagraphView[], words: ReadonlySet<string>): ReadonlySet<string> {
  const age = [...words].find((w) => /^\d{1,3}$/.test(w));
  const found = new Set<string>();
  if (age === undefined) return found;
  for (const view of views)
    for (const m of view.mentions) {
      const given = view.values[m.to + 2];
      if (
        view.values[m.to + 1] === ',' &&
        view.values[m.to + 3] === ',' &&
        /^\d{1,3}$/.test(given ?? '') &&
        given !== age
      )
        found.add(m.name.toLowerCase());
    }
  return found;
}

/** Of `rivals`, the one person who is a member for `seat` or for no seat given, else -1. */
function memberAmong(
  rivals: ReadonlySet<number>,
  persons: readonly DocPerson[],
  role: string,
  seat: readonly string[],
): number {
  const members = [...rivals].filter((id) => {
    const fit = seatFit(persons[id]!.descs, role, seat);
    return fit === 'same' || fit === 'none';
  });
  return members.length === 1 ? members[0]! : -1;
}

/** A role seen with a person (`Chancellor Gordon Brown`, `Factory Records founder`), not a shadow or former one. */
function hasRole(seen: readonly string[], role: string): boolean {
  return seen.some((text) => {
    const words = text.toLowerCase().split(role.includes('-') ? /\s+/ : /[\s-]+/);
    const at = words.indexOf(role);
    return at >= 0 && !['shadow', 'former', 'deputy', 'vice', 'ex', 'assistant'].includes(words[at - 1] ?? '');
  });
}

/** The person a cue names: a mention's, a resolved pronoun's, or -1. */
function personOf(cue: Cue | null, pronouns: ReadonlyMap<string, number>): number {
  if (!cue || cue.kind === 'other') return -1;
  if (cue.kind === 'pronoun') return pronouns.get(`${cue.para}:${cue.token}`) ?? -1;
  if (cue.kind === 'org') return cue.person;
  return cue.mention.thing ? -1 : cue.mention.person;
}

/** The speech and decline verbs in one set: one lookup a token, not two. */
const SPEECH_OR_DECLINE: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...DECLINE_VERBS]);

/** Whether a sentence has a speech verb, read from the analyzer's arrays (no Token objects made). */
function hasSpeechVerb(sentence: AnalyzedSentence): boolean {
  const normals = sentence.arrays.normals;
  for (let i = sentence.from; i < sentence.to; i += 1) if (SPEECH_OR_DECLINE.has(normals[i]!)) return true;
  return false;
}

/** Flattens each paragraph's sentences, marks the tokens inside quotes, finds the mentions. */
interface MarkRange {
  readonly span: number;
  readonly start: number;
  readonly end: number;
}
const NO_RANGES: MarkRange[] = [];

function buildViews(doc: AnalyzedDocument, spans: readonly QuoteSpan[]): ParagraphView[] {
  const { document } = doc;
  const views: ParagraphView[] = [];
  // Each paragraph's quote ranges (most paragraphs have none and share one empty list).
  const byParagraph: MarkRange[][] = [];
  for (let k = 0; k < document.paragraphs.length; k += 1) byParagraph.push(NO_RANGES);
  for (let s = 0; s < spans.length; s += 1) {
    const span = spans[s]!;
    for (let k = 0; k < span.pieces.length; k += 1) {
      const piece = span.pieces[k]!;
      const last = k === span.pieces.length - 1;
      if (byParagraph[piece.paragraph] === NO_RANGES) byParagraph[piece.paragraph] = [];
      // The opening mark sits just before a piece; the closing mark just after the last.
      byParagraph[piece.paragraph]!.push({
        span: s,
        start: piece.start - 1,
        end: last && span.closed ? piece.end + 1 : piece.end,
      });
    }
  }
  // Every paragraph's sentence numbers in one buffer, each paragraph a view on its part: a typed array
  // of more than 64 bytes gets a backing store of its own (allocated, zeroed, tracked and freed by the
  // garbage collector), and most paragraphs hold more than 16 tokens.
  let total = 0;
  for (const sentences of doc.paragraphs) for (const s of sentences) total += s.to - s.from;
  const numbers = new Int32Array(total);
  let at = 0;
  const proper = capitalisedInside(document.text);
  for (let index = 0; index < doc.paragraphs.length; index += 1) {
    const base = paragraphTokens(
      index,
      document.paragraphs[index]!.number,
      doc.paragraphs[index]!,
      byParagraph[index]!,
      numbers,
      at,
    );
    at += base.length;
    const quote = base.quote;
    const mentions = findMentions(base, document.text, proper);
    const byStart = mentions.length === 0 ? NO_MENTIONS : new Map<number, Mention>();
    const byEnd = mentions.length === 0 ? NO_MENTIONS : new Map<number, Mention>();
    for (const m of mentions) {
      (byStart as Map<number, Mention>).set(m.from, m);
      (byEnd as Map<number, Mention>).set(m.to, m);
    }
    // An object literal, not a spread of `base`: spreading costs microseconds a paragraph.
    views.push({
      index: base.index,
      number: base.number,
      length: base.length,
      values: base.values,
      normals: base.normals,
      starts: base.starts,
      pos: base.pos,
      sentence: base.sentence,
      quote,
      runStarts: base.runStarts,
      speech: base.speech,
      pronouns: base.pronouns,
      mentions,
      byStart,
      byEnd,
      // Set by extractDocument in the few articles that teach them; here unset, so that every view has
      // one shape (a field added to some views later gives those a map of their own, and the compiled
      // rules meet two).
      articleRoles: undefined,
      articlePeople: undefined,
    });
  }
  return views;
}

/** The quote marks of the (many) paragraphs with no quote, shared: -1 everywhere. */
const NO_QUOTE: readonly number[] = new Array<number>(1 << 16).fill(-1);

const NO_TOKENS: TokenArrays = {
  values: [],
  normals: [],
  starts: new Int32Array(0),
  pos: [],
  kinds: [],
  stops: [],
  terms: [],
  entities: [],
  lemmas: null,
};

/**
 * A paragraph's tokens as the quote pass reads them: the analyzer's arrays themselves when its
 * sentences lie end to end in one set of arrays from index 0 (as the analyzer makes them), else copies.
 */
function paragraphTokens(
  index: number,
  number: number,
  sentences: readonly AnalyzedSentence[],
  ranges: readonly MarkRange[],
  /** The document's sentence numbers, this paragraph's from `at` on (see buildViews). */
  numbers: Int32Array,
  at: number,
): ParagraphView {
  const first = sentences[0];
  const arrays = first?.arrays ?? NO_TOKENS;
  let contiguous = first === undefined || first.from === 0;
  for (let k = 1; k < sentences.length && contiguous; k += 1) {
    contiguous = sentences[k]!.arrays === arrays && sentences[k]!.from === sentences[k - 1]!.to;
  }
  let values = arrays.values;
  let normals = arrays.normals;
  let starts: ArrayLike<number> = arrays.starts;
  let pos = arrays.pos;
  if (!contiguous) {
    // Not as the analyzer makes them: copy the sentences' tokens end to end.
    const v: string[] = [];
    const n: string[] = [];
    const st: number[] = [];
    const ps: string[] = [];
    for (const s of sentences) {
      for (let i = s.from; i < s.to; i += 1) {
        v.push(s.arrays.values[i]!);
        n.push(s.arrays.normals[i]!);
        st.push(s.arrays.starts[i]!);
        ps.push(s.arrays.pos[i]!);
      }
    }
    values = v;
    normals = n;
    starts = st;
    pos = ps;
  }
  // One pass over the tokens: sentence numbers, and the few tokens later stages look at.
  let total = 0;
  for (let k = 0; k < sentences.length; k += 1) total += sentences[k]!.to - sentences[k]!.from;
  // Sized once (a pushed array grows by copies; a paragraph holds hundreds of tokens).
  const sentence = numbers.subarray(at, at + total);
  const runStarts: number[] = [];
  const speech: number[] = [];
  const pronouns: number[] = [];
  let i = 0;
  for (let k = 0; k < sentences.length; k += 1) {
    const count = sentences[k]!.to - sentences[k]!.from;
    sentence.fill(k + 1, i, i + count);
    for (let c = 0; c < count; c += 1, i += 1) {
      const code = values[i]!.charCodeAt(0);
      // Every word WORD_FLAGS knows starts with a to z: punctuation, numbers and the like need no lookup.
      const first = normals[i]!.charCodeAt(0);
      const flags = first >= 97 && first <= 122 ? WORD_FLAGS.get(normals[i]!) : undefined;
      if ((code >= 65 && code <= 90) || (code >= 128 && capitalised(values[i]))) runStarts.push(i);
      else if (flags !== undefined && (flags & WORD_ROLE) !== 0) runStarts.push(i);
      if (flags !== undefined) {
        if ((flags & WORD_SPEECH) !== 0) speech.push(i);
        if ((flags & WORD_PRONOUN) !== 0) pronouns.push(i);
      }
    }
  }
  let quote: readonly number[] = NO_QUOTE;
  if (ranges.length > 0 || i > NO_QUOTE.length) {
    const marks = new Array<number>(i).fill(-1);
    for (const range of ranges) {
      for (let t = 0; t < i; t += 1) {
        if (starts[t]! >= range.start && starts[t]! + values[t]!.length <= range.end) marks[t] = range.span;
      }
    }
    quote = marks;
  }
  // A view's fields too, empty until `buildViews` makes the view: paragraphs and views have one shape
  // (the name helpers read both).
  return {
    index,
    number,
    length: i,
    values,
    normals,
    starts,
    pos,
    sentence,
    quote,
    runStarts,
    speech,
    pronouns,
    mentions: NO_MENTION_LIST,
    byStart: NO_MENTIONS,
    byEnd: NO_MENTIONS,
    articleRoles: undefined,
    articlePeople: undefined,
  };
}

/** Index of the token that starts at (or first after) `offset`. */
function tokenAt(p: ParagraphTokens, offset: number): number {
  let lo = 0;
  let hi = p.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endOf(p, mid) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, p.length - 1);
}

function findCue(q: Attributed, views: readonly ParagraphView[], text: string): Cue | null {
  const first = views[q.firstPara]!;
  const last = views[q.lastPara]!;
  const before = cueBefore(first, q.open);
  if (before && first.values[q.open - 1] === ':') return before;
  const after = q.close >= 0 ? cueAfter(last, q.close, text[q.span.close - 1] === '.') : null;
  // A named speaker on either side wins over a speech verb with nobody named (`the ministry said`).
  if (after && after.kind !== 'other') return after;
  if (before) return before;
  if (after) return after;
  // `"…"` / `Roesler said.`: the tag on the next line.
  const next = views[q.lastPara + 1];
  if (q.close >= 0 && q.firstPara === q.lastPara && next) {
    const tag = tagOnNextLine(last, q.open, q.close, next);
    if (tag) return tag;
  }
  // `Trump posted:` closing the paragraph before one that opens with the quote.
  const previous = views[q.firstPara - 1];
  if (q.open === 0 && previous && previous.length > 0 && previous.values[previous.length - 1] === ':') {
    const cue = cueBefore(previous, previous.length, true);
    // `Mr Kennedy later addressed activists in Truro:` has no speech verb but tells of one
    // person's speech: left to `carry` (rule I).
    if (cue === null && tellsOfSpeech(previous)) return null;
    return cue ?? otherCue(previous.index, previous.length - 1);
  }
  // `Andrew Wetzler, director of …, commented,` (`To which she replied,`) closing the paragraph
  // before: an introduction whose speech verb ends its line with a comma.
  if (q.open === 0 && previous && previous.length > 1 && previous.values[previous.length - 1] === ',') {
    if (isSpeechVerb(previous, previous.length - 2) && previous.quote[previous.length - 2] === -1)
      return cueBefore(previous, previous.length);
  }
  return null;
}

/**
 * Tokens from `from` to `to` (exclusive) outside quotes name no other person and hold no speech verb
 * but those of `person`'s own attributions (`verbs`).
 */
function quietBetween(
  view: ParagraphView,
  from: number,
  to: number,
  person: number,
  pronouns: ReadonlyMap<string, number>,
  verbs: ReadonlySet<number>,
  own: (m: Mention) => boolean = () => false,
): boolean {
  for (let k = from; k < to; k += 1) {
    if (view.quote[k] !== -1) continue;
    if (isSpeechVerb(view, k) && !verbs.has(k)) return false;
    if (SUBJECT_PRONOUNS.has(view.normals[k]!) && pronouns.get(`${view.index}:${k}`) !== person) return false;
    const m = view.byEnd.get(k);
    if (m && !own(m) && !m.thing && m.person !== person && (m.person >= 0 || m.parts.length >= 2) && !modifier(view, m))
      return false;
  }
  return true;
}

/** `an earlier Viduka goal`: a name used as a noun's modifier names nobody who could speak there. */
const modifier = (view: ParagraphView, m: Mention): boolean =>
  view.pos[m.to + 1] === 'NOUN' && !capitalised(view.values[m.to + 1]) && view.normals[m.to + 1] !== "'s";

/**
 * `"…," said Bob Tate, an FCOJ broker with Dean Witter Reynolds in Miami. "…"`: a name after a
 * preposition in the sentence of a speaker's own tag, after the speaker's name, is where they work
 * or are from, no one who speaks in their place.
 */
function employerOfSpeaker(view: ParagraphView, cue: Cue | null): (m: Mention) => boolean {
  if (cue?.kind !== 'mention' || cue.para !== view.index) return () => false;
  const named = cue.mention;
  return (m) =>
    m.from > named.to && view.sentence[m.from] === view.sentence[named.to] && afterPreposition(view, m.from);
}

/** The verbs of the cues by which `person` was found for quotes in paragraph `para`. */
function ownVerbs(kept: readonly Attributed[], para: number, person: number): Set<number> {
  const verbs = new Set<number>();
  for (const k of kept)
    if (k.person === person && k.cue && k.cue.kind !== 'other' && k.cue.para === para) verbs.add(k.cue.verb);
  return verbs;
}

/**
 * Whether mention `m` of paragraph `p` stands in the clause that a partial quote's own speech verb
 * reports, between the verb and the quote (`Judge Peter Hallam said Fairlie had "betrayed …"`): the
 * one spoken of, not a voice, as a name in a quote is. (So a paragraph that is all quote after it is
 * the judge's.)
 */
function reportedBeforeQuote(p: ParagraphView, quote: Attributed, m: Mention): boolean {
  const cue = quote.cue;
  if (cue === null || cue.kind === 'other' || cue.para !== p.index || quote.firstPara !== p.index) return false;
  if (!(cue.verb < m.from && m.to < quote.open) || p.sentence[cue.verb] !== p.sentence[quote.open]) return false;
  for (let t = cue.verb + 1; t < quote.open; t += 1) if (p.quote[t] !== -1 || isSpeechVerb(p, t)) return false;
  return true;
}

function carry(
  q: Attributed,
  kept: readonly Attributed[],
  views: readonly ParagraphView[],
  pronouns: ReadonlyMap<string, number>,
  reports: readonly ReportAt[],
): void {
  const view = views[q.firstPara]!;
  const previous = kept[kept.length - 1];
  // D. Earlier in the same paragraph: `“…,” Bruce said. “…”`
  if (previous && previous.lastPara === q.firstPara && previous.person >= 0 && previous.close >= 0) {
    if (
      quietBetween(
        view,
        previous.close + 1,
        q.open,
        previous.person,
        pronouns,
        ownVerbs(kept, view.index, previous.person),
        employerOfSpeaker(view, previous.cue),
      )
    ) {
      q.person = previous.person;
      q.how = 'paragraph';
    }
    return;
  }
  // H. The sentence just before, in this paragraph, reports one person's words: `Snow said purchases
  //    on that scale now are unlikely. “I don't think anybody has the stomach for it …”`
  if (q.open > 0 && isHardStop(view, q.open - 1)) {
    let last: ReportAt | undefined;
    for (const r of reports) if (r.para === q.firstPara && r.to < q.open) last = r;
    const person = last && last.to === q.open - 1 ? personOf(last.cue, pronouns) : -1;
    if (person >= 0 && !(previous && previous.lastPara === q.firstPara && previous.close > last!.to)) {
      q.person = person;
      q.how = 'reported-before';
      return;
    }
  }
  const before = views[q.firstPara - 1];
  // E. The paragraph before was this speaker's quote, and nobody else spoke or was named there:
  //    `“…,” Bruce said.` then a paragraph that is all quote. Dialogue (two speakers taking turns) is left alone.
  if (q.open === 0 && before && previous && previous.lastPara === before.index && previous.person >= 0) {
    const lastToken = before.values[before.length - 1];
    // (A few words quoted inside an earlier sentence, `The ECB said Young was "making good progress"`, are no turn.)
    // A quote its speaker opened with a tag of their own before it (`Outside court she said: “…”`)
    // takes the floor: turns before that paragraph are over.
    const introduced =
      previous.firstPara === before.index &&
      previous.cue !== null &&
      previous.cue.kind !== 'other' &&
      previous.cue.para === before.index &&
      previous.cue.verb < previous.open;
    // The paragraph before that was this speaker's too (`X accused Y of "…"` then `"…," the
    // councillor said`), or told of them alone with no quote (`Okafor, who …, wept as the decision
    // was read out.` then `"…," he told reporters outside.`): the speaker has held the floor for two
    // paragraphs, earlier turns are over.
    const lead = before.index - 1;
    const held =
      lead >= 0 &&
      ((kept.some((k) => k.lastPara === lead && k.person === previous.person) &&
        !kept.some((k) => k.lastPara === lead && k.person !== previous.person)) ||
        narratedAbout(views[lead]!, previous.person));
    // A speaker the article names for the first time in the paragraph before or at their own quote
    // (`X, 71, from Droitwich, visits …` then `"…," she told …`; `"…," said the union's organiser, X`)
    // has just been brought in: whoever spoke before that is no turn of a dialogue.
    // (Not when the quote's own paragraph has a speech verb whose subject was not read: `"…," one
    // economist at the Institute for Fiscal Studies said`.)
    const introducedAt = view.speech.some((v) => view.quote[v] === -1) ? -1 : firstNamed(views, previous.person, lead);
    // A line of narrative between (no quote, no speech, nobody else named: `Three tank shells exploded
    // just outside the school grounds.`) ends the turns before it: the speaker's quote after it opens anew.
    const narrated =
      lead >= 0 &&
      unquoted(views[lead]!) &&
      quietBetween(views[lead]!, 0, views[lead]!.length, previous.person, pronouns, NO_VERBS);
    const from = introduced || narrated ? before.index : held ? lead : Math.max(introducedAt, before.index - 2);
    const speakers = new Set(
      kept
        .filter((k) => k.lastPara >= from && k.how !== 'none' && (k === previous || !insideSentence(k, views)))
        .map((k) => k.person),
    );
    // A name inside the speaker's own description (`the councillor for Abbey Ward`) is a place.
    const tag = previous.cue?.kind === 'pronoun' && previous.cue.para === before.index ? previous.cue : null;
    const described = (m: Mention): boolean => tag !== null && m.from >= (tag.from ?? tag.token) && m.to <= tag.token;
    // A person talked about after a preposition takes no turn (`Asked whether the letter from
    // Nakasone was a rejection, Howard said "…"`); `according to X`, `by X`, `with X` may be a voice.
    // The person the speaker's own tag addresses (`," Dorsey told NBC10's Rosemary Connors`) listens.
    const about = (m: Mention): boolean =>
      (afterPreposition(before, m.from) && !VOICE_PREPOSITIONS.has(before.normals[m.from - 1]!)) ||
      inTagDescription(before, previous.cue, m) ||
      addresseeOfTag(before, previous.cue, m) ||
      ownerOfTagRole(before, previous.cue, m) ||
      circumstanceOfTag(before, previous, m) ||
      reportedBeforeQuote(before, previous, m);
    if (
      lastToken !== ':' &&
      speakers.size === 1 &&
      quietBetween(
        before,
        0,
        before.length,
        previous.person,
        pronouns,
        askedAtTag(before, previous, ownVerbs(kept, before.index, previous.person)),
        (m) => described(m) || about(m),
      )
    ) {
      // (Names inside the speaker's own quote are what they speak of: `"I believe Brian Nichols did not win …," said …`.)
      const mentioned = before.mentions.every(
        (m) =>
          m.thing ||
          m.person < 0 ||
          m.person === previous.person ||
          modifier(before, m) ||
          described(m) ||
          about(m) ||
          before.quote[m.from] !== -1,
      );
      if (mentioned) {
        q.person = previous.person;
        q.how = 'continued';
        return;
      }
    }
  }
  // K. A quote its speaker left open at its line's end, then a few lines with no mark, then this line
  //    opening with a mark: one paragraph of theirs that the text wrote a sentence a line.
  if (previous && openQuoteRunsOn(q, previous, views) && namedSpeaker(kept)) {
    q.person = previous.person;
    q.how = 'continued';
    return;
  }
  // G. The paragraph before reports what one person said (`Bwalya warned that …`) and names nobody
  //    else, and nobody else spoke there: a paragraph that is all quote goes on in their words.
  if (q.open === 0 && before) {
    const reporters = new Set<number>();
    let tag = -1;
    let clause = -1;
    let cue: Cue | null = null;
    for (const r of reports)
      if (r.para === before.index) {
        reporters.add(personOf(r.cue, pronouns));
        tag = tagClosingLine(before, r);
        clause = reportedClauseStart(before, r);
        cue = r.cue;
      }
    const person = reporters.size === 1 ? [...reporters][0]! : -1;
    // Names inside the words a closing tag reports (`Page was hardly tawdry, though, Yeager said.`)
    // are what was said, not speakers; so are names in the description set off after a verb-first
    // tag's speaker (`…, says Roger Hoole, an attorney for Elissa Wall and Susie Barlow, …`).
    if (
      person >= 0 &&
      !anotherTag(view, person) &&
      before.mentions.every(
        (m) =>
          m.thing ||
          m.person < 0 ||
          m.person === person ||
          m.to < tag ||
          (clause >= 0 && m.from > clause) ||
          inTagDescription(before, cue, m),
      ) &&
      !kept.some((k) => k.lastPara === before.index && k.person !== person)
    ) {
      q.person = person;
      q.how = 'reported-before';
      return;
    }
  }
  // I. The paragraph before, one sentence with no quote, tells of one named person's speech (`Phil
  //    Neville later spoke to fans at a dinner in Salford.`): a paragraph that opens with a quote is it.
  if (q.open === 0 && before && speechBefore(before) >= 0) {
    q.person = speechBefore(before);
    q.how = 'reported-before';
    return;
  }
  // F. A quote of several sentences after two sentences that name one person only (and no speech verb).
  const severalSentences =
    q.firstPara !== q.lastPara || (q.close >= 0 && view.sentence[q.close] !== view.sentence[q.open]);
  if (!severalSentences) return;
  const named = namedBefore(views, q.firstPara, q.open, 2, pronouns);
  if (named !== null) {
    q.person = named;
    q.how = 'context';
    return;
  }
  // (`"…"` [hers] then `Asked whether she would withdraw the invitation, Ms Bellamy was firm.
  // "Absolutely not. …"`: a question put to the one person the paragraph's one sentence before the
  // quote names, who spoke the quote paragraph just before: their answer.)
  if (
    q.open > 0 &&
    previous !== undefined &&
    previous.person >= 0 &&
    previous.lastPara === q.firstPara - 1 &&
    view.sentence[0] === view.sentence[q.open - 1] &&
    askedAlone(view, q.open, previous.person, pronouns)
  ) {
    q.person = previous.person;
    q.how = 'context';
  }
}

/**
 * Whether the paragraph's text before the quote at `open` is one sentence opening with `Asked`
 * (`Asked whether she would …, Ms Bellamy was firm.`) whose subject is `person`, no one else named
 * in it, no quote, no other speech verb, every `he`/`she` that person.
 */
function askedAlone(view: ParagraphView, open: number, person: number, pronouns: ReadonlyMap<string, number>): boolean {
  if (view.normals[0] !== 'asked' || !isHardStop(view, open - 1)) return false;
  let subject = false;
  for (let k = 1; k < open; k += 1) {
    if (view.quote[k] !== -1 || isSpeechVerb(view, k)) return false;
    if (SUBJECT_PRONOUNS.has(view.normals[k]!) && (pronouns.get(`${view.index}:${k}`) ?? -1) !== person) return false;
  }
  for (const m of view.mentions) {
    if (m.from >= open || m.thing) continue;
    if (m.person !== person) return false;
    if (view.values[m.from - 1] === ',' && (view.pos[m.to + 1] === 'VERB' || view.pos[m.to + 1] === 'AUX'))
      subject = true;
  }
  return subject;
}

/** How many lines with no mark an open quote may run on over before its next paragraph (as marks.ts's MAX_BARE_LINES). */
const MAX_OPEN_LINES = 3;

/**
 * Rule K of `carry`: ECB+ writes a sentence a line, and news leaves a paragraph's quote open when the
 * next paragraph goes on in the same words (`"Our country has reached the edge of the abyss.` then
 * `It is the responsibility of us all to not take the step into the void.` then `"What is at stake
 * …"`). Whether `q` opens its line and `previous`, a quote with a speaker, was left open at the end of
 * a line at most MAX_OPEN_LINES lines before, the lines between holding no quote mark and no speech
 * verb (a tag there would tell of another voice).
 */
function openQuoteRunsOn(q: Attributed, previous: Attributed, views: readonly ParagraphView[]): boolean {
  if (q.open !== 0 || previous.person < 0 || previous.span.closed) return false;
  const gap = q.firstPara - previous.lastPara - 1;
  if (gap < 1 || gap > MAX_OPEN_LINES) return false;
  for (let para = previous.lastPara + 1; para < q.firstPara; para += 1) {
    const view = views[para]!;
    if (view.length === 0 || view.quote !== NO_QUOTE) return false;
    for (const v of view.speech) if (isSpeechVerb(view, v)) return false;
  }
  return true;
}

/**
 * Whether the last quote kept, or the one its speaker was carried from (rules D and E, back to the
 * first), has a tag that names its speaker (`…," Manning said.`), not a pronoun or a context that may
 * have been read wrong: rule K carries that speaker on over lines with no mark.
 */
function namedSpeaker(kept: readonly Attributed[]): boolean {
  const person = kept[kept.length - 1]!.person;
  for (let i = kept.length - 1; i >= 0; i -= 1) {
    const k = kept[i]!;
    if (k.person !== person) return false;
    if (k.how !== 'continued' && k.how !== 'paragraph') return k.how === 'mention';
  }
  return false;
}

/**
 * Where the tag starts when a paragraph is one sentence, no quote, whose report `r` is told by a tag
 * set off at its end (`Page was hardly tawdry, though, Yeager said.`, `…, said Chan.`); else -1.
 * ECB+ writes a sentence a line: the next line, a bare quote, goes on in the tag's speaker's words.
 */
function tagClosingLine(view: ParagraphView, r: ReportAt): number {
  if (r.from !== 0 || view.length === 0 || view.sentence[0] !== view.sentence[view.length - 1]) return -1;
  if (view.quote !== NO_QUOTE) for (let k = 0; k < view.length; k += 1) if (view.quote[k] !== -1) return -1;
  const cue = r.cue;
  const speaker = cue.kind === 'mention' ? cue.mention.from : cue.kind === 'pronoun' ? (cue.from ?? cue.token) : -1;
  if (speaker < 0) return -1;
  const start = Math.min(speaker, cue.verb);
  return start > 0 && view.values[start - 1] === ',' ? start : -1;
}

/**
 * Where the clause a report tells starts when its speaker and verb open the paragraph's one sentence,
 * no quote and no other speech verb after it (`She said Ben and his wife grew up as neighbours on
 * Hornby Island.`): the names in it are what was said, so a bare quoted line after it goes on in the
 * speaker's words (ECB+ writes a sentence a line). Else -1.
 */
function reportedClauseStart(view: ParagraphView, r: ReportAt): number {
  const cue = r.cue;
  const speaker = cue.kind === 'mention' ? cue.mention.to : cue.kind === 'pronoun' ? cue.token : -1;
  if (speaker < 0 || speaker > cue.verb || r.from !== 0 || view.quote !== NO_QUOTE) return -1;
  if (view.length === 0 || view.sentence[0] !== view.sentence[view.length - 1]) return -1;
  for (let k = cue.verb + 1; k < view.length; k += 1) if (isSpeechVerb(view, k)) return -1;
  return cue.verb;
}

const DESCRIPTION_BREAKS = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'but']);

/**
 * Whether `m` is named inside the description set off after a verb-first tag's speaker, to the
 * sentence's end (`," said Christina Greenway, daughter of slain court reporter Julie Ann Brandau.`):
 * the speaker's description, no speaker of its own.
 */
function inTagDescription(view: ParagraphView, cue: Cue | null, m: Mention): boolean {
  if (cue?.kind !== 'mention' || cue.para !== view.index || cue.verb > cue.mention.from) return false;
  const name = cue.mention;
  if (m.from <= name.to + 1 || view.values[name.to + 1] !== ',') return false;
  if (view.sentence[m.from] !== view.sentence[name.to]) return false;
  for (let k = name.to + 2; k < m.from; k += 1) {
    // (`an attorney for Elissa Wall and Susie Barlow`: names joined by `and` in the description.)
    if (view.normals[k] === 'and' && view.byEnd.has(k - 1) && view.byStart.has(k + 1)) continue;
    if (view.pos[k] === 'AUX' || DESCRIPTION_BREAKS.has(view.normals[k]!) || view.values[k] === ',')
      return titleRunToEnd(view, name.to + 2);
  }
  return true;
}

/**
 * Whether the tokens from `from` to the sentence's end are capitalised words, a title's word among
 * them, with `and`, `of`, `&` and commas between them and no verb (`said Lisa Su, Senior Vice
 * President and General Manager, Global Business Units.`): a title and the unit it heads, one
 * description, though a comma and `and` stand in it.
 */
function titleRunToEnd(view: ParagraphView, from: number): boolean {
  const sentence = view.sentence[from];
  let titled = false;
  for (let k = from; k < view.length && view.sentence[k] === sentence; k += 1) {
    const v = view.values[k]!;
    if (v === '.' && (k + 1 === view.length || view.sentence[k + 1] !== sentence)) break;
    if (v === ',' || TITLE_RUN_JOINERS.has(view.normals[k]!)) continue;
    if (!capitalised(v) || view.pos[k] === 'VERB' || view.pos[k] === 'AUX' || view.quote[k] !== -1) return false;
    if (TITLES.has(view.normals[k]!)) titled = true;
  }
  return titled;
}
const TITLE_RUN_JOINERS = new Set(['and', 'of', '&']);

/**
 * Whether `m` owns the role written right before the speaker's name in the speaker's own tag
 * (`…," Jeffs' attorney Walter F. Bugden told the Salt Lake Tribune.`, `the actress's rep Jack
 * Ketsoyan tells`), or set off before it (`Mrs Walsh’s son, Peter Walsh, said: “…”`): the one the
 * speaker works for or is kin to, no speaker of their own.
 */
function ownerOfTagRole(view: ParagraphView, cue: Cue | null, m: Mention): boolean {
  if (cue?.kind !== 'mention' || cue.para !== view.index) return false;
  const name = cue.mention;
  const mark = view.normals[m.to + 1];
  const end = view.values[name.coreFrom - 1] === ',' ? name.coreFrom - 1 : name.coreFrom;
  if (m.to + 2 >= end || (mark !== "'s" && mark !== "'")) return false;
  for (let k = m.to + 2; k < end; k += 1)
    if (view.quote[k] !== -1 || (view.pos[k] !== 'NOUN' && view.pos[k] !== 'ADJ') || capitalised(view.values[k]))
      return false;
  return true;
}

/**
 * `own` and the participle of a question put to the speaker in their own tag's circumstances (`"…,"
 * Greg McDermott said when asked what a fired-up Echenique means to his club.`): the speaker was asked,
 * nobody else spoke; and a participle of speech set off after the tag (`"…," said Pat Hodgkin, …,
 * noting that …`): the speaker's own words going on.
 */
function askedAtTag(view: ParagraphView, quote: Attributed, own: Set<number>): Set<number> {
  const cue = quote.cue;
  if (cue === null || cue.kind === 'other' || cue.para !== view.index) return own;
  for (let k = cue.verb + 2; k < view.length && view.sentence[k] === view.sentence[cue.verb]; k += 1) {
    const word = view.normals[k]!;
    if (ASKED.has(word) && SUBORDINATORS.has(view.normals[k - 1]!)) own.add(k);
    if (OWN_WORDS_PARTICIPLES.has(word) && view.values[k - 1] === ',' && view.quote[k] === -1) own.add(k);
  }
  return own;
}
const ASKED = new Set(['asked', 'questioned', 'pressed']);
const SUBORDINATORS = new Set(['when', 'if', 'after', 'before', 'once', 'while', 'as']);

/** A paragraph with no quote mark in it. */
function unquoted(view: ParagraphView): boolean {
  if (view.quote !== NO_QUOTE) for (let k = 0; k < view.length; k += 1) if (view.quote[k] !== -1) return false;
  return view.length > 0;
}
const NO_VERBS: ReadonlySet<number> = new Set();

/**
 * Whether `m` is named in the circumstances of the speaker's own tag closing their quote, after its
 * verb and a preposition or subordinator (`"…," Howard said Saturday after Nichols was sentenced.`,
 * `"…," Judge Jack B. Weinstein said in sentencing Gigante …`): what the words were said about, no
 * voice of the next line. (Another speech verb there, `… after Smith spoke`, still refuses rule E:
 * quietBetween.)
 */
function circumstanceOfTag(view: ParagraphView, quote: Attributed, m: Mention): boolean {
  const cue = quote.cue;
  if (cue === null || cue.kind === 'other' || cue.para !== view.index || quote.lastPara !== view.index) return false;
  const verb = cue.verb;
  if (quote.close < 0 || verb < quote.close || m.from <= verb || view.sentence[m.from] !== view.sentence[verb])
    return false;
  if (cue.kind === 'mention' && m.from <= cue.mention.to) return false;
  let linked = false;
  for (let k = verb + 1; k < m.from; k += 1) {
    if (view.quote[k] !== -1) return false;
    if (view.pos[k] === 'ADP' || view.pos[k] === 'SCONJ' || SUBORDINATORS.has(view.normals[k]!)) linked = true;
  }
  return linked && !VOICE_PREPOSITIONS.has(view.normals[m.from - 1]!);
}

/**
 * Whether a paragraph with no quote opens with `person` as its subject and names no other person
 * (`Okafor, who has always denied …, wept as the decision was read out at the hearing in London.`).
 */
function narratedAbout(view: ParagraphView, person: number): boolean {
  if (view.quote !== NO_QUOTE) for (let k = 0; k < view.length; k += 1) if (view.quote[k] !== -1) return false;
  const first = view.mentions.find((m) => !m.thing && m.person >= 0);
  if (first?.from !== 0 || first.person !== person) return false;
  if (!subjectPosition(view, first.from, first.to)) return false;
  return view.mentions.every((m) => m.thing || m.person < 0 || m.person === person);
}

/** The first paragraph from `from` on that names `person`, or -1 when an earlier one does. */
function firstNamed(views: readonly ParagraphView[], person: number, from: number): number {
  for (let p = 0; p < views.length; p += 1)
    if (views[p]!.mentions.some((m) => m.person === person)) return p >= from ? p : -1;
  return -1;
}

/**
 * Whether the words outside the quotes of a paragraph name someone other than `person`, or
 * somebody unnamed, as a tag whose verb was not read would (`"…," a spokesman for the UCAP.`,
 * `"…," remarked one.`, `"…." FTC Bureau of Consumer Protection Director William MacLeod said`).
 */
function anotherTag(view: ParagraphView, person: number): boolean {
  for (let k = 0; k < view.length; k += 1) {
    if (view.quote[k] !== -1) continue;
    if (UNNAMED_SPEAKERS.has(view.normals[k]!)) return true;
    if (!/^\p{Lu}/u.test(view.values[k]!)) continue;
    const m = view.mentions.find((n) => n.from <= k && k <= n.to);
    if (!m || m.person !== person) return true;
  }
  return false;
}
const UNNAMED_SPEAKERS = new Set(['one', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials']);

/** A quote that opens inside its sentence, after words that are not an introduction (`said Young was "…"`). */
function insideSentence(q: Attributed, views: readonly ParagraphView[]): boolean {
  const view = views[q.firstPara]!;
  if (q.open === 0 || q.firstPara !== q.lastPara) return false;
  const before = view.values[q.open - 1]!;
  return !isHardStop(view, q.open - 1) && before !== ':' && before !== ',';
}

const REFLEXIVES = new Set(['himself', 'herself']);

/** A paragraph of one sentence, no quote, with a word of speech (`spoke`, `addressed`, `in a speech`). */
function tellsOfSpeech(view: ParagraphView): boolean {
  if (view.length === 0 || view.sentence[0] !== view.sentence[view.length - 1]) return false;
  let event = false;
  for (let k = 0; k < view.length; k += 1) {
    if (view.quote[k] !== -1) return false;
    if (SPEECH_EVENTS.has(view.normals[k]!)) event = true;
  }
  return event;
}

/** The one person whose speech a paragraph of one sentence and no quote tells of (rule I of `carry`), or -1. */
function speechBefore(view: ParagraphView): number {
  if (!tellsOfSpeech(view)) return -1;
  const people = view.mentions.filter((m) => !m.thing && m.person >= 0);
  const first = people[0];
  if (!first || people.some((m) => m.person !== first.person)) return -1;
  // `Wilkinson himself spoke to reporters …:`
  const to = REFLEXIVES.has(view.normals[first.to + 1] ?? '') ? first.to + 1 : first.to;
  return subjectPosition(view, first.from, to) ? first.person : -1;
}

/**
 * `According to EW, "Weitz is best-known …`: the words before a quote name its source, so the person
 * named in the sentence before is no speaker by context.
 */
function namesSource(view: ParagraphView, k: number): boolean {
  return view.normals[k] === 'according' && view.normals[k + 1] === 'to';
}

/**
 * First-person words outside quotes (`We were so close that Katie thought of my mum …`): somebody's
 * speech whose marks the text lost, so the names in it tell nothing of who speaks next.
 */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'our']);

/**
 * The one person named as a subject (or by `he`/`she`) in the `count` sentences before token `open`;
 * null if none or several, or when those words name a source (`according to`) or speak in the first person.
 */
function namedBefore(
  views: readonly ParagraphView[],
  para: number,
  open: number,
  count: number,
  pronouns: ReadonlyMap<string, number>,
): number | null {
  const found = new Set<number>();
  let sentences = 0;
  let p = para;
  let k = open - 1;
  let current = views[p]!.sentence[open] ?? 0;
  while (sentences < count && p >= 0 && p >= para - 1) {
    const view = views[p]!;
    if (k < 0) {
      p -= 1;
      const up = views[p];
      if (!up) break;
      if (up.length === 0) continue;
      k = up.length - 1;
      current = -1;
      continue;
    }
    const s = view.sentence[k]!;
    if (s !== current) {
      sentences += 1;
      current = s;
      if (sentences > count) break;
    }
    if (view.quote[k] === -1) {
      if (isSpeechVerb(view, k) || namesSource(view, k) || FIRST_PERSON.has(view.normals[k]!)) return null;
      if (SUBJECT_PRONOUNS.has(view.normals[k]!)) {
        const person = pronouns.get(`${view.index}:${k}`) ?? -1;
        if (person < 0) return null;
        found.add(person);
      }
      const m = view.byEnd.get(k);
      if (m && !m.thing && m.person >= 0) {
        const next = view.pos[k + 1];
        if (next === 'VERB' || next === 'AUX') found.add(m.person);
      }
    } else {
      return null;
    }
    k -= 1;
  }
  return found.size === 1 ? [...found][0]! : null;
}
