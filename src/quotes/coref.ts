/**
 * Pronouns: `she said` goes to the most recent named person outside quotes whose gender is unknown
 * or fits, within the current and the two paragraphs before. When that sentence names two people
 * who both fit, and no known gender tells them apart, the pronoun goes to the one who spoke there,
 * else to the sentence's subject (its first name, before its verb) when the others are named after a
 * preposition, else it stays unresolved. A person named in an opening phrase of a preposition and a
 * possessive of the pronoun's gender (`In his talks with X, he said, …`) is passed over: the
 * possessor is the clause's `he`, and the next `he` goes to that subject too.
 *
 * Genders are learnt as the document is read: from honorifics, gendered roles and common given
 * names (at the mention), from a resolved `he`/`she`, and from a possessive (`his`, `her`) that has
 * exactly one person who fits in its sentence (or the sentence before).
 */
import { afterPreposition, isSpeechVerb, objectOfJudging, subjectPosition } from './attribution.ts';
import {
  ARTICLES,
  INDEFINITE_ARTICLES,
  KIN_GENDER,
  LOWERCASE_ROLES,
  MALE_PRONOUNS,
  ORGANISATION_NOUNS,
  OWN_WORDS_PARTICIPLES,
  SPOKESPEOPLE,
  SUBJECT_PRONOUNS,
} from './lexicon.ts';
import { type Gender, isCapitalised, type Mention, type ParagraphTokens } from './names.ts';

export interface PersonGender {
  gender: Gender | null;
  /** Roles the person is given (`White House spokesman`). */
  readonly descs?: readonly string[];
}

interface Candidate {
  readonly person: number;
  readonly para: number;
  /** Token where the mention starts. */
  readonly from: number;
  readonly sentence: number;
  /** The mention is the subject or object of a speech verb: the person who spoke. */
  readonly speaker: boolean;
  /** `Howard's record`: never the antecedent itself, only a rival to it. */
  readonly possessive: boolean;
  /** `Miss Hale's sister, Joanna Pryce,`: a possessor whose noun the next name is set off as; no rival. */
  readonly describesNext: boolean;
  /** The first person its sentence names, in a subject's place (`Bwalya also paid tribute to …`). */
  readonly subject: boolean;
  /** Named after a preposition (`… tribute to captain Elijah Tana`) or judged (`accused Mr Blunkett of …`). */
  readonly oblique: boolean;
  /** Named right after `that` of a speech verb (`he said, adding that Shultz "…"`): talked about, never the next pronoun alone. */
  readonly reportedAbout: boolean;
}

/** How many paragraphs before its own (or its quote's first: windowFrom) a pronoun looks back for its person. */
const WINDOW_PARAGRAPHS = 2;

/**
 * The paragraph a pronoun's window is counted from: its own, or, when the pronoun tags a quote that
 * ends in its sentence and began paragraphs before (`Kroon said.`, then a quote over three lines of
 * ECB+'s sentence-a-line text closed by `," he said.`), the paragraph that quote began in: its lines
 * carry one speaker's words, so the tag reaches the sentence before the quote as a one-line quote's does.
 */
function windowFrom(paragraphs: readonly ParagraphTokens[], p: ParagraphTokens, i: number): number {
  let k = i - 1;
  while (k >= 0 && p.quote[k] === -1 && p.sentence[k] === p.sentence[i]) k -= 1;
  if (k < 0 || p.quote[k] === -1 || p.sentence[k] !== p.sentence[i]) return p.index;
  const span = p.quote[k]!;
  let from = p.index;
  while (from > 0 && paragraphs[from - 1]!.length > 0 && lastQuote(paragraphs[from - 1]!) === span) from -= 1;
  return from;
}

/** Whether sentence `sentence` of a paragraph has a speech verb (or `according`) outside quotes. */
function tellsOfSpeech(p: ParagraphTokens, sentence: number): boolean {
  for (const v of p.speech) if (p.sentence[v] === sentence && p.quote[v] === -1) return true;
  return false;
}

/** The quote span of a paragraph's last token, or -1. */
const lastQuote = (p: ParagraphTokens): number => p.quote[p.length - 1] ?? -1;

/** Resolves every `he`/`she` outside quotes; returns `para:token` -> person (or -1 when unresolved). */
export function resolvePronouns(
  paragraphs: readonly ParagraphTokens[],
  mentionsOf: readonly (readonly Mention[])[],
  persons: readonly PersonGender[],
  /** Names that may be either of two people (`Mr Vellacott` beside a father and son): nobody, but in the way. */
  doubtful: ReadonlySet<Mention> = NO_DOUBTS,
): Map<string, number> {
  const resolved = new Map<string, number>();
  const seen: Candidate[] = [];
  const fits = new Fits(persons, bodiesOf(paragraphs, mentionsOf));
  // `her son, Peter Trevanion,`: who each kin noun was set off before, for a later `Her son said`.
  const kinNamed = new Map<string, Set<number>>();

  for (const p of paragraphs) {
    // Mentions and pronouns are both in text order: merge the two lists.
    const mentions = mentionsOf[p.index]!;
    const pronouns = p.pronouns;
    let m = 0;
    let r = 0;
    while (m < mentions.length || r < pronouns.length) {
      const mention = mentions[m];
      const i = pronouns[r];
      if (mention !== undefined && (i === undefined || mention.to < i)) {
        m += 1;
        // `Michael Howard's record was attacked`: a possessor is no one a pronoun goes back to, but
        // still someone it might mean, so the sentence stays ambiguous.
        const possessive = p.normals[mention.to + 1] === "'s" || p.normals[mention.to + 1] === "'";
        // `Mr Vellacott told …. "…," he said`: the `he` is that name's, which is nobody's for sure.
        if (mention.person < 0 && doubtful.has(mention)) {
          seen.push({
            person: mention.gender === 'f' ? DOUBT_FEMALE : mention.gender === 'm' ? DOUBT_MALE : DOUBT_ANY,
            para: p.index,
            from: mention.from,
            sentence: mention.sentence,
            speaker: mention.speech,
            possessive,
            describesNext: false,
            subject: false,
            oblique: false,
            reportedAbout: false,
          });
          continue;
        }
        if (mention.person >= 0) {
          const kin = kinSetOff(p, mention.from);
          if (kin !== null) {
            const named = kinNamed.get(kin) ?? new Set<number>();
            named.add(mention.person);
            kinNamed.set(kin, named);
            // (`her son, Piran Trevanion,` is a man, whatever his given name: `His father, Gwyn
            // Pritchard,` too, though a list of given names took `Gwyn` for a woman's. A title's gender stands.)
            const gender = KIN_GENDER.get(kin);
            if (gender !== undefined && (persons[mention.person]!.gender === null || !mention.titled))
              persons[mention.person]!.gender = gender;
          }
          // (A name in an opening phrase of a preposition, `In Dounby, Mrs Flett spent …`, is not the first.)
          let first = true;
          for (let k = seen.length - 1; k >= 0 && first; k -= 1) {
            const c = seen[k]!;
            if (c.para !== p.index || c.sentence !== mention.sentence) break;
            if (!c.oblique) first = false;
          }
          seen.push({
            person: mention.person,
            para: p.index,
            from: mention.from,
            sentence: mention.sentence,
            speaker: mention.speech,
            possessive,
            describesNext: possessive && setOffAfter(p, mention.to + 2, mentions[m]),
            subject: first && subjectPosition(p, mention.from, mention.to),
            oblique:
              afterPreposition(p, mention.from) ||
              objectOfJudging(p, mention.from) ||
              insideThatClause(p, mention.from),
            reportedAbout: reportedAbout(p, mention.from),
          });
        }
        continue;
      }
      r += 1;
      if (i === undefined || p.quote[i] !== -1) continue;
      const normal = p.normals[i]!;
      const gender: Gender = MALE_PRONOUNS.has(normal) ? 'm' : 'f';
      if (SUBJECT_PRONOUNS.has(normal)) {
        // `Judge Rawcliffe told him he had shown …`: the pronoun is the object's, someone else than
        // the verb's subject, so not the nearest name: left open rather than given to that subject.
        // `In his talks with Defence Minister Yuko Kurihara, he said, …`: the one whose talks they are
        // is the clause's `he`, not the person he talked with: that person is passed over.
        const partner = partnerInOpener(p, seen, i, gender);
        const pool =
          partner < 0
            ? seen
            : seen.filter((c) => c.person !== partner || c.para !== p.index || c.sentence !== p.sentence[i]);
        const object = p.normals[i - 1] === (gender === 'm' ? 'him' : 'her');
        let person = object ? -1 : resolve(paragraphs, pool, p.index, windowFrom(paragraphs, p, i), gender, fits);
        const from = windowFrom(paragraphs, p, i);
        if (
          person < 0 &&
          !object &&
          !namedInWindow(pool, resolved, from, gender, fits) &&
          !otherSpeechInWindow(paragraphs, from, p.index, i)
        )
          person = storyPerson(pool, resolved, paragraphs, p.index, gender, fits);
        // `One activist said … "…," he said.`: somebody unnamed stands nearer than the name.
        if (person >= 0 && anonymousBetween(paragraphs, seen, person, p.index, i, persons)) person = -1;
        // `Her son said …. "…," he said.`: the kin who spoke stands nearer than the name before it: the
        // one person set off after that noun earlier (`her son, Peter Trevanion,`), else nobody.
        if (person >= 0) {
          const kin = kinSpeakerBetween(paragraphs, seen, person, p.index, i);
          if (kin !== null) {
            const named = kinNamed.get(kin);
            const only = named?.size === 1 ? [...named][0]! : -1;
            person = only >= 0 && fits.test(only, gender) ? only : -1;
          }
        }
        resolved.set(`${p.index}:${i}`, person);
        if (person >= 0 && persons[person]!.gender === null) persons[person]!.gender = gender;
        // A chain of `he said …` paragraphs keeps its person within reach of the next `he`.
        if (person >= 0)
          seen.push({
            person,
            para: p.index,
            from: i,
            sentence: p.sentence[i]!,
            speaker: false,
            possessive: false,
            describesNext: false,
            // (The subject of its clause where an opening phrase names the partner: the next `he` too;
            // so is one that opens its sentence as the subject, `He couldn't hazard a guess on how much
            // the state has lost on Mat Maid.` then `"…," he said.`: a name after a preposition is no rival.)
            subject: partner >= 0 || opensAsSubject(p, i),
            oblique: false,
            reportedAbout: false,
          });
      } else if (!unnamedRoleBefore(p, i)) {
        learnFromPossessive(seen, p.index, p.sentence[i]!, gender, fits, persons, normal === 'him');
      }
    }
  }
  return resolved;
}

/**
 * Whether a role noun with no name, after an article, stands a few words before the possessive at
 * `i` in its sentence (`Solita Monsod accusing the chief negotiator of softening his stand`): the
 * possessive may be that person's, so it teaches the named one no gender. A role noun right before
 * a name (`the chief negotiator Jaime Ongpin`, `…, Jaime Ongpin,`) is that name's.
 */
function unnamedRoleBefore(p: ParagraphTokens, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= UNNAMED_ROLE_REACH; k -= 1) {
    if (p.sentence[k] !== p.sentence[i] || p.quote[k] !== -1) return false;
    if (!LOWERCASE_ROLES.has(p.normals[k]!) || isCapitalised(p, k)) continue;
    const named = isCapitalised(p, k + 1) || (p.values[k + 1] === ',' && isCapitalised(p, k + 2));
    if (named) continue;
    for (let d = k - 1; d >= 0 && k - d <= 3; d -= 1) if (ARTICLES.has(p.normals[d]!)) return true;
  }
  return false;
}
/** How many words before a possessive an unnamed role noun may stand (`the chief negotiator of softening his`). */
const UNNAMED_ROLE_REACH = 6;

/**
 * Whether anyone who may be a pronoun of `gender` (a doubtful name too) is named within its window:
 * a name, not an earlier pronoun (`In her later years, she defended …`) that stands for someone.
 */
function namedInWindow(
  seen: readonly Candidate[],
  resolved: ReadonlyMap<string, number>,
  from: number,
  gender: Gender,
  fits: Fits,
): boolean {
  for (let k = seen.length - 1; k >= 0; k -= 1) {
    const c = seen[k]!;
    if (c.para < from - WINDOW_PARAGRAPHS) return false;
    if (fits.test(c.person, gender) && !resolved.has(`${c.para}:${c.from}`)) return true;
  }
  return false;
}

/**
 * Whether a speech verb outside quotes, in the window before the pronoun at (`para`, `at`), has any
 * subject but a `he`/`she` (`the SEC official said`, `One said`): someone unnamed may have the floor.
 */
function otherSpeechInWindow(paragraphs: readonly ParagraphTokens[], from: number, para: number, at: number): boolean {
  for (let q = Math.max(0, from - WINDOW_PARAGRAPHS); q <= para; q += 1) {
    const p = paragraphs[q]!;
    for (const v of p.speech) {
      if (q === para && v >= at) break;
      if (p.quote[v] !== -1 || !isSpeechVerb(p, v)) continue;
      if (!SUBJECT_PRONOUNS.has(p.normals[v - 1] ?? '')) return true;
    }
  }
  return false;
}

/** Whether the pronoun at `i` opens its sentence as the subject of its verb. */
const opensAsSubject = (p: ParagraphTokens, i: number): boolean =>
  (i === 0 || p.sentence[i - 1] !== p.sentence[i]) && subjectPosition(p, i, i);

/** How many paragraphs back, past the window, the story's person of a pronoun is looked for. */
const STORY_PARAGRAPHS = 8;

/**
 * ECB+ writes a sentence a line, so a story about one woman (`Ms Page had been admitted …`, `A
 * representative said …`, `"…," her agent, Mark Roesler, said.`, `"…"`, `Even though she conceded
 * …`) reaches past the two-paragraph window with its `she`: when nobody who fits is named in the
 * window (by name: her own `she` of the lines before may stand there) and no speech verb there has
 * another subject (`the SEC official said`: someone unnamed has the floor), the pronoun is the person every `he`/`she` of its gender resolved so far in the story
 * stood for (two at least), if the latest of those is at most STORY_PARAGRAPHS before and nobody
 * else who fits has been named since it.
 */
function storyPerson(
  seen: readonly Candidate[],
  resolved: ReadonlyMap<string, number>,
  paragraphs: readonly ParagraphTokens[],
  para: number,
  gender: Gender,
  fits: Fits,
): number {
  let person = -1;
  for (let k = seen.length - 1; k >= 0; k -= 1) {
    const c = seen[k]!;
    if (!fits.test(c.person, gender)) continue;
    if (c.person < 0 || c.para < para - STORY_PARAGRAPHS - WINDOW_PARAGRAPHS) return -1;
    person = c.person;
    break;
  }
  if (person < 0) return -1;
  let times = 0;
  for (const [at, who] of resolved) {
    if (who < 0) continue;
    const [q, i] = at.split(':').map(Number) as [number, number];
    const normal = paragraphs[q]!.normals[i]!;
    if (MALE_PRONOUNS.has(normal) !== (gender === 'm')) continue;
    if (who !== person) return -1;
    times += 1;
  }
  return times >= 2 ? person : -1;
}

/**
 * The person named in an opening phrase of a preposition and a possessive of the pronoun's gender
 * before the pronoun at `i` in its sentence (`In his talks with Yuko Kurihara, he said, …`, `During
 * her visit to X, she …`): the possessor is the clause's subject, someone else than that person; or -1.
 */
function partnerInOpener(p: ParagraphTokens, seen: readonly Candidate[], i: number, gender: Gender): number {
  const sentence = p.sentence[i]!;
  let start = i;
  while (start > 0 && p.sentence[start - 1] === sentence) start -= 1;
  if (p.pos[start] !== 'ADP' || p.normals[start + 1] !== (gender === 'm' ? 'his' : 'her')) return -1;
  // The opening phrase ends at its first comma, before the pronoun.
  let comma = -1;
  for (let k = start + 2; k < i && comma < 0; k += 1) if (p.values[k] === ',') comma = k;
  if (comma < 0) return -1;
  let partner = -1;
  for (let k = seen.length - 1; k >= 0; k -= 1) {
    const c = seen[k]!;
    if (c.para !== p.index || c.sentence !== sentence) break;
    if (c.from > start && c.from < comma) partner = c.person;
  }
  return partner;
}

/**
 * Whether the next mention is set off by commas right after the lower-case noun phrase starting at
 * `from` (`Miss Hale's sister, Joanna Pryce,`): that noun describes it, so the possessor is only its relative.
 */
function setOffAfter(p: ParagraphTokens, from: number, next: Mention | undefined): boolean {
  if (!next) return false;
  let k = from;
  while (k < next.from - 1 && k - from < 4 && p.pos[k] !== 'PUNCT' && !/^\p{Lu}/u.test(p.values[k]!)) k += 1;
  return k > from && p.values[k] === ',' && next.from === k + 1 && p.values[next.to + 1] === ',';
}

const KIN = new Set([...KIN_GENDER.keys(), 'partner', 'cousin']);
const KIN_OWNERS = new Set(['his', 'her', 'their', "'s"]);

/**
 * The kin noun a name at `from` is set off after (`her son, Peter Trevanion,`, `Mrs Ashcombe's husband, Tom,`), or null.
 * One test for the pronouns here and for the namesakes a plain `Mr X` may be (document.ts).
 */
export function kinSetOff(p: ParagraphTokens, from: number): string | null {
  if (from < 3 || p.values[from - 1] !== ',' || !KIN_OWNERS.has(p.normals[from - 3]!)) return null;
  const noun = p.normals[from - 2]!;
  return KIN.has(noun) && p.quote[from - 2] === -1 ? noun : null;
}

/**
 * The kin noun of a sentence opening with a possessive kin phrase that speaks (`Her son said …`, `His
 * widow told reporters …`), outside quotes, between the nearest mention of `person` and the pronoun
 * at (`para`, `at`), in the pronoun's paragraph or the one before; the last such, or null. Not a kin
 * phrase with a name set off after it (`Her son, Peter, said`: that name is the mention), nor one
 * after the verb (`Smith said his son …`: Smith spoke).
 */
function kinSpeakerBetween(
  paragraphs: readonly ParagraphTokens[],
  seen: readonly Candidate[],
  person: number,
  para: number,
  at: number,
): string | null {
  let last: Candidate | undefined;
  for (let k = seen.length - 1; k >= 0 && last === undefined; k -= 1) if (seen[k]!.person === person) last = seen[k];
  if (!last) return null;
  let found: string | null = null;
  for (let q = Math.max(last.para, para - 1); q <= para; q += 1) {
    const p = paragraphs[q]!;
    const to = q === para ? at : p.length;
    const from = q === last.para ? last.from + 1 : 0;
    for (let k = from; k + 2 < to; k += 1) {
      const opens = k === 0 || p.sentence[k - 1] !== p.sentence[k];
      if (!opens || p.quote[k] !== -1 || (p.normals[k] !== 'his' && p.normals[k] !== 'her' && p.normals[k] !== 'their'))
        continue;
      const noun = p.normals[k + 1]!;
      if (KIN.has(noun) && p.values[k + 2] !== ',' && isSpeechVerb(p, k + 2) && !p.normals[k + 2]!.endsWith('ing'))
        found = noun;
    }
  }
  return found;
}

/** People a pronoun can stand for who are never named: `one activist`, `a spokesman`, `another supporter`. */
const ANONYMOUS_DETERMINERS = new Set(['a', 'an', 'one', 'another']);
const ANONYMOUS_NOUNS = new Set([
  ...LOWERCASE_ROLES,
  'activist',
  'supporter',
  'witness',
  'fan',
  'resident',
  'man',
  'woman',
  'voter',
  'shopper',
  'passenger',
  'worker',
  'customer',
  'member',
  'insider',
  'critic',
  'source',
  'official',
  'onlooker',
  'parent',
  'student',
  'local',
]);

/**
 * Whether an unnamed person (`one activist`) stands outside quotes between the nearest mention of
 * `person` and the pronoun at (`para`, `at`), in the pronoun's paragraph or the one before.
 */
function anonymousBetween(
  paragraphs: readonly ParagraphTokens[],
  seen: readonly Candidate[],
  person: number,
  para: number,
  at: number,
  persons: readonly PersonGender[],
): boolean {
  let last: Candidate | undefined;
  for (let k = seen.length - 1; k >= 0 && last === undefined; k -= 1) if (seen[k]!.person === person) last = seen[k];
  if (!last) return false;
  for (let q = para; q >= Math.max(last.para, para - 1); q -= 1) {
    const p = paragraphs[q]!;
    const to = q === para ? at : p.length;
    const from = q === last.para ? last.from + 1 : 0;
    for (let k = from; k + 1 < to; k += 1) {
      // `Tom Ashby, a nurse who …`: after a name and a comma it describes the one just named.
      // `The spokesman, who asked not to be identified, said …`: a spokesperson is nobody named too,
      // unless somebody of the article was introduced as one (`White House spokesman Marlin Fitzwater`).
      const definite = p.normals[k] === 'the';
      if (
        p.quote[k] !== -1 ||
        (!ANONYMOUS_DETERMINERS.has(p.normals[k]!) && !definite) ||
        (p.values[k - 1] === ',' && /^\p{Lu}/u.test(p.values[k - 2] ?? '') && !openingAdverb(p, k - 2))
      )
        continue;
      for (let n = k + 1; n < Math.min(to, k + 4); n += 1) {
        const noun = p.normals[n]!;
        const anonymous = definite ? SPOKESPEOPLE.has(noun) && !introducedAs(persons, noun) : ANONYMOUS_NOUNS.has(noun);
        if (anonymous && (speaks(p, k, n) || (!definite && subjectRightBefore(paragraphs, q, k, para, at))))
          return true;
      }
    }
  }
  return unnamedReporter(paragraphs[last.para]!, last.from, persons);
}

/**
 * `But the spokesman said Balladur was having no second thoughts …` then `"…," he said.`: the person's
 * last mention opens the clause an unnamed speaker's verb reports (`the spokesman said`, `one aide
 * said that`), so that speaker still has the floor: the pronoun is theirs.
 */
function unnamedReporter(p: ParagraphTokens, at: number, persons: readonly PersonGender[]): boolean {
  const v = p.normals[at - 1] === 'that' ? at - 2 : at - 1;
  if (v < 2 || !isSpeechVerb(p, v) || p.normals[v]!.endsWith('ing') || p.quote[v] !== -1) return false;
  for (let n = v - 1; n >= 1 && v - n <= 2; n -= 1) {
    const det = p.normals[n - 1]!;
    const noun = p.normals[n]!;
    if (det === 'the' && SPOKESPEOPLE.has(noun) && !introducedAs(persons, noun)) return true;
    if (ANONYMOUS_DETERMINERS.has(det) && ANONYMOUS_NOUNS.has(noun)) return true;
  }
  return false;
}

/**
 * `However, one Mac customer from the show floor was sceptical of the claims.` then `"…," he said.`:
 * whether the unnamed person opened by `det` in paragraph `q` is the subject of the last sentence
 * right before the quote whose tag holds the pronoun at (`para`, `at`): the quote opens the next
 * paragraph and the pronoun follows it. Who was just described is who the reader takes `he` for,
 * though no speech verb of theirs was read.
 */
function subjectRightBefore(
  paragraphs: readonly ParagraphTokens[],
  q: number,
  det: number,
  para: number,
  at: number,
): boolean {
  const p = paragraphs[q]!;
  const next = paragraphs[para]!;
  if (q !== para - 1 || p.sentence[p.length - 1] !== p.sentence[det] || next.quote[0] === -1) return false;
  for (let t = 0; t < at; t += 1) if (next.quote[t] === -1 && next.pos[t] !== 'PUNCT') return false;
  // (Only an opening adverb or conjunction before it: `However,`, `But`.)
  let t = det - 1;
  while (t >= 0 && p.sentence[t] === p.sentence[det] && SUBJECT_OPENERS.has(p.pos[t]!)) t -= 1;
  if (t >= 0 && p.sentence[t] === p.sentence[det]) return false;
  for (let u = det; u < p.length; u += 1) if (p.quote[u] !== -1) return false;
  return true;
}
const SUBJECT_OPENERS = new Set(['ADV', 'CCONJ', 'PUNCT']);

/** `However, one customer`: an adverb opening its sentence, no name that a description is set off after. */
const openingAdverb = (p: ParagraphTokens, t: number): boolean =>
  p.pos[t] === 'ADV' && (t === 0 || p.sentence[t - 1] !== p.sentence[t]);

/**
 * Whether the unnamed person at tokens `det`..`noun` speaks: a speech verb right before (`said one
 * activist`) or soon after (`one activist, who asked not to be named, said`); a generic one (`Denman
 * added that a president should have flexibility …, saying`) stands between nobody.
 */
function speaks(p: ParagraphTokens, det: number, noun: number): boolean {
  if (det > 0 && isSpeechVerb(p, det - 1)) return true;
  for (let k = noun + 1; k < p.length && k <= noun + 10 && p.quote[k] === -1; k += 1) {
    if (p.values[k] === '.' || p.values[k] === '?' || p.values[k] === '!') return false;
    if (isSpeechVerb(p, k) && !p.normals[k]!.endsWith('ing')) return true;
  }
  return false;
}

const introducedAs = (persons: readonly PersonGender[], noun: string): boolean =>
  persons.some((p) => p.descs?.some((d) => d.toLowerCase().split(/\s+/).includes(noun)));

/** Candidates standing for a doubtful name (no person), by the gender its title gives. */
const DOUBT_MALE = -2;
const DOUBT_FEMALE = -3;
const DOUBT_ANY = -4;
const NO_DOUBTS: ReadonlySet<Mention> = new Set();

/** Whether a person's gender is unknown or the pronoun's; a body's name is no one's. */
class Fits {
  constructor(
    private readonly persons: readonly PersonGender[],
    private readonly bodies: ReadonlySet<number>,
  ) {}
  test(person: number, gender: Gender): boolean {
    if (person < 0) return person === DOUBT_ANY || (person === DOUBT_MALE) === (gender === 'm');
    if (this.bodies.has(person)) return false;
    const known = this.persons[person]!.gender;
    return known === null || known === gender;
  }
}

/**
 * Persons of the document one of whose names is set off after a lower-case noun for a kind of body
 * opened by a determiner (`published by the water company, Northshire Water, to …`, `The contractor,
 * Brayford Rail Systems, said`): a body's name, which `he`/`she` never stands for, even when the
 * body later speaks (`Northshire Water said …`, which makes the name a speaker's). A role of a body
 * (`director-general of the export institute, Apolonio Ruiz Ligero,`) or a name with a given name
 * or a title is a person's.
 */
function bodiesOf(
  paragraphs: readonly ParagraphTokens[],
  mentionsOf: readonly (readonly Mention[])[],
): ReadonlySet<number> {
  const bodies = new Set<number>();
  for (const p of paragraphs)
    for (const m of mentionsOf[p.index]!) if (m.person >= 0 && setOffAsBody(p, m)) bodies.add(m.person);
  return bodies;
}

const BODY_OPENERS = new Set(['the', 'its', 'their', 'a', 'an', 'our']);

function setOffAsBody(p: ParagraphTokens, m: Mention): boolean {
  const noun = m.from - 2;
  if (noun < 1 || m.titled || m.givenName === true || p.values[m.from - 1] !== ',' || p.values[m.to + 1] !== ',')
    return false;
  if (isCapitalised(p, noun) || !ORGANISATION_NOUNS.has(p.normals[noun]!)) return false;
  for (let d = noun - 1; d >= 0 && noun - d <= 3; d -= 1) {
    if (BODY_OPENERS.has(p.normals[d]!)) return p.normals[d - 1] !== 'of' && !onePlaceOfWork(p, d - 1);
    if (p.pos[d] === 'PUNCT' || p.pos[d] === 'VERB' || p.pos[d] === 'AUX') return false;
  }
  return false;
}

/**
 * Whether the preposition at `prep` ties one unnamed person to a workplace (`a doorman at the club,
 * Femi Adeyemi,`, `an engineer from the firm, …`): the name set off after it is that person's, as
 * after a role `of` a body, not the body's.
 */
function onePlaceOfWork(p: ParagraphTokens, prep: number): boolean {
  if (prep < 2 || !PLACE_OF_WORK.has(p.normals[prep]!)) return false;
  const noun = prep - 1;
  return p.pos[noun] === 'NOUN' && !isCapitalised(p, noun) && INDEFINITE_ARTICLES.has(p.normals[noun - 1] ?? '');
}
const PLACE_OF_WORK = new Set(['at', 'from', 'with']);

/**
 * The person a pronoun in paragraph `para` means, looking back WINDOW_PARAGRAPHS paragraphs before
 * `from` (windowFrom: `para`, or the first paragraph of the quote the pronoun tags).
 */
function resolve(
  paragraphs: readonly ParagraphTokens[],
  seen: readonly Candidate[],
  para: number,
  from: number,
  gender: Gender,
  fits: Fits,
): number {
  let nearest: Candidate | null = null;
  for (let k = seen.length - 1; k >= 0; k -= 1) {
    const c = seen[k]!;
    if (c.para < from - WINDOW_PARAGRAPHS) break;
    if (!c.possessive && fits.test(c.person, gender)) {
      nearest = c;
      break;
    }
  }
  if (!nearest || nearest.person < 0) return -1;
  // Reached only past a quote's lines: a person named in a sentence that tells of speech (`Mr Steele
  // said …`, `LaRue believed …, saying …`), the quote's lead-in, not a name in passing (`At 55, he is
  // the same age as William Hartnell when he was cast …`, then a quote over three lines closed by
  // `," he said`: that `he` is not Hartnell).
  if (nearest.para < para - WINDOW_PARAGRAPHS && !tellsOfSpeech(paragraphs[nearest.para]!, nearest.sentence)) return -1;
  // Two people who both fit in that sentence: the one who spoke there, if only one did; else nobody.
  const rivals = new Set<number>();
  const speakers = new Set<number>();
  const subjects = new Set<number>();
  const direct = new Set<number>();
  for (let k = seen.length - 1; k >= 0; k -= 1) {
    const c = seen[k]!;
    if (c.para < nearest.para || (c.para === nearest.para && c.sentence < nearest.sentence)) break;
    if (c.para !== nearest.para || c.sentence !== nearest.sentence || !fits.test(c.person, gender)) continue;
    // A possessor rivals only as the sentence's first name (`Moreno's running mate … she said`), not
    // as an object (`Blair attacked Howard's record … he said`).
    if (c.possessive && (c.describesNext || (seen[k - 1]?.para === c.para && seen[k - 1]?.sentence === c.sentence)))
      continue;
    rivals.add(c.person);
    if (c.speaker) speakers.add(c.person);
    if (c.subject) subjects.add(c.person);
    if (!c.oblique) direct.add(c.person);
  }
  if (rivals.size <= 1) return nearest.reportedAbout ? -1 : nearest.person;
  if (speakers.size === 1) return [...speakers][0]!;
  // Else the sentence's subject when the others are named after a preposition (`Bwalya also paid
  // tribute to captain Elijah Tana. "…," he said.`) or judged by the subject (`Willetts accused Mr
  // Blunkett of …`); another direct object leaves it open (`Marsh then called Paul Grant … he said`).
  if (speakers.size > 0 || subjects.size !== 1) return -1;
  const subject = [...subjects][0]!;
  return direct.size === 1 && direct.has(subject) ? subject : -1;
}

/**
 * `"…," he said, adding that Shultz "left my meeting …"`, `Clark said that Shultz had …`: a name
 * right after the `that` of a speech verb or its participle is what is reported about, not who
 * speaks; alone in its sentence it is no antecedent for the next `he` (the speaker's `he` went
 * unresolved there, or is another person's).
 */
function reportedAbout(p: ParagraphTokens, from: number): boolean {
  if (from < 2 || p.normals[from - 1] !== 'that') return false;
  return isSpeechVerb(p, from - 2) || OWN_WORDS_PARTICIPLES.has(p.normals[from - 2]!);
}

/**
 * `Ferris conceded that losing Brocklehurst was a blow …. "…," he said.`: a name inside the `that`
 * clause of a speech verb earlier in its sentence is what was said, as one after a preposition is no
 * direct rival to the sentence's subject, who spoke.
 */
function insideThatClause(p: ParagraphTokens, from: number): boolean {
  for (let k = from - 1; k >= 1 && p.sentence[k] === p.sentence[from] && from - k <= 12; k -= 1) {
    if (p.quote[k] !== -1) return false;
    if (p.normals[k] === 'that' && isSpeechVerb(p, k - 1) && !p.normals[k - 1]!.endsWith('ing')) return true;
  }
  return false;
}

function learnFromPossessive(
  seen: readonly Candidate[],
  para: number,
  sentence: number,
  gender: Gender,
  fits: Fits,
  persons: readonly PersonGender[],
  object: boolean,
): void {
  const inSentence = new Set<number>();
  const before = new Set<number>();
  let previous: { para: number; sentence: number } | null = null;
  for (let k = seen.length - 1; k >= 0; k -= 1) {
    const c = seen[k]!;
    if (c.para === para && c.sentence === sentence) {
      if (fits.test(c.person, gender)) inSentence.add(c.person);
      continue;
    }
    previous ??= { para: c.para, sentence: c.sentence };
    if (c.para !== previous.para || c.sentence !== previous.sentence) break;
    if (fits.test(c.person, gender)) before.add(c.person);
  }
  // `him` is never the subject of its own clause (`Judge Rawcliffe told him`): with someone who fits
  // named in its sentence, it tells nothing.
  if (object && inSentence.size > 0) return;
  const pool = inSentence.size > 0 ? inSentence : previous && previous.para >= para - 1 ? before : new Set<number>();
  if (pool.size !== 1) return;
  const person = [...pool][0]!;
  // (A doubtful name, `Mr Heighway` beside his son, stands for nobody: it teaches no one a gender.)
  if (person < 0) return;
  if (persons[person]!.gender === null) persons[person]!.gender = gender;
}
